import { Entity } from '@backstage/catalog-model';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { LiteMaasApi } from '@litemaas/backstage-plugin-litemaas-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { litemaasApiRef } from '../../api';
import {
  aModel,
  denyAll,
  fakeApi,
  responseError,
} from '../../__testUtils__/fixtures';
import { ModelServerCard } from './ModelServerCard';
import { aModelServer, MODEL_NAME } from './__testUtils__/entities';
import { catalogRoutes } from '../../testing/catalogRoutes';

// Users without the manage permission; admins are in
// ModelServerCard.admin.test.tsx, since usePermission caches decisions for
// the whole test file.

function render(entity: Entity, overrides: Partial<LiteMaasApi> = {}) {
  renderInTestApp(
    <EntityProvider entity={entity}>
      <ModelServerCard />
    </EntityProvider>,
    {
      mountedRoutes: catalogRoutes,
      apis: [
        [litemaasApiRef, fakeApi(overrides)],
        denyAll(),
        mockApis.identity({
          userEntityRef: 'user:default/alice',
          ownershipEntityRefs: ['user:default/alice'],
        }),
      ],
    },
  );
}

const granite = aModel({
  name: 'granite-chat',
  provider: 'hosted_vllm',
  providerModel: 'hosted_vllm/granite',
  accessPolicy: 'restricted',
});

describe('ModelServerCard', () => {
  it('shows where the server answers, whether it is ready and what it runs', async () => {
    render(aModelServer());

    expect(
      await screen.findByRole('heading', { name: 'Model' }),
    ).toBeInTheDocument();
    const facts = screen.getByLabelText('Model server');
    expect(
      within(facts).getByTestId('model-server-endpoint'),
    ).toHaveTextContent('https://granite.models.example.com');
    expect(
      within(facts).getByRole('button', { name: 'Copy endpoint URL' }),
    ).toBeInTheDocument();
    expect(within(facts).getByText('Ready')).toBeInTheDocument();
    expect(within(facts).getByText('huggingface')).toBeInTheDocument();
    expect(
      within(facts).getByText('kserve-huggingfaceserver'),
    ).toBeInTheDocument();
    expect(within(facts).getByText('1-3')).toBeInTheDocument();
    expect(
      within(facts).getByText('2 per replica (nvidia-gpu)'),
    ).toBeInTheDocument();
    // No model name: nothing to ask LiteMaaS, and no admin button for users.
    expect(screen.getByText('Not registered in LiteLLM')).toBeInTheDocument();
    expect(screen.queryByText('Register in LiteLLM')).not.toBeInTheDocument();
  });

  it('says why a server is not ready', async () => {
    render(
      aModelServer({
        'litemaas.io/ready': 'false',
        'litemaas.io/ready-reason': 'RevisionMissing',
        'litemaas.io/endpoint-predicted': 'true',
        'litemaas.io/gpus': '0',
      }),
    );
    expect(await screen.findByText('Not ready')).toBeInTheDocument();
    expect(screen.getByText('RevisionMissing')).toBeInTheDocument();
    expect(
      screen.getByText(/KServe has not reported a URL/),
    ).toBeInTheDocument();
    expect(screen.getByText('nvidia-gpu')).toBeInTheDocument();
  });

  it('shows the transformer and explainer in front of and beside the predictor', async () => {
    render(
      aModelServer({
        'litemaas.io/transformer': 'kserve/image-transformer:latest',
        'litemaas.io/explainer': 'alibi AnchorTabular',
      }),
    );
    const facts = await screen.findByLabelText('Model server');
    const fact = (label: string) =>
      within(facts).getByText(label).nextElementSibling;
    expect(fact('Transformer')).toHaveTextContent(
      'kserve/image-transformer:latest',
    );
    expect(fact('Explainer')).toHaveTextContent('alibi AnchorTabular');
  });

  it('shows no transformer or explainer rows for a server without them', async () => {
    render(aModelServer());
    const facts = await screen.findByLabelText('Model server');
    expect(within(facts).queryByText('Transformer')).not.toBeInTheDocument();
    expect(within(facts).queryByText('Explainer')).not.toBeInTheDocument();
  });

  it('is the card of an AiModelServerAPI too', async () => {
    render(
      aModelServer(
        { 'litemaas.io/explainer': 'aipipeline/aifserver:latest' },
        {
          kind: 'AiModelServerAPI',
          spec: {
            type: 'ai-model-server',
            lifecycle: 'production',
            owner: 'ml',
            serverType: 'kserve-v1',
            serverUrl: 'https://granite.models.example.com',
          },
        },
      ),
    );
    const facts = await screen.findByLabelText('Model server');
    expect(
      within(facts).getByTestId('model-server-endpoint'),
    ).toHaveTextContent('https://granite.models.example.com');
    expect(
      within(facts).getByText('aipipeline/aifserver:latest'),
    ).toBeInTheDocument();
  });

  it('shows the LiteMaaS policy and requests access', async () => {
    const getModel = jest.fn().mockResolvedValue({ model: granite });
    render(aModelServer(MODEL_NAME), { getModel });

    const access = await screen.findByLabelText('LiteMaaS access');
    expect(getModel).toHaveBeenCalledWith('granite-chat');
    expect(within(access).getByText('Restricted')).toBeInTheDocument();
    expect(within(access).getByText('No access')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open in AI Models' }),
    ).toHaveAttribute('href', '/litemaas/models/granite-chat');

    await userEvent.click(
      screen.getByRole('button', { name: 'Request access' }),
    );
    expect(
      await screen.findByRole('dialog', {
        name: 'Request access to granite-chat',
      }),
    ).toBeInTheDocument();
  });

  it('shows the caller’s access instead of the button', async () => {
    render(aModelServer(MODEL_NAME), {
      getModel: async () => ({
        model: {
          ...granite,
          myAccess: [
            { id: 'r1', status: 'pending', subjectRef: 'user:default/alice' },
          ],
        },
      }),
    });
    expect(await screen.findByText('Your access:')).toBeInTheDocument();
    expect(screen.getAllByText('Pending').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('link', { name: 'View in My access' }),
    ).toHaveAttribute('href', '/litemaas/access');
    expect(
      screen.queryByRole('button', { name: 'Request access' }),
    ).not.toBeInTheDocument();
  });

  it('says a model unknown to LiteMaaS is not registered', async () => {
    render(aModelServer(MODEL_NAME), {
      getModel: () =>
        responseError(404, 'NotFoundError', 'No such model').then(e =>
          Promise.reject(e),
        ),
    });
    expect(
      await screen.findByText('Not registered in LiteLLM'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/knows no model named granite-chat/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Register in LiteLLM')).not.toBeInTheDocument();
  });

  it('shows a failed load with a retry', async () => {
    const getModel = jest
      .fn()
      .mockImplementationOnce(() =>
        responseError(500, 'Error', 'LiteLLM is down').then(e =>
          Promise.reject(e),
        ),
      )
      .mockResolvedValue({ model: granite });
    render(aModelServer(MODEL_NAME), { getModel });

    expect(await screen.findByText(/LiteLLM is down/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Restricted')).toBeInTheDocument();
  });
});
