// Sign-in helpers for the browser tests: Guest, or an example user through
// the dev OIDC IdP (packages/dev-idp) the way a person does it, popup and all.
const { APP, AUTH_ENV, BACKEND } = require('./urls');
const APP_URL = `${APP}/`;
const IDP_URL = 'http://localhost:4001';

/** Resolves when the app shows its signed-in shell (the sidebar). */
async function waitForShell(page) {
  // The <nav> itself has no box of its own (its drawer is fixed-positioned),
  // so wait for it in the DOM rather than for it to be "visible".
  await page
    .locator('nav[aria-label="sidebar nav"]')
    .waitFor({ state: 'attached' });
}

/** Waits for the dev IdP, which e2e/run.js does not wait for. */
async function waitForIdp(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${IDP_URL}/.well-known/openid-configuration`, {
        signal: AbortSignal.timeout(2000),
      });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      throw new Error(`The dev IdP at ${IDP_URL} did not come up`);
    }
    await new Promise(r => setTimeout(r, 500));
  }
}

/**
 * Signs in as an example user (a name from examples/org.yaml, e.g. 'alice')
 * through "Example Corp SSO": the app opens the backend's OIDC flow in a
 * popup, the user is picked on the IdP's page, the popup closes itself.
 */
async function signInAs(page, username) {
  await waitForIdp();
  // A test may switch people: without the session cookie the app asks again.
  await page.context().clearCookies();
  await page.goto(APP_URL);
  const popupOpened = page.waitForEvent('popup');
  popupOpened.catch(() => {});
  // The SSO card's button; Guest's button reads "Enter".
  await page
    .getByRole('button', { name: /^sign in$/i })
    .first()
    .click();
  const popup = await popupOpened;
  const popupClosed = popup.waitForEvent('close', { timeout: 60_000 });
  // Awaited below; if the click fails first, its rejection must not go
  // unhandled (that ends the whole run instead of failing one test).
  popupClosed.catch(() => {});
  await popup
    .locator(`button[name="username"][value="${username}"]`)
    .click({ timeout: 30_000 });
  await popupClosed;
  await waitForShell(page);
}

/** Signs in with the Guest provider. */
async function signInAsGuest(page) {
  await page.goto(APP_URL);
  await page.getByRole('button', { name: 'Enter' }).click();
  await waitForShell(page);
}

/** The signed-in person's Backstage token, as the app gets it. */
async function tokenOf(page) {
  const res = await page.request.get(
    `${BACKEND}/api/auth/oidc/refresh?env=${AUTH_ENV}`,
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  if (res.status() !== 200) {
    throw new Error(`oidc refresh answered ${res.status()}`);
  }
  return (await res.json()).backstageIdentity.token;
}

module.exports = {
  signInAs,
  signInAsGuest,
  waitForShell,
  waitForIdp,
  tokenOf,
};
