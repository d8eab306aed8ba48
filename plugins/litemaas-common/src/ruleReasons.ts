/**
 * The reasons approval rules write on requests and their history. They are
 * stored in English, as every reason is (logs and exports read them as
 * text); the frontend reads them back with `parseRuleReason` to say them in
 * the reader's language. Writing and reading live here together, so a
 * change of wording changes both (a round-trip test holds them together).
 *
 * @public
 */
export type RuleReason =
  | { code: 'approved'; rule: string; who: string; group: string }
  | { code: 'denied'; rule: string; why: string }
  /** `amount` absent: the budget asked for is unlimited. */
  | { code: 'twoApprovals'; rule: string; amount?: string; above: string }
  | { code: 'approvals'; n: 1 | 2; rule: string; reason?: string }
  | { code: 'escalated'; days: string; rule: string }
  | { code: 'skipped'; rule: string; error: string }
  | { code: 'noRule' }
  | { code: 'noRules' };

/** A rule's reason as stored. @public */
export function ruleReasonText(reason: RuleReason): string {
  switch (reason.code) {
    case 'approved':
      return `Approved by rule '${reason.rule}': limits within its ceiling, ${reason.who} in ${reason.group}`;
    case 'denied':
      return `Denied by rule '${reason.rule}': ${reason.why}`;
    case 'twoApprovals':
      return `Needs two approvals (rule '${reason.rule}'): the budget ${
        reason.amount === undefined ? 'is unlimited' : `of ${reason.amount} is`
      } above ${reason.above}`;
    case 'approvals':
      return `${reason.n} of 2 approvals (rule '${reason.rule}')${
        reason.reason ? `: ${reason.reason}` : ''
      }`;
    case 'escalated':
      return `No decision within ${reason.days} days: escalated to admins (rule '${reason.rule}')`;
    case 'skipped':
      return `Rule '${reason.rule}' could not read the catalog (${reason.error}): left to people`;
    case 'noRule':
      return 'No rule decides: a reviewer decides';
    case 'noRules':
      return 'The model has no approval rules: a reviewer decides';
    default:
      return assertNever(reason);
  }
}

const READERS: Array<[RegExp, (m: RegExpExecArray) => RuleReason]> = [
  [
    /^Approved by rule '(.+)': limits within its ceiling, (\S+) in (\S+)$/,
    m => ({ code: 'approved', rule: m[1], who: m[2], group: m[3] }),
  ],
  [
    /^Denied by rule '(.+?)': (.*)$/s,
    m => ({ code: 'denied', rule: m[1], why: m[2] }),
  ],
  [
    /^Needs two approvals \(rule '(.+)'\): the budget is unlimited above (\S+)$/,
    m => ({ code: 'twoApprovals', rule: m[1], above: m[2] }),
  ],
  [
    /^Needs two approvals \(rule '(.+)'\): the budget of (\S+) is above (\S+)$/,
    m => ({ code: 'twoApprovals', rule: m[1], amount: m[2], above: m[3] }),
  ],
  [
    /^([12]) of 2 approvals \(rule '(.+?)'\)(?:: (.*))?$/s,
    m => ({
      code: 'approvals',
      n: m[1] === '1' ? 1 : 2,
      rule: m[2],
      ...(m[3] !== undefined && { reason: m[3] }),
    }),
  ],
  [
    /^No decision within (\d+) days: escalated to admins \(rule '(.+)'\)$/,
    m => ({ code: 'escalated', days: m[1], rule: m[2] }),
  ],
  [
    /^Rule '(.+?)' could not read the catalog \((.*)\): left to people$/s,
    m => ({ code: 'skipped', rule: m[1], error: m[2] }),
  ],
  [/^No rule decides: a reviewer decides$/, () => ({ code: 'noRule' })],
  [
    /^The model has no approval rules: a reviewer decides$/,
    () => ({ code: 'noRules' }),
  ],
];

/** A stored reason read back; undefined when no rule wrote it. @public */
export function parseRuleReason(text: string): RuleReason | undefined {
  for (const [pattern, read] of READERS) {
    const m = pattern.exec(text);
    if (m) return read(m);
  }
  return undefined;
}

function assertNever(value: never): never {
  throw new Error(`Unknown rule reason ${JSON.stringify(value)}`);
}
