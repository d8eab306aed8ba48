import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import { useLitemaasText } from '../../translationText';
import { ToneChip } from '../common';
import { formatEntityRef } from '../format';
import { useLocaleFormat } from '../useLocaleFormat';

// A long rule name is cut (the tooltip has it whole) rather than widening
// the review table past 1280 px.
const useStyles = makeStyles({
  chips: { maxWidth: 220, '& .MuiChip-root': { maxWidth: '100%' } },
});

/**
 * What approval rules did to a waiting request: "1 of 2 approvals (rule
 * big-budget)" and "Escalated", stacked under its age.
 */
export function ApprovalChips(props: { request: AccessRequest }) {
  const { approvals, escalatedAt } = props.request;
  const t = useLitemaasText();
  const format = useLocaleFormat();
  const classes = useStyles();
  if (!approvals && !escalatedAt) return null;
  const counts = {
    done: format.count(approvals?.approvedBy.length ?? 0),
    required: format.count(approvals?.required ?? 0),
  };
  const label = approvals?.rule
    ? t('rules.chips.approvalsRule', { ...counts, rule: approvals.rule })
    : t('rules.chips.approvals', counts);
  return (
    <Box
      display="flex"
      flexDirection="column"
      alignItems="flex-start"
      mt={0.5}
      style={{ gap: 4 }}
      className={classes.chips}
    >
      {approvals && (
        <ToneChip
          tone="warning"
          label={label}
          title={
            approvals.approvedBy.length
              ? `${label}. ${t('rules.chips.approvalsBy', {
                  who: approvals.approvedBy.map(formatEntityRef).join(', '),
                })}`
              : label
          }
        />
      )}
      {escalatedAt && (
        <ToneChip
          tone="error"
          label={t('rules.chips.escalated')}
          title={t('rules.chips.escalatedTitle', {
            date: format.dateTime(escalatedAt),
          })}
        />
      )}
    </Box>
  );
}
