import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import {
  LiteMaasApi,
  LiteMaasModel,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { aModel, fakeApi } from '../../__testUtils__/fixtures';
import { ModelsPage, filterModels } from './ModelsPage';
import { catalogRoutes } from '../../testing/catalogRoutes';

const gpt = aModel({
  myAccess: [{ id: 'r1', status: 'granted', subjectRef: 'user:default/alice' }],
});

const granite = aModel({
  name: 'granite-3-8b',
  deploymentIds: ['m2'],
  provider: 'hosted_vllm',
  providerModel: 'hosted_vllm/ibm-granite/granite-3.1-2b-instruct',
  mode: undefined,
  contextWindow: 131072,
  maxOutputTokens: undefined,
  inputPricePer1M: 0,
  outputPricePer1M: 0,
  capabilities: [],
  available: false,
  lastSeenAt: '2026-11-22T10:00:00Z',
  accessPolicy: 'restricted',
});

const claude = aModel({
  name: 'claude-sonnet',
  provider: 'anthropic',
  providerModel: 'anthropic/claude-sonnet-4',
  capabilities: ['vision', 'reasoning'],
  accessPolicy: 'restricted',
  description: 'Careful writer',
  myAccess: [
    { id: 'r2', status: 'pending', subjectRef: 'group:default/payments' },
  ],
});

const llama = aModel({
  name: 'internal-llama',
  provider: 'hosted_vllm',
  providerModel: 'hosted_vllm/meta/llama-3.3-70b',
  capabilities: ['function_calling'],
  accessPolicy: 'hidden',
});

const all = [gpt, granite, claude, llama];

function apiWith(listModels: LiteMaasApi['listModels']): LiteMaasApi {
  return fakeApi({ listModels });
}

function render(api: LiteMaasApi) {
  return renderInTestApp(<ModelsPage />, {
    mountedRoutes: catalogRoutes,
    apis: [
      [litemaasApiRef, api],
      mockApis.identity({
        userEntityRef: 'user:default/alice',
        ownershipEntityRefs: ['user:default/alice', 'group:default/payments'],
      }),
    ],
  });
}

/** The model names the table shows, in order. */
function shownModels(): string[] {
  const names = all.map(m => m.name);
  return screen
    .queryAllByRole('link')
    .map(link => link.textContent ?? '')
    .filter(text => names.includes(text));
}

describe('ModelsPage', () => {
  it('lists models with context window, prices, capabilities and access', async () => {
    await render(apiWith(async () => ({ items: [gpt, granite] })));

    expect(
      await screen.findByRole('link', { name: 'gpt-4o-mini' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(
      within(table).getByText('openai/gpt-4o-mini · chat'),
    ).toBeInTheDocument();
    expect(screen.getByText('Models (2)')).toBeInTheDocument();
    expect(within(table).getByText('128K')).toBeInTheDocument();
    expect(within(table).getByText('$0.15 in')).toBeInTheDocument();
    expect(within(table).getByText('$0.60 out')).toBeInTheDocument();
    expect(within(table).getByText('Vision')).toBeInTheDocument();
    expect(within(table).getByText('Function calling')).toBeInTheDocument();
    // Self-hosted at zero cost, and gone from LiteLLM since the last sync.
    expect(within(table).getByText('Free in')).toBeInTheDocument();
    expect(within(table).getByText('Free out')).toBeInTheDocument();
    expect(within(table).getByText('Unavailable')).toBeInTheDocument();
    // Policy and the caller's own access.
    expect(within(table).getByText('Open')).toBeInTheDocument();
    expect(within(table).getByText('Restricted')).toBeInTheDocument();
    expect(within(table).getByText('Granted')).toBeInTheDocument();
    expect(within(table).getByText('No access')).toBeInTheDocument();
    // Already granted, and unavailable: nothing to request.
    expect(
      within(table).queryByRole('button', { name: 'Request access' }),
    ).not.toBeInTheDocument();
  });

  it('shows a large catalog a page at a time, and searches all of it', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      aModel({ name: `model-${String(i + 1).padStart(3, '0')}` }),
    );
    await render(apiWith(async () => ({ items: many })));
    await screen.findByRole('link', { name: 'model-001' });
    expect(screen.getByText('Models (120)')).toBeInTheDocument();
    const rows = screen
      .getAllByRole('link')
      .filter(link => /^model-\d+$/.test(link.textContent ?? ''));
    expect(rows).toHaveLength(50);
    expect(screen.queryByRole('link', { name: 'model-120' })).toBeNull();

    await userEvent.type(screen.getByLabelText('Search models'), 'model-120');
    expect(
      await screen.findByRole('link', { name: 'model-120' }),
    ).toBeInTheDocument();
  });

  it('filters by provider, capability, access policy and my access', async () => {
    await render(apiWith(async () => ({ items: all })));
    await screen.findByRole('link', { name: 'gpt-4o-mini' });
    expect(shownModels()).toEqual([
      'gpt-4o-mini',
      'granite-3-8b',
      'claude-sonnet',
      'internal-llama',
    ]);

    await userEvent.selectOptions(
      screen.getByLabelText('Provider'),
      'hosted_vllm',
    );
    expect(shownModels()).toEqual(['granite-3-8b', 'internal-llama']);
    expect(screen.getByText('Models (2 of 4)')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Provider'), '');

    await userEvent.selectOptions(
      screen.getByLabelText('Capability'),
      'vision',
    );
    expect(shownModels()).toEqual(['gpt-4o-mini', 'claude-sonnet']);
    await userEvent.selectOptions(screen.getByLabelText('Capability'), '');

    await userEvent.selectOptions(
      screen.getByLabelText('Access policy'),
      'restricted',
    );
    expect(shownModels()).toEqual(['granite-3-8b', 'claude-sonnet']);
    await userEvent.selectOptions(
      screen.getByLabelText('Access policy'),
      'hidden',
    );
    expect(shownModels()).toEqual(['internal-llama']);
    await userEvent.selectOptions(screen.getByLabelText('Access policy'), '');

    const myAccess = screen.getByLabelText('My access');
    await userEvent.selectOptions(myAccess, 'granted');
    expect(shownModels()).toEqual(['gpt-4o-mini']);
    await userEvent.selectOptions(myAccess, 'pending');
    expect(shownModels()).toEqual(['claude-sonnet']);
    await userEvent.selectOptions(myAccess, 'none');
    expect(shownModels()).toEqual(['granite-3-8b', 'internal-llama']);

    // Filters combine; nothing left shows a way out.
    await userEvent.selectOptions(
      screen.getByLabelText('Capability'),
      'vision',
    );
    expect(shownModels()).toEqual([]);
    expect(
      screen.getByText('No models match these filters'),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Clear filters' })[0],
    );
    expect(shownModels()).toHaveLength(4);
  });

  it('searches names, providers, descriptions and capabilities', async () => {
    await render(apiWith(async () => ({ items: all })));
    await screen.findByRole('link', { name: 'gpt-4o-mini' });

    const search = screen.getByLabelText('Search models');
    await userEvent.type(search, 'careful');
    expect(shownModels()).toEqual(['claude-sonnet']);
    await userEvent.clear(search);
    await userEvent.type(search, 'function');
    expect(shownModels()).toEqual(['gpt-4o-mini', 'internal-llama']);
  });

  it('opens the request dialog from a row', async () => {
    await render(apiWith(async () => ({ items: all })));
    const row = (await screen.findByText('claude-sonnet')).closest('tr')!;
    // A team's pending request does not stop the caller asking for themself.
    expect(within(row).getByText('Pending · payments')).toBeInTheDocument();
    await userEvent.click(
      within(row).getByRole('button', { name: 'Request access' }),
    );
    expect(
      await screen.findByRole('dialog', {
        name: 'Request access to claude-sonnet',
      }),
    ).toBeInTheDocument();
  });

  it('says so when there are no models', async () => {
    await render(apiWith(async () => ({ items: [] })));
    expect(await screen.findByText('No models yet')).toBeInTheDocument();
  });

  it('shows the error and retries on request', async () => {
    const listModels = jest
      .fn()
      .mockRejectedValueOnce(
        Object.assign(new Error('LiteLLM at http://x could not be reached'), {
          name: 'ServiceUnavailableError',
        }),
      )
      .mockResolvedValueOnce({ items: [gpt] });
    await render(apiWith(listModels));

    expect(
      await screen.findByText(
        'Error: LiteLLM at http://x could not be reached',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByRole('link', { name: 'gpt-4o-mini' }),
    ).toBeInTheDocument();
    expect(listModels).toHaveBeenCalledTimes(2);
  });

  it('warns when the list is the last known one', async () => {
    await render(
      apiWith(async () => ({
        items: [gpt],
        stale: { reason: 'LiteLLM did not answer within 10000 ms' },
      })),
    );
    expect(
      await screen.findByText(/Showing the last known models/),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByRole('link', { name: 'gpt-4o-mini' }),
      ).toBeInTheDocument(),
    );
  });

  it('keeps ResponseError details readable', async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'NotAllowedError',
          message: 'Not allowed: litemaas.model.read',
        },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
    await render(apiWith(async () => Promise.reject(error)));
    expect(
      await screen.findAllByText(/Not allowed: litemaas.model.read/),
    ).not.toHaveLength(0);
  });
});

describe('filterModels', () => {
  const models: LiteMaasModel[] = all;
  const none = {
    search: '',
    provider: '',
    capability: '',
    policy: '',
    access: '',
  };

  it('keeps everything without filters', () => {
    expect(filterModels(models, none)).toHaveLength(4);
  });

  it('needs every search word to match', () => {
    expect(
      filterModels(models, { ...none, search: 'hosted llama' }).map(
        m => m.name,
      ),
    ).toEqual(['internal-llama']);
  });
});
