import { TestDatabases } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import { MetricsEndpoint, startMetricsEndpoint } from './instrumentation';
import {
  MASTER_KEY,
  PortalBackend,
  startPortalBackend,
} from './__testUtils__/portalBackend';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const ROOT = path.resolve(__dirname, '../../..');

/** One sample of Prometheus's text format. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!match) throw new Error(`Not Prometheus text format: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(
      /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g,
    )) {
      labels[key] = value;
    }
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of a metric's samples whose labels include `labels`. */
function total(
  samples: Sample[],
  name: string,
  labels: Record<string, string> = {},
) {
  return samples
    .filter(
      s =>
        s.name === name &&
        Object.entries(labels).every(([k, v]) => s.labels[k] === v),
    )
    .reduce((sum, s) => sum + s.value, 0);
}

async function waitUntil(what: string, check: () => Promise<boolean>) {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${what}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

describe('metrics (Prometheus, through OpenTelemetry)', () => {
  let endpoint: MetricsEndpoint;
  let portal: PortalBackend;
  const scrape = async () => {
    const res = await fetch(`http://127.0.0.1:${endpoint.port}/metrics`);
    expect(res.status).toBe(200);
    return parseExposition(await res.text());
  };

  beforeAll(async () => {
    // As packages/backend/src/index.ts does: the SDK before the plugins.
    endpoint = await startMetricsEndpoint({ port: 0, host: '127.0.0.1' });
    portal = await startPortalBackend(databases, 'SQLITE_3');
  });
  afterAll(async () => {
    await portal?.close();
    await endpoint?.close();
  });

  it('counts requests, keys, sagas, LiteLLM calls and task runs after traffic', async () => {
    const alice = portal.as('owner');
    const admin = portal.as('admin');
    expect((await admin.post('/admin/sync', {})).status).toBe(200);
    expect(
      (await alice.post('/access-requests', { modelName: 'gpt-4o-mini' })).body,
    ).toMatchObject({ status: 'granted' });
    const before = await scrape();

    for (let i = 0; i < 3; i++) {
      expect((await alice.get('/models')).status).toBe(200);
    }
    expect((await alice.get('/models/no-such-model')).status).toBe(404);
    const created = await alice.post('/keys', {
      name: 'metrics',
      models: ['gpt-4o-mini'],
    });
    expect(created).toMatchObject({ status: 201 });
    const id = created.body.key.id;
    expect((await alice.post(`/keys/${id}/rotate`, {})).status).toBe(200);
    expect((await alice.post(`/keys/${id}/revoke`, {})).status).toBe(200);
    // LiteLLM refuses a create: the saga undoes its intent.
    portal.emulator.faults.inject({
      method: 'POST',
      path: '/key/generate',
      status: 400,
    });
    expect(
      (await alice.post('/keys', { name: 'refused', models: ['gpt-4o-mini'] }))
        .status,
    ).toBe(400);
    // The scheduled tasks, run now as an admin asks.
    expect((await admin.post('/admin/reconcile', {})).status).toBe(200);
    expect((await admin.post('/admin/usage/sync', {})).status).toBe(200);
    await waitUntil('a reconciliation and a usage pull', async () => {
      const [reconcile, usage] = await Promise.all([
        admin.get('/admin/reconcile'),
        admin.get('/admin/usage/sync'),
      ]);
      return reconcile.body.reportAt && usage.body.reportAt;
    });

    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) =>
      total(after, name, labels) - total(before, name, labels);

    expect(moved('litemaas_keys_total', { event: 'issued' })).toBe(1);
    expect(moved('litemaas_keys_total', { event: 'rotated' })).toBe(1);
    expect(moved('litemaas_keys_total', { event: 'revoked' })).toBe(1);
    expect(moved('litemaas_saga_failures_total', { saga: 'create' })).toBe(1);
    expect(
      moved('litemaas_saga_compensations_total', {
        saga: 'create',
        outcome: 'undone',
      }),
    ).toBe(1);

    // Requests by route template, never by path.
    expect(
      moved('litemaas_http_server_request_duration_count', {
        operation: '/models',
        method: 'GET',
        status: '200',
      }),
    ).toBe(3);
    expect(
      moved('litemaas_http_server_request_duration_count', {
        operation: '/models/:name',
        status: '404',
      }),
    ).toBe(1);
    const operations = new Set(
      after
        .filter(s => s.name.startsWith('litemaas_http_server_request'))
        .map(s => s.labels.operation),
    );
    expect([...operations].some(o => o.includes(id))).toBe(false);
    // Buckets in seconds: a fast request falls under the 0.25 s bound.
    expect(
      total(after, 'litemaas_http_server_request_duration_bucket', {
        operation: '/models',
        le: '0.25',
      }),
    ).toBeGreaterThan(0);

    expect(
      moved('litemaas_litellm_request_duration_count', {
        route: '/key/generate',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      moved('litemaas_litellm_request_duration_count', {
        route: '/key/generate',
        outcome: 'error',
      }),
    ).toBe(1);

    expect(
      moved('litemaas_task_runs_total', {
        task: 'litemaas-key-reconciler',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      moved('litemaas_task_runs_total', {
        task: 'litemaas-usage-sync',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    // The budget alerts that follow each reconciliation.
    expect(
      moved('litemaas_task_runs_total', {
        task: 'litemaas-alerts',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    // A key widened in LiteLLM behind the portal's back (every model): the
    // next reconciliation narrows it again.
    const widened = await alice.post('/keys', {
      name: 'widened-behind-our-back',
      models: ['gpt-4o-mini'],
    });
    const update = await fetch(`${portal.emulator.url}/key/update`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${MASTER_KEY}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ key: widened.body.value, models: [] }),
    });
    expect(update.status).toBe(200);
    const previous = (await admin.get('/admin/reconcile')).body.reportAt;
    await admin.post('/admin/reconcile', {});
    await waitUntil('a reconciliation', async () => {
      const status = (await admin.get('/admin/reconcile')).body;
      return status.reportAt !== previous && status.status !== 'running';
    });
    const repaired = await scrape();
    expect(
      total(repaired, 'litemaas_reconciler_actions_total', {
        action: 'resynced',
      }) -
        total(after, 'litemaas_reconciler_actions_total', {
          action: 'resynced',
        }),
    ).toBe(1);

    // Read from the database when scraped: just pulled, so a small lag.
    const lag = after.find(s => s.name === 'litemaas_usage_pull_lag');
    expect(lag?.value).toBeGreaterThanOrEqual(0);
    expect(lag?.value).toBeLessThan(60);
  });

  it('has every metric the Grafana dashboard charts', async () => {
    const dashboard = JSON.parse(
      fs.readFileSync(
        path.join(ROOT, 'deploy/monitoring/grafana-dashboard.json'),
        'utf8',
      ),
    );
    const expressions: string[] = dashboard.panels.flatMap((panel: any) =>
      (panel.targets ?? []).map((t: any) => t.expr),
    );
    expect(expressions.length).toBeGreaterThan(5);
    const exported = new Set((await scrape()).map(s => s.name));
    const charted = new Set(
      expressions.flatMap(expr => expr.match(/\blitemaas_[a-z_]+/g) ?? []),
    );
    // The Kubernetes calls' metric comes with the Kuadrant key manager,
    // which this backend does not run (its module's tests record it).
    expect(
      [...charted].filter(
        name =>
          !exported.has(name) &&
          !name.startsWith('litemaas_kubernetes_request_duration'),
      ),
    ).toEqual([]);
  });
});
