import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEventBase from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aModel, allowAll, fakeApi } from '../../__testUtils__/fixtures';
import { ManageModelsPage } from './ManageModelsPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

// Many fields to type in: no delay between keystrokes.
const userEvent = userEventBase.setup({ delay: null });

const gpt = aModel({
  accessPolicy: 'open',
  ownerRef: 'group:default/ml-platform',
  defaultLimits: { tpm: 10000 },
});
const gone = aModel({
  name: 'old-model',
  providerModel: 'openai/old-model',
  available: false,
  accessPolicy: 'hidden',
});

function render(overrides: Partial<LiteMaasApi> = {}, route?: string) {
  const alertApi = mockApis.alert();
  const listModels = jest.fn().mockResolvedValue({ items: [gpt, gone] });
  renderInTestApp(<ManageModelsPage />, {
    mountedRoutes: catalogRoutes,
    ...(route && { initialRouteEntries: [route] }),
    apis: [
      [litemaasApiRef, fakeApi({ listModels, ...overrides })],
      alertApi,
      // Denial is covered by LiteMaasPage.nonAdmin.test.tsx: usePermission
      // caches decisions for the whole test file.
      allowAll(),
    ],
  });
  return { alertApi, listModels };
}

async function openRegister() {
  await userEvent.click(
    await screen.findByRole('button', { name: 'Register model' }),
  );
  return screen.findByRole('dialog', { name: 'Register model' });
}

