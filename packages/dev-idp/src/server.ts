import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';
import { escapeHtml, renderLoginPage } from './loginPage';
import { createMemoryAdapterFactory } from './memoryAdapter';
import { loadUsers, type DevUser } from './users';

/** The one client: the local portal's backend. */
export const DEV_CLIENT_ID = 'backstage-dev';
export const DEV_CLIENT_SECRET = 'backstage-dev-secret';
export const DEV_REDIRECT_URI =
  'http://localhost:7007/api/auth/oidc/handler/frame';

export interface DevIdpOptions {
  /** Port to listen on; 0 picks a free one. Default 4001. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1: this IdP must stay local. */
  host?: string;
  /** The issuer URL clients see. Default http://localhost:<port>. */
  issuer?: string;
  /** Catalog file with the User entities. Default examples/org.yaml. */
  orgFile?: string;
  /** Redirect URIs of the backstage-dev client. Default: the local backend's. */
  redirectUris?: string[];
}

export interface DevIdp {
  /** The issuer URL, e.g. http://localhost:4001. */
  url: string;
  users: DevUser[];
  close(): Promise<void>;
}

function findUser(users: DevUser[], typed: string): DevUser | undefined {
  const wanted = typed.trim().toLowerCase();
  // A tester may type the username or the email address.
  return users.find(
    u => u.sub.toLowerCase() === wanted || u.email.toLowerCase() === wanted,
  );
}

function createProvider(
  issuer: string,
  users: DevUser[],
  redirectUris: string[],
): Provider {
  // A fresh key per start: tokens from an earlier run are useless anyway,
  // since the provider keeps everything in memory.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: randomBytes(8).toString('hex'),
    alg: 'RS256',
    use: 'sig',
  };

  const configuration: Configuration = {
    clients: [
      {
        client_id: DEV_CLIENT_ID,
        client_secret: DEV_CLIENT_SECRET,
        client_name: 'LiteMaaS Portal (local)',
        redirect_uris: redirectUris,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: {
      openid: ['sub'],
      // groups rides along with profile, as Keycloak's default mappers do,
      // and has its own scope for clients that ask for it by name.
      profile: ['name', 'preferred_username', 'groups'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    // Put the scope claims into the ID token too, so a client sees who
    // signed in without calling userinfo.
    conformIdTokenClaims: false,
    findAccount(_ctx, sub) {
      const user = users.find(u => u.sub === sub);
      if (!user) return undefined;
      return {
        accountId: user.sub,
        claims: () => ({
          sub: user.sub,
          name: user.name,
          preferred_username: user.sub,
          email: user.email,
          // Backstage ignores unverified emails; these come from the catalog.
          email_verified: true,
          groups: user.groups,
        }),
      };
    },
    features: { devInteractions: { enabled: false } },
    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    // Backstage keeps the session alive with the refresh token, but it does
    // not ask for offline_access, which the default policy wants.
    issueRefreshToken: (_ctx, client) =>
      client.grantTypeAllowed('refresh_token'),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    adapter: createMemoryAdapterFactory(),
    // Explicit lifetimes (seconds), a working day or two of local testing.
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Grant: 14 * 24 * 60 * 60,
      RefreshToken: 14 * 24 * 60 * 60,
      Session: 14 * 24 * 60 * 60,
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      const detail = out.error_description
        ? ` — ${escapeHtml(out.error_description)}`
        : '';
      ctx.body = problemPage(
        `Sign-in failed: ${escapeHtml(out.error)}${detail}`,
      );
    },
  };
  return new Provider(issuer, configuration);
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16 * 1024) throw new Error('Form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendHtml(res: http.ServerResponse, status: number, html: string) {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(html);
}

/** A bare page for errors; text is HTML, so callers escape what they pass. */
function problemPage(text: string): string {
  return (
    `<!doctype html><meta charset="utf-8"><title>Example Corp SSO (dev)</title>` +
    `<p style="font:15px system-ui;margin:40px auto;max-width:480px">${text}</p>`
  );
}

function sendProblem(res: http.ServerResponse, status: number, text: string) {
  sendHtml(res, status, problemPage(text));
}

/**
 * The login and consent steps of the authorization flow. Login shows the
 * user picker; consent is granted at once, since the only client is the
 * local portal.
 */
async function handleInteraction(
  provider: Provider,
  users: DevUser[],
  req: http.IncomingMessage,
  res: http.ServerResponse,
  uid: string,
  action: string | undefined,
): Promise<void> {
  const interaction = await provider.interactionDetails(req, res);
  if (interaction.uid !== uid) {
    sendProblem(res, 400, 'This sign-in page is out of date. Start again.');
    return;
  }
  const { prompt, params, session, grantId } = interaction;

  if (action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Sign-in cancelled' },
      { mergeWithLastSubmission: false },
    );
    return;
  }

  if (prompt.name === 'consent') {
    const grant = grantId
      ? await provider.Grant.find(grantId)
      : new provider.Grant({
          accountId: session?.accountId,
          clientId: String(params.client_id),
        });
    if (!grant) throw new Error(`Grant ${grantId} not found`);
    const details = prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
      missingResourceScopes?: Record<string, string[]>;
    };
    if (details.missingOIDCScope) {
      grant.addOIDCScope(details.missingOIDCScope.join(' '));
    }
    if (details.missingOIDCClaims) {
      grant.addOIDCClaims(details.missingOIDCClaims);
    }
    for (const [resource, scopes] of Object.entries(
      details.missingResourceScopes ?? {},
    )) {
      grant.addResourceScope(resource, scopes.join(' '));
    }
    await provider.interactionFinished(
      req,
      res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
    return;
  }

  if (prompt.name !== 'login') {
    sendProblem(res, 501, `Unsupported prompt ${prompt.name}.`);
    return;
  }

  const client = await provider.Client.find(String(params.client_id));
  const page = {
    users,
    submitUrl: `/interaction/${uid}/login`,
    abortUrl: `/interaction/${uid}/abort`,
    clientName: client?.clientName ?? String(params.client_id),
  };

  if (action === 'login' && req.method === 'POST') {
    const typed = (await readForm(req)).get('username') ?? '';
    const user = findUser(users, typed);
    if (!user) {
      sendHtml(
        res,
        400,
        renderLoginPage({
          ...page,
          username: typed,
          error: typed.trim()
            ? `There is no example user "${typed.trim()}". Pick one from the list.`
            : 'Type a username or pick one from the list.',
        }),
      );
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.sub } },
      { mergeWithLastSubmission: false },
    );
    return;
  }

  sendHtml(res, 200, renderLoginPage(page));
}

