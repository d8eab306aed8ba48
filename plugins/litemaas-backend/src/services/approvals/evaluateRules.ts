import {
  AccessLimits,
  ApprovalCeiling,
  ApprovalOutcome,
  ApprovalRule,
  CatalogCondition,
  durationSeconds,
  ruleReasonText,
} from '@litemaas/backstage-plugin-litemaas-common';

/** A request as the rules see it. */
export interface RuleDraft {
  subjectRef: string;
  requestedBy: string;
  /** The requester and the groups they belong to (lower case). */
  requesterRefs: string[];
  /** The limits the grant would carry: asked, then the model's defaults. */
  limits: AccessLimits;
  /** The model's default budget period. */
  defaultBudgetDuration?: string;
}

/**
 * Whether one of `ownerRefs` owns an entity matching the condition.
 * Throws when the catalog cannot answer.
 */
export type CatalogProbe = (
  condition: CatalogCondition,
  ownerRefs: string[],
) => Promise<boolean>;

export interface RuleVerdict {
  outcome: ApprovalOutcome;
  rule?: string;
  reason: string;
  escalateAfterDays?: number;
  /** Rules that could not be checked, for the request's history. */
  skipped: Array<{ rule: string; reason: string }>;
}

const describeCondition = (c: CatalogCondition) =>
  `a ${c.kind}${
    c.filter
      ? ` with ${Object.entries(c.filter)
          .map(([k, v]) => `${k} = ${v}`)
          .join(' and ')}`
      : ''
  }`;

/**
 * Whether limits stay within a ceiling. Anything not bounded (no value,
 * which is unlimited) or a budget period shorter than allowed is not.
 */
export function withinCeiling(
  limits: AccessLimits,
  ceiling: ApprovalCeiling,
  defaultBudgetDuration?: string,
): boolean {
  for (const field of ['maxBudget', 'tpm', 'rpm'] as const) {
    const cap = ceiling[field];
    if (cap === undefined) continue;
    const value = limits[field];
    if (value === undefined || value === null || value > cap) return false;
  }
  if (ceiling.maxBudget !== undefined && limits.budgetDuration) {
    // A shorter period spends the budget more often.
    const floor = ceiling.budgetDuration ?? defaultBudgetDuration;
    if (!floor) return false;
    const asked = durationSeconds(limits.budgetDuration);
    const least = durationSeconds(floor);
    if (asked === undefined || least === undefined || asked < least) {
      return false;
    }
  }
  return true;
}

/** The twoApprovals rule that applies to these limits, if any. */
export function twoApprovalsRule(
  rules: ApprovalRule[],
  limits: AccessLimits,
): Extract<ApprovalRule, { kind: 'twoApprovals' }> | undefined {
  for (const rule of rules) {
    if (rule.kind !== 'twoApprovals') continue;
    // No budget is an unlimited one: above any ceiling.
    if (limits.maxBudget === undefined || limits.maxBudget > rule.aboveBudget) {
      return rule;
    }
  }
  return undefined;
}

/**
 * What a model's rules do with a request, in this order: a failed catalog
 * condition denies; a budget above a twoApprovals ceiling needs two
 * reviewers; limits within an autoApprove ceiling, for a requester in its
 * groups, are approved; anything else waits for people. A catalog that
 * cannot answer decides nothing: the request goes to people.
 */
export async function evaluateRules(
  rules: ApprovalRule[],
  draft: RuleDraft,
  probe: CatalogProbe,
): Promise<RuleVerdict> {
  const skipped: RuleVerdict['skipped'] = [];
  const escalate = rules.find(r => r.kind === 'escalate');
  const escalateAfterDays =
    escalate?.kind === 'escalate' ? escalate.afterDays : undefined;
  const verdict = (v: Omit<RuleVerdict, 'skipped' | 'escalateAfterDays'>) => ({
    ...v,
    skipped,
    ...(escalateAfterDays !== undefined &&
      v.outcome !== 'granted' &&
      v.outcome !== 'denied' && { escalateAfterDays }),
  });

  for (const rule of rules) {
    if (rule.kind !== 'deny') continue;
    const owner =
      rule.require.owner === 'requester' ||
      draft.subjectRef === draft.requestedBy
        ? draft.requesterRefs
        : [draft.subjectRef];
    let holds: boolean;
    try {
      holds = await probe(rule.require, owner);
    } catch (error) {
      skipped.push({
        rule: rule.name,
        reason: ruleReasonText({
          code: 'skipped',
          rule: rule.name,
          error: (error as Error).message,
        }),
      });
      continue;
    }
    if (!holds) {
      const who =
        rule.require.owner === 'requester'
          ? draft.requestedBy
          : draft.subjectRef;
      return verdict({
        outcome: 'denied',
        rule: rule.name,
        reason: ruleReasonText({
          code: 'denied',
          rule: rule.name,
          why:
            rule.reason ?? `${who} owns no ${describeCondition(rule.require)}`,
        }),
      });
    }
  }

  const two = twoApprovalsRule(rules, draft.limits);
  if (two) {
    return verdict({
      outcome: 'twoApprovals',
      rule: two.name,
      reason: ruleReasonText({
        code: 'twoApprovals',
        rule: two.name,
        ...(draft.limits.maxBudget !== undefined && {
          amount: String(draft.limits.maxBudget),
        }),
        above: String(two.aboveBudget),
      }),
    });
  }

  if (skipped.length) {
    return verdict({
      outcome: 'people',
      reason: skipped.map(s => s.reason).join('; '),
    });
  }

  // Who is granted must qualify, not only who asks: a team request is
  // approved only when the team itself is one of the rule's groups (and
  // the asker is in it); a request for oneself, when one's groups include
  // one of them. A request for another user goes to people (their groups
  // are not the asker's).
  const subject = draft.subjectRef.toLocaleLowerCase('en-US');
  const personal = subject === draft.requestedBy.toLocaleLowerCase('en-US');
  const askerRefs = draft.requesterRefs.map(r => r.toLocaleLowerCase('en-US'));
  let qualifying: string[] = [];
  if (personal) qualifying = askerRefs;
  else if (subject.startsWith('group:') && askerRefs.includes(subject)) {
    qualifying = [subject];
  }
  for (const rule of rules) {
    if (rule.kind !== 'autoApprove') continue;
    const group = rule.groups.find(g => qualifying.includes(g));
    if (
      group &&
      withinCeiling(draft.limits, rule.ceiling, draft.defaultBudgetDuration)
    ) {
      return verdict({
        outcome: 'granted',
        rule: rule.name,
        // The words the Review and My access pages read back.
        reason: ruleReasonText({
          code: 'approved',
          rule: rule.name,
          who: personal ? draft.requestedBy : subject,
          group,
        }),
      });
    }
  }
  return verdict({
    outcome: 'people',
    reason: ruleReasonText({ code: rules.length ? 'noRule' : 'noRules' }),
  });
}
