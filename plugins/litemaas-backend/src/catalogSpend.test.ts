import { createServiceFactory } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Knex } from 'knex';
import { startLitemaas } from './__testUtils__/litemaasBackend';

jest.setTimeout(120_000);

const ALICE = 'user:default/alice'; // in payments
const BOB = 'user:default/bob'; // in search
const DANA = 'user:default/dana'; // admin
const PAYMENTS = 'group:default/payments';
const SEARCH = 'group:default/search';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

const entity = (
  kind: string,
  name: string,
  spec: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', title: `${name} (title)` },
  spec,
});
const CATALOG: Entity[] = [
  entity('Component', 'payments-api', {
    owner: 'payments',
    system: 'payments',
  }),
  entity('Component', 'checkout', { owner: 'payments', system: 'payments' }),
  entity('Component', 'search-api', { owner: 'search', system: 'search' }),
  // No System: its spend rolls up to "none".
  entity('Component', 'batch-jobs', { owner: 'group:default/payments' }),
  entity('System', 'payments', { owner: 'payments', domain: 'finance' }),
  entity('System', 'search', { owner: 'search' }),
  entity('Domain', 'finance', { owner: 'payments' }),
];

describe.each(databases.eachSupportedId())(
  'spend by catalog Component, System and Domain, over HTTP, on %p',
  databaseId => {
    let as: Awaited<ReturnType<typeof startLitemaas>>['as'];
    let knex: Knex;
    let emulator: Awaited<ReturnType<typeof startLitemaas>>['emulator'];

    /** When set, every catalog call fails (a catalog that is down). */
    let catalogDown = false;

    beforeEach(async () => {
      catalogDown = false;
      const mock = catalogServiceMock({ entities: CATALOG });
      const catalog = new Proxy(mock, {
        get(target, name, receiver) {
          const value = Reflect.get(target, name, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            if (catalogDown) throw new Error('catalog is down');
            return value.apply(target, args);
          };
        },
      });
      ({ as, knex, emulator } = await startLitemaas({
        databases,
        databaseId,
        models: ['gpt-4o-mini'],
        config: { models: [{ name: 'gpt-4o-mini', accessPolicy: 'open' }] },
        memberships: {
          [ALICE]: [PAYMENTS],
          [BOB]: [SEARCH],
          [DANA]: ['group:default/litemaas-admins'],
        },
        features: [
          createServiceFactory({
            service: catalogServiceRef,
            deps: {},
            factory: () => catalog as CatalogService,
          }),
        ],
      }));
    });

    afterEach(async () => {
      await emulator.close();
    });

    async function keyOf(
      who: string,
      name: string,
      componentRef?: string,
      subjectRef?: string,
    ) {
      await as(who).post('/access-requests', {
        modelName: 'gpt-4o-mini',
        ...(subjectRef && { subjectRef }),
      });
      return as(who).post('/keys', {
        name,
        models: ['gpt-4o-mini'],
        ...(componentRef && { componentRef }),
        ...(subjectRef && { subjectRef }),
      });
    }

    /** One day of a key's usage, as the usage sync writes it. */
    const usage = (keyId: string, day: string, spend: number, tokens = 100) =>
      knex('litemaas_usage_daily').insert({
        day,
        key_hash: `hash-${keyId}`,
        model: 'gpt-4o-mini',
        provider: 'openai',
        key_id: keyId,
        spend,
        prompt_tokens: tokens,
        completion_tokens: 0,
        total_tokens: tokens,
        requests: 2,
        successful_requests: 2,
        failed_requests: 0,
      });

    it('ties keys to Components their owners own, and rolls their spend up by Component, System and Domain', async () => {
      // Alice ties a personal key to a Component her team owns.
      const api = await keyOf(ALICE, 'api', 'payments-api');
      expect(api.status).toBe(201);
      expect(api.body.key.componentRef).toBe('component:default/payments-api');
      // A team key, to another of the team's Components.
      const checkout = await keyOf(
        ALICE,
        'checkout',
        'component:default/Checkout',
        PAYMENTS,
      );
      expect(checkout.status).toBe(201);
      expect(checkout.body.key.componentRef).toBe('component:default/checkout');
      // Not hers: its spend would count as the search team's.
      const notHers = await keyOf(ALICE, 'sneaky', 'search-api');
      expect(notHers.status).toBe(403);
      expect(notHers.body.error.message).toMatch(/group:default\/search/);
      expect(
        (await keyOf(ALICE, 'system', 'system:default/payments')).status,
      ).toBe(400);
      const unknown = await keyOf(ALICE, 'ghost', 'component:default/nope');
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(/no Component/);
      // Nothing was created by the refused ones.
      const alices = (await as(ALICE).get('/keys')).body.items.map(
        (k: { name: string }) => k.name,
      );
      expect(alices.sort()).toEqual(['api', 'checkout']);

      const search = await keyOf(BOB, 'search', 'search-api');
      expect(search.status).toBe(201);
      // An admin ties any key to any Component.
      const batch = await keyOf(DANA, 'batch', 'batch-jobs');
      expect(batch.status).toBe(201);
      const untied = await keyOf(DANA, 'untied');
      expect(untied.body.key.componentRef).toBeUndefined();

      // Untie and tie again; the audit trail has the change.
      const apiId = api.body.key.id as string;
      const off = await as(ALICE).patch(`/keys/${apiId}`, {
        componentRef: null,
      });
      expect(off.status).toBe(200);
      expect(off.body.componentRef).toBeUndefined();
      expect(
        (
          await as(ALICE).patch(`/keys/${apiId}`, {
            componentRef: 'search-api',
          })
        ).status,
      ).toBe(403);
      const on = await as(ALICE).patch(`/keys/${apiId}`, {
        componentRef: 'payments-api',
      });
      expect(on.body.componentRef).toBe('component:default/payments-api');

      await usage(apiId, '2026-11-02', 1.25);
      await usage(apiId, '2026-11-03', 0.75);
      await usage(checkout.body.key.id, '2026-11-03', 2);
      await usage(search.body.key.id, '2026-11-04', 0.5, 40);
      await usage(batch.body.key.id, '2026-11-05', 3);
      await usage(untied.body.key.id, '2026-11-05', 9);
      // Outside the range.
      await usage(apiId, '2026-10-31', 100);
      const range = 'from=2026-11-01&to=2026-11-30';

      const byComponent = await as(DANA).get(
        `/usage/catalog?${range}&groupBy=component`,
      );
      expect(byComponent.status).toBe(200);
      expect(byComponent.body).toMatchObject({
        from: '2026-11-01',
        to: '2026-11-30',
        groupBy: 'component',
        scope: 'all',
      });
      expect(
        byComponent.body.items.map((r: any) => [r.ref, r.spend, r.keys]),
      ).toEqual([
        ['component:default/batch-jobs', 3, 1],
        // Equal spend: by ref.
        ['component:default/checkout', 2, 1],
        ['component:default/payments-api', 2, 1],
        ['component:default/search-api', 0.5, 1],
      ]);
      expect(byComponent.body.items[2]).toMatchObject({
        title: 'payments-api (title)',
        ownerRef: PAYMENTS,
        parentRef: 'system:default/payments',
        requests: 4,
        totalTokens: 200,
      });
      // The untied key's 9 is not anyone's Component spend.
      expect(byComponent.body.total.spend).toBe(7.5);

      const bySystem = await as(DANA).get(
        `/usage/catalog?${range}&groupBy=system`,
      );
      expect(
        bySystem.body.items.map((r: any) => [
          r.ref,
          r.spend,
          r.components,
          r.parentRef,
        ]),
      ).toEqual([
        ['system:default/payments', 4, 2, 'domain:default/finance'],
        ['none', 3, 1, undefined],
        ['system:default/search', 0.5, 1, undefined],
      ]);
      const byDomain = await as(DANA).get(
        `/usage/catalog?${range}&groupBy=domain`,
      );
      expect(byDomain.body.items.map((r: any) => [r.ref, r.spend])).toEqual([
        ['domain:default/finance', 4],
        ['none', 3.5],
      ]);

      // Others see the Components they (or their teams) own.
      const alicesView = await as(ALICE).get(
        `/usage/catalog?${range}&groupBy=component`,
      );
      expect(alicesView.body.scope).toBe('owned');
      expect(alicesView.body.items.map((r: any) => r.ref)).toEqual([
        'component:default/batch-jobs',
        'component:default/checkout',
        'component:default/payments-api',
      ]);
      const bobsDomains = await as(BOB).get(
        `/usage/catalog?${range}&groupBy=domain`,
      );
      expect(bobsDomains.body.items).toEqual([
        expect.objectContaining({ ref: 'none', spend: 0.5 }),
      ]);
      expect(bobsDomains.body.total.spend).toBe(0.5);

      expect((await as(DANA).get('/usage/catalog?groupBy=team')).status).toBe(
        400,
      );
      expect(
        (await as(DANA).get('/usage/catalog?from=2026-11-30&to=2026-11-01'))
          .status,
      ).toBe(400);
      expect(
        (await as(DANA).get('/usage/catalog?from=2025-01-01&to=2026-11-30'))
          .status,
      ).toBe(400);
    });
    it("limits the spend to one Component, System or Domain, for that entity's owners and admins", async () => {
      const api = await keyOf(ALICE, 'api', 'payments-api');
      const checkout = await keyOf(ALICE, 'checkout', 'checkout', PAYMENTS);
      const batch = await keyOf(ALICE, 'batch', 'batch-jobs');
      const search = await keyOf(BOB, 'search', 'search-api');
      await usage(api.body.key.id, '2026-11-02', 1.25, 300);
      await usage(api.body.key.id, '2026-11-03', 0.75, 200);
      await usage(checkout.body.key.id, '2026-11-03', 2, 50);
      await usage(batch.body.key.id, '2026-11-04', 3);
      await usage(search.body.key.id, '2026-11-04', 0.5);
      // Another model, on the same key.
      await knex('litemaas_usage_daily').insert({
        day: '2026-11-05',
        key_hash: `hash-${api.body.key.id}-2`,
        model: 'claude-3-5-haiku',
        provider: 'anthropic',
        key_id: api.body.key.id,
        spend: 4,
        prompt_tokens: 10,
        completion_tokens: 10,
        total_tokens: 20,
        requests: 1,
        successful_requests: 1,
        failed_requests: 0,
      });
      const range = 'from=2026-11-01&to=2026-11-30';
      const of = (who: string, entityRef: string, groupBy = 'component') =>
        as(who).get(
          `/usage/catalog?${range}&groupBy=${groupBy}&entityRef=${encodeURIComponent(
            entityRef,
          )}`,
        );

      // A Component: its own keys' spend, per model.
      const component = await of(ALICE, 'component:default/payments-api');
      expect(component.status).toBe(200);
      expect(component.body).toMatchObject({
        entityRef: 'component:default/payments-api',
        scope: 'all',
        total: { spend: 6, totalTokens: 520 },
      });
      expect(
        component.body.items.map((r: any) => [r.ref, r.spend, r.keys]),
      ).toEqual([['component:default/payments-api', 6, 1]]);
      expect(
        component.body.models.map((r: any) => [
          r.model,
          r.spend,
          r.totalTokens,
        ]),
      ).toEqual([
        ['claude-3-5-haiku', 4, 20],
        ['gpt-4o-mini', 2, 500],
      ]);

      // A System: its Components (batch-jobs has none, search-api another).
      const system = await of(ALICE, 'system:default/Payments');
      expect(system.status).toBe(200);
      expect(system.body.entityRef).toBe('system:default/payments');
      expect(system.body.items.map((r: any) => [r.ref, r.spend])).toEqual([
        ['component:default/payments-api', 6],
        ['component:default/checkout', 2],
      ]);
      expect(system.body.total.spend).toBe(8);
      expect(system.body.models.map((r: any) => [r.model, r.spend])).toEqual([
        ['claude-3-5-haiku', 4],
        ['gpt-4o-mini', 4],
      ]);
      // A Domain: the Components of its Systems.
      const domain = await of(DANA, 'domain:default/finance', 'system');
      expect(domain.status).toBe(200);
      expect(domain.body.items.map((r: any) => [r.ref, r.spend])).toEqual([
        ['system:default/payments', 8],
      ]);
      // Nothing tied to the search System's Components in the range.
      const empty = await as(BOB).get(
        '/usage/catalog?from=2026-10-01&to=2026-10-31&entityRef=system%3Adefault%2Fsearch',
      );
      expect(empty.status).toBe(200);
      expect(empty.body.items).toEqual([]);
      expect(empty.body.models).toEqual([]);

      // Admins see any entity's spend; others only their own entities'.
      expect((await of(DANA, 'component:default/search-api')).status).toBe(200);
      const notHers = await of(ALICE, 'system:default/search');
      expect(notHers.status).toBe(403);
      expect(notHers.body.error.message).toBe(
        'Only the owners of system:default/search (group:default/search) and admins see its spend',
      );
      expect((await of(BOB, 'domain:default/finance')).status).toBe(403);
      const unknown = await of(ALICE, 'component:default/nope');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.message).toMatch(/no component/);
      expect((await of(ALICE, 'group:default/payments')).status).toBe(400);
      expect((await of(ALICE, 'payments-api')).status).toBe(400);

      catalogDown = true;
      const down = await of(ALICE, 'component:default/payments-api');
      expect(down.status).toBe(503);
      expect(down.body.error.message).toMatch(/catalog could not be read/);
    });

    it("counts a playground session's spend for the Component it is tied to, and ties it only for the Component's owners", async () => {
      await as(ALICE).post('/access-requests', { modelName: 'gpt-4o-mini' });
      await as(BOB).post('/access-requests', { modelName: 'gpt-4o-mini' });
      const started = await as(ALICE).post('/playground/sessions', {
        model: 'gpt-4o-mini',
        componentRef: 'checkout',
      });
      expect(started.status).toBe(201);
      expect(started.body.session.componentRef).toBe(
        'component:default/checkout',
      );
      const id = started.body.session.id as string;
      expect(
        (await knex('litemaas_keys').where({ id }).first()).component_ref,
      ).toBe('component:default/checkout');
      await usage(id, '2026-11-10', 0.02, 30);
      const spend = await as(ALICE).get(
        '/usage/catalog?from=2026-11-01&to=2026-11-30&entityRef=component%3Adefault%2Fcheckout',
      );
      expect(spend.body.items).toEqual([
        expect.objectContaining({
          ref: 'component:default/checkout',
          spend: 0.02,
          keys: 1,
        }),
      ]);
      const bySystem = await as(DANA).get(
        '/usage/catalog?from=2026-11-01&to=2026-11-30&groupBy=system',
      );
      expect(bySystem.body.items).toEqual([
        expect.objectContaining({
          ref: 'system:default/payments',
          spend: 0.02,
        }),
      ]);

      // Bob is not among checkout's owners: no session, no key.
      const keysBefore = await knex('litemaas_keys').count({ n: '*' });
      const refused = await as(BOB).post('/playground/sessions', {
        model: 'gpt-4o-mini',
        componentRef: 'component:default/checkout',
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/group:default\/payments/);
      const unknown = await as(BOB).post('/playground/sessions', {
        model: 'gpt-4o-mini',
        componentRef: 'component:default/nope',
      });
      expect(unknown.status).toBe(400);
      expect(await knex('litemaas_keys').count({ n: '*' })).toEqual(keysBefore);
      // His own Component is fine.
      const his = await as(BOB).post('/playground/sessions', {
        model: 'gpt-4o-mini',
        componentRef: 'search-api',
      });
      expect(his.status).toBe(201);
    });

    it('exports usage as FOCUS rows, each column from the usage, key and catalog rows behind it', async () => {
      const api = await keyOf(ALICE, 'api', 'payments-api');
      const loose = await keyOf(BOB, 'loose');
      await usage(api.body.key.id, '2026-11-02', 1.25, 1200);
      await usage(loose.body.key.id, '2026-11-30', 0.5, 40);
      // A key made outside the portal: known by its hash only.
      await knex('litemaas_usage_daily').insert({
        day: '2026-11-15',
        key_hash: 'f'.repeat(64),
        model: 'gpt-4o-mini',
        provider: 'openai',
        spend: 0.1,
        prompt_tokens: 5,
        completion_tokens: 5,
        total_tokens: 10,
        requests: 1,
        successful_requests: 1,
        failed_requests: 0,
      });
      // Outside the range.
      await usage(api.body.key.id, '2026-12-01', 7);
      const range = 'from=2026-11-01&to=2026-11-30';

      expect(
        (await as(ALICE).get(`/usage/focus?${range}&format=json`)).status,
      ).toBe(403);
      const json = await as(DANA).get(`/usage/focus?${range}&format=json`);
      expect(json.status).toBe(200);
      expect(json.body).toHaveLength(3);
      const [first, outside, last] = json.body;
      expect(first).toEqual({
        BillingAccountId: 'litemaas',
        BillingAccountName: 'LiteMaaS',
        BillingCurrency: 'USD',
        BillingPeriodStart: '2026-11-01T00:00:00.000Z',
        BillingPeriodEnd: '2026-12-01T00:00:00.000Z',
        ChargePeriodStart: '2026-11-02T00:00:00.000Z',
        ChargePeriodEnd: '2026-11-03T00:00:00.000Z',
        ChargeCategory: 'Usage',
        ChargeFrequency: 'Usage-Based',
        ChargeDescription: '2 requests to gpt-4o-mini',
        BilledCost: 1.25,
        EffectiveCost: 1.25,
        ListCost: 1.25,
        ContractedCost: 1.25,
        ConsumedQuantity: 1200,
        ConsumedUnit: 'Tokens',
        ProviderName: 'LiteLLM',
        PublisherName: 'openai',
        InvoiceIssuerName: 'LiteMaaS',
        ServiceCategory: 'AI and Machine Learning',
        ServiceName: 'gpt-4o-mini',
        ResourceId: api.body.key.id,
        ResourceName: 'api',
        ResourceType: 'Virtual key',
        SubAccountId: ALICE,
        SubAccountName: 'alice',
        Tags: {
          'litemaas/owner': ALICE,
          'backstage/component': 'component:default/payments-api',
          'backstage/component-owner': PAYMENTS,
          'backstage/system': 'system:default/payments',
          'backstage/domain': 'domain:default/finance',
        },
      });
      expect(outside).toMatchObject({
        ChargePeriodStart: '2026-11-15T00:00:00.000Z',
        BilledCost: 0.1,
        ConsumedQuantity: 10,
        ResourceId: 'f'.repeat(64),
        ResourceName: null,
        SubAccountId: null,
        Tags: {},
      });
      expect(last).toMatchObject({
        ChargePeriodEnd: '2026-12-01T00:00:00.000Z',
        BillingPeriodEnd: '2026-12-01T00:00:00.000Z',
        ResourceName: 'loose',
        SubAccountId: BOB,
        Tags: { 'litemaas/owner': BOB },
      });
      // The costs add up to the usage behind them, and nothing else.
      const total = json.body.reduce(
        (sum: number, r: { BilledCost: number }) => sum + r.BilledCost,
        0,
      );
      expect(total).toBeCloseTo(1.85, 10);

      // CSV: the FOCUS header in order, the same rows, tags as JSON.
      const csv = await as(DANA).get(`/usage/focus?${range}`);
      expect(csv.status).toBe(200);
      const lines = (csv.text as string).trim().split(/\r?\n/);
      expect(lines[0].split(',')).toEqual(Object.keys(first));
      expect(lines).toHaveLength(4);
      expect(lines[1]).toContain('"{""litemaas/owner"":""user:default/alice""');
      expect(
        (await as(DANA).get('/usage/focus?from=2026-11-30&to=2026-11-01'))
          .status,
      ).toBe(400);
    });
  },
);
