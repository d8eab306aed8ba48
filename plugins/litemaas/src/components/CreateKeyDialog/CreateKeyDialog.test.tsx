import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { KeyPolicySettings } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aKey,
  aRequest,
  denyAll,
  FakeApiOverrides,
  fakeApi,
  keySettings,
  responseError,
} from '../../__testUtils__/fixtures';
import { CreateKeyDialog } from './CreateKeyDialog';
import { catalogRoutes } from '../../testing/catalogRoutes';

// Many fields to fill: no delay between keystrokes.
const userEvent = userEventBase.setup({ delay: null });

const grants = [
  aRequest({
    id: 'g1',
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
  aRequest({
    id: 'g3',
    status: 'granted',
    modelName: 'granite-8b',
    subjectRef: 'group:default/payments',
  }),
];

function setup(
  overrides: FakeApiOverrides = {},
  settings: KeyPolicySettings = keySettings(),
  extraApis: any[] = [],
) {
  const onClose = jest.fn();
  const onCreated = jest.fn();
  const listAccessRequests = jest.fn().mockResolvedValue({ items: grants });
  renderInTestApp(
    <CreateKeyDialog open onClose={onClose} onCreated={onCreated} />,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [
          litemaasApiRef,
          fakeApi({
            listAccessRequests,
            getKeyFormSettings: async () => settings,
            ...overrides,
          }),
        ],
        mockApis.identity({
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: [
            'user:default/alice',
            'group:default/payments',
            'group:default/search',
          ],
        }),
        ...extraApis,
      ] as any,
      config: { litemaas: { gatewayBaseUrl: 'https://gw.example.com' } },
    },
  );
  return { onClose, onCreated, listAccessRequests };
}

async function dialog() {
  const found = await screen.findByRole('dialog', {
    name: 'Create an API key',
  });
  // The grants arrive after the first render.
  await within(found).findByRole('group', { name: 'Models' });
  return found;
}

const option = (select: HTMLElement, label: string) =>
  within(select).queryByRole('option', { name: label });

