import { Entity } from '@backstage/catalog-model';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { litemaasApiRef } from '../../api';
import { denyAll, fakeApi } from '../../__testUtils__/fixtures';
import { modelServerEntityCard } from '../../plugin';
import { aModelServer } from './__testUtils__/entities';

// The Model card as the app mounts it: on the entity pages of model servers,
// whichever kind the KServe module emits them as (entityShape).

function renderEntityPage(entity: Entity) {
  renderTestApp({
    extensions: [createTestEntityPage({ entity }), modelServerEntityCard],
    apis: [[litemaasApiRef, fakeApi()], denyAll(), mockApis.alert()],
  });
}

const aiModelServer = aModelServer(
  { 'litemaas.io/transformer': 'kserve/image-transformer:latest' },
  {
    kind: 'AiModelServerAPI',
    spec: {
      type: 'ai-model-server',
      lifecycle: 'production',
      owner: 'ml',
      serverType: 'openai-v1',
      serverUrl: 'https://granite.models.example.com/v1',
    },
  },
);

describe('the Model card on the entity page', () => {
  it.each([
    ['a model server Component', aModelServer()],
    ['an AiModelServerAPI', aiModelServer],
  ])('is on %s', async (_, entity) => {
    renderEntityPage(entity);
    expect(
      await screen.findByRole('heading', { name: 'Model' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('model-server-endpoint')).toHaveTextContent(
      'https://granite.models.example.com',
    );
  });

  it('shows an AiModelServerAPI’s transformer', async () => {
    renderEntityPage(aiModelServer);
    expect(
      await screen.findByText('kserve/image-transformer:latest'),
    ).toBeInTheDocument();
  });

  it('is not on an API', async () => {
    renderEntityPage(
      aModelServer(
        {},
        {
          kind: 'API',
          spec: { type: 'openapi', lifecycle: 'production', owner: 'ml' },
        },
      ),
    );
    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'Model' }),
    ).not.toBeInTheDocument();
  });
});
