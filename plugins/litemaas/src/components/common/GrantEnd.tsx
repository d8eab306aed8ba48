import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useLitemaasText } from '../../translationText';
import { useLocaleFormat } from '../useLocaleFormat';
import { ToneChip } from './chips';
import { daysUntil } from './localDays';

/**
 * From how many days before its end a grant's end stands out: the first
 * notice the subject gets is as many days before.
 */
export const ENDS_SOON_DAYS = 7;

/** "Ends in 3 days", as a warning chip. */
export function EndsSoonChip(props: { end: string; now?: number }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const days = daysUntil(props.end, props.now);
  const endsIn = (left: number) => {
    if (left === 0) return t('access.end.today');
    if (left === 1) return t('access.end.inOneDay');
    return t('access.end.inDays', { days: format.count(left) });
  };
  return (
    <ToneChip
      tone="warning"
      label={endsIn(days)}
      title={format.dateTime(props.end)}
    />
  );
}

/**
 * When a grant ends or ended, and a later end its subject asked for.
 * Nothing for grants that do not end, nor for requests never granted.
 */
export function GrantEnd(props: {
  request: Pick<AccessRequest, 'status' | 'expiresAt' | 'extension'>;
  now?: number;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { status, expiresAt, extension } = props.request;
  if (!expiresAt || (status !== 'granted' && status !== 'expired')) {
    return null;
  }
  const now = props.now ?? Date.now();
  const soon =
    status === 'granted' && daysUntil(expiresAt, now) <= ENDS_SOON_DAYS;
  return (
    <Box mt={0.5}>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Typography
          variant="caption"
          color="textSecondary"
          title={format.dateTime(expiresAt)}
        >
          {status === 'expired'
            ? t('access.end.endedOn', { date: format.date(expiresAt) })
            : t('access.end.endsOn', { date: format.date(expiresAt) })}
        </Typography>
        {soon && <EndsSoonChip end={expiresAt} now={now} />}
      </Box>
      {status === 'granted' && extension && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="div"
          title={format.dateTime(extension.until)}
        >
          {t('access.end.extensionAsked', {
            date: format.date(extension.until),
          })}
        </Typography>
      )}
    </Box>
  );
}
