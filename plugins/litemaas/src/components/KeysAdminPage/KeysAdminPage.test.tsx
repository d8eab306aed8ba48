import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aKey,
  aModel,
  allowAll,
  fakeApi,
  keySettings,
  spyOnClipboard,
} from '../../__testUtils__/fixtures';
import { KeysAdminPage } from './KeysAdminPage';
import { provisionedCsv } from '../common';
import { parseParticipants } from './ProvisionKeysDialog';
import { catalogRoutes } from '../../testing/catalogRoutes';

const userEvent = userEventBase.setup({ delay: null });

const bobs = aKey({
  id: 'k-bob',
  name: 'bob-laptop',
  alias: 'litemaas-k-bob',
  subjectRef: 'user:default/bob',
  createdBy: 'user:default/bob',
});
const stopped = aKey({
  id: 'k-stopped',
  name: 'leaky',
  subjectRef: 'group:default/payments',
  createdBy: 'user:default/carol',
  status: 'blocked',
  blocked: true,
});

function render(overrides: Partial<LiteMaasApi> = {}, path = '/') {
  const alertApi = mockApis.alert();
  const listKeys = jest.fn().mockResolvedValue({ items: [bobs, stopped] });
  renderInTestApp(<KeysAdminPage />, {
    mountedRoutes: catalogRoutes,
    initialRouteEntries: [path],
    apis: [
      [
        litemaasApiRef,
        fakeApi({
          listKeys,
          getKeySettings: async () => keySettings(),
          getKeyFormSettings: async () => keySettings(),
          listModels: async () => ({
            items: [
              aModel(),
              aModel({ name: 'granite-8b' }),
              aModel({ name: 'retired', available: false }),
            ],
          }),
          ...overrides,
        }),
      ],
      alertApi,
      // Denial is covered by LiteMaasPage.nonAdmin.test.tsx.
      allowAll(),
    ],
  });
  return { alertApi, listKeys };
}

const row = async (name: string) =>
  (await screen.findByText(name)).closest('tr')!;

