// Browser test of spend by catalog: dana ties a key to one of the catalog's
// Components (the backend plugin's, in the litemaas System), calls a model
// with it, pulls usage from LiteLLM, and finds the spend on the Usage page
// by Component, by System and by Domain.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs, tokenOf } = require('./auth');

const APP = 'http://localhost:3000';
const BACKEND = 'http://localhost:7007';
const GATEWAY = 'http://localhost:4000';
const MODEL = 'gpt-4o-mini'; // open: access is granted on request
const COMPONENT = 'backstage-plugin-litemaas-backend'; // in System litemaas

module.exports = [
  {
    name: 'dana ties a key to a catalog Component and finds its spend by Component, System and Domain',
    async run({ page, artifacts }) {
      await signInAs(page, 'dana');
      await page.setViewportSize({ width: 1280, height: 900 });
      const token = await tokenOf(page);
      const api = (route, body) =>
        fetch(`${BACKEND}/api/litemaas${route}`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify(body),
        });
      // Granted on request, unless an earlier test did (asking again would
      // leave a refused request in the audit trail the layout check reads).
      const mine = await fetch(
        `${BACKEND}/api/litemaas/access-requests?status=granted`,
        { headers: { Authorization: `Bearer ${token}` } },
      ).then(r => r.json());
      if (!mine.items.some(r => r.modelName === MODEL)) {
        await api('/access-requests', { modelName: MODEL });
      }
      const created = await api('/keys', {
        name: `spend ${Date.now()}`,
        models: [MODEL],
        componentRef: `component:default/${COMPONENT}`,
      });
      assert.equal(created.status, 201, await created.clone().text());
      const { key, value } = await created.json();
      assert.equal(key.componentRef, `component:default/${COMPONENT}`);
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${GATEWAY}/v1/chat/completions`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${value}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({
            model: MODEL,
            messages: [{ role: 'user', content: `Summarise release ${i}` }],
          }),
        });
        assert.equal(res.status, 200);
      }

      await page.goto(`${APP}/litemaas/usage`);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page
        .getByText(/Usage synced from LiteLLM/)
        .first()
        .waitFor({ timeout: 30_000 });
      const byComponent = page.getByRole('table', {
        name: 'Spend by Component',
      });
      await byComponent.getByRole('link', { name: COMPONENT }).waitFor();
      // The Component's System, under it.
      await byComponent
        .getByRole('link', { name: 'litemaas' })
        .first()
        .waitFor();
      await page
        .getByText('Spend by catalog', { exact: true })
        .scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(artifacts, 'catalog-spend-1280.png'),
      });

      await page.getByRole('button', { name: 'System', exact: true }).click();
      await page
        .getByRole('table', { name: 'Spend by System' })
        .getByRole('link', { name: 'litemaas' })
        .waitFor();
      await page.getByRole('button', { name: 'Domain', exact: true }).click();
      await page
        .getByRole('table', { name: 'Spend by Domain' })
        .getByText('No Domain')
        .waitFor();
      // Admins download the FOCUS dataset of the range.
      assert.equal(
        await page.getByRole('button', { name: /FOCUS CSV/i }).count(),
        1,
      );
    },
  },
];