describe('CreateKeyDialog', () => {
  it("shows the owner's grant as the key's defaults and maximums", async () => {
    const createKey = jest.fn().mockResolvedValue({
      key: aKey({ name: 'capped' }),
      value: 'sk-capped',
    });
    setup({
      createKey,
      listAccessRequests: async () => ({
        items: [
          aRequest({
            id: 'g9',
            status: 'granted',
            modelName: 'granite-8b',
            subjectRef: 'user:default/alice',
            limits: {
              tpm: 5000,
              rpm: 30,
              maxBudget: 20,
              budgetDuration: '30d',
            },
          }),
        ],
      }),
    });
    const d = await dialog();
    await userEvent.type(within(d).getByLabelText(/^Name/), 'capped');
    await userEvent.click(within(d).getByLabelText('granite-8b'));
    // The grant's budget is the most a key may have (the settings' default
    // of $10 is tighter, so it stays the default).
    const budget = within(d).getByLabelText('Max budget (USD)');
    expect(budget).toHaveAttribute('placeholder', '10');
    expect(within(d).getByText(/Max \$20/)).toBeInTheDocument();
    const perModelTpm = within(d).getByLabelText('TPM for granite-8b');
    expect(perModelTpm).toHaveAttribute('placeholder', '5000');
    expect(within(d).getByText('Max 5K (grant)')).toBeInTheDocument();

    await userEvent.type(perModelTpm, '6000');
    await userEvent.type(within(d).getByLabelText('Budget period'), '1d');
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));
    expect(within(d).getByText("Over the grant's 5K")).toBeInTheDocument();
    expect(
      within(d).getByText("At least 30 days, the grant's period"),
    ).toBeInTheDocument();
    expect(createKey).not.toHaveBeenCalled();

    await userEvent.clear(perModelTpm);
    await userEvent.type(perModelTpm, '4000');
    await userEvent.clear(within(d).getByLabelText('Budget period'));
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(createKey).toHaveBeenCalledWith(
        expect.objectContaining({
          models: ['granite-8b'],
          limits: { modelTpm: { 'granite-8b': 4000 } },
        }),
      ),
    );
  });

  it('offers only the models the chosen owner holds a grant for', async () => {
    const { listAccessRequests } = setup();
    const d = await dialog();
    expect(listAccessRequests).toHaveBeenCalledWith({
      scope: 'mine',
      status: ['granted'],
    });

    const models = within(d).getByRole('group', { name: 'Models' });
    expect(
      within(models)
        .getAllByRole('checkbox')
        .map(c => c.closest('label')!.textContent),
    ).toEqual(['claude-sonnet', 'gpt-4o-mini']);

    await userEvent.click(within(d).getByLabelText('gpt-4o-mini'));
    await userEvent.selectOptions(
      within(d).getByLabelText('Owner'),
      'group:default/payments',
    );
    const teamModels = within(d).getByRole('group', { name: 'Models' });
    expect(
      within(teamModels)
        .getAllByRole('checkbox')
        .map(c => c.closest('label')!.textContent),
    ).toEqual(['granite-8b']);
    // The team's list does not carry the personal choice over.
    expect(within(d).getByLabelText('granite-8b')).not.toBeChecked();

    await userEvent.selectOptions(
      within(d).getByLabelText('Owner'),
      'group:default/search',
    );
    expect(
      within(d).queryByRole('group', { name: 'Models' }),
    ).not.toBeInTheDocument();
    expect(
      within(d).getByText(/search has no access to any model yet/),
    ).toBeInTheDocument();
    expect(
      within(d).getByRole('link', { name: 'Request access to a model' }),
    ).toHaveAttribute('href', '/litemaas');
  });

  it('defaults the expiry per owner and offers Never only when allowed', async () => {
    setup();
    const d = await dialog();
    const expires = within(d).getByLabelText('Expires');
    await waitFor(() => expect(expires).toHaveValue('90'));
    expect(option(expires, 'In 90 days (default)')).toBeInTheDocument();
    expect(option(expires, 'Never')).not.toBeInTheDocument();

    // Teams have their own default.
    await userEvent.selectOptions(
      within(d).getByLabelText('Owner'),
      'group:default/payments',
    );
    expect(expires).toHaveValue('180');

    // Maximums and defaults show beside the fields.
    expect(within(d).getByText(/^Max \$500/)).toBeInTheDocument();
    expect(within(d).getByLabelText('Max budget (USD)')).toHaveAttribute(
      'placeholder',
      '50',
    );
  });

  it('offers Never where the admins allow it', async () => {
    const createKey = jest.fn().mockResolvedValue({
      key: aKey({ name: 'forever', expiresAt: undefined }),
      value: 'sk-forever-1234',
    });
    setup({ createKey }, keySettings({ allowNeverExpires: true }));
    const d = await dialog();
    const expires = within(d).getByLabelText('Expires');
    await waitFor(() => expect(option(expires, 'Never')).toBeInTheDocument());
    await userEvent.type(within(d).getByLabelText(/^Name/), 'forever');
    await userEvent.click(within(d).getByLabelText('gpt-4o-mini'));
    await userEvent.selectOptions(expires, 'never');
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(createKey).toHaveBeenCalledWith({
        name: 'forever',
        models: ['gpt-4o-mini'],
        expiresInDays: 'never',
      }),
    );
  });

  it('creates a team key with limits and per-model limits, then shows it once', async () => {
    const issued = {
      key: aKey({
        name: 'ci',
        subjectRef: 'group:default/payments',
        models: ['granite-8b'],
      }),
      value: 'sk-team-secret-9876',
    };
    const createKey = jest.fn().mockResolvedValue(issued);
    const { onCreated, onClose } = setup({ createKey });
    const d = await dialog();

    await userEvent.type(within(d).getByLabelText(/^Name/), '  ci  ');
    await userEvent.selectOptions(
      within(d).getByLabelText('Owner'),
      'group:default/payments',
    );
    await userEvent.click(within(d).getByLabelText('granite-8b'));
    await userEvent.type(within(d).getByLabelText('Max budget (USD)'), '20');
    await userEvent.type(within(d).getByLabelText('Budget period'), '7d');
    await userEvent.type(
      within(d).getByLabelText('Tokens per minute (TPM)'),
      '5000',
    );
    await userEvent.type(
      within(d).getByLabelText('Max parallel requests'),
      '4',
    );
    await userEvent.click(
      within(d).getByRole('button', { name: /Per-model limits/ }),
    );
    await userEvent.type(
      await within(d).findByLabelText('TPM for granite-8b'),
      '1000',
    );
    await userEvent.type(within(d).getByLabelText('RPM for granite-8b'), '10');
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(createKey).toHaveBeenCalledTimes(1));
    expect(createKey).toHaveBeenCalledWith({
      name: 'ci',
      models: ['granite-8b'],
      subjectRef: 'group:default/payments',
      expiresInDays: 180,
      limits: {
        maxBudget: 20,
        budgetDuration: '7d',
        tpm: 5000,
        maxParallelRequests: 4,
        modelTpm: { 'granite-8b': 1000 },
        modelRpm: { 'granite-8b': 10 },
      },
    });
    expect(onCreated).toHaveBeenCalledWith(issued);

    const shown = await screen.findByRole('dialog', {
      name: 'Copy this key now',
    });
    expect(within(shown).getByLabelText('API key')).toHaveValue(
      'sk-team-secret-9876',
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('checks the form before sending it', async () => {
    const createKey = jest.fn();
    setup({ createKey });
    const d = await dialog();
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));
    expect(within(d).getByText('Give the key a name')).toBeInTheDocument();
    expect(
      within(d).getByText('Choose at least one model'),
    ).toBeInTheDocument();

    await userEvent.type(within(d).getByLabelText(/^Name/), 'laptop');
    await userEvent.click(within(d).getByLabelText('gpt-4o-mini'));
    // Personal keys may have at most 100K TPM.
    await userEvent.type(
      within(d).getByLabelText('Tokens per minute (TPM)'),
      '200000',
    );
    expect(within(d).getByText('Over the maximum of 100K')).toBeInTheDocument();
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));
    expect(createKey).not.toHaveBeenCalled();
  });

  it('ties the key to a catalog Component its owner owns, and shows why the backend refuses one', async () => {
    const component = (name: string, owner: string, title?: string) =>
      ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name, namespace: 'default', title },
        spec: { owner },
        relations: [{ type: 'ownedBy', targetRef: owner }],
      } as Entity);
    const getEntities = jest.fn(async () => ({
      items: [
        component('payments-api', 'group:default/payments', 'Payments API'),
        component('search-api', 'group:default/search'),
        // Not hers (a catalog that ignores the filter still hides it).
        component('billing', 'group:default/billing'),
      ],
    }));
    const createKey = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(
          403,
          'NotAllowedError',
          'Only group:default/search (or an admin) may tie keys to component:default/search-api: its spend would count as theirs',
        ),
      )
      .mockResolvedValue({
        key: aKey({
          name: 'api',
          componentRef: 'component:default/payments-api',
        }),
        value: 'sk-api-1234',
      });
    setup({ createKey }, keySettings(), [
      [catalogApiRef, catalogApiMock.mock({ getEntities })],
      denyAll(),
    ]);
    const d = await dialog();
    await userEvent.type(within(d).getByLabelText(/^Name/), 'api');
    await userEvent.click(within(d).getByLabelText('gpt-4o-mini'));
    const field = within(d).getByRole('textbox', { name: 'Component' });
    expect(
      within(d).getByText(/a catalog Component you or your teams own/),
    ).toBeInTheDocument();
    await userEvent.click(field);
    const options = await within(
      await screen.findByRole('listbox'),
    ).findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'Payments API (payments-api)',
      'search-api',
    ]);
    expect(getEntities).toHaveBeenCalledWith(
      expect.objectContaining({
        filter: {
          kind: 'component',
          'relations.ownedBy': [
            'user:default/alice',
            'group:default/payments',
            'group:default/search',
          ],
        },
      }),
    );
    await userEvent.click(screen.getByRole('option', { name: 'search-api' }));
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));
    expect(
      await within(d).findByText(/Only group:default\/search \(or an admin\)/),
    ).toBeInTheDocument();

    await userEvent.click(field);
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Payments API (payments-api)',
      }),
    );
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(createKey).toHaveBeenLastCalledWith(
        expect.objectContaining({
          name: 'api',
          componentRef: 'component:default/payments-api',
        }),
      ),
    );
  });

  it("shows the backend's reason when it refuses", async () => {
    const createKey = jest
      .fn()
      .mockRejectedValue(
        await responseError(
          400,
          'InputError',
          'limits.rpm is 900, over the maximum of 600',
        ),
      );
    const { onCreated } = setup({ createKey });
    const d = await dialog();
    await userEvent.type(within(d).getByLabelText(/^Name/), 'laptop');
    await userEvent.click(within(d).getByLabelText('claude-sonnet'));
    await userEvent.click(within(d).getByRole('button', { name: 'Create' }));

    expect(
      await within(d).findByText('limits.rpm is 900, over the maximum of 600'),
    ).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
    // Still open, to fix and try again.
    expect(within(d).getByRole('button', { name: 'Create' })).toBeEnabled();
  });
});
