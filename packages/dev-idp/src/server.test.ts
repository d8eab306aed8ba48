import {
  createHash,
  createPublicKey,
  randomBytes,
  verify,
  type JsonWebKey,
} from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEV_CLIENT_ID,
  DEV_CLIENT_SECRET,
  startDevIdp,
  type DevIdp,
} from './server';

const REDIRECT_URI = 'http://localhost:7007/api/auth/oidc/handler/frame';

const ORG = `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: payments
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: alice
spec:
  profile:
    displayName: Alice Developer
    email: alice@example.com
  memberOf: [payments]
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: guest
spec:
  profile:
    displayName: Guest
  memberOf: [guests]
`;

/** fetch without following redirects, carrying cookies like a browser. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set(
        'cookie',
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
    }
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some(a => /expires=.*1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  /** Follows redirects on the IdP until one leaves for the client. */
  async followToClient(res: Response, base: string): Promise<URL> {
    let current = res;
    for (let hops = 0; hops < 10; hops++) {
      const location = current.headers.get('location');
      if (current.status < 300 || current.status >= 400 || !location) {
        throw new Error(
          `Expected a redirect, got ${current.status}: ${await current.text()}`,
        );
      }
      const next = new URL(location, base);
      if (next.href.startsWith(REDIRECT_URI)) return next;
      current = await this.fetch(next);
    }
    throw new Error('Too many redirects');
  }
}

function base64url(data: Buffer): string {
  return data.toString('base64url');
}

