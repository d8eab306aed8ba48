// Browser tests of governance: an admin adopts a key made outside the portal
// (Keys admin → Reconciliation), and a model owner narrows a grant (Review →
// Current grants).
const assert = require('node:assert/strict');
const path = require('node:path');
const { signInAs } = require('./auth');
const { APP, AUTH_ENV, BACKEND } = require('./urls');

const GATEWAY = 'http://localhost:4000';
const MASTER_KEY = 'sk-litemaas-dev-master-key';
const OWNED_MODEL = 'granite-3.1-2b-instruct';

/** Screenshots at the two widths people use. */
async function shoot(page, artifacts, name) {
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: path.join(artifacts, `${name}-${width}.png`),
      fullPage: true,
    });
  }
}

/** The guest's Backstage token, as the app gets it. */
async function guestToken() {
  const res = await fetch(`${BACKEND}/api/auth/guest/refresh?env=${AUTH_ENV}`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  return (await res.json()).backstageIdentity.token;
}

module.exports = [
  {
    name: 'an admin adopts a key made outside the portal for a developer, who then sees it',
    async run({ page, artifacts }) {
      const alias = `ansible-ci-${Date.now()}`;
      const made = await fetch(`${GATEWAY}/key/generate`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${MASTER_KEY}`,
          'Content-Type': 'application/json',
        },
        // A bare name: a suggestion for the admin, never adopted alone.
        body: JSON.stringify({
          user_id: 'alice',
          key_alias: alias,
          models: ['gpt-4o-mini'],
        }),
      });
      assert.equal(made.status, 200);

      await signInAs(page, 'dana');
      await page.goto(`${APP}/litemaas/admin/keys?section=reconcile`);
      await page.getByRole('button', { name: 'Reconcile now' }).click();
      const table = page.getByRole('table', { name: 'Unmanaged keys' });
      await table.getByText(alias).waitFor({ timeout: 60_000 });
      await shoot(page, artifacts, 'reconciliation');

      await page.getByRole('button', { name: `Adopt ${alias}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Adopt key' });
      // The suggestion is filled in, for the admin to check.
      await dialog.getByText('Suggested from the key’s user').waitFor();
      await dialog
        .locator('input[value*="alice"]')
        .waitFor({ state: 'attached' });
      await dialog.getByRole('button', { name: 'Adopt' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByText(/now belongs to user:default\/alice/).waitFor();
      await table.getByText(alias).waitFor({ state: 'detached' });

      await signInAs(page, 'alice');
      await page.goto(`${APP}/litemaas/keys`);
      await page.getByRole('row', { name: new RegExp(alias) }).waitFor();
      await shoot(page, artifacts, 'keys-adopted');
    },
  },
  {
    name: "a model owner approves a request, then narrows the grant's limits",
    async run({ page, artifacts }) {
      // The guest (in payments) asks for carol's model through the API.
      const token = await guestToken();
      const asked = await fetch(`${BACKEND}/api/litemaas/access-requests`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          modelName: OWNED_MODEL,
          justification: 'Ticket triage',
          limits: { tpm: 8000 },
        }),
      });
      // A re-run finds the request already there.
      assert.ok([201, 409].includes(asked.status), String(asked.status));

      await signInAs(page, 'carol');
      await page.goto(`${APP}/litemaas/review`);
      const request = page.getByRole('checkbox', {
        name: new RegExp(`guest.*${OWNED_MODEL}|${OWNED_MODEL}.*guest`, 'i'),
      });
      // The queue loads first; a re-run finds the request already granted.
      await page
        .getByText(/Waiting for review|No requests waiting for you/)
        .first()
        .waitFor();
      if (await request.count()) {
        await request.check();
        await page
          .getByRole('button', { name: 'Approve', exact: true })
          .first()
          .click();
        const approve = page.getByRole('dialog');
        await approve.getByRole('button', { name: 'Approve' }).click();
        await approve.waitFor({ state: 'hidden' });
      }
      const grants = page.getByRole('table', { name: 'Current grants' });
      await grants.getByText('guest').first().waitFor({ timeout: 30_000 });
      await page
        .getByRole('button', {
          name: `Change limits of ${OWNED_MODEL} for user:default/guest`,
        })
        .click();
      const dialog = page.getByRole('dialog');
      const tpm = dialog.getByLabel('Tokens per minute (TPM)');
      await tpm.fill('500');
      await dialog.getByLabel('Why (optional)').fill('Capacity is short');
      await shoot(page, artifacts, 'grant-limits-dialog');
      await dialog.getByRole('button', { name: 'Save limits' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await grants
        .getByText(/500 TPM/)
        .first()
        .waitFor();
      await shoot(page, artifacts, 'review-current-grants');
    },
  },
];
