import { SYSTEM_REASONS } from '@litemaas/backstage-plugin-litemaas-common';
import { LitemaasText, useLitemaasText } from '../../translationText';
import { formatEntityRef } from '../format';

const BY_TEXT = new Map<string, keyof typeof SYSTEM_REASONS>(
  Object.entries(SYSTEM_REASONS).map(([key, text]) => [
    text,
    key as keyof typeof SYSTEM_REASONS,
  ]),
);

/**
 * The reasons approval rules write (the backend's evaluateRules and
 * AccessService, in English): each pattern and how to say it. A reason
 * that matches none is shown as written.
 */
const RULE_REASONS: Array<
  [RegExp, (m: RegExpExecArray, t: LitemaasText) => string]
> = [
  [
    /^Approved by rule '(.+)': limits within its ceiling, (\S+) in (\S+)$/,
    (m, t) =>
      t('rules.reasons.approved', {
        rule: m[1],
        who: formatEntityRef(m[2]),
        group: formatEntityRef(m[3]),
      }),
  ],
  [
    /^Denied by rule '(.+?)': (.*)$/s,
    (m, t) => t('rules.reasons.denied', { rule: m[1], why: m[2] }),
  ],
  [
    /^Needs two approvals \(rule '(.+)'\): the budget is unlimited above (\S+)$/,
    (m, t) =>
      t('rules.reasons.twoApprovalsUnlimited', { rule: m[1], above: m[2] }),
  ],
  [
    /^Needs two approvals \(rule '(.+)'\): the budget of (\S+) is above (\S+)$/,
    (m, t) =>
      t('rules.reasons.twoApprovals', {
        rule: m[1],
        amount: m[2],
        above: m[3],
      }),
  ],
  [
    /^([12]) of 2 approvals \(rule '(.+?)'\)(?:: (.*))?$/s,
    (m, t) =>
      m[3]
        ? t('rules.reasons.approvalsWith', {
            n: m[1],
            rule: m[2],
            reason: m[3],
          })
        : t('rules.reasons.approvals', { n: m[1], rule: m[2] }),
  ],
  [
    /^No decision within (\d+) days: escalated to admins \(rule '(.+)'\)$/,
    (m, t) => t('rules.reasons.escalated', { days: m[1], rule: m[2] }),
  ],
  [
    /^Rule '(.+?)' could not read the catalog \((.*)\): left to people$/s,
    (m, t) => t('rules.reasons.skipped', { rule: m[1], error: m[2] }),
  ],
  [
    /^No rule decides: a reviewer decides$/,
    (_, t) => t('rules.reasons.noRule'),
  ],
  [
    /^The model has no approval rules: a reviewer decides$/,
    (_, t) => t('rules.reasons.noRules'),
  ],
];

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
  for (const [pattern, say] of RULE_REASONS) {
    const m = pattern.exec(reason);
    if (m) return say(m, t);
  }
  return reason;
}
