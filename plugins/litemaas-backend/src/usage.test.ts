import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { startEmulator } from '@litemaas/litellm-emulator';
import request from 'supertest';
import { litemaasPlugin } from './plugin';
import { apiClient } from './__testUtils__/http';
import { portalPolicyServices } from './testUtils/portalPolicy';

jest.setTimeout(60_000);

const MASTER_KEY = 'sk-test-master-key';
const ALICE = 'user:default/alice';
const CAROL = 'user:default/carol'; // owns granite through ml-platform
const DANA = 'user:default/dana';
const DAY_MS = 24 * 3600 * 1000;
const day = (offset: number) =>
  new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_16'] });

describe.each(databases.eachSupportedId())(
  'usage over HTTP on %p: the portal agrees with LiteLLM',
  databaseId => {
    it('totals equal the emulator’s own, to the cent and the token', async () => {
      const knex = await databases.init(databaseId);
      // The emulator's clock moves so traffic lands on three different days.
      let offset = -2;
      const emulator = await startEmulator({
        masterKey: MASTER_KEY,
        port: 0,
        now: () => new Date(Date.now() + offset * DAY_MS),
        seed: {
          models: [
            {
              model_name: 'gpt-4o-mini',
              litellm_params: {
                model: 'openai/gpt-4o-mini',
                input_cost_per_token: 1.5e-7,
                output_cost_per_token: 6e-7,
              },
              model_info: { id: 'm1' },
            },
            {
              model_name: 'granite',
              litellm_params: {
                // The deployment's name differs from the public one.
                model: 'hosted_vllm/ibm-granite/granite-3.1-2b-instruct',
                input_cost_per_token: 1e-7,
                output_cost_per_token: 3e-7,
              },
              model_info: { id: 'm2' },
            },
          ],
        },
      });
      const { server } = await startTestBackend({
        features: [
          litemaasPlugin,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              litemaas: {
                litellm: { baseUrl: emulator.url, masterKey: MASTER_KEY },
                defaultAccessPolicy: 'open',
                models: [
                  { name: 'granite', owner: 'group:default/ml-platform' },
                ],
              },
            },
          }),
          ...portalPolicyServices({
            admins: ['group:default/litemaas-admins'],
            memberships: {
              [ALICE]: ['group:default/payments'],
              [CAROL]: ['group:default/ml-platform'],
              [DANA]: ['group:default/litemaas-admins'],
            },
          }),
        ],
      });
      const as = apiClient(server);

      for (const model of ['gpt-4o-mini', 'granite']) {
        await as(ALICE).post('/access-requests', { modelName: model });
        await as(ALICE).post('/access-requests', {
          modelName: model,
          subjectRef: 'group:default/payments',
        });
      }
      const mine = await as(ALICE).post('/keys', {
        name: 'mine',
        models: ['gpt-4o-mini', 'granite'],
      });
      const team = await as(ALICE).post('/keys', {
        name: 'team',
        models: ['gpt-4o-mini', 'granite'],
        subjectRef: 'group:default/payments',
      });
      // A key made directly in LiteLLM: usage the portal cannot attribute.
      const outside = await fetch(`${emulator.url}/key/generate`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${MASTER_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ key_alias: 'script' }),
      }).then(r => r.json());

      const traffic: Array<[string, string, string]> = [];
      for (const d of [-2, -1, 0]) {
        for (const [key, model, text] of [
          [
            mine.body.value,
            'gpt-4o-mini',
            'Summarise the incident report please',
          ],
          [mine.body.value, 'granite', 'Classify this ticket'],
          [
            team.body.value,
            'granite',
            'Translate to French: good morning team',
          ],
          [outside.key, 'gpt-4o-mini', 'hello'],
        ]) {
          traffic.push([key, model, `${text} on day ${d}`]);
        }
      }
      for (const [i, [key, model, text]] of traffic.entries()) {
        offset = -2 + Math.floor(i / 4);
        const res = await fetch(`${emulator.url}/v1/chat/completions`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${key}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({
            model,
            messages: [{ role: 'user', content: text }],
          }),
        });
        expect(res.status).toBe(200);
      }

      expect((await as(ALICE).post('/admin/usage/sync')).status).toBe(403);
      const sync = await as(DANA).post('/admin/usage/sync');
      expect(sync.status).toBe(200);
      // Re-running a day replaces it: nothing is counted twice.
      await as(DANA).post('/admin/usage/sync');

      const logs = emulator.state.spendLogs;
      const sum = (items: typeof logs) => ({
        spend: items.reduce((a, l) => a + l.spend, 0),
        totalTokens: items.reduce((a, l) => a + l.total_tokens, 0),
        promptTokens: items.reduce((a, l) => a + l.prompt_tokens, 0),
        requests: items.length,
      });
      const range = `from=${day(-6)}&to=${day(0)}`;

      const all = await as(DANA).get(`/usage?scope=all&${range}&groupBy=key`);
      expect(all.status).toBe(200);
      const truth = sum(logs);
      expect(all.body.totals.spend).toBeCloseTo(truth.spend, 10);
      expect(all.body.totals.totalTokens).toBe(truth.totalTokens);
      expect(all.body.totals.promptTokens).toBe(truth.promptTokens);
      expect(all.body.totals.requests).toBe(truth.requests);
      expect(all.body.rows.map((r: any) => r.label).sort()).toEqual([
        'mine',
        'team',
        'unknown (created outside the portal)',
      ]);

      // Alice sees her key and her team's, not the outside key.
      const outsideHash = emulator.state.getKey(outside.key)?.token;
      expect(new Set(logs.map(l => l.api_key)).size).toBe(3);
      const aliceTruth = sum(logs.filter(l => l.api_key !== outsideHash));
      const aliceView = await as(ALICE).get(`/usage?${range}&groupBy=day`);
      expect(aliceView.body.totals.spend).toBeCloseTo(aliceTruth.spend, 10);
      expect(aliceView.body.totals.totalTokens).toBe(aliceTruth.totalTokens);
      expect(aliceView.body.rows.map((r: any) => r.group)).toEqual([
        day(-2),
        day(-1),
        day(0),
      ]);

      // Carol owns granite: its usage by consumer.
      const granite = await as(CAROL).get(
        `/usage?scope=model&model=granite&${range}&groupBy=subject`,
      );
      expect(granite.status).toBe(200);
      const graniteTruth = sum(logs.filter(l => l.model_group === 'granite'));
      expect(granite.body.totals.totalTokens).toBe(graniteTruth.totalTokens);
      expect(granite.body.rows.map((r: any) => r.group).sort()).toEqual([
        'group:default/payments',
        ALICE,
      ]);
      expect(
        (await as(ALICE).get(`/usage?scope=model&model=granite&${range}`))
          .status,
      ).toBe(403);
      expect((await as(ALICE).get(`/usage?scope=all&${range}`)).status).toBe(
        403,
      );
      expect(
        (await as(ALICE).get(`/usage?from=2026-13-01&to=${day(0)}`)).status,
      ).toBe(400);

      // The rows behind a view, streamed as CSV and JSON.
      const csv = await as(ALICE).get(`/usage/export?${range}&format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text.trim().split('\n');
      expect(lines[0]).toBe(
        'day,model,provider,key,keyId,owner,requests,successfulRequests,failedRequests,promptTokens,completionTokens,totalTokens,spend',
      );
      const csvTokens = lines
        .slice(1)
        .reduce((a, l) => a + Number(l.split(',')[11]), 0);
      expect(csvTokens).toBe(aliceTruth.totalTokens);
      const json = await as(DANA).get(
        `/usage/export?scope=all&${range}&format=json`,
      );
      expect(json.status).toBe(200);
      expect(
        json.body.reduce((a: number, r: any) => a + r.totalTokens, 0),
      ).toBe(truth.totalTokens);
      expect(JSON.stringify(json.body)).toContain(
        'unknown (created outside the portal)',
      );
      expect(
        (await as(ALICE).get(`/usage/export?scope=all&${range}`)).status,
      ).toBe(403);

      // A browser download carries Backstage's user cookie, not a header.
      const download = await request(server)
        .get(`/api/litemaas/usage/export?${range}&format=csv`)
        .set('Cookie', mockCredentials.limitedUser.cookie(ALICE));
      expect(download.status).toBe(200);
      expect(download.text.trim().split('\n')).toHaveLength(lines.length);
      // Top consumers: every owner's usage, from the running totals.
      const owners = await as(DANA).get(
        `/usage?scope=all&${range}&groupBy=subject`,
      );
      const ownerByHash = new Map([
        [outsideHash, 'unknown'],
        [
          emulator.state.getKey(team.body.value)?.token,
          'group:default/payments',
        ],
      ]);
      const ownerOf = (hash: string) => ownerByHash.get(hash) ?? ALICE;
      const byOwner = new Map<string, ReturnType<typeof sum>>();
      for (const owner of [ALICE, 'group:default/payments', 'unknown']) {
        byOwner.set(owner, sum(logs.filter(l => ownerOf(l.api_key) === owner)));
      }
      expect(owners.body.rows).toHaveLength(3);
      for (const row of owners.body.rows) {
        const want = byOwner.get(row.group)!;
        expect(row.spend).toBeCloseTo(want.spend, 10);
        expect(row.totalTokens).toBe(want.totalTokens);
        expect(row.requests).toBe(want.requests);
      }
      // Ranges that cut through the traffic: one day, and the last two.
      for (const [from, to] of [
        [day(-1), day(-1)],
        [day(-1), day(0)],
      ]) {
        const rows = (
          await as(DANA).get(
            `/usage?scope=all&from=${from}&to=${to}&groupBy=subject`,
          )
        ).body.rows;
        const days = to === from ? 1 : 2;
        // Each owner's traffic is the same every day.
        for (const row of rows) {
          expect(row.totalTokens).toBeGreaterThan(0);
          expect(row.requests).toBe(
            (byOwner.get(row.group)!.requests / 3) * days,
          );
        }
      }

      // Keys made outside the portal, on their own.
      const outsideView = await as(DANA).get(
        `/usage?scope=all&${range}&groupBy=key&outsidePortal=true`,
      );
      expect(outsideView.status).toBe(200);
      expect(outsideView.body.totals.totalTokens).toBe(
        byOwner.get('unknown')!.totalTokens,
      );
      expect(outsideView.body.rows.map((r: any) => r.label)).toEqual([
        'unknown (created outside the portal)',
      ]);

      await emulator.close();
    });
  },
);
