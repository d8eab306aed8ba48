import { validateApprovalRules } from './approvalRules';

describe('validateApprovalRules', () => {
  it('accepts every kind and spells group refs one way', () => {
    expect(
      validateApprovalRules([
        {
          name: 'auto',
          kind: 'autoApprove',
          groups: ['group:Payments'],
          ceiling: { maxBudget: 5 },
        },
        { name: 'two', kind: 'twoApprovals', aboveBudget: 50 },
        { name: 'wait', kind: 'escalate', afterDays: 3 },
        {
          name: 'prod',
          kind: 'deny',
          require: {
            kind: 'Component',
            owner: 'subject',
            filter: { 'spec.lifecycle': 'production' },
          },
        },
      ]),
    ).toEqual([
      {
        name: 'auto',
        kind: 'autoApprove',
        groups: ['group:default/payments'],
        ceiling: { maxBudget: 5 },
      },
      { name: 'two', kind: 'twoApprovals', aboveBudget: 50 },
      { name: 'wait', kind: 'escalate', afterDays: 3 },
      {
        name: 'prod',
        kind: 'deny',
        require: {
          kind: 'Component',
          owner: 'subject',
          filter: { 'spec.lifecycle': 'production' },
        },
      },
    ]);
  });

  it('names every problem', () => {
    expect(() =>
      validateApprovalRules([
        { name: 'a', kind: 'autoApprove', groups: [], ceiling: { tpm: -1 } },
        { name: 'a', kind: 'twoApprovals', aboveBudget: 1, extra: true },
        { name: 'd', kind: 'deny', require: { kind: 'User', owner: 'x' } },
      ]),
    ).toThrow(
      /groups must list 1 to 50.*ceiling.tpm must be a whole number.*used twice.*unknown field 'extra'.*require.kind must be.*require.owner must be/,
    );
    expect(() => validateApprovalRules({})).toThrow('rules must be a list');
  });
});
