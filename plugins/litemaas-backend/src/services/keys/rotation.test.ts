import { TestDatabases } from '@backstage/backend-test-utils';
import { KnexAccessStore } from '../../database/KnexAccessStore';
import {
  alice,
  keyServices,
  MASTER_KEY,
  startKeyFixture,
} from '../../__testUtils__/keyFixture';
import { hashKey } from './keyViews';

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

/** What may differ between a key and the one that replaced it. */
const IDENTITY = [
  'key_name',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
  'rotation_count',
  'last_rotation_at',
  'key_rotation_at',
  'expires',
  'budget_reset_at',
];

describe.each(databases.eachSupportedId())('key rewrites on %p', databaseId => {
  async function setup(enterprise = false) {
    const fixture = await startKeyFixture(databases, {
      enterprise,
      databaseId,
    });
    const services = keyServices({
      knex: fixture.knex,
      emulatorUrl: fixture.emulator.url,
    });
    const admin = (path: string, body: object) =>
      fetch(`${fixture.emulator.url}${path}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${MASTER_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      }).then(async r => ({ status: r.status, body: await r.json() }));
    const info = async (value: string) => {
      const res = await fetch(
        `${fixture.emulator.url}/key/info?key=${hashKey(value)}`,
        { headers: { Authorization: `Bearer ${MASTER_KEY}` } },
      );
      return (await res.json()).info;
    };
    const chat = (value: string) =>
      fetch(`${fixture.emulator.url}/v1/chat/completions`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${value}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'hi' }],
        }),
      }).then(r => r.status);
    /** A portal key that LiteLLM holds more of than the portal set. */
    const richKey = async () => {
      const issued = await services.keys.create(alice, {
        name: 'rich',
        models: ['gpt-4o-mini'],
        limits: {
          maxBudget: 1,
          budgetDuration: '30d',
          softBudget: 0.5,
          tpm: 1000,
          rpm: 10,
          modelTpm: { 'gpt-4o-mini': 500 },
        },
      });
      // An admin set more in LiteLLM directly; the portal must keep it.
      const updated = await admin('/key/update', {
        key: issued.value,
        tags: ['team-payments', 'prod'],
        guardrails: ['pii-mask'],
        allowed_routes: ['llm_api_routes'],
        aliases: { small: 'gpt-4o-mini' },
        config: { temperature: 0.2 },
        permissions: { get_spend_routes: false },
        max_parallel_requests: 3,
        metadata: {
          ...(await info(issued.value)).metadata,
          cost_center: 'cc-42',
        },
        spend: 0.25,
      });
      expect(updated.status).toBe(200);
      return issued;
    };
    return { ...fixture, ...services, admin, info, chat, richKey };
  }

  function expectSameKey(before: any, after: any) {
    const differences: string[] = [];
    for (const field of new Set([
      ...Object.keys(before),
      ...Object.keys(after),
    ])) {
      if (IDENTITY.includes(field) || field === 'key_alias') continue;
      if (JSON.stringify(after[field]) !== JSON.stringify(before[field])) {
        differences.push(
          `${field}: ${JSON.stringify(before[field])} -> ${JSON.stringify(
            after[field],
          )}`,
        );
      }
    }
    // The same expiry, but for the time the request took; the budget
    // window never shorter.
    const drift = Date.parse(after.expires) - Date.parse(before.expires);
    if (Math.abs(drift) > 2000) differences.push(`expires drifted ${drift} ms`);
    if (
      Date.parse(after.budget_reset_at) < Date.parse(before.budget_reset_at)
    ) {
      differences.push(
        `budget_reset_at ${before.budget_reset_at} -> ${after.budget_reset_at}`,
      );
    }
    expect(differences).toEqual([]);
  }

  it('rotation without Enterprise re-makes the key with every attribute and its spend', async () => {
    const { emulator, keys, info, richKey } = await setup();
    const issued = await richKey();
    const before = await info(issued.value);
    const rotated = await keys.rotate(alice, issued.key.id);
    expect(emulator.state.getKey(issued.value)).toBeUndefined();
    const after = await info(rotated.value);
    expectSameKey(before, after);
    expect(after.key_alias).toBe(before.key_alias);
    expect(after).toMatchObject({
      spend: 0.25,
      metadata: expect.objectContaining({
        tags: ['team-payments', 'prod'],
        guardrails: ['pii-mask'],
        cost_center: 'cc-42',
      }),
    });
    // soft_budget lives outside /key/info: the emulator's record has it.
    expect(emulator.state.getKey(rotated.value)!.soft_budget).toBe(0.5);
    await emulator.close();
  });

  it('rotation with Enterprise keeps the key itself', async () => {
    const { emulator, keys, info, richKey } = await setup(true);
    const issued = await richKey();
    const before = await info(issued.value);
    const rotated = await keys.rotate(alice, issued.key.id);
    const after = await info(rotated.value);
    expectSameKey(before, after);
    // The same key, its spend going on.
    expect(after.spend).toBe(0.25);
    expect(emulator.state.keys.size).toBe(1);
    await emulator.close();
  });

  it('an over-budget key stays over budget after rotation', async () => {
    const { emulator, keys, admin, chat } = await setup();
    const issued = await keys.create(alice, {
      name: 'spent',
      models: ['gpt-4o-mini'],
      limits: { maxBudget: 1 },
    });
    expect(await chat(issued.value)).toBe(200);
    await admin('/key/update', { key: issued.value, spend: 1.5 });
    const refused = await chat(issued.value);
    expect([400, 429]).toContain(refused);
    const rotated = await keys.rotate(alice, issued.key.id);
    expect(await chat(rotated.value)).toBe(refused);
    expect(rotated.key.status).toBe('over-budget');
    await emulator.close();
  });

  it('an edit changes only what it names in LiteLLM', async () => {
    const { emulator, keys, info, richKey } = await setup();
    const issued = await richKey();
    const before = await info(issued.value);
    await keys.update(alice, issued.key.id, {
      name: 'renamed',
      limits: { ...issued.key.limits, tpm: 800 },
    });
    const after = await info(issued.value);
    expect(after.tpm_limit).toBe(800);
    expectSameKey({ ...before, tpm_limit: 800 }, after);
    await emulator.close();
  });

  it('revokes a key whose last model goes, never writing it with no models', async () => {
    const { emulator, knex, keys, store, litellm, info } = await setup();
    await new KnexAccessStore(knex).create({
      modelName: 'claude',
      subjectRef: alice.userRef,
      requestedBy: alice.userRef,
      status: 'granted',
      limits: {},
    });
    const one = await keys.create(alice, {
      name: 'one model',
      models: ['gpt-4o-mini'],
    });
    const two = await keys.create(alice, {
      name: 'two models',
      models: ['gpt-4o-mini', 'claude'],
      limits: { modelTpm: { 'gpt-4o-mini': 100, claude: 200 } },
    });
    const updates = jest.spyOn(litellm, 'updateKey');
    // The grant of gpt-4o-mini ends.
    await knex('litemaas_access_requests')
      .where({ model_name: 'gpt-4o-mini' })
      .update({ status: 'revoked' });
    await keys.narrowSubjectKeys(alice.userRef);
    for (const [, fields] of updates.mock.calls) {
      expect(fields.models).not.toEqual([]);
    }
    expect((await store.get(one.key.id))!.status).toBe('revoked');
    expect(emulator.state.getKey(one.value)).toBeUndefined();
    const narrowed = await info(two.value);
    expect(narrowed.models).toEqual(['claude']);
    expect(narrowed.metadata.model_tpm_limit).toEqual({ claude: 200 });
    expect((await store.get(two.key.id))!.limits.modelTpm).toEqual({
      claude: 200,
    });
    await emulator.close();
  });
});
