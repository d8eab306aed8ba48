import fs from 'node:fs';
import path from 'node:path';
import { identityApiRef } from '@backstage/core-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  LiteMaasApi,
  LiteMaasClient,
} from '@litemaas/backstage-plugin-litemaas-common';
import { ReactNode } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { parse } from 'yaml';
import * as exported from './index';
import { litemaasApiRef } from './api';
import { aModel, allowAll, fakeApi } from './__testUtils__/fixtures';
import {
  aModelServer,
  MODEL_NAME,
} from './components/entity/__testUtils__/entities';

// The legacy frontend system, as Red Hat Developer Hub loads it: the
// fragment in deploy/rhdh names these exports; they must exist and work.

const ROOT = path.resolve(__dirname, '../../..');
const packageJson = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../package.json'), 'utf8'),
);

interface FrontendConfig {
  apiFactories?: Array<{ importName: string; module?: string }>;
  appIcons?: Array<{ name: string; importName: string }>;
  dynamicRoutes?: Array<{
    path: string;
    importName: string;
    menuItem?: { icon: string; text: string };
  }>;
  mountPoints?: Array<{
    mountPoint: string;
    importName: string;
    config?: { if?: { allOf?: string[] } };
  }>;
  entityTabs?: Array<{ path: string; title: string; mountPoint: string }>;
}

function frontendFragment(): { name: string; config: FrontendConfig } {
  const fragment = parse(
    fs.readFileSync(
      path.join(ROOT, 'deploy/rhdh/dynamic-plugins.yaml'),
      'utf8',
    ),
  );
  const frontend = fragment.plugins.find((p: { package: string }) =>
    /litemaas-backstage-plugin-litemaas$/.test(p.package),
  );
  const [[name, config]] = Object.entries(
    frontend.pluginConfig.dynamicPlugins.frontend,
  ) as Array<[string, FrontendConfig]>;
  return { name, config };
}

const exports = exported as unknown as Record<string, unknown>;

/** The APIs a legacy app gives the plugin: ours, permissions, who is in. */
function LegacyApis(props: {
  api: LiteMaasApi;
  user: string;
  children: ReactNode;
}) {
  return (
    <TestApiProvider
      apis={[
        [litemaasApiRef, props.api],
        [permissionApiRef, allowAll()],
        [
          identityApiRef,
          mockApis.identity({ userEntityRef: `user:default/${props.user}` }),
        ],
      ]}
    >
      {props.children}
    </TestApiProvider>
  );
}

