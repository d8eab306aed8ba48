/* eslint-disable no-console */
// The browser test cases. Each gets a fresh browser context.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
// Guest sign-in waits for the signed-in shell, not for the app's title: the
// title is on the sign-in page, so waiting for it raced the sign-in.
const { signInAs, signInAsGuest } = require('./auth');
const { APP, AUTH_ENV, BACKEND } = require('./urls');

/** A Backstage token for the guest, as the frontend gets one. */
async function guestToken() {
  const res = await fetch(`${BACKEND}/api/auth/guest/refresh?env=${AUTH_ENV}`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  assert.equal(res.status, 200, 'guest refresh');
  return (await res.json()).backstageIdentity.token;
}

module.exports = [
  {
    name: 'health answers with LiteLLM reachable, given a token',
    async run() {
      const unauthenticated = await fetch(`${BACKEND}/api/litemaas/health`);
      assert.equal(unauthenticated.status, 401);
      const res = await fetch(`${BACKEND}/api/litemaas/health`, {
        headers: { Authorization: `Bearer ${await guestToken()}` },
      });
      assert.equal(res.status, 200);
      const body = await res.json();
      assert.equal(body.status, 'ok');
      assert.equal(body.litellm.reachable, true);
      assert.match(body.litellm.version, /\d+\.\d+/);
    },
  },
  {
    name: 'guest sees the seeded models with prices on the Models page',
    async run({ page, artifacts, root }) {
      const seed = JSON.parse(
        fs.readFileSync(
          path.join(root, 'packages/litellm-emulator/seed/dev.json'),
          'utf8',
        ),
      );
      await signInAsGuest(page);
      await page.getByRole('link', { name: 'AI Models' }).first().click();
      await page.getByRole('heading', { name: 'AI Models' }).waitFor();
      for (const model of seed.models) {
        await page
          .getByRole('cell', { name: new RegExp(`^${model.model_name}`) })
          .first()
          .waitFor();
      }
      // Prices are shown per 1M tokens, e.g. "$0.15".
      const priced = seed.models.find(
        m =>
          m.model_info?.input_cost_per_token ??
          m.litellm_params?.input_cost_per_token,
      );
      const perToken =
        priced.model_info?.input_cost_per_token ??
        priced.litellm_params.input_cost_per_token;
      const expected = `$${(perToken * 1e6).toFixed(
        perToken * 1e6 < 0.01 ? 4 : 2,
      )}`;
      await page.getByRole('cell', { name: expected }).first().waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'models-page.png'),
        fullPage: true,
      });
    },
  },
  {
    name: 'alice signs in through the local OIDC IdP',
    async run({ page, artifacts }) {
      await signInAs(page, 'alice');
      // A full page load: the session must come back through the refresh
      // token the backend got from the IdP.
      await page.goto(`${APP}/settings`);
      await page.getByText('Alice Developer').first().waitFor();
      await page.getByText('alice@example.com').first().waitFor();
      await page.screenshot({
        path: path.join(artifacts, 'settings-alice.png'),
        fullPage: true,
      });
    },
  },
];
