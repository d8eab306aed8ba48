import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { applyDatabaseMigrations } from '../database/migrations';
import { KnexModelStore } from '../database/KnexModelStore';
import { KnexModelPolicyStore } from '../database/KnexModelPolicyStore';
import { KnexAccessStore } from '../database/KnexAccessStore';
import { Caller, portalCaller } from '../permissions/Caller';
import { ModelService } from './ModelService';

const MASTER_KEY = 'sk-test-master-key';
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const caller: Caller = portalCaller({ userRef: 'user:default/alice' });

const model = (name: string) => ({
  model_name: name,
  litellm_params: { model: `openai/${name}` },
  model_info: { id: `id-${name}` },
});

describe('ModelService', () => {
  async function setup() {
    const emulator = await startEmulator({
      masterKey: MASTER_KEY,
      seed: { models: [model('a'), model('b')] },
      port: 0,
    });
    const knex = await databases.init('SQLITE_3');
    await applyDatabaseMigrations(knex);
    const service = new ModelService({
      litellm: new LiteLlmClient({
        baseUrl: emulator.url,
        masterKey: MASTER_KEY,
        retries: 0,
      }),
      store: new KnexModelStore(knex),
      policies: new KnexModelPolicyStore(knex),
      access: new KnexAccessStore(knex),
      logger: mockServices.logger.mock(),
      defaultPolicy: () => ({ accessPolicy: 'open', defaultLimits: {} }),
      maxAgeMs: 0,
    });
    return { emulator, service };
  }

  it('serves the last known models, flagged stale, when LiteLLM goes away', async () => {
    const { emulator, service } = await setup();
    expect((await service.listModels(caller)).items.map(m => m.name)).toEqual([
      'a',
      'b',
    ]);
    await emulator.close();

    const response = await service.listModels(caller);
    expect(response.items.map(m => m.name)).toEqual(['a', 'b']);
    expect(response.stale).toEqual({
      reason: expect.stringContaining('could not be reached'),
      lastSyncedAt: expect.any(String),
    });
  });

  it('marks a model deleted in LiteLLM unavailable', async () => {
    const { emulator, service } = await setup();
    await service.sync();
    const res = await fetch(`${emulator.url}/model/delete`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${MASTER_KEY}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ id: 'id-b' }),
    });
    expect(res.status).toBe(200);
    await expect(service.sync()).resolves.toEqual({
      added: 0,
      updated: 1,
      markedUnavailable: 1,
    });
    const { items } = await service.listModels(caller);
    expect(items.find(m => m.name === 'b')?.available).toBe(false);
    await emulator.close();
  });

  it('shares one pull between concurrent syncs', async () => {
    const { emulator, service } = await setup();
    const [first, second] = await Promise.all([service.sync(), service.sync()]);
    expect(first).toBe(second);
    await emulator.close();
  });
});
