// Browser test of usage: after traffic on a key (the key loop's calls, made
// here again so the test stands alone), an admin pulls usage from LiteLLM
// and sees it on the Usage page and on the model's usage card.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs } = require('./auth');
const { APP } = require('./urls');

const GATEWAY = 'http://localhost:4000';
const MASTER_KEY = 'sk-litemaas-dev-master-key';
const MODEL = 'text-embedding-3-small';

/** Calls a model through a key made in LiteLLM directly, not the portal. */
async function trafficOutsidePortal(model, calls, { path: route, body }) {
  const call = (url, key, payload) =>
    fetch(`${GATEWAY}${url}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${key}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(payload),
    });
  const generated = await call('/key/generate', MASTER_KEY, {
    key_alias: `e2e-usage-${model}-${Date.now()}`,
    models: [model],
  }).then(r => r.json());
  for (let i = 0; i < calls; i++) {
    const res = await call(route, generated.key, { model, ...body(i) });
    assert.equal(res.status, 200);
  }
}

const usageTests = [
  {
    name: 'an admin sees usage with data on the Usage page and the model usage card',
    async run({ page, artifacts }) {
      // Traffic from a key made outside the portal: it shows as such.
      await trafficOutsidePortal(MODEL, 3, {
        path: '/v1/embeddings',
        body: i => ({ input: `quarterly report ${i}` }),
      });

      await signInAs(page, 'dana');
      await page.goto(`${APP}/litemaas/usage`);
      await page.getByRole('button', { name: 'Sync now' }).click();
      // The sync runs as the scheduled task; the page waits for it.
      await page
        .getByText(/Usage synced from LiteLLM/)
        .first()
        .waitFor({ timeout: 30_000 });
      // Admins open on everyone's usage.
      await page
        .getByRole('button', { name: 'Everyone', pressed: true })
        .waitFor();
      const byModel = page.getByRole('table', { name: /By model/i });
      await byModel.getByText(MODEL).first().waitFor();
      await page
        .getByText(/created outside the portal/i)
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'usage-everyone.png'),
        fullPage: true,
      });

      // Admins review every model, so the model page shows its usage card.
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      await page.getByText('By consumer').first().waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'model-usage-card.png'),
        fullPage: true,
      });
    },
  },
];

const OWNED_MODEL = 'granite-3.1-2b-instruct';
// The example model server linked to granite (see catalogFlow.js).
const ENTITY = '/catalog/default/component/example-llm-ibm-granite-2b-gpu';

usageTests.push(
  {
    name: "a model owner sees the model's usage tab on its catalog page and downloads it",
    async run({ page, artifacts }) {
      await trafficOutsidePortal(OWNED_MODEL, 2, {
        path: '/v1/chat/completions',
        body: i => ({
          messages: [{ role: 'user', content: `Classify ticket ${i}` }],
        }),
      });
      await signInAs(page, 'dana');
      await page.goto(`${APP}/litemaas/usage`);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page
        .getByText(/Usage synced from LiteLLM/)
        .first()
        .waitFor({ timeout: 30_000 });

      // Carol owns granite through ml-platform.
      await signInAs(page, 'carol');
      await page.goto(`${APP}${ENTITY}`);
      await page.getByText('View usage').first().waitFor({ timeout: 30_000 });
      await page.getByText('View usage').first().click();
      await page.waitForURL(/\/usage/);
      const consumers = page.getByRole('table', { name: /By consumer/i });
      await consumers
        .getByText(/created outside the portal|unknown/i)
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'entity-usage-tab.png'),
        fullPage: true,
      });

      // The export streams from the backend, authenticated by cookie.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV' }).click(),
      ]);
      const file = await download.path();
      const text = require('node:fs').readFileSync(file, 'utf8');
      const [header, ...rows] = text.trim().split('\n');
      assert.match(header, /^day,model,provider,key,keyId,owner,requests/);
      assert.ok(rows.length >= 1, 'the export has rows');
      assert.ok(rows.every(r => r.split(',')[1] === OWNED_MODEL));
    },
  },
  {
    name: 'team members see their team budget; admins set team budgets',
    async run({ page, artifacts }) {
      // The dev seed gives payments a 25 USD budget, mostly spent.
      await signInAs(page, 'alice');
      await page.goto(`${APP}/litemaas/usage`);
      const teams = page.getByRole('region', { name: 'Team budgets' });
      await teams.getByText('payments').first().waitFor();
      await teams
        .getByText(/\$21\.40/)
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'usage-team-budgets.png'),
        fullPage: true,
      });

      await signInAs(page, 'dana');
      await page.goto(`${APP}/litemaas/admin/keys`);
      await page.getByRole('tab', { name: 'Team budgets' }).click();
      await page.getByRole('button', { name: 'Set team budget' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Team').click();
      await page.getByRole('option', { name: /ml-platform/i }).click();
      await dialog.getByLabel('Max budget (USD)').fill('50');
      await dialog.getByLabel('Budget period').fill('30d');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const table = page.getByRole('table', { name: 'Team budgets' });
      await table
        .getByText(/ml-platform/i)
        .first()
        .waitFor();
      await table
        .getByText(/^\$50(\.00)?$/)
        .first()
        .waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'admin-team-budgets.png'),
        fullPage: true,
      });
    },
  },
);

module.exports = usageTests;
// For the other usage flows.
module.exports.trafficOutsidePortal = trafficOutsidePortal;
