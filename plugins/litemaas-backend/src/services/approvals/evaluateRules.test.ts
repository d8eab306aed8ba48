import { ApprovalRule } from '@litemaas/backstage-plugin-litemaas-common';
import { evaluateRules, RuleDraft, withinCeiling } from './evaluateRules';

const ALICE = 'user:default/alice';
const PAYMENTS = 'group:default/payments';

const draft = (fields: Partial<RuleDraft> = {}): RuleDraft => ({
  subjectRef: ALICE,
  requestedBy: ALICE,
  requesterRefs: [ALICE, PAYMENTS],
  limits: { maxBudget: 10, tpm: 1000, budgetDuration: '30d' },
  defaultBudgetDuration: '30d',
  ...fields,
});

const AUTO: ApprovalRule = {
  name: 'auto',
  kind: 'autoApprove',
  groups: [PAYMENTS],
  ceiling: { maxBudget: 10, tpm: 1000 },
};
const DENY: ApprovalRule = {
  name: 'prod',
  kind: 'deny',
  require: { kind: 'Component', owner: 'subject' },
};
const yes = async () => true;
const no = async () => false;
const down = async () => {
  throw new Error('catalog down');
};

describe('evaluateRules', () => {
  it('auto-approves only within every bound of the ceiling', () => {
    const ceiling = { maxBudget: 10, tpm: 1000 };
    expect(withinCeiling({ maxBudget: 10, tpm: 1000 }, ceiling)).toBe(true);
    expect(withinCeiling({ maxBudget: 10.01, tpm: 1000 }, ceiling)).toBe(false);
    expect(withinCeiling({ maxBudget: 10, tpm: 1001 }, ceiling)).toBe(false);
    // No value is no limit: above any ceiling.
    expect(withinCeiling({ maxBudget: 10 }, ceiling)).toBe(false);
    // A shorter period spends the budget more often.
    expect(
      withinCeiling(
        { maxBudget: 5, budgetDuration: '1d' },
        { maxBudget: 5 },
        '30d',
      ),
    ).toBe(false);
    expect(
      withinCeiling({ maxBudget: 5, budgetDuration: '1d' }, { maxBudget: 5 }),
    ).toBe(false);
    expect(
      withinCeiling(
        { maxBudget: 5, budgetDuration: '1d' },
        { maxBudget: 5, budgetDuration: '1d' },
      ),
    ).toBe(true);
  });

  it('grants for members of the groups, names the rule, and not for others', async () => {
    expect(await evaluateRules([AUTO], draft(), yes)).toMatchObject({
      outcome: 'granted',
      rule: 'auto',
    });
    expect(
      await evaluateRules([AUTO], draft({ requesterRefs: [ALICE] }), yes),
    ).toMatchObject({ outcome: 'people' });
  });

  it('denies when the catalog condition fails, and decides nothing when the catalog is down', async () => {
    expect(await evaluateRules([DENY, AUTO], draft(), no)).toMatchObject({
      outcome: 'denied',
      rule: 'prod',
    });
    const unsure = await evaluateRules([DENY, AUTO], draft(), down);
    expect(unsure.outcome).toBe('people');
    expect(unsure.rule).toBeUndefined();
    expect(unsure.skipped[0].reason).toContain('catalog down');
  });

  it('asks for two approvals above the budget, before any auto-approval', async () => {
    const rules: ApprovalRule[] = [
      { ...AUTO, ceiling: { maxBudget: 1000 } },
      { name: 'two', kind: 'twoApprovals', aboveBudget: 5 },
      { name: 'wait', kind: 'escalate', afterDays: 3 },
    ];
    expect(await evaluateRules(rules, draft(), yes)).toMatchObject({
      outcome: 'twoApprovals',
      rule: 'two',
      escalateAfterDays: 3,
    });
    expect(
      await evaluateRules(rules, draft({ limits: { tpm: 1 } }), yes),
    ).toMatchObject({ outcome: 'twoApprovals' });
  });
});
