import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import {
  ApprovalRule,
  ApprovalRulesResponse,
  LiteMaasApi,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aModel, fakeApi, responseError } from '../../__testUtils__/fixtures';
import { englishLeft, languageApis } from '../../__testUtils__/i18n';
import de from '../../translations/de';
import { ApprovalRulesDialog } from './ApprovalRulesDialog';

const userEvent = userEventBase.setup({ delay: null });

const model = aModel({ name: 'claude-sonnet', accessPolicy: 'restricted' });
const small: ApprovalRule = {
  name: 'small',
  kind: 'autoApprove',
  groups: ['group:default/ml-platform'],
  ceiling: { maxBudget: 20, budgetDuration: '30d' },
};
const big: ApprovalRule = {
  name: 'big',
  kind: 'twoApprovals',
  aboveBudget: 100,
};

function answer(
  rules: ApprovalRule[],
  more: Partial<ApprovalRulesResponse> = {},
): ApprovalRulesResponse {
  return {
    modelName: model.name,
    rules,
    source: rules.length ? 'portal' : 'none',
    editable: true,
    canSetAdminOnly: true,
    ...more,
  };
}

function render(overrides: Partial<LiteMaasApi> = {}, apis: any[] = []) {
  const onClose = jest.fn();
  const alertApi = mockApis.alert();
  renderInTestApp(
    <ApprovalRulesDialog open model={model} onClose={onClose} />,
    { apis: [[litemaasApiRef, fakeApi(overrides)], alertApi, ...apis] },
  );
  return { onClose, alertApi };
}

async function typeInto(label: string, text: string, root?: HTMLElement) {
  const field = within(root ?? document.body).getByLabelText(label);
  await userEvent.clear(field);
  if (text) await userEvent.type(field, text);
}

