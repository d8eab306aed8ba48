import { useCallback } from 'react';
import {
  RecertificationCampaign,
  RecertificationDecision,
  RecertificationItem,
} from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useLitemaasText } from '../../../translationText';
import { Tone, ToneChip, daysUntil } from '../../common';
import { formatEntityRef } from '../../format';
import { useLocaleFormat } from '../../useLocaleFormat';

/** The portal's own tasks decide as this ref (at the deadline). */
const SYSTEM_ACTOR = 'system:litemaas';

const DECISION_TONES: Record<RecertificationDecision, Tone> = {
  pending: 'warning',
  keep: 'success',
  end: 'error',
  expired: 'brown',
  flagged: 'purple',
  gone: 'neutral',
};

/** The decisions in the order a campaign's progress lists them. */
export const DECISIONS: RecertificationDecision[] = [
  'pending',
  'keep',
  'end',
  'expired',
  'flagged',
  'gone',
];

/** A decision's name ("Kept", "Ended at deadline") in the reader's language. */
export function useDecisionLabel(): (
  decision: RecertificationDecision,
) => string {
  const t = useLitemaasText();
  return useCallback(
    (decision: RecertificationDecision) => {
      switch (decision) {
        case 'pending':
          return t('recertification.decision.pending');
        case 'keep':
          return t('recertification.decision.keep');
        case 'end':
          return t('recertification.decision.end');
        case 'expired':
          return t('recertification.decision.expired');
        case 'flagged':
          return t('recertification.decision.flagged');
        case 'gone':
          return t('recertification.decision.gone');
        default:
          // A decision newer than this plugin: its own name beats nothing.
          return decision;
      }
    },
    [t],
  );
}

/** Which grant, in the words of the messages: "gpt-4o", "payments". */
export function named(
  item: Pick<RecertificationItem, 'modelName' | 'subjectRef'>,
) {
  return {
    model: item.modelName,
    subject: formatEntityRef(item.subjectRef),
  };
}

/** Whether a grant may still be decided: kept ones may still be ended. */
export function isDecidable(item: RecertificationItem): boolean {
  return item.decision === 'pending' || item.decision === 'keep';
}

/**
 * A grant's decision as a chip, with who decided when and why under it.
 * The portal's own decisions (at the deadline, or a grant that ended
 * meanwhile) are explained in the reader's language, not in the words
 * the server stored.
 */
export function DecisionCell(props: { item: RecertificationItem }) {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const label = useDecisionLabel();
  const { item } = props;
  const bySystem =
    item.decidedBy === SYSTEM_ACTOR ||
    ['expired', 'flagged', 'gone'].includes(item.decision);
  let note: string | undefined;
  if (item.decision === 'gone') {
    note = t('recertification.decision.goneExplanation');
  } else if (item.decision === 'expired' || item.decision === 'flagged') {
    note = t('recertification.decision.notConfirmed');
  } else if (!bySystem) {
    note = item.reason;
  }
  const by =
    item.decidedBy && !bySystem
      ? t('recertification.decision.by', {
          name: formatEntityRef(item.decidedBy),
          when: format.relativeTime(item.decidedAt),
        })
      : undefined;
  return (
    <>
      <ToneChip
        tone={DECISION_TONES[item.decision] ?? 'neutral'}
        label={label(item.decision)}
        title={
          [by, note, format.dateTime(item.decidedAt)]
            .filter(Boolean)
            .join(' · ') || undefined
        }
      />
      {by && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="div"
          title={format.dateTime(item.decidedAt)}
        >
          {by}
        </Typography>
      )}
      {note && (
        <Box maxWidth={220}>
          <Typography variant="caption" color="textSecondary" component="div">
            {bySystem ? note : `“${note}”`}
          </Typography>
        </Box>
      )}
    </>
  );
}

/** A campaign's state as a chip: open, or closed. */
export function CampaignStatusChip(props: {
  status: RecertificationCampaign['status'];
}) {
  const t = useLitemaasText();
  return props.status === 'open' ? (
    <ToneChip tone="info" label={t('recertification.status.open')} />
  ) : (
    <ToneChip tone="neutral" label={t('recertification.status.closed')} />
  );
}

/** How many grants are decided: everything no longer pending. */
export function decidedOf(campaign: RecertificationCampaign): number {
  return campaign.progress.total - campaign.progress.pending;
}

/**
 * When a campaign's deadline falls, relative to now: "in 5 days", or
 * "Passed"; for a closed campaign, when it closed.
 */
export function useDeadlineNote(): (
  campaign: RecertificationCampaign,
) => string {
  const t = useLitemaasText();
  const format = useLocaleFormat();
  return useCallback(
    (campaign: RecertificationCampaign) => {
      if (campaign.status === 'closed') {
        return t('recertification.closedOn', {
          date: format.date(campaign.closedAt ?? campaign.deadline),
        });
      }
      if (Date.parse(campaign.deadline) <= Date.now()) {
        return t('recertification.passed');
      }
      const days = daysUntil(campaign.deadline);
      if (days === 0) return t('recertification.withinADay');
      return days === 1
        ? t('recertification.tomorrow')
        : t('recertification.inDays', { days: format.count(days) });
    },
    [t, format],
  );
}
