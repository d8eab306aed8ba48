import {
  DeprecationCampaign,
  DeprecationSubjectState,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { useLitemaasText } from '../../../translationText';
import { Tone, ToneChip } from '../../common';
import { useLocaleFormat } from '../../useLocaleFormat';

/** Where a campaign stands: announced, retiring (keys to follow), retired. */
export function CampaignStateChip(props: { campaign: DeprecationCampaign }) {
  const t = useLitemaasText();
  const { campaign } = props;
  if (campaign.state === 'retired' && !campaign.completedAt) {
    return (
      <ToneChip
        tone="warning"
        label={t('deprecation.state.retiring')}
        title={t('deprecation.state.retiringHelp')}
      />
    );
  }
  return campaign.state === 'retired' ? (
    <ToneChip tone="neutral" label={t('deprecation.state.retired')} />
  ) : (
    <ToneChip tone="info" label={t('deprecation.state.deprecated')} />
  );
}

const SUBJECT_TONES: Record<DeprecationSubjectState, Tone> = {
  moved: 'success',
  idle: 'neutral',
  using: 'warning',
};

/** A holder's state: moved, idle or still using, with what it means. */
export function SubjectStateChip(props: { state: DeprecationSubjectState }) {
  const t = useLitemaasText();
  const words: Record<DeprecationSubjectState, [string, string]> = {
    moved: [t('deprecation.subject.moved'), t('deprecation.subject.movedHelp')],
    idle: [t('deprecation.subject.idle'), t('deprecation.subject.idleHelp')],
    using: [t('deprecation.subject.using'), t('deprecation.subject.usingHelp')],
  };
  const [label, title] = words[props.state] ?? [props.state, ''];
  return (
    <ToneChip
      tone={SUBJECT_TONES[props.state] ?? 'neutral'}
      label={label}
      title={title || undefined}
    />
  );
}

/** "3 of 5 moved" over a bar, with the idle and still-using counts. */
export function MovedProgress(props: { campaign: DeprecationCampaign }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const { total, moved, idle, using } = props.campaign.progress;
  if (total === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('deprecation.progress.none')}
      </Typography>
    );
  }
  return (
    <Box minWidth={120}>
      <Typography variant="body2">
        {t('deprecation.progress.moved', {
          moved: format.count(moved),
          total: format.count(total),
        })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={(moved / total) * 100}
        aria-label={t('deprecation.progress.label')}
      />
      <Typography variant="caption" color="textSecondary" component="div">
        {t('deprecation.progress.counts', {
          idle: format.count(idle),
          using: format.count(using),
        })}
      </Typography>
    </Box>
  );
}

/** The reminders sent so far: "30, 7 days before", or "None yet". */
export function useRemindersText(): (campaign: DeprecationCampaign) => string {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return (campaign: DeprecationCampaign) => {
    const sent = [...(campaign.remindersSent ?? [])].sort((a, b) => b - a);
    if (sent.length === 0) return t('deprecation.reminders.none');
    return t('deprecation.reminders.sent', {
      days: sent.map(days => format.count(days)).join(', '),
    });
  };
}

/** Still deprecated first, the nearest date first; then the retired. */
export function byRetirement(a: DeprecationCampaign, b: DeprecationCampaign) {
  if (a.state !== b.state) return a.state === 'deprecated' ? -1 : 1;
  return a.state === 'deprecated'
    ? a.retireAt.localeCompare(b.retireAt)
    : b.retireAt.localeCompare(a.retireAt);
}
