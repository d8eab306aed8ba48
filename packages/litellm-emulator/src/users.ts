import { randomUUID, createHash } from 'node:crypto';
import { isAdmin, isAdminOrViewer } from './auth';
import { HandlerContext, requireAuth, withDurationErrors } from './common';
import {
  convertedError,
  rawError,
  ValidationIssue,
  validationError,
} from './errors';
import { nextBudgetReset, parseDuration } from './durations';
import { EmulatorResponse, jsonResponse } from './http';
import {
  blankGenerateKeyResponse,
  createKey,
  deleteKeyRecord,
  generateKeyResponse,
} from './keys';
import { isoUtc } from './pyformat';
import {
  EmulatorState,
  KeyRecord,
  keyRowJson,
  teamRowJson,
  UserRecord,
  userRowJson,
} from './state';
import {
  asNumber,
  asRecord,
  asString,
  asStringArray,
  Body,
  isPlainObject,
  Spec,
  validateBody,
  validateQuery,
  valueError,
} from './validation';

export const USER_ROLES = [
  'proxy_admin',
  'proxy_admin_viewer',
  'org_admin',
  'internal_user',
  'internal_user_viewer',
  'team',
  'customer',
];

const USER_FIELDS: Spec = {
  user_id: { type: 'str' },
  user_email: { type: 'str' },
  user_alias: { type: 'str' },
  user_role: { type: 'str', choices: USER_ROLES, choiceKind: 'enum' },
  max_budget: { type: 'float' },
  budget_duration: { type: 'str' },
  models: { type: 'list' },
  tpm_limit: { type: 'int' },
  rpm_limit: { type: 'int' },
  max_parallel_requests: { type: 'int' },
  metadata: { type: 'dict' },
  spend: { type: 'float' },
  model_max_budget: { type: 'dict' },
  sso_user_id: { type: 'str' },
  password: { type: 'str' },
};

const NEW_USER_SPEC: Spec = {
  ...USER_FIELDS,
  teams: { type: 'list' },
  auto_create_key: { type: 'bool' },
  duration: { type: 'str' },
  key_alias: { type: 'str' },
  team_id: { type: 'str' },
  send_invite_email: { type: 'bool' },
  organizations: { type: 'list' },
  aliases: { type: 'dict' },
  config: { type: 'dict' },
  permissions: { type: 'dict' },
  allowed_cache_controls: { type: 'list' },
  blocked: { type: 'bool' },
  guardrails: { type: 'list' },
  object_permission: { type: 'dict' },
};

function hashPassword(password: string): string {
  return createHash('sha256')
    .update(`litellm-emulator:${password}`)
    .digest('hex');
}

/** pydantic Field(min_length=8, max_length=128) on `password`. */
function checkPassword(body: Body): void {
  const password = asString(body.password);
  if (password === null) return;
  let issue: ValidationIssue | null = null;
  if (password.length < 8) {
    issue = {
      type: 'string_too_short',
      loc: ['body', 'password'],
      msg: 'String should have at least 8 characters',
      input: password,
      ctx: { min_length: 8 },
    };
  } else if (password.length > 128) {
    issue = {
      type: 'string_too_long',
      loc: ['body', 'password'],
      msg: 'String should have at most 128 characters',
      input: password,
      ctx: { max_length: 128 },
    };
  }
  if (issue) throw validationError([issue]);
}

/** Inserts a user row; shared by /user/new, member auto-creation and seeding. */
export function insertUser(
  state: EmulatorState,
  fields: Body & { user_id: string },
  defaultRole: string | null = 'internal_user',
): UserRecord {
  const now = state.now();
  const budgetDuration = asString(fields.budget_duration);
  const user: UserRecord = {
    user_id: fields.user_id,
    user_email: asString(fields.user_email),
    user_alias: asString(fields.user_alias),
    user_role: asString(fields.user_role) ?? defaultRole,
    teams: [],
    models: asStringArray(fields.models),
    spend: asNumber(fields.spend) ?? 0,
    max_budget: asNumber(fields.max_budget),
    budget_duration: budgetDuration,
    budget_reset_at: budgetDuration
      ? withDurationErrors(() => nextBudgetReset(now, budgetDuration))
      : null,
    tpm_limit: asNumber(fields.tpm_limit),
    rpm_limit: asNumber(fields.rpm_limit),
    max_parallel_requests: asNumber(fields.max_parallel_requests),
    metadata: asRecord(fields.metadata),
    model_spend: {},
    model_max_budget: asRecord(fields.model_max_budget),
    sso_user_id: asString(fields.sso_user_id),
    password_hash: asString(fields.password)
      ? hashPassword(fields.password as string)
      : null,
    created_at: now,
    updated_at: now,
  };
  state.users.set(user.user_id, user);
  return user;
}

