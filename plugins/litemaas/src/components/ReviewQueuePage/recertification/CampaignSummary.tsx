import { RecertificationCampaign } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useLitemaasText } from '../../../translationText';
import { formatEntityRef } from '../../format';
import { useLocaleFormat } from '../../useLocaleFormat';
import { CampaignProgress } from './CampaignList';
import {
  CampaignStatusChip,
  DECISIONS,
  useDeadlineNote,
  useDecisionLabel,
} from './decisions';

/**
 * A campaign's heading: its name and state, the deadline and what it
 * does, the models, who started it, and how many grants stand where.
 */
export function CampaignSummary(props: { campaign: RecertificationCampaign }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const deadlineNote = useDeadlineNote();
  const label = useDecisionLabel();
  const { campaign } = props;
  const { progress } = campaign;
  return (
    <Box mb={2} component={Paper} p={2}>
      <Box>
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 12 }}
        >
          <Typography variant="h5" component="h2">
            {campaign.name}
          </Typography>
          <CampaignStatusChip status={campaign.status} />
        </Box>
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="flex-start"
          mt={1}
          style={{ gap: 32 }}
        >
          <Box flex="1 1 360px">
            <Typography variant="body2">
              <span title={format.dateTime(campaign.deadline)}>
                {t('recertification.detail.deadline', {
                  date: format.date(campaign.deadline),
                })}
              </span>{' '}
              <Typography
                variant="body2"
                color="textSecondary"
                component="span"
              >
                ({deadlineNote(campaign)})
              </Typography>
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {campaign.onDeadline === 'end'
                ? t('recertification.detail.onDeadlineEnd')
                : t('recertification.detail.onDeadlineFlag')}
            </Typography>
            <Typography variant="body2">
              {t('recertification.detail.models', {
                list: campaign.modelNames.join(', '),
              })}
            </Typography>
            <Typography
              variant="body2"
              color="textSecondary"
              title={format.dateTime(campaign.createdAt)}
            >
              {t('recertification.detail.startedBy', {
                name: formatEntityRef(campaign.createdBy),
                date: format.date(campaign.createdAt),
              })}
            </Typography>
          </Box>
          <Box flex="0 1 320px">
            <CampaignProgress campaign={campaign} />
            {progress.total > 0 && (
              <Typography
                variant="body2"
                color="textSecondary"
                component="ul"
                style={{
                  listStyle: 'none',
                  padding: 0,
                  margin: '8px 0 0',
                  display: 'flex',
                  flexWrap: 'wrap',
                  columnGap: 12,
                }}
              >
                {DECISIONS.filter(
                  decision => decision === 'pending' || progress[decision] > 0,
                ).map(decision => (
                  <li key={decision}>
                    {t('recertification.progress.count', {
                      decision: label(decision),
                      number: format.count(progress[decision]),
                    })}
                  </li>
                ))}
              </Typography>
            )}
          </Box>
        </Box>
      </Box>
    </Box>
  );
}