describe('ApprovalRulesDialog', () => {
  it('lists the rules in order with what each does', async () => {
    render({ getApprovalRules: async () => answer([small, big]) });
    const list = await screen.findByRole('list', { name: 'Approval rules' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(
      'Approve at once when the limits are at most $20 per 30 days and the requester is in ml-platform',
    );
    expect(items[1]).toHaveTextContent(
      'Ask two different reviewers when the budget is above $100 or unlimited',
    );
    expect(
      screen.getByRole('button', { name: 'Move rule small up' }),
    ).toBeDisabled();
    // Nothing changed yet: nothing to save.
    expect(screen.getByRole('button', { name: 'Save rules' })).toBeDisabled();
  });

  it('shows a load error with a way to try again', async () => {
    const getApprovalRules = jest
      .fn()
      .mockRejectedValueOnce(new Error('backend down'))
      .mockResolvedValue(answer([]));
    render({ getApprovalRules });
    expect((await screen.findAllByText(/backend down/))[0]).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText('No rules: every request waits for a reviewer.'),
    ).toBeInTheDocument();
  });

  it('is read-only, with why, when the rules come from app-config', async () => {
    render({
      getApprovalRules: async () =>
        answer([small], { source: 'config', editable: false }),
    });
    expect(
      await screen.findByText(/come from the portal’s configuration/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save rules' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add rule' })).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Edit rule small' }),
    ).toBeNull();
  });

  it('keeps an admin’s admins-only rule out of an owner’s hands', async () => {
    render({
      getApprovalRules: async () =>
        answer([small, { ...big, adminOnly: true }], {
          canSetAdminOnly: false,
        }),
    });
    const list = await screen.findByRole('list', { name: 'Approval rules' });
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent(
      'Admins only',
    );
    expect(
      screen.getByRole('button', { name: 'Edit rule big' }),
    ).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Remove rule big' }),
    ).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Edit rule small' }),
    ).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(
      screen.queryByLabelText('Only admins may change or remove this rule'),
    ).toBeNull();
  });

  it('lets an admin mark a rule admins-only', async () => {
    const setApprovalRules = jest.fn(async (_: string, rules: ApprovalRule[]) =>
      answer(rules),
    );
    render({ getApprovalRules: async () => answer([big]), setApprovalRules });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit rule big' }),
    );
    await userEvent.click(
      screen.getByLabelText('Only admins may change or remove this rule'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() =>
      expect(setApprovalRules).toHaveBeenCalledWith(model.name, [
        { ...big, adminOnly: true },
      ]),
    );
  });

  it('adds, edits, reorders and removes rules, and shows each problem of a 400', async () => {
    const setApprovalRules = jest
      .fn()
      .mockImplementationOnce(async () => {
        throw await responseError(
          400,
          'InputError',
          "Invalid approval rules: rules[0] 'team': 'ml' is not a group ref such as group:default/ml-platform; at most one escalate rule",
        );
      })
      .mockImplementation(async (_: string, rules: ApprovalRule[]) =>
        answer(rules),
      );
    const { onClose, alertApi } = render({
      getApprovalRules: async () => answer([big]),
      setApprovalRules,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add rule' }),
    );
    // A ceiling is required.
    await typeInto('Name', 'team');
    await typeInto('Groups', 'ml');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      screen.getByText('Set the budget: an auto-approval needs one'),
    ).toBeInTheDocument();
    await typeInto('Budget at most (USD)', '20');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(
      screen.getByText(
        'Approve at once when the limits are at most $20 budget and the requester is in ml',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Move rule team up' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    const problems = await screen.findByText('The rules were not saved:');
    const alert = problems.closest('[role="alert"]') as HTMLElement;
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual([
      "rules[0] 'team': 'ml' is not a group ref such as group:default/ml-platform",
      'at most one escalate rule',
    ]);
    expect(setApprovalRules).toHaveBeenLastCalledWith('claude-sonnet', [
      {
        name: 'team',
        kind: 'autoApprove',
        groups: ['ml'],
        ceiling: { maxBudget: 20 },
      },
      big,
    ]);

    // Fix the group, remove the other rule, save.
    await userEvent.click(
      screen.getByRole('button', { name: 'Edit rule team' }),
    );
    await typeInto('Groups', 'group:default/ml-platform');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove rule big' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save rules' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(setApprovalRules).toHaveBeenLastCalledWith('claude-sonnet', [
      {
        name: 'team',
        kind: 'autoApprove',
        groups: ['group:default/ml-platform'],
        ceiling: { maxBudget: 20 },
      },
    ]);
    expect(alertApi.getAlerts()[0].message).toBe(
      'Approval rules of claude-sonnet saved.',
    );
  });

  it('says what would happen to a request under the draft rules', async () => {
    const checkApprovalRules = jest.fn().mockResolvedValue({
      outcome: 'granted',
      rule: 'small',
      reason:
        "Approved by rule 'small': limits within its ceiling, user:default/alice in group:default/ml-platform",
      limits: { maxBudget: 10, budgetDuration: '30d' },
    });
    render({
      getApprovalRules: async () => answer([small]),
      checkApprovalRules,
    });
    const panel = await screen.findByRole('region', {
      name: 'What would happen',
    });
    const check = within(panel).getByRole('button', { name: 'Check' });
    expect(check).toBeDisabled();
    await typeInto('For (user or group ref)', 'user:default/alice', panel);
    await typeInto('Budget (USD)', '10', panel);
    await userEvent.click(check);
    expect(
      await within(panel).findByText('Granted at once by rule “small”'),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(
        'Why: Approved by rule “small”: limits within its ceiling, alice in ml-platform',
      ),
    ).toBeInTheDocument();
    expect(checkApprovalRules).toHaveBeenCalledWith('claude-sonnet', {
      subjectRef: 'user:default/alice',
      limits: { maxBudget: 10 },
      rules: [small],
    });
  });

  it('speaks German', async () => {
    render(
      {
        getApprovalRules: async () =>
          answer([small, big], { source: 'config', editable: false }),
      },
      languageApis('de', de),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Freigaberegeln von claude-sonnet',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Sofort freigeben, wenn die Limits höchstens/),
    ).toBeInTheDocument();
    // 'user' is the example ref (user:default/alice), not an English word.
    expect(englishLeft(de).filter(text => text !== 'user')).toEqual([]);
  });
});
