import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { startEmulator } from '@litemaas/litellm-emulator';
import { litemaasPlugin } from '../plugin';
import { portalPolicyServices } from '../testUtils/portalPolicy';
import { apiClient } from './http';

export const MASTER_KEY = 'sk-test-master-key';
export const ADMINS = 'group:default/litemaas-admins';

/** A notification the portal sent, as the tests read it. */
export interface SentNotification {
  recipients: { entityRef: string[] };
  payload: { title: string; description?: string; link?: string };
}

/**
 * The plugin over HTTP against a fresh LiteLLM emulator serving `models`
 * (as `openai/<name>`), on one of the test databases, with the portal's
 * permission policy (admins, and each user's groups) and the notifications
 * it sends kept in `sent`.
 */
export async function startLitemaas(options: {
  databases: TestDatabases;
  databaseId: TestDatabaseId;
  models: string[];
  /** `litemaas` config besides the LiteLLM connection and the admins. */
  config: Record<string, unknown>;
  memberships: Record<string, string[]>;
  /** More service factories (a catalog, say). */
  features?: Parameters<typeof startTestBackend>[0]['features'];
}) {
  const sent: SentNotification[] = [];
  /** Recipients whose notifications fail to send, as a broken sender's. */
  const failSendsTo = new Set<string>();
  const emulator = await startEmulator({
    masterKey: MASTER_KEY,
    port: 0,
    seed: {
      models: options.models.map(name => ({
        model_name: name,
        litellm_params: { model: `openai/${name}` },
        model_info: { id: `id-${name}` },
      })),
    },
  });
  const knex = await options.databases.init(options.databaseId);
  const { server } = await startTestBackend({
    features: [
      litemaasPlugin,
      mockServices.database.factory({ knex }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (n: any) => {
            const refs: string[] = n.recipients?.entityRef ?? [];
            if (refs.some(ref => failSendsTo.has(ref))) {
              throw new Error('the notifications backend is unreachable');
            }
            sent.push(n);
          },
        }),
      }),
      mockServices.rootConfig.factory({
        data: {
          litemaas: {
            litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
            admins: [ADMINS],
            ...options.config,
          },
        },
      }),
      ...portalPolicyServices({
        admins: [ADMINS],
        memberships: options.memberships,
      }),
      ...(options.features ?? []),
    ],
  });
  return { as: apiClient(server), knex, emulator, sent, failSendsTo };
}
