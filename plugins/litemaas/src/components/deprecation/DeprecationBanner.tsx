import { Link } from '@backstage/core-components';
import { ModelDeprecationInfo } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useLitemaasText } from '../../translationText';
import { useLiteMaasPaths } from '../common/paths';
import { richText, slot } from '../common/keysText';
import { useLocaleFormat } from '../useLocaleFormat';
import { useRetireWhen } from './deprecationText';

/**
 * The top of a deprecated model's page: when it retires and what to move
 * to, with the admin's note; once retired, that it is gone. Reviewers get
 * a link to the campaign.
 */
export function DeprecationBanner(props: {
  deprecation?: ModelDeprecationInfo;
  /** The campaign's page, for those who may follow it. */
  campaignLink?: string;
}) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const paths = useLiteMaasPaths();
  const when = useRetireWhen();
  const { deprecation, campaignLink } = props;
  if (!deprecation) return null;
  const { replacement, note } = deprecation;
  const date = format.date(deprecation.retireAt);
  const replacementLink = replacement ? (
    <Link to={paths.model(replacement)}>
      <strong>{replacement}</strong>
    </Link>
  ) : null;
  const retired = deprecation.state === 'retired';

  let move;
  if (retired) {
    move = replacementLink
      ? richText(
          t('deprecation.banner.useInstead', {
            replacement: slot('replacement'),
          }),
          { replacement: replacementLink },
        )
      : null;
  } else {
    move = replacementLink
      ? richText(
          t('deprecation.banner.moveTo', { replacement: slot('replacement') }),
          { replacement: replacementLink },
        )
      : t('deprecation.banner.noReplacement');
  }

  return (
    <Box mb={3}>
      <Alert
        severity={retired ? 'error' : 'warning'}
        data-testid="deprecation-banner"
      >
        <AlertTitle>
          {retired
            ? t('deprecation.banner.retired', { date })
            : t('deprecation.banner.deprecated', {
                date,
                when: when(deprecation.retireAt),
              })}
        </AlertTitle>
        {retired && (
          <Typography variant="body2">
            {t('deprecation.banner.retiredText')}
          </Typography>
        )}
        {move && <Typography variant="body2">{move}</Typography>}
        {note && (
          <Typography variant="body2" style={{ whiteSpace: 'pre-line' }}>
            {t('deprecation.banner.note', { note })}
          </Typography>
        )}
        {campaignLink && (
          <Box mt={1}>
            <Link to={campaignLink}>{t('deprecation.banner.campaign')}</Link>
          </Box>
        )}
      </Alert>
    </Box>
  );
}
