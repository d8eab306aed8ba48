import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { LiteMaasGatewayAdapter } from '@litemaas/backstage-plugin-litemaas-node';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { KnexAccessStore } from '../database/KnexAccessStore';
import { KnexKeyStore } from '../database/KnexKeyStore';
import { applyDatabaseMigrations } from '../database/migrations';
import { SettingsStore } from '../database/SettingsStore';
import { ConfigReader } from '@backstage/config';
import { ReconcileStore } from '../database/ReconcileStore';
import { resolveInstanceId } from '../services/instanceId';
import { InstanceLease } from '../services/reconcile/InstanceLease';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { Caller, portalCaller } from '../permissions/Caller';
import { UserDirectory } from '../services/catalogUsers';
import { KeyService } from '../services/keys/KeyService';
import { KeySettingsService } from '../services/keys/KeySettingsService';
import { KeyWriter, SagaStep } from '../services/keys/KeyWriter';
import { hashKey } from '../services/keys/keyViews';
import { AdoptionMatch, KeyAdoption } from '../services/reconcile/KeyAdoption';
import { GatewayReconciliation } from '../services/reconcile/GatewayReconciliation';
import {
  DEFAULT_RECONCILE_SETTINGS,
  KeyReconciler,
  ReconcileSettings,
} from '../services/reconcile/KeyReconciler';

export const MASTER_KEY = 'sk-test-master-key';

/** A developer who manages her own keys and nothing else. */
export const alice: Caller = portalCaller({ userRef: 'user:default/alice' });

/** Another developer, in no team of alice's. */
export const bob: Caller = portalCaller({ userRef: 'user:default/bob' });

/** The models every fixture emulator serves. */
export const FIXTURE_MODELS = [
  {
    model_name: 'gpt-4o-mini',
    litellm_params: { model: 'openai/gpt-4o-mini' },
    model_info: { id: 'm1' },
  },
];

/** An emulator serving these models (as `openai/<name>`). */
export function startModelsEmulator(names: string[]) {
  return startEmulator({
    masterKey: MASTER_KEY,
    port: 0,
    seed: {
      models: names.map((name, i) => ({
        model_name: name,
        litellm_params: { model: `openai/${name}` },
        model_info: { id: `m${i}` },
      })),
    },
  });
}

/**
 * An emulator serving gpt-4o-mini, and a migrated SQLite database in which
 * alice holds a grant for it: what KeyService tests start from.
 */
export async function startKeyFixture(
  databases: TestDatabases,
  options: { enterprise?: boolean; databaseId?: TestDatabaseId } = {},
) {
  const emulator = await startEmulator({
    masterKey: MASTER_KEY,
    port: 0,
    enterprise: options.enterprise,
    seed: { models: FIXTURE_MODELS },
  });
  const knex = await databases.init(options.databaseId ?? 'SQLITE_3');
  await applyDatabaseMigrations(knex);
  const access = new KnexAccessStore(knex);
  await access.create({
    modelName: 'gpt-4o-mini',
    subjectRef: alice.userRef,
    requestedBy: alice.userRef,
    status: 'granted',
    limits: {},
  });
  return { emulator, knex, access, store: new KnexKeyStore(knex) };
}

/** Key settings without defaults or maximums, 30-day keys. */
export function plainKeySettings(knex: Knex, maxActiveKeysPerSubject: number) {
  return new KeySettingsService(new SettingsStore(knex), {
    user: { defaults: {}, maximums: {}, defaultExpiresInDays: 30 },
    team: { defaults: {}, maximums: {}, defaultExpiresInDays: 30 },
    maxActiveKeysPerSubject,
    maxExpiresInDays: 365,
    allowNeverExpires: false,
  });
}