/** Adds a user to a team's members_with_roles and the user's `teams`. */
export function joinTeam(
  state: EmulatorState,
  user: UserRecord,
  teamId: string,
  role: string,
  email: string | null,
): void {
  const team = state.teams.get(teamId);
  if (!team) return;
  if (!team.members_with_roles.some(m => m.user_id === user.user_id)) {
    team.members_with_roles.push({
      user_id: user.user_id,
      user_email: email,
      role,
    });
    team.updated_at = state.now();
  }
  if (!user.teams.includes(teamId)) {
    user.teams.push(teamId);
    user.updated_at = state.now();
  }
}

export function handleUserNew(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, NEW_USER_SPEC);
  checkPassword(body);
  const userId = asString(body.user_id) ?? randomUUID();
  if (state.users.has(userId)) {
    throw convertedError(409, {
      error: `User with id ${userId} already exists`,
    });
  }
  const email = asString(body.user_email);
  if (email !== null && state.findUserByEmail(email)) {
    throw convertedError(409, {
      error: `User with email ${email} already exists`,
    });
  }
  const user = insertUser(state, { ...body, user_id: userId });

  const teams = Array.isArray(body.teams) ? body.teams : [];
  for (const entry of teams) {
    const teamId =
      typeof entry === 'string' ? entry : asString(asRecord(entry).team_id);
    const role = isPlainObject(entry)
      ? asString(entry.user_role) ?? 'user'
      : 'user';
    if (teamId) joinTeam(state, user, teamId, role, null);
  }

  let raw = '';
  let keyResponse: Record<string, unknown> | null = null;
  if (body.auto_create_key !== false) {
    const keyBody: Body = {
      user_id: userId,
      models: body.models ?? [],
      tpm_limit: body.tpm_limit ?? null,
      rpm_limit: body.rpm_limit ?? null,
      max_parallel_requests: body.max_parallel_requests ?? null,
      key_alias: body.key_alias ?? null,
      duration: body.duration ?? null,
      team_id: body.team_id ?? null,
      metadata: body.metadata ?? {},
      aliases: body.aliases ?? {},
      config: body.config ?? {},
      permissions: body.permissions ?? {},
      allowed_cache_controls: body.allowed_cache_controls ?? [],
      blocked: body.blocked ?? null,
      guardrails: body.guardrails ?? null,
    };
    const created = createKey(state, auth, keyBody, {
      createdBy: null,
      skipPermission: true,
    });
    raw = created.raw;
    keyResponse = generateKeyResponse(created.record, raw, keyBody);
  }
  const base = keyResponse ?? blankGenerateKeyResponse();
  const response: Record<string, unknown> = {
    ...base,
    key: raw,
    models: [...user.models],
    spend: user.spend,
    max_budget: user.max_budget,
    user_id: user.user_id,
    tpm_limit: user.tpm_limit,
    rpm_limit: user.rpm_limit,
    max_parallel_requests: user.max_parallel_requests,
    metadata: { ...user.metadata },
    budget_duration: user.budget_duration,
    model_max_budget: { ...user.model_max_budget },
    token_id: null,
    token: null,
    user_email: user.user_email,
    user_role: user.user_role,
    teams: body.teams ?? null,
    user_alias: user.user_alias,
    organization_id: null,
    created_by: null,
    updated_by: null,
    created_at: isoUtc(user.created_at),
    updated_at: isoUtc(user.updated_at),
  };
  return jsonResponse(response);
}

export function handleUserInfo(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, { user_id: { type: 'str' } });
  const requested = asString(q.user_id);
  const keyRow = (k: KeyRecord) => ({
    ...keyRowJson(k, { includeToken: true }),
    team_alias: k.team_id
      ? state.teams.get(k.team_id)?.team_alias ?? null
      : null,
  });
  if (requested === null && isAdmin(auth)) {
    const own = auth.userId ? state.users.get(auth.userId) : undefined;
    return jsonResponse({
      user_id: auth.userId,
      user_info: own ? userRowJson(own) : null,
      keys: [...state.keys.values()].map(keyRow),
      teams: [...state.teams.values()].map(teamRowJson),
    });
  }
  const target = requested ?? auth.userId;
  const user = target ? state.users.get(target) : undefined;
  if (!user) throw convertedError(404, `User ${target} not found`);
  if (!isAdminOrViewer(auth) && user.user_id !== auth.userId) {
    throw convertedError(
      403,
      `key not allowed to access this user's info. user_id=${user.user_id}, key's user_id=${auth.userId}`,
    );
  }
  const keys = [...state.keys.values()]
    .filter(k => k.user_id === user.user_id)
    .map(keyRow);
  const teams = user.teams
    .map(id => state.teams.get(id))
    .filter((t): t is NonNullable<typeof t> => t !== undefined)
    .map(teamRowJson);
  return jsonResponse({
    user_id: user.user_id,
    user_info: userRowJson(user),
    keys,
    teams,
  });
}