/** Starts the dev IdP; resolves once it listens. */
export async function startDevIdp(
  options: DevIdpOptions = {},
): Promise<DevIdp> {
  const users = await loadUsers(options.orgFile ?? 'examples/org.yaml');
  const host = options.host ?? '127.0.0.1';
  // Filled in once the server listens and the issuer URL is known.
  const ready: { provider?: Provider; callback?: http.RequestListener } = {};

  const server = http.createServer((req, res) => {
    const { provider, callback } = ready;
    if (!provider || !callback) {
      sendProblem(res, 503, 'Starting up.');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://idp.invalid');
    if (pathname === '/favicon.ico') {
      // Browsers ask for it on the login page; a 404 would only add noise.
      res.writeHead(204).end();
      return;
    }
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(
      pathname,
    );
    if (!match) {
      callback(req, res);
      return;
    }
    handleInteraction(provider, users, req, res, match[1], match[2]).catch(
      (error: Error & { status?: number }) => {
        if (res.headersSent) {
          res.end();
          return;
        }
        // Mostly an expired or missing interaction cookie (SessionNotFound).
        const status = error.status ?? 500;
        sendProblem(
          res,
          status,
          status < 500
            ? 'This sign-in has expired or was already used. Go back to the portal and sign in again.'
            : `Sign-in failed: ${escapeHtml(String(error.message))}`,
        );
      },
    );
  });

  // Listen first, so port 0 can be turned into an issuer URL.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4001, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const issuer = (options.issuer ?? `http://localhost:${port}`).replace(
    /\/+$/,
    '',
  );
  ready.provider = createProvider(
    issuer,
    users,
    options.redirectUris ?? [DEV_REDIRECT_URI],
  );
  ready.callback = ready.provider.callback();

  return {
    url: issuer,
    users,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open.
        server.closeAllConnections();
      }),
  };
}
