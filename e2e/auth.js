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

/** Each person's session cookies, from their first sign-in of the run. */
const sessions = new Map();
/** Where Backstage's sign-in page remembers the provider last used. */
const PROVIDER_KEY = '@backstage/core:SignInPage:provider';

/**
 * Signs in as an example user (a name from examples/org.yaml, e.g. 'alice')
 * through "Example Corp SSO": the app opens the backend's OIDC flow in a
 * popup, the user is picked on the IdP's page, the popup closes itself.
 * Once a person has signed in, later sign-ins of theirs in the run reuse
 * their session cookies, as a returning browser does: the app signs them
 * in from the backend's refresh cookie without the popup (and falls back to
 * it when that session is gone).
 */
async function signInAs(page, username) {
  await waitForIdp();
  const context = page.context();
  // A test may switch people: without the session cookie the app asks again.
  await context.clearCookies();
  const saved = sessions.get(username);
  if (saved) {
    await context.addCookies(saved);
    await page.goto(APP_URL);
    const remembered = await page.evaluate(
      key => window.localStorage.getItem(key),
      PROVIDER_KEY,
    );
    if (remembered !== 'oidc-auth-provider') {
      await page.evaluate(
        key => window.localStorage.setItem(key, 'oidc-auth-provider'),
        PROVIDER_KEY,
      );
      await page.reload();
    }
    const signedIn = await Promise.race([
      waitForShell(page).then(() => true),
      page
        .getByRole('button', { name: /^sign in$/i })
        .first()
        .waitFor()
        .then(() => false),
    ]).catch(() => false);
    if (signedIn && (await signedInAs(page)) === username) return;
    await context.clearCookies();
  }
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
  sessions.set(username, await context.cookies());
}

/** The user name the backend's OIDC session belongs to, if any. */
async function signedInAs(page) {
  const res = await page.request.get(
    `${BACKEND}/api/auth/oidc/refresh?env=${AUTH_ENV}`,
    { headers: { 'X-Requested-With': 'XMLHttpRequest' } },
  );
  if (res.status() !== 200) return undefined;
  const ref = (await res.json()).backstageIdentity?.identity?.userEntityRef;
  return ref?.split('/').pop();
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