/** GET /v2/user/info (newer releases): just the user row; admins or the user. */
export function handleUserInfoV2(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const q = validateQuery(ctx.req.query, { user_id: { type: 'str' } });
  const target = asString(q.user_id) ?? auth.userId;
  const user = target ? ctx.state.users.get(target) : undefined;
  if (!isAdminOrViewer(auth) && target !== auth.userId) {
    throw convertedError(
      403,
      `key not allowed to access this user's info. user_id=${target}, key's user_id=${auth.userId}`,
    );
  }
  if (!user) throw convertedError(404, `User ${target} not found`);
  return jsonResponse(userRowJson(user));
}

const UPDATE_USER_SPEC: Spec = { ...USER_FIELDS };

export function handleUserUpdate(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, UPDATE_USER_SPEC);
  const userId = asString(body.user_id);
  const email = asString(body.user_email);
  if (!userId && !email) {
    throw validationError([
      valueError('Either user id or user email must be provided', ctx.req.body),
    ]);
  }
  checkPassword(body);
  let user = userId ? state.users.get(userId) : undefined;
  if (!userId && email) user = state.findUserByEmail(email);
  if (!isAdmin(auth)) {
    const isSelf = user ? user.user_id === auth.userId : userId === auth.userId;
    if (!isSelf) {
      throw convertedError(
        403,
        {
          error: `User=${auth.userId} is not allowed to update user=${
            userId ?? email
          }`,
        },
        'auth_error',
      );
    }
    if (body.user_role !== undefined && body.user_role !== user?.user_role) {
      throw convertedError(
        403,
        { error: 'Only proxy admins can change the user_role of a user' },
        'auth_error',
      );
    }
  }
  const budgetDuration = asString(body.budget_duration);
  if (budgetDuration) {
    withDurationErrors(() => parseDuration(budgetDuration), 'update');
  }
  // LiteLLM upserts: an unknown user is created from the update.
  if (!user) {
    user = insertUser(
      state,
      { ...body, user_id: userId ?? randomUUID() },
      null,
    );
  }
  const now = state.now();
  for (const [field, value] of Object.entries(body)) {
    if (field === 'user_id') continue;
    if (value === null) {
      if (field === 'max_budget') user.max_budget = null;
      continue;
    }
    if (Array.isArray(value) && value.length === 0) continue;
    if (isPlainObject(value) && Object.keys(value).length === 0) continue;
    switch (field) {
      case 'password':
        user.password_hash = hashPassword(value as string);
        break;
      case 'budget_duration':
        user.budget_duration = value as string;
        user.budget_reset_at = withDurationErrors(
          () => nextBudgetReset(now, value as string),
          'update',
        );
        break;
      case 'models':
        user.models = asStringArray(value);
        break;
      case 'metadata':
      case 'model_max_budget':
        user[field] = asRecord(value);
        break;
      case 'user_email':
      case 'user_alias':
      case 'user_role':
      case 'sso_user_id':
        user[field] = value as string;
        break;
      case 'max_budget':
      case 'spend':
      case 'tpm_limit':
      case 'rpm_limit':
      case 'max_parallel_requests':
        user[field] = value as number;
        break;
      default:
        break;
    }
  }
  user.updated_at = now;
  return jsonResponse({ user_id: user.user_id, data: userRowJson(user) });
}

export function handleUserDelete(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, {
    user_ids: { type: 'list', required: true },
  });
  const ids = asStringArray(body.user_ids);
  for (const id of ids) {
    if (!state.users.has(id)) {
      throw rawError(404, { error: `User not found, passed user_id=${id}` });
    }
  }
  let deleted = 0;
  for (const id of ids) {
    if (!state.users.delete(id)) continue;
    deleted += 1;
    for (const key of [...state.keys.values()]) {
      if (key.user_id === id)
        deleteKeyRecord(state, key, auth.userId, auth.token);
    }
    for (const team of state.teams.values()) {
      team.members_with_roles = team.members_with_roles.filter(
        m => m.user_id !== id,
      );
    }
    for (let i = state.memberships.length - 1; i >= 0; i -= 1) {
      if (state.memberships[i].user_id === id) state.memberships.splice(i, 1);
    }
  }
  return jsonResponse(deleted);
}
