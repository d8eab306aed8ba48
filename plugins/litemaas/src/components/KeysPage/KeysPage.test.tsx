import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  ApiKey,
  LiteMaasApi,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aKey,
  aRequest,
  denyAll,
  fakeApi,
  keySettings,
  responseError,
} from '../../__testUtils__/fixtures';
import { KeysPage } from './KeysPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

const userEvent = userEventBase.setup({ delay: null });

const DAY = 24 * 3600 * 1000;
const inDays = (days: number) =>
  new Date(Date.now() + days * DAY).toISOString();

const laptop = aKey({
  id: 'k-laptop',
  name: 'my-laptop',
  prefix: 'sk-...abcd',
  spend: 45,
  limits: { maxBudget: 50, budgetDuration: '30d' },
  status: 'active',
  expiresAt: inDays(60),
});
const ci = aKey({
  id: 'k-ci',
  name: 'payments-ci',
  prefix: 'sk-...wxyz',
  subjectRef: 'group:default/payments',
  createdBy: 'user:default/bob',
  models: ['gpt-4o-mini', 'granite-8b'],
  spend: 5,
  limits: { maxBudget: 50 },
  status: 'expiring-soon',
  expiresAt: inDays(3),
});
const workshop = aKey({
  id: 'k-ws',
  name: 'workshop-alice',
  origin: 'provisioned',
  status: 'over-budget',
  spend: 12,
  limits: { maxBudget: 10 },
  expiresAt: undefined,
});
const blocked = aKey({ id: 'k-b', name: 'blocked-key', status: 'blocked' });
const revoked = aKey({
  id: 'k-r',
  name: 'old-key',
  status: 'revoked',
  revokedAt: '2026-11-01T10:00:00Z',
});

function render(
  overrides: Partial<LiteMaasApi> = {},
  keys?: ApiKey[],
  extraApis: any[] = [],
) {
  const alertApi = mockApis.alert();
  const listKeys = jest
    .fn()
    .mockImplementation(async (query: { includeRevoked?: boolean }) => ({
      items:
        keys ??
        (query.includeRevoked
          ? [laptop, ci, workshop, blocked, revoked]
          : [laptop, ci, workshop, blocked]),
    }));
  renderInTestApp(<KeysPage />, {
    mountedRoutes: catalogRoutes,
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          listKeys,
          listAccessRequests: async () => ({
            items: [
              aRequest({
                status: 'granted',
                modelName: 'gpt-4o-mini',
                subjectRef: 'user:default/alice',
              }),
              aRequest({
                id: 'g2',
                status: 'granted',
                modelName: 'claude-sonnet',
                subjectRef: 'user:default/alice',
              }),
            ],
          }),
          getKeySettings: async () => keySettings(),
          getKeyFormSettings: async () => keySettings(),
          ...overrides,
        }),
      ],
      alertApi,
      mockApis.identity({
        userEntityRef: 'user:default/alice',
        ownershipEntityRefs: ['user:default/alice', 'group:default/payments'],
      }),
      ...extraApis,
    ] as any,
    config: { litemaas: { gatewayBaseUrl: 'https://gw.example.com' } },
  });
  return { alertApi, listKeys };
}

const row = async (name: string) =>
  (await screen.findByText(name)).closest('tr')!;

