import { AuthContext, isAdmin } from './auth';
import { convertedError, HttpError, proxyError } from './errors';
import { DurationError } from './durations';
import { EmulatorRequest, EmulatorResponse } from './http';
import { EmulatorState, TeamRecord } from './state';

/** Everything a route handler gets. */
export interface HandlerContext {
  req: EmulatorRequest;
  state: EmulatorState;
  /** null only for public routes. */
  auth: AuthContext | null;
}

export type Handler = (
  ctx: HandlerContext,
) => EmulatorResponse | Promise<EmulatorResponse>;

export function requireAuth(ctx: HandlerContext): AuthContext {
  if (!ctx.auth) throw new Error('route requires authentication');
  return ctx.auth;
}

export function isTeamAdmin(
  team: TeamRecord | undefined,
  userId: string | null,
): boolean {
  if (!team || !userId) return false;
  return team.members_with_roles.some(
    m => m.user_id === userId && m.role === 'admin',
  );
}

export function isTeamMember(
  team: TeamRecord | undefined,
  userId: string | null,
): boolean {
  if (!team || !userId) return false;
  return team.members_with_roles.some(m => m.user_id === userId);
}

/** Can the caller manage (update/delete/regenerate) a key owned by userId in teamId? */
export function canManageKey(
  state: EmulatorState,
  auth: AuthContext,
  key: { user_id: string | null; team_id: string | null },
): boolean {
  if (isAdmin(auth)) return true;
  if (auth.userId && key.user_id === auth.userId) return true;
  if (key.team_id && isTeamAdmin(state.teams.get(key.team_id), auth.userId))
    return true;
  return false;
}

/**
 * Runs `fn`, converting a DurationError (a Python ValueError in LiteLLM) the
 * way the calling endpoint does: handle_exception_on_proxy gives a 500;
 * endpoints with their own converter ('update') give 400 "Authentication
 * Error, ...".
 */
export function withDurationErrors<T>(
  fn: () => T,
  style: 'handled' | 'update' = 'handled',
): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DurationError) {
      if (style === 'update') {
        throw proxyError(
          400,
          `Authentication Error, ${e.message}`,
          'auth_error',
          'None',
        );
      }
      throw convertedError(500, e.message);
    }
    throw e;
  }
}

export function isHttpError(e: unknown): e is HttpError {
  return e instanceof HttpError;
}

/** The role as LiteLLM prints UserAPIKeyAuth.user_role (None for keys without a user). */
export function roleForMessage(auth: AuthContext): string {
  return auth.role === 'unknown' ? 'None' : auth.role;
}

export function omitUndefined<T extends Record<string, unknown>>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out as T;
}
