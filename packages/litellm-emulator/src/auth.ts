import type { IncomingHttpHeaders } from 'node:http';
import { HttpError, proxyError } from './errors';
import { header } from './http';
import { maskSecret, maskUserId, pyDatetime, pyRepr } from './pyformat';
import {
  EmulatorState,
  hashToken,
  KeyRecord,
  TeamRecord,
  UserRecord,
} from './state';

/** Who is calling, resolved from the request's API key. */
export interface AuthContext {
  isMaster: boolean;
  /** The effective role; "unknown" for virtual keys without a user row. */
  role: string;
  userId: string | null;
  key: KeyRecord | null;
  user: UserRecord | null;
  team: TeamRecord | null;
  /** sha256 of the presented key. */
  token: string;
}

/** Route groups used for LiteLLM's role checks. */
export type RouteKind =
  | 'public'
  | 'llm'
  | 'info'
  | 'key_management'
  | 'spend'
  | 'global_spend'
  | 'self_managed'
  | 'admin';

export const MASTER_USER_ID = 'default_user_id';

type Extracted = { kind: 'none' } | { kind: 'key'; value: string };

/** Header priority as in user_api_key_auth. */
export function extractApiKey(headers: IncomingHttpHeaders): Extracted {
  const litellm = header(headers, 'x-litellm-api-key');
  if (litellm !== undefined) {
    return {
      kind: 'key',
      value: litellm.startsWith('Bearer ') ? litellm.slice(7) : litellm,
    };
  }
  const authorization = header(headers, 'authorization');
  if (authorization !== undefined) {
    for (const prefix of ['Bearer ', 'Basic ', 'bearer ']) {
      if (authorization.startsWith(prefix)) {
        return {
          kind: 'key',
          value: authorization.slice(prefix.length).trim(),
        };
      }
    }
    // No recognised scheme: LiteLLM treats the key as empty (malformed).
    return { kind: 'key', value: '' };
  }
  for (const name of [
    'api-key',
    'x-api-key',
    'x-goog-api-key',
    'ocp-apim-subscription-key',
  ]) {
    const v = header(headers, name);
    if (v !== undefined) return { kind: 'key', value: v };
  }
  return { kind: 'none' };
}

function authError(message: string, status = 401): HttpError {
  return proxyError(
    status,
    `Authentication Error, ${message}`,
    'auth_error',
    'None',
  );
}

export function isAdmin(ctx: AuthContext): boolean {
  return ctx.isMaster || ctx.role === 'proxy_admin';
}

export function isAdminOrViewer(ctx: AuthContext): boolean {
  return isAdmin(ctx) || ctx.role === 'proxy_admin_viewer';
}

