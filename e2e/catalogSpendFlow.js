// Browser test of spend by catalog: dana ties a key to one of the catalog's
// Components (the backend plugin's, in the litemaas System) in the create-key
// dialog, calls a model with it, pulls usage from LiteLLM, finds the spend on
// the Usage page by Component, by System and by Domain, and on the
// Component's own page in its "AI model spend" card.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs, tokenOf } = require('./auth');
const { APP, BACKEND } = require('./urls');

const GATEWAY = 'http://localhost:4000';
const MODEL = 'gpt-4o-mini'; // open: access is granted on request
const COMPONENT = 'backstage-plugin-litemaas-backend'; // in System litemaas

/** The page does not scroll sideways at its width. */
async function noSidewaysScroll(page, what) {
  const extra = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  assert.ok(extra <= 0, `${what} scrolls ${extra} px sideways`);
}

module.exports = [
  {
    name: 'dana ties a key to a catalog Component and finds its spend by Component, System and Domain',
    async run({ page, artifacts }) {
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write']);
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
      // Tied in the create-key dialog, from the catalog's Components.
      const name = `spend ${Date.now()}`;
      await page.goto(`${APP}/litemaas/keys`);
      await page.getByRole('button', { name: 'Create key' }).click();
      const create = page.getByRole('dialog', { name: 'Create an API key' });
      await create.getByLabel('Name').fill(name);
      await create.getByRole('checkbox', { name: new RegExp(MODEL) }).check();
      const field = create.getByRole('textbox', { name: 'Component' });
      await field.click();
      await field.fill(COMPONENT);
      await page
        .getByRole('option', { name: new RegExp(`\\(${COMPONENT}\\)`) })
        .click();
      assert.match(await field.inputValue(), new RegExp(COMPONENT));
      await create.screenshot({
        path: path.join(artifacts, 'catalog-spend-create-key-1280.png'),
      });
      await noSidewaysScroll(page, 'the create-key dialog');
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      const issued = page.getByRole('dialog', { name: 'Copy this key now' });
      await issued.waitFor();
      const value = await issued.getByLabel('API key').inputValue();
      await issued.getByRole('button', { name: 'Copy', exact: true }).click();
      await issued.getByRole('button', { name: 'Done' }).click();
      await issued.waitFor({ state: 'hidden' });
      // The keys table names the key's Component.
      await page
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('link', { name: COMPONENT })
        .waitFor();
      const keys = await fetch(`${BACKEND}/api/litemaas/keys`, {
        headers: { Authorization: `Bearer ${token}` },
      }).then(r => r.json());
      const key = keys.items.find(k => k.name === name);
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

      // The Component's page: its spend card, by model.
      await page.goto(`${APP}/catalog/default/component/${COMPONENT}`);
      const card = page
        .locator('article, .MuiCard-root')
        .filter({
          has: page.getByRole('heading', { name: 'AI model spend' }),
        })
        .first();
      await card.waitFor({ timeout: 30_000 });
      const byModel = card.getByRole('table', { name: 'By model' });
      await byModel.getByRole('cell', { name: MODEL, exact: true }).waitFor();
      const summary = await card
        .getByTestId('catalog-spend-summary')
        .innerText();
      assert.match(summary, /\$\d/, summary);
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({
        path: path.join(artifacts, 'catalog-spend-entity-card-1280.png'),
      });
      await noSidewaysScroll(page, 'the Component page');
      const cardBox = await card.boundingBox();
      const inner = await card.evaluate(el => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      assert.ok(
        inner.scroll <= inner.client + 1,
        `the card overflows by ${inner.scroll - inner.client} px`,
      );
      assert.ok(cardBox.x + cardBox.width <= 1280, 'the card fits the window');
    },
  },
];
