// Browser test of the audit trail: an admin's key change shows up on the
// Audit page with who did it, its details open, and the trail downloads as
// CSV; a developer who owns no model has no Audit tab.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { signInAs } = require('./auth');
const { APP } = require('./urls');

module.exports = [
  {
    name: 'dana finds her key change in the audit trail, opens it and exports the trail as CSV; bob has no Audit tab',
    async run({ page, browser, artifacts }) {
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write']);
      await signInAs(page, 'dana');
      await page.setViewportSize({ width: 1280, height: 900 });

      // A key of her own, made and revoked in the UI.
      const name = `audit check ${Date.now()}`;
      await page.goto(`${APP}/litemaas/models/gpt-4o-mini`);
      await page
        .getByRole('heading', { name: 'gpt-4o-mini' })
        .first()
        .waitFor();
      await page.waitForTimeout(1000);
      const request = page.getByRole('button', { name: 'Request access' });
      if (await request.count()) {
        await request.first().click();
        const dialog = page.getByRole('dialog');
        await dialog.getByRole('button', { name: 'Submit request' }).click();
        await dialog.waitFor({ state: 'hidden' });
      }
      await page.goto(`${APP}/litemaas/keys`);
      await page.getByRole('button', { name: 'Create key' }).click();
      const create = page.getByRole('dialog', { name: 'Create an API key' });
      await create.getByLabel('Name').fill(name);
      await create.getByRole('checkbox', { name: /gpt-4o-mini/ }).check();
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      const issued = page.getByRole('dialog', { name: 'Copy this key now' });
      await issued.waitFor();
      await issued.getByRole('button', { name: 'Copy', exact: true }).click();
      await issued.getByRole('button', { name: 'Done' }).click();
      await issued.waitFor({ state: 'hidden' });

      // The Audit tab: the creation is there, by dana, found by the name.
      await page.getByRole('tab', { name: 'Audit' }).click();
      await page.getByRole('table').first().waitFor();
      await page.getByLabel('Search').fill(name);
      // The search goes to the server once typing stops: one event is hers.
      await page.getByText('Audit trail (1)').waitFor({ timeout: 30_000 });
      const row = page
        .getByRole('row')
        .filter({ hasText: 'Created a key' })
        .first();
      await row.waitFor({ timeout: 30_000 });
      assert.match(await row.innerText(), /dana/);
      assert.match(await row.innerText(), /Succeeded/);
      assert.equal(
        await page
          .getByRole('row')
          .filter({ hasText: 'Created a key' })
          .count(),
        1,
        'one event matches the key name',
      );
      await row.getByRole('button', { name: /Show details/ }).click();
      const details = page.getByText(name, { exact: false }).last();
      await details.waitFor();
      // The panel opens with an animation.
      await page.waitForTimeout(800);
      await page.screenshot({
        path: path.join(artifacts, 'audit-1280.png'),
        fullPage: true,
      });

      // The export downloads what the page shows, as CSV.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const file = await (await download).path();
      const csv = fs.readFileSync(file, 'utf8').trim().split('\n');
      assert.equal(
        csv[0],
        'id,at,action,outcome,actorRef,subjectRef,modelName,target,reason,before,after,details,error',
      );
      assert.equal(csv.length, 2, `one event in the export: ${csv.join('\n')}`);
      assert.match(csv[1], /key-create,succeeded,user:default\/dana/);
      assert.ok(csv[1].includes(name), 'the key name is in the export');
      // Never a key value.
      assert.doesNotMatch(csv.join('\n'), /sk-[A-Za-z0-9_-]{12,}/);

      // A developer who owns no model sees no Audit tab.
      const other = await browser.newContext();
      const bob = await other.newPage();
      await signInAs(bob, 'bob');
      await bob.goto(`${APP}/litemaas`);
      await bob.getByRole('tab', { name: 'API keys' }).waitFor();
      assert.equal(await bob.getByRole('tab', { name: 'Audit' }).count(), 0);
      await other.close();
    },
  },
];