describe('legacy exports for Red Hat Developer Hub', () => {
  const { name, config } = frontendFragment();

  it('names the scalprum module the export builds, and only what it exposes', () => {
    expect(name).toBe(packageJson.scalprum.name);
    const modules = [
      ...(config.apiFactories ?? []),
      ...(config.appIcons ?? []),
      ...(config.dynamicRoutes ?? []),
      ...(config.mountPoints ?? []),
    ].map(entry => (entry as { module?: string }).module ?? 'PluginRoot');
    for (const module of modules) {
      expect(Object.keys(packageJson.scalprum.exposedModules)).toContain(
        module,
      );
    }
    expect(packageJson.scalprum.exposedModules.PluginRoot).toBe(
      './src/index.ts',
    );
  });

  it('exports every name the fragment imports', () => {
    const names = [
      ...(config.apiFactories ?? []).map(a => a.importName),
      ...(config.appIcons ?? []).map(a => a.importName),
      ...(config.dynamicRoutes ?? []).map(r => r.importName),
      ...(config.mountPoints ?? []).map(m => m.importName),
    ];
    expect(names.length).toBe(9);
    for (const importName of names) {
      expect({ importName, exported: exports[importName] }).toEqual({
        importName,
        exported: expect.anything(),
      });
    }
    // The conditions are functions of an entity.
    const conditions = (config.mountPoints ?? []).flatMap(
      m => m.config?.if?.allOf ?? [],
    );
    expect(conditions.length).toBeGreaterThan(0);
    for (const condition of conditions) {
      expect({ condition, type: typeof exports[condition] }).toEqual({
        condition,
        type: 'function',
      });
    }
    // Every entity tab's mount point has content mounted on it.
    for (const tab of config.entityTabs ?? []) {
      expect(
        config.mountPoints?.some(
          m => m.mountPoint === `${tab.mountPoint}/cards`,
        ),
      ).toBe(true);
    }
    // Menu items use an icon the fragment registers.
    for (const route of config.dynamicRoutes ?? []) {
      if (!route.menuItem) continue;
      expect(config.appIcons?.map(i => i.name)).toContain(route.menuItem.icon);
    }
  });

  it('registers the LiteMaaS client with the legacy plugin', async () => {
    expect(exported.litemaasApiFactory.api.id).toBe(litemaasApiRef.id);
    expect(
      [...exported.litemaasLegacyPlugin.getApis()].map(f => f.api.id),
    ).toContain(litemaasApiRef.id);

    const fetchApi = {
      fetch: jest.fn(async () =>
        Response.json({ items: [aModel({ name: 'granite-chat' })] }),
      ),
    };
    const client = exported.litemaasApiFactory.factory({
      discoveryApi: {
        getBaseUrl: async (pluginId: string) =>
          `https://portal/api/${pluginId}`,
      },
      fetchApi,
    });
    expect(client).toBeInstanceOf(LiteMaasClient);
    const models = await (client as LiteMaasClient).listModels();
    expect(models.items.map(m => m.name)).toEqual(['granite-chat']);
    expect(String((fetchApi.fetch.mock.calls[0] as unknown[])[0])).toMatch(
      /^https:\/\/portal\/api\/litemaas\/models/,
    );
  });

  it('renders the page at the route the fragment gives it', async () => {
    const listKeys = jest.fn(async () => ({ items: [] }));
    const api = fakeApi({
      listModels: async () => ({ items: [aModel({ name: 'granite-chat' })] }),
      listAccessRequests: async () => ({ items: [] }),
      listKeys,
    });
    const route = config.dynamicRoutes![0];
    await renderInTestApp(
      <LegacyApis api={api} user="admin">
        {/* As RHDH mounts a dynamic route: the path, and what lies under it. */}
        <Routes>
          <Route
            path={`${route.path}/*`}
            element={<exported.LiteMaasRootPage />}
          />
        </Routes>
      </LegacyApis>,
      { routeEntries: [route.path] },
    );
    expect(await screen.findByText('granite-chat')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Models' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // Its own links stay under the route.
    await userEvent.click(screen.getByRole('tab', { name: 'API keys' }));
    await waitFor(() => expect(listKeys).toHaveBeenCalled());
    expect(screen.getByRole('tab', { name: 'API keys' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('shows the AI model spend card on Components, Systems and Domains', async () => {
    const of = (kind: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'payments', namespace: 'default' },
      spec: { owner: 'group:default/payments' },
    });
    for (const kind of ['Component', 'System', 'Domain']) {
      expect(exported.isCatalogSpendEntity(of(kind))).toBe(true);
    }
    expect(exported.isCatalogSpendEntity(of('Resource'))).toBe(false);

    const getCatalogSpend = jest.fn(async () => ({
      from: '2026-11-01',
      to: '2026-11-30',
      groupBy: 'component' as const,
      scope: 'all' as const,
      items: [],
      models: [],
      total: {
        spend: 0,
        promptTokens: 0,
        completionTokens: 0,
        totalTokens: 0,
        requests: 0,
        successfulRequests: 0,
        failedRequests: 0,
      },
    }));
    await renderInTestApp(
      <LegacyApis api={fakeApi({ getCatalogSpend })} user="alice">
        <EntityProvider entity={of('System')}>
          <exported.EntityCatalogSpendCard />
        </EntityProvider>
      </LegacyApis>,
    );
    expect(
      await screen.findByRole('heading', { name: 'AI model spend' }),
    ).toBeInTheDocument();
    expect(getCatalogSpend).toHaveBeenCalledWith(
      expect.objectContaining({ entityRef: 'system:default/payments' }),
    );
  });

  it('renders the model card on a model server, and shows it only there', async () => {
    const entity = aModelServer(MODEL_NAME);
    expect(exported.isModelServerOrAiModel(entity)).toBe(true);
    expect(exported.isLiteMaasModelEntity(entity)).toBe(true);
    expect(
      exported.isModelServerOrAiModel({
        ...entity,
        spec: { type: 'service' },
      }),
    ).toBe(false);

    const api = fakeApi({
      getModel: async () => ({ model: aModel({ name: 'granite-chat' }) }),
    });
    await renderInTestApp(
      <LegacyApis api={api} user="alice">
        <EntityProvider entity={entity}>
          <exported.EntityModelServerCard />
        </EntityProvider>
      </LegacyApis>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Model' }),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('LiteMaaS access')).toBeInTheDocument();
  });
});
