import { useLitemaasText } from '../../translationText';
import { useApi } from '@backstage/frontend-plugin-api';
import { AccessEvent } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { litemaasApiRef } from '../../api';
import { errorMessage } from '../common';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';
import { useReasonText } from './reasonText';

/** The message of each action, "{{actor}} asked for access". */
const ACTIONS = {
  requested: 'access.history.events.requested',
  granted: 'access.history.events.granted',
  denied: 'access.history.events.denied',
  cancelled: 'access.history.events.cancelled',
  'review-requested': 'access.history.events.reviewRequested',
  revoked: 'access.history.events.revoked',
  'moved-to-review': 'access.history.events.movedToReview',
  'limits-changed': 'access.history.events.limitsChanged',
  expired: 'access.history.events.expired',
  'extension-requested': 'access.history.events.extensionRequested',
  extended: 'access.history.events.extended',
  'extension-denied': 'access.history.events.extensionDenied',
  'end-set': 'access.history.events.endSet',
  'approval-recorded': 'rules.history.approvalRecorded',
  escalated: 'rules.history.escalated',
  'rule-skipped': 'rules.history.ruleSkipped',
} as const satisfies Record<AccessEvent['action'], string>;

/** "alice", or "LiteMaaS" for what the portal did by itself. */
export function actorLabel(ref: string): string {
  return ref.startsWith('system:') ? 'LiteMaaS' : formatEntityRef(ref);
}

const useStyles = makeStyles(theme => ({
  timeline: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    borderLeft: `2px solid ${theme.palette.divider}`,
    '& li': {
      position: 'relative',
      padding: theme.spacing(0.5, 0, 1.5, 2),
    },
    '& li::before': {
      content: '""',
      position: 'absolute',
      left: -6,
      top: 10,
      width: 10,
      height: 10,
      borderRadius: '50%',
      backgroundColor: theme.palette.primary.main,
    },
  },
}));

/** What happened to one request, oldest first. */
export function RequestHistory(props: { id: string; justification?: string }) {
  const classes = useStyles();
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const api = useApi(litemaasApiRef);
  const reasonText = useReasonText();
  const { value, loading, error } = useAsync(
    () => api.getAccessRequest(props.id),
    [api, props.id],
  );

  const describe = (event: AccessEvent): string => {
    const actor = actorLabel(event.actorRef);
    const key = ACTIONS[event.action];
    // An action newer than this page: its name, after whom it was by.
    return key ? t(key, { actor }) : `${actor} ${event.action}`;
  };

  if (loading) {
    return <LinearProgress aria-label={t('access.history.loading')} />;
  }
  if (error) {
    return (
      <Alert severity="error">
        {t('access.history.failed', { error: errorMessage(error) })}
      </Alert>
    );
  }
  const history = [...(value?.history ?? [])].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  return (
    <Box py={1}>
      {props.justification && (
        <Box mb={2}>
          <Typography variant="subtitle2">
            {t('access.history.justification')}
          </Typography>
          <Typography variant="body2">{props.justification}</Typography>
        </Box>
      )}
      <Typography variant="subtitle2" gutterBottom>
        {t('access.history.title')}
      </Typography>
      {history.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('access.history.none')}
        </Typography>
      ) : (
        <ul className={classes.timeline} aria-label={t('access.history.label')}>
          {history.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <Typography variant="body2">
                <strong>{describe(event)}</strong>{' '}
                <Typography
                  component="span"
                  variant="caption"
                  color="textSecondary"
                  title={format.dateTime(event.at)}
                >
                  {format.relativeTime(event.at)}
                </Typography>
              </Typography>
              {event.reason && (
                <Typography variant="body2" color="textSecondary">
                  “{reasonText(event.reason)}”
                </Typography>
              )}
            </li>
          ))}
        </ul>
      )}
    </Box>
  );
}
