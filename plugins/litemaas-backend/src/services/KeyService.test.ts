import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { KnexAccessStore } from '../database/KnexAccessStore';
import { KnexKeyStore } from '../database/KnexKeyStore';
import { applyDatabaseMigrations } from '../database/migrations';
import { SettingsStore } from '../database/SettingsStore';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { Caller } from '../permissions/Caller';
import { KeyService } from './KeyService';
import { KeySettingsService } from './KeySettingsService';

const MASTER_KEY = 'sk-test-master-key';
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const alice: Caller = {
  userRef: 'user:default/alice',
  ownershipRefs: ['user:default/alice'],
  canManage: false,
  canReview: () => false,
  canManageKey: key => key.subjectRef === 'user:default/alice',
};

describe('KeyService with LiteLLM Enterprise', () => {
  it('rotates through /key/regenerate, keeping the key and its alias', async () => {
    const emulator = await startEmulator({
      masterKey: MASTER_KEY,
      port: 0,
      enterprise: true,
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
    const keys = new KeyService({
      store: new KnexKeyStore(knex),
      access,
      litellm: new LiteLlmClient({
        baseUrl: emulator.url,
        masterKey: MASTER_KEY,
      }),
      settings: new KeySettingsService(new SettingsStore(knex), {
        user: { defaults: {}, maximums: {}, defaultExpiresInDays: 30 },
        team: { defaults: {}, maximums: {}, defaultExpiresInDays: 30 },
        maxActiveKeysPerSubject: 10,
        maxExpiresInDays: 365,
        allowNeverExpires: false,
      }),
      adapters: [],
      auditor: mockServices.auditor.mock(),
      logger: mockServices.logger.mock(),
    });
    const chat = (key: string) =>
      fetch(`${emulator.url}/v1/chat/completions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${key}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'hi' }],
        }),
      }).then(r => r.status);

    const created = await keys.create(alice, {
      name: 'ci',
      models: ['gpt-4o-mini'],
    });
    const before = emulator.state.getKey(created.value);
    expect(before).toBeDefined();
    const rotated = await keys.rotate(alice, created.key.id);
    // The same LiteLLM key got a new value (regenerate), rather than a new
    // key replacing it (the fallback without Enterprise).
    expect(emulator.state.getKey(rotated.value)).toBe(before);
    expect(rotated.key.id).toBe(created.key.id);
    expect(rotated.key.alias).toBe(created.key.alias);
    expect(rotated.value).not.toBe(created.value);
    expect(await chat(created.value)).toBe(401);
    expect(await chat(rotated.value)).toBe(200);
    // Exactly one key in LiteLLM, under the portal's alias.
    expect([...emulator.state.keys.values()].map(k => k.key_alias)).toEqual([
      created.key.alias,
    ]);
    await emulator.close();
  });
});
