import {
  BackstageCredentials,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import litemaasPlugin from '@litemaas/backstage-plugin-litemaas-backend';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { permissionModuleLiteMaasPolicy } from '../modules/permissionPolicy';

export const MASTER_KEY = 'sk-test-master-key';

/** The people of the example organisation, and what they are. */
export const PEOPLE = {
  /** Signed in, in no team, holds nothing. */
  outsider: 'user:default/olga',
  /** Holds a grant and a personal key. */
  owner: 'user:default/alice',
  /** In the team that holds a team key; not alice. */
  member: 'user:default/bob',
  /** Owns the restricted granite model through ml-platform. */
  modelOwner: 'user:default/carol',
  /** In litemaas-admins. */
  admin: 'user:default/dana',
} as const;

export type Role = keyof typeof PEOPLE | 'anonymous' | 'service';
export const ROLES: Role[] = [
  'anonymous',
  'outsider',
  'owner',
  'member',
  'modelOwner',
  'admin',
  'service',
];

const GROUPS: Record<string, string[]> = {
  [PEOPLE.owner]: ['group:default/payments'],
  [PEOPLE.member]: ['group:default/payments'],
  [PEOPLE.modelOwner]: ['group:default/ml-platform'],
  [PEOPLE.admin]: ['group:default/litemaas-admins'],
};

const user = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { email: `${name}@example.com` } },
});
const group = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const deployment = (name: string) => ({
  model_name: name,
  litellm_params: { model: `openai/${name}` },
  model_info: { id: `id-${name}` },
});

/**
 * The test doubles of Backstage's HTTP auth, with two things the real one
 * does: a request without a token is anonymous (not a default user), and a
 * token a plugin got on behalf of a user names that plugin as its actor,
 * which the permission backend insists on for conditional decisions.
 */
const realisticHttpAuth = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const inner = mockServices.httpAuth({
      pluginId: plugin.getId(),
      defaultCredentials: mockCredentials.none(),
    });
    return {
      async credentials(req: any, options?: any) {
        const token = /^Bearer (mock-service-token:.*)$/.exec(
          req.headers.authorization ?? '',
        )?.[1];
        const obo = token
          ? JSON.parse(token.slice('mock-service-token:'.length)).obo
          : undefined;
        if (obo && (!options?.allow || options.allow.includes('user'))) {
          await inner.credentials(req, options);
          return mockCredentials.user(obo, {
            actor: { subject: 'plugin:litemaas' },
          });
        }
        return inner.credentials(req, options);
      },
      issueUserCookie: (res: any, options?: any) =>
        inner.issueUserCookie(res, options),
    } as any;
  },
});

/**
 * The whole LiteMaaS backend as the portal wires it: the real permission
 * backend with the portal's policy (litemaas.admins), the LiteLLM emulator,
 * one database. Users' groups as in the example organisation.
 */
export async function startPortalBackend(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const emulator = await startEmulator({
    masterKey: MASTER_KEY,
    port: 0,
    seed: {
      models: ['gpt-4o-mini', 'granite-8b', 'mistral-small'].map(deployment),
    },
  });
  const knex: Knex = await databases.init(databaseId);
  const { server } = await startTestBackend({
    features: [
      litemaasPlugin,
      permissionPlugin,
      permissionModuleLiteMaasPolicy,
      permissionsServiceFactory,
      realisticHttpAuth,
      mockServices.database.factory({ knex }),
      createServiceFactory({
        service: coreServices.userInfo,
        deps: {},
        factory: () => ({
          async getUserInfo(credentials: BackstageCredentials) {
            const ref = (credentials.principal as { userEntityRef: string })
              .userEntityRef;
            return {
              userEntityRef: ref,
              ownershipEntityRefs: [ref, ...(GROUPS[ref] ?? [])],
            };
          },
        }),
      }),
      catalogServiceMock.factory({
        entities: [
          ...['olga', 'alice', 'bob', 'carol', 'dana'].map(user),
          ...['payments', 'ml-platform', 'litemaas-admins'].map(group),
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'https://portal.example.com' },
          permission: { enabled: true },
          litemaas: {
            litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
            admins: ['group:default/litemaas-admins'],
            models: [
              { name: 'gpt-4o-mini', accessPolicy: 'open' },
              { name: 'mistral-small', accessPolicy: 'open' },
              {
                name: 'granite-8b',
                accessPolicy: 'restricted',
                owner: 'group:default/ml-platform',
              },
            ],
            keys: { maxActiveKeysPerSubject: 1000 },
            keyDelivery: { secret: 'test-only-secret-0123456789abcdefghij' },
          },
        },
      }),
    ],
  });
  const base = `http://localhost:${
    (server.address() as any).port
  }/api/litemaas`;

  const headerOf = (role: Role): Record<string, string> => {
    if (role === 'anonymous') return {};
    if (role === 'service') {
      return { Authorization: mockCredentials.service.header() };
    }
    return { Authorization: mockCredentials.user.header(PEOPLE[role]) };
  };

  /** A request as someone; answers status and parsed body (if JSON). */
  async function call(
    role: Role,
    method: string,
    path: string,
    body?: unknown,
    raw?: string,
  ) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...headerOf(role),
        ...(body !== undefined || raw !== undefined
          ? { 'Content-Type': 'application/json' }
          : {}),
      },
      body: raw ?? (body !== undefined ? JSON.stringify(body) : undefined),
    });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (a CSV export): kept as text.
    }
    return { status: res.status, body: parsed };
  }

  const as = (role: Role) => ({
    get: (path: string) => call(role, 'GET', path),
    post: (path: string, body: unknown = {}) => call(role, 'POST', path, body),
    put: (path: string, body: unknown) => call(role, 'PUT', path, body),
    patch: (path: string, body: unknown) => call(role, 'PATCH', path, body),
    delete: (path: string) => call(role, 'DELETE', path),
  });

  return { emulator, knex, call, as, close: () => emulator.close() };
}

export type PortalBackend = Awaited<ReturnType<typeof startPortalBackend>>;

/** The operations of the plugin's OpenAPI spec: method, path, id, schema. */
export function openApiOperations() {
  const spec = parse(
    readFileSync(
      resolve(
        __dirname,
        '../../../../plugins/litemaas-backend/src/schema/openapi.yaml',
      ),
      'utf8',
    ),
  );
  const operations: Array<{
    id: string;
    method: string;
    path: string;
    operation: any;
    pathItem: any;
  }> = [];
  for (const [path, item] of Object.entries<any>(spec.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      if (item[method]) {
        operations.push({
          id: item[method].operationId,
          method: method.toUpperCase(),
          path,
          operation: item[method],
          pathItem: item,
        });
      }
    }
  }
  return { spec, operations };
}