/** Resolves the caller or throws the exact LiteLLM 401. */
export function authenticate(
  state: EmulatorState,
  headers: IncomingHttpHeaders,
): AuthContext {
  const extracted = extractApiKey(headers);
  if (extracted.kind === 'none') throw authError('No api key passed in.');
  const apiKey = extracted.value;
  if (apiKey === '') {
    throw authError(
      'Malformed API Key passed in. Ensure Key has `Bearer ` prefix.',
    );
  }
  if (apiKey === state.masterKey) {
    return {
      isMaster: true,
      role: 'proxy_admin',
      userId: MASTER_USER_ID,
      key: null,
      user: state.users.get(MASTER_USER_ID) ?? null,
      team: null,
      token: hashToken(apiKey),
    };
  }
  if (!apiKey.startsWith('sk-')) {
    throw proxyError(
      401,
      `LiteLLM Virtual Key expected. Received=${maskSecret(
        apiKey,
      )}, expected to start with 'sk-'.`,
      'auth_error',
      'None',
    );
  }
  const token = hashToken(apiKey);
  const key = state.findKeyByToken(token);
  if (!key) {
    throw proxyError(
      401,
      `Authentication Error, Invalid proxy server token passed. Received API Key = sk-...${apiKey.slice(
        -4,
      )}, Key Hash (Token) =${token}. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``,
      'token_not_found_in_db',
      'key',
    );
  }
  const user = key.user_id ? state.users.get(key.user_id) ?? null : null;
  const team = key.team_id ? state.teams.get(key.team_id) ?? null : null;
  return {
    isMaster: false,
    role: user?.user_role ?? 'unknown',
    userId: key.user_id,
    key,
    user,
    team,
    token: key.token,
  };
}

export function checkBlocked(ctx: AuthContext): void {
  if (ctx.key && ctx.key.blocked === true) {
    throw authError(
      "Key is blocked. Update via `/key/unblock` if you're an admin.",
    );
  }
}

export function checkExpiry(state: EmulatorState, ctx: AuthContext): void {
  const key = ctx.key;
  if (!key || !key.expires) return;
  const now = state.now();
  if (key.expires.getTime() < now.getTime()) {
    throw proxyError(
      401,
      `Authentication Error - Expired Key. Key Expiry time ${pyDatetime(
        key.expires,
      )} and current time ${pyDatetime(now)}`,
      'expired_key',
      `sk-...${key.token.slice(-4)}`,
    );
  }
}

const ROUTE_GROUPS: Record<string, RouteKind[]> = {
  llm_api_routes: ['llm'],
  openai_routes: ['llm'],
  info_routes: ['info'],
  management_routes: ['key_management', 'admin', 'self_managed'],
  key_management_routes: ['key_management'],
  spend_tracking_routes: ['spend'],
  global_spend_tracking_routes: ['global_spend'],
};

/** allowed_routes on the key: exact, prefix ("/a" allows "/a/b"), wildcard ("/a/*") or group names. */
function keyAllowsRoute(
  allowed: unknown[],
  path: string,
  kind: RouteKind,
): boolean {
  for (const entry of allowed) {
    if (typeof entry !== 'string') continue;
    if (path === entry || path.startsWith(`${entry}/`)) return true;
    if (entry.endsWith('*') && path.startsWith(entry.slice(0, -1))) return true;
    const group = ROUTE_GROUPS[entry];
    if (group && group.includes(kind)) return true;
  }
  return false;
}

/**
 * Role/route authorization (route_checks.py). Runs after the blocked and
 * expiry checks. `/user/info` self-only is enforced here, like LiteLLM.
 */
export function checkRouteAccess(
  ctx: AuthContext,
  path: string,
  kind: RouteKind,
  query: URLSearchParams,
): void {
  if (ctx.isMaster) return;
  const key = ctx.key;
  if (
    key &&
    key.allowed_routes.length > 0 &&
    !keyAllowsRoute(key.allowed_routes, path, kind)
  ) {
    throw proxyError(
      403,
      `Virtual key is not allowed to call this route. Only allowed to call routes: ${pyRepr(
        key.allowed_routes,
      )}. Tried to call route: ${path}`,
      'auth_error',
      'None',
    );
  }
  if (ctx.role === 'proxy_admin') return;
  if (kind === 'llm' || kind === 'public') return;
  if (kind === 'info') {
    if (path === '/user/info') {
      const requested = query.get('user_id');
      if (requested && requested !== ctx.userId) {
        throw proxyError(
          403,
          `key not allowed to access this user's info. user_id=${requested}, key's user_id=${ctx.userId}`,
          'auth_error',
          'None',
        );
      }
    }
    return;
  }
  if (kind === 'self_managed') return;
  if (ctx.role === 'proxy_admin_viewer') {
    if (kind === 'spend' || kind === 'global_spend') return;
    throw proxyError(
      403,
      `user not allowed to access this route, role= proxy_admin_viewer. Trying to access: ${path}`,
      'auth_error',
      'None',
    );
  }
  if (ctx.role === 'internal_user') {
    if (
      kind === 'key_management' ||
      kind === 'spend' ||
      kind === 'global_spend'
    )
      return;
  }
  if (ctx.role === 'internal_user_viewer') {
    if (kind === 'spend' || kind === 'global_spend') return;
  }
  const userRole = ctx.user ? ctx.user.user_role : 'unknown';
  const userId = ctx.user ? ctx.user.user_id : 'unknown';
  throw authError(
    `Only proxy admin can be used to generate, delete, update info for new keys/users/teams. Route=${path}. Your role=${userRole}. Your user_id=${maskUserId(
      userId,
    )}`,
  );
}
