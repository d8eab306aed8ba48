import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  mockApis,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { litemaasApiRef } from './api';
import {
  denyAll,
  fakeApi,
  freezeDate,
  modelUsageFake,
} from './__testUtils__/fixtures';
import {
  aModelServer,
  MODEL_NAME,
} from './components/entity/__testUtils__/entities';
import {
  litemaasPlugin,
  modelUsageEntityCard,
  modelUsageEntityContent,
} from './plugin';

const getUsage = jest.fn(modelUsageFake);

function renderEntityPage(entity: Entity, path = '/') {
  renderTestApp({
    extensions: [
      createTestEntityPage({ entity }),
      modelUsageEntityCard,
      modelUsageEntityContent,
    ],
    initialRouteEntries: [path],
    apis: [
      [litemaasApiRef, fakeApi({ getUsage })],
      denyAll(),
      mockApis.alert(),
    ],
  });
}

beforeEach(() => {
  freezeDate('2026-11-23T12:00:00Z');
  getUsage.mockClear();
});
afterEach(() => jest.useRealTimers());

describe('model usage on the entity page', () => {
  it('puts the card and the Usage tab on models that name their LiteLLM model', async () => {
    renderEntityPage(aModelServer(MODEL_NAME));
    expect(await screen.findByTestId('model-usage-summary')).toHaveTextContent(
      '200 requests',
    );
    // The tab, which the test page shows beside the cards.
    expect(
      await screen.findByRole('table', { name: 'Usage by consumer' }),
    ).toBeInTheDocument();
    expect(getUsage).toHaveBeenCalledWith(
      expect.objectContaining({ scope: 'model', model: 'granite-chat' }),
    );
  });

  it.each([
    ['a model server without a model name', aModelServer()],
    [
      'a service',
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'web', annotations: MODEL_NAME },
        spec: { type: 'service' },
      },
    ],
  ])('leaves %s alone', async (_, entity: Entity) => {
    renderEntityPage(entity);
    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
    expect(getUsage).not.toHaveBeenCalled();
  });

  it('mounts the tab at usage, titled Usage', () => {
    const tester = createExtensionTester(modelUsageEntityContent);
    expect(tester.get(coreExtensionData.routePath)).toBe('usage');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Usage');
  });

  // The README's app-config for a deployment in one language: the ids it
  // names are the plugin's, and a configured title replaces ours.
  it.each([
    ['entity-content:litemaas/model-access', 'KI-Zugang'],
    ['entity-content:litemaas/model-usage', 'Nutzung'],
    ['entity-content:litemaas/model-playground', 'Testumgebung'],
  ])('lets app-config retitle %s', (id, title) => {
    const extension = litemaasPlugin.getExtension(id as any);
    const tester = createExtensionTester(extension, { config: { title } });
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(title);
  });
});