function decodeJwt(token: string) {
  const [header, payload, signature] = token.split('.');
  return {
    header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')),
    payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
}

describe('dev-idp', () => {
  let dir: string;
  let idp: DevIdp;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'dev-idp-'));
    const orgFile = path.join(dir, 'org.yaml');
    await writeFile(orgFile, ORG);
    idp = await startDevIdp({ port: 0, orgFile });
  });

  afterAll(async () => {
    await idp?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function discovery() {
    const res = await fetch(`${idp.url}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    return res.json();
  }

  /** Starts an authorization request and returns the login page. */
  async function openLoginPage(browser: Browser, extra = {}) {
    const meta = await discovery();
    const verifier = base64url(randomBytes(32));
    const authorize = new URL(meta.authorization_endpoint);
    const params = {
      client_id: DEV_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile email',
      state: base64url(randomBytes(8)),
      nonce: base64url(randomBytes(8)),
      code_challenge: base64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
      ...extra,
    };
    for (const [key, value] of Object.entries(params)) {
      authorize.searchParams.set(key, value);
    }
    const start = await browser.fetch(authorize);
    expect(start.status).toBe(303);
    const pageUrl = new URL(start.headers.get('location')!, idp.url);
    expect(pageUrl.pathname).toMatch(/^\/interaction\//);
    const page = await browser.fetch(pageUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)![1];
    return { meta, params, verifier, html, pageUrl, action };
  }

  it('serves a discovery document', async () => {
    const meta = await discovery();
    expect(meta.issuer).toBe(idp.url);
    expect(meta.authorization_endpoint).toBe(`${idp.url}/auth`);
    expect(meta.token_endpoint).toBe(`${idp.url}/token`);
    expect(meta.userinfo_endpoint).toBe(`${idp.url}/me`);
    expect(meta.jwks_uri).toBe(`${idp.url}/jwks`);
    expect(meta.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'profile', 'email', 'groups']),
    );
    expect(meta.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'email', 'name', 'groups']),
    );
    expect(meta.code_challenge_methods_supported).toContain('S256');
  });

  it('signs alice in through the authorization code flow', async () => {
    const browser = new Browser();
    const { meta, params, verifier, html, action } = await openLoginPage(
      browser,
    );
    // The page lists the users with an email, and says it is for dev only.
    expect(html).toContain('Alice Developer');
    expect(html).toContain(' — alice@example.com — payments');
    expect(html).not.toContain('value="guest"');
    expect(html).toMatch(/no passwords/i);

    const picked = await browser.fetch(new URL(action, idp.url), {
      method: 'POST',
      body: new URLSearchParams({ username: 'alice' }),
    });
    const callback = await browser.followToClient(picked, idp.url);
    expect(callback.searchParams.get('state')).toBe(params.state);
    expect(callback.searchParams.get('iss')).toBe(idp.url);
    const code = callback.searchParams.get('code');
    expect(code).toBeTruthy();

    const basic = Buffer.from(`${DEV_CLIENT_ID}:${DEV_CLIENT_SECRET}`).toString(
      'base64',
    );
    const tokenRes = await fetch(meta.token_endpoint, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}` },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: code!,
        redirect_uri: REDIRECT_URI,
        code_verifier: verifier,
      }),
    });
    expect(tokenRes.status).toBe(200);
    const tokens = await tokenRes.json();
    expect(tokens.token_type).toBe('Bearer');
    // Backstage keeps the session alive with it.
    expect(tokens.refresh_token).toBeTruthy();

    const idToken = decodeJwt(tokens.id_token);
    expect(idToken.header.alg).toBe('RS256');
    const jwks = await (await fetch(meta.jwks_uri)).json();
    const key = jwks.keys.find(
      (k: JsonWebKey & { kid: string }) => k.kid === idToken.header.kid,
    );
    expect(
      verify(
        'sha256',
        Buffer.from(idToken.signingInput),
        createPublicKey({ key, format: 'jwk' }),
        idToken.signature,
      ),
    ).toBe(true);
    expect(idToken.payload).toMatchObject({
      iss: idp.url,
      aud: DEV_CLIENT_ID,
      sub: 'alice',
      nonce: params.nonce,
      name: 'Alice Developer',
      email: 'alice@example.com',
      email_verified: true,
      groups: ['payments'],
    });

    // The backend's OIDC module reads the profile from userinfo.
    const userinfo = await fetch(meta.userinfo_endpoint, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toMatchObject({
      sub: 'alice',
      email: 'alice@example.com',
      groups: ['payments'],
    });

    const refreshed = await fetch(meta.token_endpoint, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}` },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
      }),
    });
    expect(refreshed.status).toBe(200);
    expect((await refreshed.json()).access_token).toBeTruthy();
  });

  it('accepts a typed email address', async () => {
    const browser = new Browser();
    const { action } = await openLoginPage(browser);
    const picked = await browser.fetch(new URL(action, idp.url), {
      method: 'POST',
      body: new URLSearchParams({ username: ' Alice@Example.com ' }),
    });
    const callback = await browser.followToClient(picked, idp.url);
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('refuses an unknown user and a user without an email', async () => {
    const browser = new Browser();
    const { action } = await openLoginPage(browser);
    for (const username of ['mallory', 'guest']) {
      const res = await browser.fetch(new URL(action, idp.url), {
        method: 'POST',
        body: new URLSearchParams({ username }),
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      const html = await res.text();
      expect(html).toContain(
        `There is no example user &quot;${username}&quot;`,
      );
      // The picker is still there, to try again.
      expect(html).toContain('Alice Developer');
    }
  });

  it('ends the flow with access_denied on cancel', async () => {
    const browser = new Browser();
    const { pageUrl, params } = await openLoginPage(browser);
    const cancel = await browser.fetch(
      new URL(`${pageUrl.pathname}/abort`, idp.url),
    );
    const callback = await browser.followToClient(cancel, idp.url);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(params.state);
  });

  it('refuses an unregistered redirect URI', async () => {
    const res = await fetch(
      `${idp.url}/auth?${new URLSearchParams({
        client_id: DEV_CLIENT_ID,
        redirect_uri: 'http://evil.example/cb',
        response_type: 'code',
        scope: 'openid',
      })}`,
      { redirect: 'manual' },
    );
    expect(res.status).toBe(400);
  });
});