/** The key services of one portal install, wired as plugin.ts wires them. */
export function keyServices(options: {
  knex: Knex;
  emulatorUrl: string;
  instanceId?: string;
  maxActiveKeysPerSubject?: number;
  litellm?: LiteLlmClient;
  reconcile?: Partial<ReconcileSettings>;
  users?: UserDirectory;
  adoptionMatch?: AdoptionMatch;
  interruptAt?: (step: SagaStep) => boolean;
  adapters?: LiteMaasGatewayAdapter[];
  notifyAdmins?: (notice: {
    title: string;
    description: string;
  }) => Promise<void>;
  now?: () => Date;
}) {
  const { knex } = options;
  const instanceId = options.instanceId ?? 'test-portal';
  const logger = mockServices.logger.mock();
  const store = new KnexKeyStore(knex);
  const access = new KnexAccessStore(knex);
  const litellm =
    options.litellm ??
    new LiteLlmClient({ baseUrl: options.emulatorUrl, masterKey: MASTER_KEY });
  const lease = new InstanceLease({
    settings: new SettingsStore(knex),
    litellm,
    instanceId,
    logger,
  });
  const writer = new KeyWriter({
    store,
    litellm,
    adapters: options.adapters ?? [],
    instanceId,
    lease,
    logger,
    interruptAt: options.interruptAt,
    staleAfterMs: options.reconcile?.staleAfterMs,
  });
  const keys = new KeyService({
    store,
    access,
    litellm,
    writer,
    settings: plainKeySettings(knex, options.maxActiveKeysPerSubject ?? 10_000),
    auditor: mockServices.auditor.mock(),
    logger,
  });
  const reconcileStore = new ReconcileStore(knex);
  const users = options.users ?? {
    byRef: new Map(),
    byEmail: new Map(),
    byName: new Map(),
  };
  const adoption = new KeyAdoption({
    store,
    reconcile: reconcileStore,
    litellm,
    users: async () => users,
    entityExists: async () => true,
    instanceId,
    portalTokenHash: hashKey(MASTER_KEY),
    match: options.adoptionMatch ?? 'entity-ref-or-email',
    auditor: mockServices.auditor.mock(),
    lease,
  });
  const reconciler = new KeyReconciler({
    store,
    access,
    litellm,
    writer,
    keys,
    reconcile: reconcileStore,
    adoption,
    lease,
    instanceId,
    logger,
    settings: options.reconcile,
    notifyAdmins: options.notifyAdmins,
    now: options.now,
    gateways: options.adapters?.length
      ? new GatewayReconciliation({
          adapters: options.adapters,
          store,
          reconcile: reconcileStore,
          logger,
          settings: { ...DEFAULT_RECONCILE_SETTINGS, ...options.reconcile },
          busy: record => writer.busy(record),
          notifyAdmins: options.notifyAdmins,
        })
      : undefined,
  });
  return {
    store,
    access,
    litellm,
    writer,
    keys,
    reconciler,
    reconcileStore,
    adoption,
    lease,
    logger,
  };
}

/**
 * One portal install on its own database, against a shared emulator: its
 * instance id generated and stored as plugin.ts does, alice and bob granted
 * gpt-4o-mini.
 */
export async function startPortal(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  emulatorUrl: string,
  options: Omit<Parameters<typeof keyServices>[0], 'knex' | 'emulatorUrl'> = {},
) {
  const knex = await databases.init(databaseId);
  await applyDatabaseMigrations(knex);
  const instanceId =
    options.instanceId ??
    (await resolveInstanceId(new SettingsStore(knex), new ConfigReader({})));
  const access = new KnexAccessStore(knex);
  for (const user of [alice, bob]) {
    await access.create({
      modelName: 'gpt-4o-mini',
      subjectRef: user.userRef,
      requestedBy: user.userRef,
      status: 'granted',
      limits: {},
    });
  }
  return {
    knex,
    instanceId,
    databaseId,
    ...keyServices({ ...options, knex, emulatorUrl, instanceId }),
  };
}

/**
 * A small, seeded PRNG (mulberry32), so a failing run can be replayed by its
 * seed; neighbouring seeds give unrelated sequences.
 */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return Object.assign(next, {
    pick: <T>(items: readonly T[]): T =>
      items[Math.floor(next() * items.length)],
  });
}
