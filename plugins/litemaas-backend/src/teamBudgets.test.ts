import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startEmulator } from '@litemaas/litellm-emulator';
import { applyDatabaseMigrations } from './database/migrations';
import { KnexKeyStore } from './database/KnexKeyStore';
import { TeamStore } from './database/TeamStore';
import { LiteLlmClient } from './gateways/litellm/LiteLlmClient';
import { litemaasPlugin } from './plugin';
import { portalCaller } from './permissions/Caller';
import { TeamBudgetAlerts } from './services/TeamBudgetAlerts';
import { TeamBudgetService } from './services/TeamBudgetService';
import { apiClient } from './__testUtils__/http';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(60_000);

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const DANA = 'user:default/dana';
const PAYMENTS = 'group:default/payments';
const DAY_MS = 24 * 3600 * 1000;

const MODELS = [
  {
    model_name: 'gpt-4o-mini',
    litellm_params: {
      model: 'openai/gpt-4o-mini',
      input_cost_per_token: 0.001,
      output_cost_per_token: 0.001,
    },
    model_info: { id: 'm1' },
  },
];

/** A team key made in LiteLLM, and a chat call on it. */
async function teamTraffic(url: string) {
  const key = await fetch(`${url}/key/generate`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${MASTER_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ team_id: PAYMENTS }),
  }).then(r => r.json());
  return () =>
    fetch(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${key.key}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'four words of text' }],
      }),
    });
}