describe('KeysPage', () => {
  it("lists the caller's and their teams' keys with status, prefix and spend", async () => {
    const { listKeys } = render();
    expect(listKeys).toHaveBeenCalledWith({ scope: 'mine' });

    const mine = await row('my-laptop');
    expect(within(mine).getByText('sk-...abcd')).toBeInTheDocument();
    expect(within(mine).getByText('Me')).toBeInTheDocument();
    expect(within(mine).getByText('Active')).toBeInTheDocument();
    expect(within(mine).getByText('$45.00 of $50')).toBeInTheDocument();
    expect(within(mine).getByText('per 30 days')).toBeInTheDocument();
    // 90% of the budget: the bar warns.
    const bar = within(mine).getByRole('progressbar', {
      name: 'Spend: $45.00 of $50',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '90');
    expect(bar).toHaveAttribute('data-tone', 'warning');
    for (const action of ['Edit', 'Rotate', 'Revoke']) {
      expect(
        within(mine).getByRole('button', { name: action }),
      ).toBeInTheDocument();
    }

    const team = await row('payments-ci');
    expect(
      within(team).getByRole('link', { name: 'payments' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments');
    expect(within(team).getByText('by bob')).toBeInTheDocument();
    expect(within(team).getByText('Expiring soon')).toBeInTheDocument();
    expect(within(team).getByText('gpt-4o-mini')).toBeInTheDocument();
    expect(within(team).getByText('granite-8b')).toBeInTheDocument();
    expect(within(team).getByText('in 3 days')).toBeInTheDocument();
    expect(within(team).getByRole('progressbar')).toHaveAttribute(
      'data-tone',
      'success',
    );

    const ws = await row('workshop-alice');
    expect(within(ws).getByText('Over budget')).toBeInTheDocument();
    expect(within(ws).getByText('Provisioned')).toBeInTheDocument();
    expect(within(ws).getByText('expires never')).toBeInTheDocument();
    expect(within(ws).getByRole('progressbar')).toHaveAttribute(
      'data-tone',
      'error',
    );
    // Portal keys carry no origin chip.
    expect(within(mine).queryByText('Provisioned')).not.toBeInTheDocument();

    expect(
      within(await row('blocked-key')).getByText('Blocked'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('2 keys are over budget or expire within a week.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('old-key')).not.toBeInTheDocument();
  });

  it('shows revoked keys on request, without actions', async () => {
    const { listKeys } = render();
    await row('my-laptop');
    await userEvent.click(screen.getByLabelText('Show revoked'));
    const old = await row('old-key');
    expect(listKeys).toHaveBeenLastCalledWith({
      scope: 'mine',
      includeRevoked: true,
    });
    expect(within(old).getByText('Revoked')).toBeInTheDocument();
    // Its details (its budget top-ups) still open; nothing else to do.
    expect(
      within(old)
        .getAllByRole('button')
        .map(button => button.getAttribute('aria-label')),
    ).toEqual(['Show details of old-key']);
  });

  it('spins the reload button while the keys load again', async () => {
    const { listKeys } = render();
    await row('my-laptop');
    let answer: (value: { items: ApiKey[] }) => void = () => {};
    listKeys.mockImplementationOnce(
      () => new Promise(resolve => (answer = resolve)),
    );
    expect(
      screen.queryByRole('progressbar', { name: 'Reload' }),
    ).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(
      await screen.findByRole('progressbar', { name: 'Reload' }),
    ).toBeInTheDocument();
    // The rows stay while the new answer is on its way.
    expect(screen.getByText('my-laptop')).toBeInTheDocument();
    answer({ items: [laptop] });
    await waitFor(() =>
      expect(
        screen.queryByRole('progressbar', { name: 'Reload' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.queryByText('payments-ci')).not.toBeInTheDocument();
  });

  it('explains how to get a first key', async () => {
    render({}, []);
    expect(await screen.findByText('No API keys yet')).toBeInTheDocument();
    expect(screen.getByText('Get access to a model')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Models' })).toHaveAttribute(
      'href',
      '/litemaas',
    );
    expect(
      screen.getByRole('button', { name: 'Browse models' }),
    ).toHaveAttribute('href', '/litemaas');
    expect(
      screen.getByRole('button', { name: 'Create key' }),
    ).toBeInTheDocument();
  });

  it('creates a key from the page and lists it', async () => {
    const createKey = jest.fn().mockResolvedValue({
      key: aKey({ id: 'k-new', name: 'notebook' }),
      value: 'sk-notebook-value',
    });
    const { listKeys } = render({ createKey });
    await row('my-laptop');
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Create an API key',
    });
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'notebook');
    await userEvent.click(await within(dialog).findByLabelText('gpt-4o-mini'));
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );

    const shown = await screen.findByRole('dialog', {
      name: 'Copy this key now',
    });
    expect(within(shown).getByLabelText('API key')).toHaveValue(
      'sk-notebook-value',
    );
    expect(within(shown).getByTestId('snippet')).toHaveTextContent(
      'https://gw.example.com/v1/chat/completions',
    );
    await waitFor(() => expect(listKeys).toHaveBeenCalledTimes(2));
  });

  it('rotates with a grace period and shows the new value once', async () => {
    const until = inDays(1);
    const rotateKey = jest.fn().mockResolvedValue({
      key: { ...laptop, prefix: 'sk-...new1', previousValueValidUntil: until },
      value: 'sk-rotated-new1',
    });
    const { listKeys } = render({ rotateKey });
    await userEvent.click(
      within(await row('my-laptop')).getByRole('button', { name: 'Rotate' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Rotate my-laptop?',
    });
    expect(within(dialog).getByLabelText('None')).toBeChecked();
    expect(
      within(dialog).getByText(/The old value stops working at once/),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('24 hours'));
    expect(
      within(dialog).getByText(/The old value keeps working for 24 hours/),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Rotate' }),
    );

    expect(rotateKey).toHaveBeenCalledWith('k-laptop', {
      gracePeriodHours: 24,
    });
    const shown = await screen.findByRole('dialog', {
      name: 'Copy this key now',
    });
    expect(within(shown).getByLabelText('API key')).toHaveValue(
      'sk-rotated-new1',
    );
    expect(
      within(shown).getByText(/The old value keeps working/),
    ).toBeInTheDocument();
    await waitFor(() => expect(listKeys).toHaveBeenCalledTimes(2));

    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    await userEvent.click(
      within(shown).getByRole('button', { name: 'Close without copying' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('rotates without a grace period', async () => {
    const rotateKey = jest
      .fn()
      .mockResolvedValue({ key: laptop, value: 'sk-rotated-now' });
    render({ rotateKey });
    await userEvent.click(
      within(await row('my-laptop')).getByRole('button', { name: 'Rotate' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Rotate' }),
    );
    expect(rotateKey).toHaveBeenCalledWith('k-laptop', { gracePeriodHours: 0 });
    expect(
      await screen.findByText('The old value no longer works.'),
    ).toBeInTheDocument();
  });

  it('revokes a key after confirming', async () => {
    const revokeKey = jest.fn().mockResolvedValue({ ...ci, status: 'revoked' });
    const { alertApi, listKeys } = render({ revokeKey });
    await userEvent.click(
      within(await row('payments-ci')).getByRole('button', { name: 'Revoke' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke payments-ci?',
    });
    expect(
      within(dialog).getByText(/stops working for everyone in the team/),
    ).toBeInTheDocument();
    expect(revokeKey).not.toHaveBeenCalled();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    );

    expect(revokeKey).toHaveBeenCalledWith('k-ci');
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe('payments-ci revoked.'),
    );
    await waitFor(() => expect(listKeys).toHaveBeenCalledTimes(2));
  });

  it("edits a key's name, models, limits and expiry", async () => {
    const updateKey = jest
      .fn()
      .mockResolvedValue({ ...laptop, name: 'work-laptop' });
    render({ updateKey });
    await userEvent.click(
      within(await row('my-laptop')).getByRole('button', { name: 'Edit' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Edit my-laptop',
    });
    expect(within(dialog).getByLabelText('Max budget (USD)')).toHaveValue('50');

    const name = within(dialog).getByLabelText(/^Name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'work-laptop');
    await userEvent.click(
      await within(dialog).findByLabelText('claude-sonnet'),
    );
    await userEvent.clear(within(dialog).getByLabelText('Budget period'));
    await userEvent.type(
      within(dialog).getByLabelText('Requests per minute (RPM)'),
      '60',
    );
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Expires'),
      '30',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(updateKey).toHaveBeenCalledWith('k-laptop', {
        name: 'work-laptop',
        models: ['claude-sonnet', 'gpt-4o-mini'],
        limits: { maxBudget: 50, rpm: 60 },
        expiresInDays: 30,
      }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('shows the Component a key is tied to, and unties it with None', async () => {
    const tied = aKey({
      ...laptop,
      componentRef: 'component:default/payments-api',
    });
    const updateKey = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(
          503,
          'ServiceUnavailableError',
          'The catalog could not be read: timeout',
        ),
      )
      .mockResolvedValue({ ...tied, componentRef: undefined });
    const getEntities = jest.fn(async () => ({
      items: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'payments-api', namespace: 'default' },
          spec: { owner: 'payments' },
        },
      ],
    }));
    render(
      { updateKey },
      [tied],
      [[catalogApiRef, catalogApiMock.mock({ getEntities })], denyAll()],
    );
    const line = await row('my-laptop');
    expect(
      within(line).getByRole('link', { name: 'payments-api' }),
    ).toBeInTheDocument();

    await userEvent.click(within(line).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Edit my-laptop',
    });
    const field = within(dialog).getByRole('textbox', { name: 'Component' });
    await waitFor(() => expect(field).toHaveValue('payments-api'));
    await userEvent.click(field);
    await userEvent.click(await screen.findByRole('option', { name: 'None' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    // The backend's reason, in the dialog, which stays open.
    expect(
      await within(dialog).findByText('The catalog could not be read: timeout'),
    ).toBeInTheDocument();
    expect(updateKey).toHaveBeenLastCalledWith(
      'k-laptop',
      expect.objectContaining({ componentRef: null }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });
});
