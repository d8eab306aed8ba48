// Browser test of the key loop: with access to an open model, a developer
// creates a key, copies it, uses it, rotates it and revokes it.
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs } = require('./auth');
const { GATEWAY, chatStatus: chatWith } = require('./gateway');
const { APP } = require('./urls');

const MODEL = 'mistral-small';

/** Reads the value from the show-once dialog, copies it, and closes it. */
async function takeIssuedKey(page) {
  const dialog = page.getByRole('dialog', { name: 'Copy this key now' });
  await dialog.waitFor();
  const value = await dialog.getByLabel('API key').inputValue();
  assert.match(value, /^sk-/);
  // The snippets name the gateway of app-config.yaml (a frontend-visible
  // key the app must declare in its own plugin's schema).
  await dialog.getByText(`through the gateway at ${GATEWAY}`).waitFor();
  assert.equal(
    await dialog.getByText('The gateway URL is not configured').count(),
    0,
  );
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return value;
}

module.exports = [
  {
    name: 'alice creates a key, copies it, sees it listed, rotates and revokes it',
    async run({ page, artifacts }) {
      await page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write']);
      await signInAs(page, 'alice');

      // An open model: access is granted on request.
      await page.goto(`${APP}/litemaas/models/${MODEL}`);
      await page.getByRole('button', { name: 'Request access' }).click();
      const request = page.getByRole('dialog');
      await request.getByRole('button', { name: 'Submit request' }).click();
      await request.waitFor({ state: 'hidden' });

      await page.goto(`${APP}/litemaas/keys`);
      await page.getByRole('button', { name: 'Create key' }).click();
      const create = page.getByRole('dialog', { name: 'Create an API key' });
      await create.getByLabel('Name').fill('e2e notebook');
      await create.getByRole('checkbox', { name: new RegExp(MODEL) }).check();
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      const value = await takeIssuedKey(page);
      assert.equal(
        await page.evaluate(() => navigator.clipboard.readText()),
        value,
        'Copy puts the key on the clipboard',
      );
      assert.equal(await chatWith(value, MODEL), 200);

      const row = page.getByRole('row', { name: /e2e notebook/ });
      await row.getByText(`sk-...${value.slice(-4)}`).waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'keys-created.png'),
        fullPage: true,
      });

      await row.getByRole('button', { name: 'Rotate' }).click();
      const rotate = page.getByRole('dialog', { name: /Rotate e2e notebook/ });
      await rotate.getByRole('button', { name: 'Rotate', exact: true }).click();
      const rotated = await takeIssuedKey(page);
      assert.notEqual(rotated, value);
      assert.equal(
        await chatWith(value, MODEL),
        401,
        'the old value is refused',
      );
      assert.equal(await chatWith(rotated, MODEL), 200, 'the new value works');
      await row.getByText(`sk-...${rotated.slice(-4)}`).waitFor();

      await row.getByRole('button', { name: 'Revoke' }).click();
      const confirm = page.getByRole('dialog', { name: /Revoke e2e notebook/ });
      await confirm
        .getByRole('button', { name: 'Revoke', exact: true })
        .click();
      await confirm.waitFor({ state: 'hidden' });
      await row.waitFor({ state: 'detached' });
      assert.equal(
        await chatWith(rotated, MODEL),
        401,
        'a revoked key is refused',
      );
      await page.screenshot({
        path: path.join(artifacts, 'keys-after-revoke.png'),
        fullPage: true,
      });
    },
  },
];
