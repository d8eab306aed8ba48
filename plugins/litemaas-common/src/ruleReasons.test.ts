import { parseRuleReason, RuleReason, ruleReasonText } from './ruleReasons';

describe('rule reasons', () => {
  const reasons: RuleReason[] = [
    {
      code: 'approved',
      rule: "ml-platform small: it's fine",
      who: 'user:default/alice',
      group: 'group:default/ml-platform',
    },
    { code: 'denied', rule: 'prod only', why: 'no Component\nin production' },
    { code: 'twoApprovals', rule: 'big', amount: '120.5', above: '100' },
    { code: 'twoApprovals', rule: 'big', above: '100' },
    { code: 'approvals', n: 1, rule: 'big' },
    { code: 'approvals', n: 2, rule: 'big', reason: 'ok: for the demo' },
    { code: 'escalated', days: '3', rule: 'slow owners' },
    { code: 'skipped', rule: 'prod only', error: 'catalog (503): down' },
    { code: 'noRule' },
    { code: 'noRules' },
  ];

  it.each(reasons.map(r => [r.code, r]))(
    'reads back what it writes: %s',
    (_code, reason) => {
      expect(parseRuleReason(ruleReasonText(reason))).toEqual(reason);
    },
  );

  it('reads nothing into a person’s own words', () => {
    expect(parseRuleReason('Approved for the workshop')).toBeUndefined();
    expect(parseRuleReason('')).toBeUndefined();
  });
});
