import { TestDatabases } from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { Knex } from 'knex';
import { KnexAccessStore } from '../database/KnexAccessStore';
import { KnexKeyStore } from '../database/KnexKeyStore';
import { applyDatabaseMigrations } from '../database/migrations';
import { SettingsStore } from '../database/SettingsStore';
import { Caller } from '../permissions/Caller';
import { KeySettingsService } from '../services/KeySettingsService';

export const MASTER_KEY = 'sk-test-master-key';

/** A developer who manages her own keys and nothing else. */
export const alice: Caller = {
  userRef: 'user:default/alice',
  ownershipRefs: ['user:default/alice'],
  canManage: false,
  canReview: () => false,
  canManageKey: key => key.subjectRef === 'user:default/alice',
};

/**
 * An emulator serving gpt-4o-mini, and a migrated SQLite database in which
 * alice holds a grant for it: what KeyService tests start from.
 */
export async function startKeyFixture(
  databases: TestDatabases,
  options: { enterprise?: boolean } = {},
) {
  const emulator = await startEmulator({
    masterKey: MASTER_KEY,
    port: 0,
    enterprise: options.enterprise,
    seed: {
      models: [
        {
          model_name: 'gpt-4o-mini',
          litellm_params: { model: 'openai/gpt-4o-mini' },
          model_info: { id: 'm1' },
        },
      ],
    },
  });
  const knex = await databases.init('SQLITE_3');
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