describe('KeysAdminPage', () => {
  it('lists and searches all keys', async () => {
    const { listKeys } = render();
    const bob = await row('bob-laptop');
    expect(listKeys).toHaveBeenCalledWith({
      scope: 'all',
      offset: 0,
      limit: 20,
    });
    expect(within(bob).getByRole('link', { name: 'bob' })).toHaveAttribute(
      'href',
      '/catalog/default/user/bob',
    );
    expect(within(bob).getByText('litemaas-k-bob')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Search keys'), 'leak');
    await waitFor(() =>
      expect(listKeys).toHaveBeenLastCalledWith({
        scope: 'all',
        search: 'leak',
        offset: 0,
        limit: 20,
      }),
    );
  });

  it('says when there are no keys, and when none match a search', async () => {
    const listKeys = jest
      .fn()
      .mockResolvedValue({ items: [], total: 0, offset: 0, limit: 20 });
    render({ listKeys });
    expect(await screen.findByText('No keys yet')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Search keys'), 'leak');
    expect(await screen.findByText('No keys match')).toBeInTheDocument();
    // The search asked the server again, from the first page.
    expect(listKeys).toHaveBeenLastCalledWith({
      scope: 'all',
      search: 'leak',
      offset: 0,
      limit: 20,
    });
  });

  it('pages through all keys on the server', async () => {
    const listKeys = jest.fn().mockResolvedValue({
      items: [bobs, stopped],
      total: 740,
      offset: 0,
      limit: 20,
    });
    render({ listKeys });
    await row('bob-laptop');
    expect(screen.getByText('All keys (740)')).toBeInTheDocument();
    expect(screen.getAllByText('1-20 of 740').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(listKeys).toHaveBeenLastCalledWith({
        scope: 'all',
        offset: 20,
        limit: 20,
      }),
    );
  });

  it('tries a failed page again, not the first one', async () => {
    const page = { items: [bobs, stopped], total: 740, offset: 0, limit: 20 };
    const listKeys = jest
      .fn()
      .mockResolvedValueOnce(page)
      .mockRejectedValueOnce(new Error('LiteLLM is down'))
      .mockResolvedValue({ ...page, offset: 20 });
    render({ listKeys });
    await row('bob-laptop');
    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    expect(
      (await screen.findAllByText(/LiteLLM is down/)).length,
    ).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(listKeys).toHaveBeenCalledTimes(3));
    expect(listKeys).toHaveBeenLastCalledWith({
      scope: 'all',
      offset: 20,
      limit: 20,
    });
    await row('bob-laptop');
    expect(screen.getAllByText('21-40 of 740').length).toBeGreaterThan(0);
  });

  it("shows a key's values at the gateways, only when a gateway is installed", async () => {
    render({
      getGateways: async () => [
        {
          id: 'kuadrant',
          description: 'Kuadrant',
          publishes: true,
          models: [],
        },
      ],
      getKeyGateways: async keyId => [
        {
          id: 'kuadrant',
          status: {
            keyId,
            values: [
              {
                object: {
                  kind: 'Secret',
                  namespace: 'kuadrant-system',
                  name: 'litemaas-k-bob-1a2b',
                  present: true,
                  conditions: [],
                },
                tokenHashPrefix: '1a2b3c4d5e6f',
                models: ['gpt-4o-mini', 'granite-8b'],
                blocked: false,
              },
            ],
          },
        },
      ],
    });
    const bobRow = (await screen.findByText('bob-laptop')).closest('tr')!;
    await userEvent.click(
      within(bobRow).getByRole('button', { name: 'Gateways' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'bob-laptop at the gateways',
    });
    expect(
      await within(dialog).findByText(
        /Secret kuadrant-system\/litemaas-k-bob-1a2b/,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('gpt-4o-mini')).toBeInTheDocument();
    expect(within(dialog).getByText('granite-8b')).toBeInTheDocument();
  });

  it('offers no gateway view without a gateway', async () => {
    render();
    const bobRow = (await screen.findByText('bob-laptop')).closest('tr')!;
    expect(
      within(bobRow).getByRole('button', { name: 'Revoke' }),
    ).toBeInTheDocument();
    expect(
      within(bobRow).queryByRole('button', { name: 'Gateways' }),
    ).not.toBeInTheDocument();
  });

  it('blocks and unblocks keys', async () => {
    const setKeyBlocked = jest
      .fn()
      .mockImplementation(async (id: string, blocked: boolean) =>
        aKey({ id, blocked }),
      );
    const { alertApi, listKeys } = render({ setKeyBlocked });

    await userEvent.click(
      within(await row('bob-laptop')).getByRole('button', { name: 'Block' }),
    );
    expect(setKeyBlocked).toHaveBeenCalledWith('k-bob', true);
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe(
        'bob-laptop blocked: requests with it are refused.',
      ),
    );

    await userEvent.click(
      within(await row('leaky')).getByRole('button', { name: 'Unblock' }),
    );
    expect(setKeyBlocked).toHaveBeenCalledWith('k-stopped', false);
    await waitFor(() =>
      expect(alertApi.getAlerts()[1].message).toBe('leaky unblocked.'),
    );
    await waitFor(() => expect(listKeys).toHaveBeenCalledTimes(3));
  });

  it('revokes a key after confirming', async () => {
    const revokeKey = jest.fn().mockResolvedValue(bobs);
    render({ revokeKey });
    await userEvent.click(
      within(await row('bob-laptop')).getByRole('button', { name: 'Revoke' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke bob-laptop?',
    });
    expect(within(dialog).getByText(/for bob/)).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    );
    expect(revokeKey).toHaveBeenCalledWith('k-bob');
  });

  it('edits and saves the key settings', async () => {
    const putKeySettings = jest
      .fn()
      .mockImplementation(async settings => settings);
    const { alertApi } = render({ putKeySettings }, '/?section=settings');
    const max = await screen.findByLabelText('Max active keys per owner');
    expect(max).toHaveValue('10');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await userEvent.clear(max);
    await userEvent.type(max, '5');
    await userEvent.click(
      screen.getByLabelText('Allow keys that never expire'),
    );
    const teamMaximums = screen.getByRole('group', {
      name: 'Team keys: maximums',
    });
    await userEvent.type(
      within(teamMaximums).getByLabelText('Requests per minute (RPM)'),
      '1200',
    );
    // A default above its maximum cannot be saved.
    const personalDefaults = screen.getByRole('group', {
      name: 'Personal keys: defaults',
    });
    const budget = within(personalDefaults).getByLabelText('Max budget (USD)');
    await userEvent.clear(budget);
    await userEvent.type(budget, '150');
    expect(
      within(personalDefaults).getByText('Over the maximum of $100'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(putKeySettings).not.toHaveBeenCalled();
    expect(
      screen.getByText('Fix the fields marked in red first.'),
    ).toBeInTheDocument();

    await userEvent.clear(budget);
    await userEvent.type(budget, '25');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const expected = keySettings({
      maxActiveKeysPerSubject: 5,
      allowNeverExpires: true,
    });
    expected.user.defaults.maxBudget = 25;
    expected.team.maximums.rpm = 1200;
    await waitFor(() => expect(putKeySettings).toHaveBeenCalledWith(expected));
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toMatch(/^Key settings saved/),
    );
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('provisions workshop keys and shows their values once', async () => {
    const writeText = spyOnClipboard();
    const provisionKeys = jest.fn().mockResolvedValue({
      created: [
        {
          participant: 'alice',
          alias: 'ws-alice',
          id: 'p1',
          value: 'sk-ws-alice-1',
        },
        {
          participant: 'carol',
          alias: 'ws-carol',
          id: 'p3',
          value: 'sk-ws-carol-3',
        },
      ],
      existing: [{ participant: 'bob', alias: 'ws-bob', id: 'p2' }],
      failed: [{ participant: 'dave', error: 'LiteLLM answered 500' }],
    });
    const { listKeys } = render({ provisionKeys });
    await row('bob-laptop');
    await userEvent.click(
      screen.getByRole('button', { name: 'Provision workshop keys' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Provision workshop keys',
    });
    await userEvent.type(within(dialog).getByLabelText(/^Alias prefix/), 'ws-');
    await userEvent.type(
      within(dialog).getByLabelText(/^Participants/),
      'alice{enter}bob{enter}carol{enter}alice{enter}dave',
    );
    // Unavailable models cannot be chosen.
    expect(within(dialog).queryByLabelText('retired')).not.toBeInTheDocument();
    await userEvent.click(await within(dialog).findByLabelText('granite-8b'));
    const days = within(dialog).getByLabelText(/^Expires in \(days\)/);
    await userEvent.clear(days);
    await userEvent.type(days, '3');
    await userEvent.type(
      within(dialog).getByLabelText('Budget per key (USD)'),
      '5',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Provision 4 keys' }),
    );

    expect(provisionKeys).toHaveBeenCalledWith({
      aliasPrefix: 'ws-',
      participants: ['alice', 'bob', 'carol', 'dave'],
      models: ['granite-8b'],
      expiresInDays: 3,
      limits: { maxBudget: 5 },
    });
    const result = await screen.findByRole('dialog', { name: 'Workshop keys' });
    const created = within(result).getByRole('table', { name: 'Created keys' });
    expect(within(created).getByText('sk-ws-alice-1')).toBeInTheDocument();
    expect(within(created).getByText('sk-ws-carol-3')).toBeInTheDocument();
    expect(within(result).getByText('bob (ws-bob)')).toBeInTheDocument();
    expect(
      within(result).getByText('dave: LiteLLM answered 500'),
    ).toBeInTheDocument();
    await waitFor(() => expect(listKeys).toHaveBeenCalledTimes(2));

    await userEvent.click(
      within(result).getByRole('button', { name: 'Copy all as CSV' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      'participant,alias,key\nalice,ws-alice,sk-ws-alice-1\ncarol,ws-carol,sk-ws-carol-3',
    );
    await userEvent.click(within(result).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
  });

  it('revokes keys by prefix after showing how many match, refusing prefixes that match every portal key', async () => {
    const revokeKeysByPrefix = jest.fn(
      async (_prefix: string, confirmCount?: number) =>
        confirmCount === undefined
          ? { matched: 3, revoked: 0, dryRun: true }
          : { matched: 3, revoked: confirmCount, dryRun: false },
    );
    const { alertApi } = render({ revokeKeysByPrefix });
    await row('bob-laptop');
    await userEvent.click(
      screen.getByRole('button', { name: 'Revoke by prefix' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke keys by prefix',
    });
    const prefix = within(dialog).getByLabelText('Alias prefix');
    const count = within(dialog).getByRole('button', { name: 'Count keys' });
    await userEvent.type(prefix, 'ws');
    expect(count).toBeDisabled();
    for (const everyKey of ['litemaas-', 'LiteMaaS-0']) {
      await userEvent.clear(prefix);
      await userEvent.type(prefix, everyKey);
      expect(
        within(dialog).getByText(
          'This prefix matches every key made in the portal.',
        ),
      ).toBeInTheDocument();
      expect(count).toBeDisabled();
    }

    await userEvent.clear(prefix);
    await userEvent.type(prefix, 'ws-');
    await userEvent.click(count);
    expect(revokeKeysByPrefix).toHaveBeenLastCalledWith('ws-');
    expect(
      await within(dialog).findByText(
        '3 active keys have an alias starting ws-.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke 3 keys' }),
    );
    expect(revokeKeysByPrefix).toHaveBeenLastCalledWith('ws-', 3);
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe(
        '3 keys with the alias prefix ws- revoked.',
      ),
    );
  });

  it('counts again when the prefix changes', async () => {
    const revokeKeysByPrefix = jest
      .fn()
      .mockResolvedValue({ matched: 0, revoked: 0, dryRun: true });
    render({ revokeKeysByPrefix });
    await row('bob-laptop');
    await userEvent.click(
      screen.getByRole('button', { name: 'Revoke by prefix' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke keys by prefix',
    });
    const prefix = within(dialog).getByLabelText('Alias prefix');
    await userEvent.type(prefix, 'nobody-');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Count keys' }),
    );
    expect(
      await within(dialog).findByText(
        'No active key has an alias starting nobody-.',
      ),
    ).toBeInTheDocument();
    await userEvent.type(prefix, 'x');
    expect(
      within(dialog).getByRole('button', { name: 'Count keys' }),
    ).toBeEnabled();
  });
});

describe('provisioning helpers', () => {
  it('reads participants one a line and quotes CSV fields when needed', () => {
    expect(parseParticipants(' alice \n\nbob\r\nalice\n')).toEqual([
      'alice',
      'bob',
    ]);
    expect(
      provisionedCsv([{ participant: 'a,b', alias: 'x"y', value: 'sk-1' }]),
    ).toBe('participant,alias,key\n"a,b","x""y",sk-1');
  });
});