describe('ManageModelsPage', () => {
  it('lists every model, unavailable and hidden ones too', async () => {
    render();
    const row = (
      await screen.findByRole('link', { name: 'old-model' })
    ).closest('tr')!;
    expect(within(row).getByText('Unavailable')).toBeInTheDocument();
    expect(within(row).getByText('Hidden')).toBeInTheDocument();
    // Gone from LiteLLM already: nothing to remove.
    expect(
      within(row).queryByRole('button', { name: 'Remove' }),
    ).not.toBeInTheDocument();
    const gptRow = screen
      .getByRole('link', { name: 'gpt-4o-mini' })
      .closest('tr')!;
    expect(
      within(gptRow).getByRole('link', { name: 'ml-platform' }),
    ).toHaveAttribute('href', '/catalog/default/group/ml-platform');
  });

  it('tells what is missing before registering', async () => {
    const registerModel = jest.fn();
    render({ registerModel });
    const dialog = await openRegister();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(within(dialog).getByText('Name is required')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Provider model is required'),
    ).toBeInTheDocument();
    expect(registerModel).not.toHaveBeenCalled();

    await userEvent.type(
      within(dialog).getByLabelText(/Provider model/),
      'gpt-4o',
    );
    expect(
      within(dialog).getByText(/Use LiteLLM's provider\/model form/),
    ).toBeInTheDocument();
  });

  it('shows the connection test result', async () => {
    const testConnection = jest
      .fn()
      .mockResolvedValueOnce({
        ok: true,
        latencyMs: 42,
        message: 'Connected in 42 ms; the endpoint serves 2 model(s)',
        models: ['granite', 'llama'],
      })
      .mockResolvedValueOnce({
        ok: false,
        latencyMs: 12,
        message: 'http://vllm/v1/models answered HTTP 401: check the API key',
      });
    render({ testConnection });
    const dialog = await openRegister();
    await userEvent.type(
      within(dialog).getByLabelText('API base'),
      'http://vllm/v1',
    );
    await userEvent.type(
      within(dialog).getByLabelText('Provider API key'),
      'sk-secret',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Test connection' }),
    );

    expect(testConnection).toHaveBeenCalledWith({
      apiBase: 'http://vllm/v1',
      apiKey: 'sk-secret',
    });
    expect(
      await within(dialog).findByText(/Connection OK: Connected in 42 ms/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Serves: granite, llama'),
    ).toBeInTheDocument();

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Test connection' }),
    );
    expect(
      await within(dialog).findByText(
        /Connection failed: http:\/\/vllm\/v1\/models answered HTTP 401/,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/\(12 ms\)/)).toBeInTheDocument();
  });

  it('registers a model with prices per 1M tokens as typed', async () => {
    const registerModel = jest
      .fn()
      .mockResolvedValue(aModel({ name: 'granite-8b' }));
    const { alertApi, listModels } = render({ registerModel });
    const dialog = await openRegister();
    // Pasting keeps this long form fast: one change per field.
    const type = async (label: string | RegExp, text: string) => {
      await userEvent.click(within(dialog).getByLabelText(label));
      await userEvent.paste(text);
    };

    await type(/^Name/, 'granite-8b');
    await type(/^Provider model/, 'hosted_vllm/ibm-granite/granite-3.1-8b');
    await type('API base', 'https://vllm.example.com/v1');
    await type('Provider API key', 'sk-secret');
    // The API key field never shows what was typed.
    expect(within(dialog).getByLabelText('Provider API key')).toHaveAttribute(
      'type',
      'password',
    );
    await type('Input price per 1M tokens (USD)', '0.15');
    await type('Output price per 1M tokens (USD)', '0.6');
    await type('Context window (tokens)', '131072');
    await type('Max output (tokens)', '8192');
    await userEvent.click(within(dialog).getByLabelText('Function calling'));
    await userEvent.click(within(dialog).getByLabelText('Reasoning'));
    await type('Deployment TPM', '100000');
    await userEvent.selectOptions(
      within(dialog).getByLabelText('Access policy'),
      'open',
    );
    await type('Owner', 'group:default/ml-platform');
    await type('Description', 'Small and fast');
    await type('Tokens per minute (TPM)', '5000');
    await type('Budget (USD)', '20');
    await type('Budget period', '1mo');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(registerModel).toHaveBeenCalledWith({
      name: 'granite-8b',
      providerModel: 'hosted_vllm/ibm-granite/granite-3.1-8b',
      apiBase: 'https://vllm.example.com/v1',
      apiKey: 'sk-secret',
      inputPricePer1M: 0.15,
      outputPricePer1M: 0.6,
      contextWindow: 131072,
      maxOutputTokens: 8192,
      tpm: 100000,
      mode: 'chat',
      capabilities: ['function_calling', 'reasoning'],
      accessPolicy: 'open',
      ownerRef: 'group:default/ml-platform',
      description: 'Small and fast',
      defaultLimits: { tpm: 5000, maxBudget: 20, budgetDuration: '1mo' },
    });
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toBe(
        'granite-8b registered in LiteLLM.',
      ),
    );
    await waitFor(() => expect(listModels).toHaveBeenCalledTimes(2));
  }, 15_000);

  it('edits a model, keeping the key when left blank, and warns about restricting', async () => {
    const updateModel = jest.fn().mockResolvedValue(gpt);
    const setModelPolicy = jest.fn().mockResolvedValue(gpt);
    render({ updateModel, setModelPolicy });
    const row = (
      await screen.findByRole('link', { name: 'gpt-4o-mini' })
    ).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Edit gpt-4o-mini',
    });
    expect(within(dialog).getByLabelText(/^Name/)).toBeDisabled();
    expect(
      within(dialog).getByLabelText('Input price per 1M tokens (USD)'),
    ).toHaveValue('0.15');
    expect(within(dialog).getByLabelText('Provider API key')).toHaveValue('');

    await userEvent.selectOptions(
      within(dialog).getByLabelText('Access policy'),
      'restricted',
    );
    expect(
      within(dialog).getByText(/moves its existing grants\s+back to review/),
    ).toBeInTheDocument();
    await userEvent.clear(
      within(dialog).getByLabelText('Output price per 1M tokens (USD)'),
    );
    await userEvent.type(
      within(dialog).getByLabelText('Output price per 1M tokens (USD)'),
      '0.8',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(updateModel).toHaveBeenCalled());
    const [name, body] = updateModel.mock.calls[0];
    expect(name).toBe('gpt-4o-mini');
    expect(body).toMatchObject({
      outputPricePer1M: 0.8,
      accessPolicy: 'restricted',
      ownerRef: 'group:default/ml-platform',
      defaultLimits: { tpm: 10000 },
    });
    expect(body).not.toHaveProperty('apiKey');
    expect(setModelPolicy).not.toHaveBeenCalled();
  });

  it('saves a policy-only change through the policy endpoint', async () => {
    const updateModel = jest.fn();
    const setModelPolicy = jest.fn().mockResolvedValue(gpt);
    render({ updateModel, setModelPolicy });
    const row = (
      await screen.findByRole('link', { name: 'gpt-4o-mini' })
    ).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Description'), 'Fast');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(setModelPolicy).toHaveBeenCalledWith('gpt-4o-mini', {
        accessPolicy: 'open',
        ownerRef: 'group:default/ml-platform',
        description: 'Fast',
        defaultLimits: { tpm: 10000 },
      }),
    );
    expect(updateModel).not.toHaveBeenCalled();
  });

  it('removes a model after confirming, and syncs on demand', async () => {
    const deleteModel = jest.fn().mockResolvedValue(undefined);
    const syncModels = jest
      .fn()
      .mockResolvedValue({ added: 1, updated: 2, markedUnavailable: 0 });
    const { alertApi } = render({ deleteModel, syncModels });

    const row = (
      await screen.findByRole('link', { name: 'gpt-4o-mini' })
    ).closest('tr')!;
    await userEvent.click(within(row).getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove gpt-4o-mini?',
    });
    expect(
      within(dialog).getByText(/removes the model from LiteLLM/),
    ).toBeInTheDocument();
    expect(within(dialog).getByText(/marked unavailable/)).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Remove' }),
    );
    expect(deleteModel).toHaveBeenCalledWith('gpt-4o-mini');
    await waitFor(() =>
      expect(alertApi.getAlerts()[0].message).toMatch(
        /^gpt-4o-mini removed from LiteLLM/,
      ),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Sync from LiteLLM now' }),
    );
    expect(syncModels).toHaveBeenCalled();
    await waitFor(() =>
      expect(alertApi.getAlerts()[1].message).toBe(
        'Synced from LiteLLM: 1 added, 2 updated, 0 marked unavailable.',
      ),
    );
  });

  it('opens the registration form pre-filled from a model server link', async () => {
    render(
      {},
      '/?register=1&name=granite-vllm&apiBase=http%3A%2F%2Fgranite.ml.svc%3A8080&providerModel=hosted_vllm%2Fgranite-vllm',
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Register model',
    });
    expect(within(dialog).getByLabelText(/^Name/)).toHaveValue('granite-vllm');
    expect(within(dialog).getByLabelText(/^API base/)).toHaveValue(
      'http://granite.ml.svc:8080',
    );
    expect(within(dialog).getByLabelText(/^Provider model/)).toHaveValue(
      'hosted_vllm/granite-vllm',
    );
  });
});
