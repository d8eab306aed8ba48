import {
  parseRuleReason,
  RuleReason,
  SYSTEM_REASONS,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LitemaasText, useLitemaasText } from '../../translationText';
import { formatEntityRef } from '../format';

const BY_TEXT = new Map<string, keyof typeof SYSTEM_REASONS>(
  Object.entries(SYSTEM_REASONS).map(([key, text]) => [
    text,
    key as keyof typeof SYSTEM_REASONS,
  ]),
);

/** A rule's reason, read back by `parseRuleReason`, in the reader's words. */
function ruleText(reason: RuleReason, t: LitemaasText): string {
  switch (reason.code) {
    case 'approved':
      return t('rules.reasons.approved', {
        rule: reason.rule,
        who: formatEntityRef(reason.who),
        group: formatEntityRef(reason.group),
      });
    case 'denied':
      return t('rules.reasons.denied', { rule: reason.rule, why: reason.why });
    case 'twoApprovals':
      return reason.amount === undefined
        ? t('rules.reasons.twoApprovalsUnlimited', {
            rule: reason.rule,
            above: reason.above,
          })
        : t('rules.reasons.twoApprovals', {
            rule: reason.rule,
            amount: reason.amount,
            above: reason.above,
          });
    case 'approvals':
      return reason.reason
        ? t('rules.reasons.approvalsWith', {
            n: String(reason.n),
            rule: reason.rule,
            reason: reason.reason,
          })
        : t('rules.reasons.approvals', {
            n: String(reason.n),
            rule: reason.rule,
          });
    case 'escalated':
      return t('rules.reasons.escalated', {
        days: reason.days,
        rule: reason.rule,
      });
    case 'skipped':
      return t('rules.reasons.skipped', {
        rule: reason.rule,
        error: reason.error,
      });
    case 'noRule':
      return t('rules.reasons.noRule');
    case 'noRules':
    default:
      return t('rules.reasons.noRules');
  }
}

/**
 * A stored reason as the reader should see it: the portal's own reasons
 * (and its rules' decisions, which name the rule) in the reader's
 * language, a person's reason as they wrote it.
 */
export function useReasonText(): (reason: string) => string {
  const t = useLitemaasText();
  return reason => reasonText(reason, t);
}

export function reasonText(reason: string, t: LitemaasText): string {
  const key = BY_TEXT.get(reason);
  if (key) return t(`access.systemReasons.${key}`);
  const rule = parseRuleReason(reason);
  return rule ? ruleText(rule, t) : reason;
}
