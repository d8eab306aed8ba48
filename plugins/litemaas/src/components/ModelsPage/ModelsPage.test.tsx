import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import {
  LiteMaasApi,
  LiteMaasModel,
} from '@litemaas/backstage-plugin-litemaas-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import { ModelsPage } from './ModelsPage';

const gpt: LiteMaasModel = {
  name: 'gpt-4o-mini',
  litellmModelId: 'm1',
  provider: 'openai',
  providerModel: 'openai/gpt-4o-mini',
  mode: 'chat',
  contextWindow: 128000,
  maxOutputTokens: 16384,
  inputPricePer1M: 0.15,
  outputPricePer1M: 0.6,
  capabilities: ['vision', 'function_calling'],
  available: true,
  lastSeenAt: '2026-11-23T10:00:00Z',
};

const granite: LiteMaasModel = {
  name: 'granite-3-8b',
  litellmModelId: 'm2',
  provider: 'hosted_vllm',
  providerModel: 'hosted_vllm/ibm-granite/granite-3.1-8b-instruct',
  contextWindow: 131072,
  inputPricePer1M: 0,
  outputPricePer1M: 0,
  capabilities: [],
  available: false,
  lastSeenAt: '2026-11-22T10:00:00Z',
};

function apiWith(listModels: LiteMaasApi['listModels']): LiteMaasApi {
  return { listModels, getHealth: jest.fn() };
}

function render(api: LiteMaasApi) {
  return renderInTestApp(<ModelsPage />, {
    apis: [[litemaasApiRef, api]],
  });
}

describe('ModelsPage', () => {
  it('lists models with context window, prices and capabilities', async () => {
    await render(apiWith(async () => ({ items: [gpt, granite] })));

    expect(await screen.findByText('gpt-4o-mini')).toBeInTheDocument();
    expect(screen.getByText('openai/gpt-4o-mini')).toBeInTheDocument();
    expect(screen.getByText('Models (2)')).toBeInTheDocument();
    expect(screen.getByText('128K')).toBeInTheDocument();
    expect(screen.getByText('$0.15')).toBeInTheDocument();
    expect(screen.getByText('$0.60')).toBeInTheDocument();
    expect(screen.getByText('Vision')).toBeInTheDocument();
    expect(screen.getByText('Function calling')).toBeInTheDocument();
    // Self-hosted at zero cost, and gone from LiteLLM since the last sync.
    expect(screen.getAllByText('Free')).toHaveLength(2);
    expect(screen.getByText('Unavailable')).toBeInTheDocument();
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
    expect(await screen.findByText('gpt-4o-mini')).toBeInTheDocument();
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
      expect(screen.getByText('gpt-4o-mini')).toBeInTheDocument(),
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
