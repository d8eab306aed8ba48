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

    beforeEach(async () => {
      const catalog = catalogServiceMock({ entities: CATALOG });
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