describe('team budgets over HTTP', () => {
  it('admins set a team budget in LiteLLM; members see it; LiteLLM enforces it', async () => {
    const emulator = await startEmulator({
      masterKey: MASTER_KEY,
      port: 0,
      seed: { models: MODELS },
    });
    const { server } = await startTestBackend({
      features: [
        litemaasPlugin,
        catalogServiceMock.factory({
          entities: ['payments', 'ml-platform'].map(name => ({
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Group',
            metadata: { name, namespace: 'default' },
            spec: { type: 'team', children: [] },
          })),
        }),
        mockServices.rootConfig.factory({
          data: {
            litemaas: {
              litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
            },
          },
        }),
        ...portalPolicyServices({
          admins: ['group:default/litemaas-admins'],
          memberships: {
            [ALICE]: [PAYMENTS],
            [DANA]: ['group:default/litemaas-admins'],
          },
        }),
      ],
    });
    const as = apiClient(server);

    // Before any budget: the team is not in LiteLLM yet.
    expect((await as(ALICE).get('/teams/budgets')).body.items).toEqual([
      { teamRef: PAYMENTS, exists: false, spend: 0 },
    ]);

    // Bad input is a 400 naming the problem; non-admins get a 403.
    const bad: Array<[object, RegExp]> = [
      [{ teamRef: ALICE, maxBudget: 5 }, /group's entity ref/],
      [{ teamRef: 'group:default/nobody', maxBudget: 5 }, /no group/],
      [{ teamRef: PAYMENTS, maxBudget: -1 }, /more than 0/],
      [{ teamRef: PAYMENTS, maxBudget: 5, softBudget: 6 }, /below maxBudget/],
      [{ teamRef: PAYMENTS, maxBudget: 5, budgetDuration: 'monthly' }, /30d/],
      [{ teamRef: PAYMENTS, maxBudget: '5' }, /maxBudget/],
      [{ teamRef: PAYMENTS, maxBudget: 5, extra: 1 }, /additional properties/],
    ];
    for (const [body, message] of bad) {
      const res = await as(DANA).put('/teams/budgets', body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    }
    expect(emulator.state.teams.has(PAYMENTS)).toBe(false);
    const denied = await as(ALICE).put('/teams/budgets', {
      teamRef: PAYMENTS,
      maxBudget: 5,
    });
    expect(denied.status).toBe(403);
    expect((await as(ALICE).get('/teams/budgets?scope=all')).status).toBe(403);

    const set = await as(DANA).put('/teams/budgets', {
      teamRef: PAYMENTS,
      maxBudget: 0.02,
      softBudget: 0.01,
      budgetDuration: '30d',
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({
      teamRef: PAYMENTS,
      exists: true,
      spend: 0,
      maxBudget: 0.02,
      softBudget: 0.01,
      budgetDuration: '30d',
    });
    const resetAt = Date.parse(set.body.budgetResetAt);
    expect(resetAt - Date.now()).toBeGreaterThan(29 * DAY_MS);
    expect(emulator.state.teams.get(PAYMENTS)?.max_budget).toBe(0.02);
    // Saving the same period again keeps the window where it was.
    const again = await as(DANA).put('/teams/budgets', {
      teamRef: PAYMENTS,
      maxBudget: 0.02,
      softBudget: 0.01,
      budgetDuration: '30d',
    });
    expect(again.body.budgetResetAt).toBe(set.body.budgetResetAt);

    // Traffic on a team key shows as the team's spend, until LiteLLM stops it.
    const chat = await teamTraffic(emulator.url);
    let refused;
    for (let i = 0; i < 10 && !refused; i++) {
      const res = await chat();
      if (res.status !== 200) refused = await res.json();
    }
    expect(refused.error.type).toBe('budget_exceeded');
    const mine = (await as(ALICE).get('/teams/budgets')).body.items;
    expect(mine).toHaveLength(1);
    expect(mine[0].spend).toBeGreaterThanOrEqual(0.02);
    expect(mine[0].spend).toBe(emulator.state.teams.get(PAYMENTS)?.spend);

    const all = await as(DANA).get('/teams/budgets?scope=all');
    expect(all.body.items.map((t: any) => t.teamRef)).toEqual([PAYMENTS]);

    // Removing the budget lets the team's keys work again.
    const removed = await as(DANA).put('/teams/budgets', {
      teamRef: PAYMENTS,
      maxBudget: null,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.maxBudget).toBeUndefined();
    expect(removed.body.budgetDuration).toBe('30d');
    expect((await chat()).status).toBe(200);

    await emulator.close();
  });
});

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())('TeamBudgetAlerts on %p', id => {
  it('tells the team at 80% and 100% once per budget period', async () => {
    let now = Date.parse('2026-11-20T10:00:00Z');
    const emulator = await startEmulator({
      masterKey: MASTER_KEY,
      port: 0,
      now: () => new Date(now),
      seed: { models: MODELS },
    });
    const knex = await databases.init(id);
    await applyDatabaseMigrations(knex);
    const litellm = new LiteLlmClient({
      baseUrl: emulator.url,
      masterKey: MASTER_KEY,
    });
    const teams = new TeamStore(knex);
    const budgets = new TeamBudgetService({
      litellm,
      teams,
      keys: new KnexKeyStore(knex),
      auditor: mockServices.auditor.mock(),
    });
    const sent: any[] = [];
    const alerts = new TeamBudgetAlerts({
      budgets,
      teams,
      logger: mockServices.logger.mock(),
      notifications: { send: async n => void sent.push(n) },
    });
    const admin = portalCaller({ userRef: 'user:default/dana', admin: true });
    // One call's cost sets the budget: 4.9 calls' worth, so four calls
    // are past 80% and five past 100%.
    await budgets.setBudget(admin, {
      teamRef: PAYMENTS,
      maxBudget: 1000,
      budgetDuration: '1d',
    });
    const chat = await teamTraffic(emulator.url);
    const cost = async (calls: number) => {
      for (let i = 0; i < calls; i++) expect((await chat()).status).toBe(200);
    };
    await cost(1);
    const perCall = (await budgets.budgetOf(PAYMENTS)).spend;
    expect(perCall).toBeGreaterThan(0);
    await budgets.setBudget(admin, {
      teamRef: PAYMENTS,
      maxBudget: perCall * 4.9,
    });

    expect(await alerts.run()).toEqual({ sent: 0 });
    await cost(3);
    expect(await alerts.run()).toEqual({ sent: 1 });
    expect(await alerts.run()).toEqual({ sent: 0 });
    await cost(1);
    expect(await alerts.run()).toEqual({ sent: 1 });
    expect(sent.map(n => n.payload.title)).toEqual([
      'Team "payments" has used 80% of its budget',
      'Team "payments" has used 100% of its budget',
    ]);
    expect(sent[0].recipients).toEqual({ type: 'entity', entityRef: PAYMENTS });
    // One click from the notice to asking for more on the team's card.
    expect(sent[0].payload.link).toBe(
      '/litemaas/usage?teamTopUp=group%3Adefault%2Fpayments',
    );

    // The next day LiteLLM resets the spend: the alerts can come again.
    now += DAY_MS + 60_000;
    await cost(1);
    expect(await alerts.run()).toEqual({ sent: 0 });
    await cost(3);
    expect(await alerts.run()).toEqual({ sent: 1 });
    await emulator.close();
  });
});
