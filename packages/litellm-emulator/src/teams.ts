import { randomUUID } from 'node:crypto';
import { isAdmin, isAdminOrViewer } from './auth';
import {
  HandlerContext,
  isTeamAdmin,
  isTeamMember,
  requireAuth,
  withDurationErrors,
} from './common';
import {
  convertedError,
  HttpError,
  proxyError,
  rawError,
  ValidationIssue,
  validationError,
} from './errors';
import { addDuration } from './durations';
import { EmulatorResponse, jsonResponse } from './http';
import { NOT_PREMIUM } from './keys';
import { PyObject, pyRepr } from './pyformat';
import {
  EmulatorState,
  keyRowJson,
  membershipJson,
  MembershipRecord,
  TeamMember,
  TeamRecord,
  teamRowJson,
  userRowJson,
  UserRecord,
} from './state';
import { insertUser, joinTeam } from './users';
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

const NEW_TEAM_SPEC: Spec = {
  team_id: { type: 'str' },
  team_alias: { type: 'str' },
  organization_id: { type: 'str' },
  members_with_roles: { type: 'list' },
  metadata: { type: 'dict' },
  tpm_limit: { type: 'int' },
  rpm_limit: { type: 'int' },
  max_parallel_requests: { type: 'int' },
  max_budget: { type: 'float' },
  soft_budget: { type: 'float' },
  budget_duration: { type: 'str' },
  models: { type: 'list' },
  blocked: { type: 'bool' },
  model_aliases: { type: 'dict' },
  tags: { type: 'list' },
  guardrails: { type: 'list' },
  team_member_budget: { type: 'float' },
  team_member_rpm_limit: { type: 'int' },
  team_member_tpm_limit: { type: 'int' },
  team_member_key_duration: { type: 'str' },
  model_rpm_limit: { type: 'dict' },
  model_tpm_limit: { type: 'dict' },
  router_settings: { type: 'dict' },
  object_permission: { type: 'dict' },
};

interface MemberInput {
  user_id: string | null;
  user_email: string | null;
  role: string;
}

/** Validates one Member (role Literal + "Either user id or user email" model validator). */
function memberIssues(
  value: unknown,
  loc: Array<string | number>,
): ValidationIssue[] {
  if (!isPlainObject(value)) {
    return [
      {
        type: 'model_type',
        loc,
        msg: 'Input should be a valid dictionary or instance of Member',
        input: value,
        ctx: { class_name: 'Member' },
      },
    ];
  }
  if ((value.user_id ?? null) === null && (value.user_email ?? null) === null) {
    return [
      {
        ...valueError(
          'Either user id or user email must be provided',
          value,
          loc,
        ),
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  if (!('role' in value)) {
    issues.push({
      type: 'missing',
      loc: [...loc, 'role'],
      msg: 'Field required',
      input: value,
    });
  } else if (value.role !== 'admin' && value.role !== 'user') {
    issues.push({
      type: 'literal_error',
      loc: [...loc, 'role'],
      msg: "Input should be 'admin' or 'user'",
      input: value.role,
      ctx: { expected: "'admin' or 'user'" },
    });
  }
  for (const field of ['user_id', 'user_email']) {
    const v = value[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      issues.push({
        type: 'string_type',
        loc: [...loc, field],
        msg: 'Input should be a valid string',
        input: v,
      });
    }
  }
  return issues;
}

function toMember(value: Record<string, unknown>): MemberInput {
  return {
    user_id: asString(value.user_id),
    user_email: asString(value.user_email),
    role: value.role as string,
  };
}

function memberRepr(m: TeamMember): PyObject {
  return new PyObject('Member', [
    ['user_id', m.user_id],
    ['user_email', m.user_email],
    ['role', m.role],
  ]);
}

function membersRepr(team: TeamRecord): string {
  return pyRepr(team.members_with_roles.map(memberRepr));
}

/**
 * Inserts a team row; shared by /team/new and seeding. The caller (if any)
 * becomes an admin member, and every member's user row is upserted with the
 * team id pushed onto `teams`, as LiteLLM does.
 */
export function insertTeam(
  state: EmulatorState,
  body: Body & { team_id: string },
  callerUserId: string | null,
): TeamRecord {
  const teamId = body.team_id;
  const now = state.now();
  const rawMembers = Array.isArray(body.members_with_roles)
    ? body.members_with_roles
    : [];
  const members: TeamMember[] = rawMembers.map(m => {
    const input = toMember(m as Record<string, unknown>);
    return {
      user_id: input.user_id,
      user_email: input.user_email,
      role: input.role,
    };
  });
  if (callerUserId && !members.some(m => m.user_id === callerUserId)) {
    members.push({ user_id: callerUserId, user_email: null, role: 'admin' });
  }
  const budgetDuration = asString(body.budget_duration);
  const metadata = asRecord(body.metadata);
  for (const field of [
    'model_rpm_limit',
    'model_tpm_limit',
    'tags',
    'guardrails',
  ]) {
    if (body[field] !== undefined && body[field] !== null)
      metadata[field] = body[field];
  }
  const team: TeamRecord = {
    team_id: teamId,
    team_alias: asString(body.team_alias),
    organization_id: asString(body.organization_id),
    members_with_roles: members,
    metadata,
    tpm_limit: asNumber(body.tpm_limit),
    rpm_limit: asNumber(body.rpm_limit),
    max_parallel_requests: asNumber(body.max_parallel_requests),
    max_budget: asNumber(body.max_budget),
    soft_budget: asNumber(body.soft_budget),
    budget_duration: budgetDuration,
    // team_endpoints.py (the older snapshot the contract read) uses now + duration, unaligned.
    budget_reset_at: budgetDuration
      ? withDurationErrors(() => addDuration(now, budgetDuration))
      : null,
    models: asStringArray(body.models),
    blocked: body.blocked === true,
    router_settings: asRecord(body.router_settings),
    access_group_ids: [],
    spend: asNumber(body.spend) ?? 0,
    created_at: now,
    updated_at: now,
  };
  state.teams.set(teamId, team);
  for (const m of members) {
    if (!m.user_id) continue;
    const user =
      state.users.get(m.user_id) ??
      insertUser(state, { user_id: m.user_id }, null);
    if (!user.teams.includes(teamId)) user.teams.push(teamId);
  }
  return team;
}

export function handleTeamNew(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, NEW_TEAM_SPEC);
  const rawMembers = Array.isArray(body.members_with_roles)
    ? body.members_with_roles
    : [];
  const issues = rawMembers.flatMap((m, i) =>
    memberIssues(m, ['body', 'members_with_roles', i]),
  );
  if (issues.length > 0) throw validationError(issues);

  const teamId = asString(body.team_id) ?? randomUUID();
  if (state.teams.has(teamId)) {
    throw convertedError(400, {
      error: `Team id = ${teamId} already exists. Please use a different team id.`,
    });
  }
  const team = insertTeam(state, { ...body, team_id: teamId }, auth.userId);
  return jsonResponse(teamRowJson(team));
}

/* ------------------------------------------------------------ member_add */

function legacyOrCurrent(
  state: EmulatorState,
  status: number,
  error: string,
): HttpError {
  if (state.config.versionBehaviour.memberAlreadyInTeam === 'current') {
    return convertedError(status, { error });
  }
  return rawError(status, { error });
}

export function handleTeamMemberAdd(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, {
    team_id: { type: 'str', required: true },
    member: { type: 'any', required: true },
    max_budget_in_team: { type: 'float' },
  });
  const rawMember = body.member;
  let inputs: MemberInput[];
  if (Array.isArray(rawMember)) {
    const listIssues = rawMember.flatMap((m, i) =>
      memberIssues(m, ['body', 'member', 'list[Member]', i]),
    );
    if (listIssues.length > 0) {
      throw validationError([
        ...listIssues,
        {
          type: 'model_type',
          loc: ['body', 'member', 'Member'],
          msg: 'Input should be a valid dictionary or instance of Member',
          input: rawMember,
          ctx: { class_name: 'Member' },
        },
      ]);
    }
    inputs = rawMember.map(m => toMember(m as Record<string, unknown>));
  } else {
    const issues = memberIssues(rawMember, ['body', 'member', 'Member']);
    if (issues.length > 0) {
      throw validationError([
        {
          type: 'list_type',
          loc: ['body', 'member', 'list[Member]'],
          msg: 'Input should be a valid list',
          input: rawMember,
        },
        ...issues,
      ]);
    }
    inputs = [toMember(rawMember as Record<string, unknown>)];
  }
  const teamId = body.team_id as string;
  if (inputs.length === 0) {
    throw legacyOrCurrent(state, 400, 'No member/members passed in');
  }
  const team = state.teams.get(teamId);
  if (!team) {
    throw legacyOrCurrent(state, 404, `Team not found for team_id=${teamId}`);
  }
  if (!isAdmin(auth) && !isTeamAdmin(team, auth.userId)) {
    throw legacyOrCurrent(
      state,
      403,
      `Call not allowed. User not proxy admin OR team admin. route=/team/member_add, team_id=${teamId}`,
    );
  }
  if (!state.config.enterprise && inputs.some(m => m.role === 'admin')) {
    throw legacyOrCurrent(
      state,
      400,
      `Assigning team admins is a premium feature. ${NOT_PREMIUM}`,
    );
  }
  checkDuplicates(state, team, inputs, Array.isArray(rawMember));

  const now = state.now();
  const maxBudgetInTeam = asNumber(body.max_budget_in_team);
  const updatedUsers: UserRecord[] = [];
  const updatedMemberships: MembershipRecord[] = [];
  for (const input of inputs) {
    if (
      team.members_with_roles.some(
        m => input.user_id !== null && m.user_id === input.user_id,
      )
    ) {
      continue;
    }
    let user: UserRecord | undefined;
    if (input.user_id) user = state.users.get(input.user_id);
    else if (input.user_email) user = state.findUserByEmail(input.user_email);
    if (!user) {
      user = insertUser(state, {
        user_id: input.user_id ?? randomUUID(),
        user_email: input.user_email,
      });
    }
    joinTeam(state, user, teamId, input.role, input.user_email);
    user.updated_at = now;
    updatedUsers.push(user);
    if (maxBudgetInTeam !== null) {
      const membership: MembershipRecord = {
        user_id: user.user_id,
        team_id: teamId,
        spend: 0,
        budget: {
          budget_id: randomUUID(),
          soft_budget: null,
          max_budget: maxBudgetInTeam,
          max_parallel_requests: null,
          tpm_limit: null,
          rpm_limit: null,
          model_max_budget: null,
          budget_duration: null,
        },
      };
      const existing = state.membership(user.user_id, teamId);
      if (existing)
        state.memberships.splice(state.memberships.indexOf(existing), 1);
      state.memberships.push(membership);
      updatedMemberships.push(membership);
    }
  }
  team.updated_at = now;
  return jsonResponse({
    ...teamRowJson(team),
    updated_users: updatedUsers.map(userRowJson),
    updated_team_memberships: updatedMemberships.map(membershipJson),
  });
}

function checkDuplicates(
  state: EmulatorState,
  team: TeamRecord,
  inputs: MemberInput[],
  isList: boolean,
): void {
  const existing = membersRepr(team);
  const isDuplicate = (m: MemberInput) =>
    team.members_with_roles.some(
      e =>
        (m.user_id !== null && e.user_id === m.user_id) ||
        (m.user_email !== null && e.user_email === m.user_email),
    );
  if (state.config.versionBehaviour.memberAlreadyInTeam === 'legacy') {
    for (const m of inputs) {
      if (
        m.user_id !== null &&
        team.members_with_roles.some(e => e.user_id === m.user_id)
      ) {
        throw rawError(400, {
          error: `User=${m.user_id} already in team. Existing members=${existing}`,
        });
      }
    }
    return;
  }
  if (isList) {
    if (inputs.every(isDuplicate)) {
      throw proxyError(
        400,
        `All users are already in team. Existing members=${existing}`,
        'team_member_already_in_team',
        'member',
      );
    }
    return;
  }
  const m = inputs[0];
  if (
    m.user_id !== null &&
    team.members_with_roles.some(e => e.user_id === m.user_id)
  ) {
    throw proxyError(
      400,
      `User with user_id=${m.user_id} already in team. Existing members=${existing}`,
      'team_member_already_in_team',
      'user_id',
    );
  }
  if (
    m.user_email !== null &&
    team.members_with_roles.some(e => e.user_email === m.user_email)
  ) {
    throw proxyError(
      400,
      `User with user_email=${m.user_email} already in team. Existing members=${existing}`,
      'team_member_already_in_team',
      'user_email',
    );
  }
}

/* ------------------------------------------------------------------ info */

export function handleTeamInfo(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, { team_id: { type: 'str' } });
  const teamId = asString(q.team_id);
  if (!teamId) {
    throw convertedError(
      422,
      { message: 'Malformed request. No team id passed in.' },
      'auth_error',
    );
  }
  const team = state.teams.get(teamId);
  if (!team) {
    throw convertedError(
      404,
      { message: `Team not found, passed team id: ${teamId}.` },
      'auth_error',
    );
  }
  const allowed =
    isAdminOrViewer(auth) ||
    (auth.key !== null && auth.key.team_id === teamId) ||
    isTeamMember(team, auth.userId);
  if (!allowed) {
    throw convertedError(
      403,
      `User=${auth.userId} not authorized to access this team=${teamId}`,
      'auth_error',
    );
  }
  const keys = [...state.keys.values()]
    .filter(k => k.team_id === teamId)
    .map(k => keyRowJson(k, { includeToken: true }));
  const memberships = state.memberships
    .filter(m => m.team_id === teamId)
    .map(membershipJson);
  return jsonResponse({
    team_id: teamId,
    team_info: { ...teamRowJson(team), team_member_budget_table: null },
    keys,
    team_memberships: memberships,
  });
}

/* ---------------------------------------------------------------- update */

/** The NewTeamRequest fields this emulator lets /team/update change; team_id required. */
const UPDATE_TEAM_SPEC: Spec = {
  ...Object.fromEntries(
    [
      'team_alias',
      'metadata',
      'tpm_limit',
      'rpm_limit',
      'max_parallel_requests',
      'max_budget',
      'soft_budget',
      'budget_duration',
      'models',
      'blocked',
    ].map(field => [field, NEW_TEAM_SPEC[field]]),
  ),
  team_id: { type: 'str', required: true },
};

/**
 * POST /team/update (admins and the team's admins). Only the fields sent are
 * changed (pydantic `exclude_unset`), so an explicit null clears one; a new
 * budget_duration restarts the budget window from now.
 */
export function handleTeamUpdate(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, UPDATE_TEAM_SPEC);
  const teamId = body.team_id as string;
  for (const field of ['max_budget', 'soft_budget'] as const) {
    const value = asNumber(body[field]);
    if (value !== null && value < 0) {
      throw convertedError(400, {
        error: `${field} cannot be negative. Received: ${value}`,
      });
    }
  }
  const team = state.teams.get(teamId);
  if (!team) {
    throw convertedError(404, {
      error: `Team not found, passed team_id=${teamId}`,
    });
  }
  if (!isAdmin(auth) && !isTeamAdmin(team, auth.userId)) {
    throw convertedError(
      403,
      `Call not allowed. User not proxy admin OR team admin. route=/team/update, team_id=${teamId}`,
    );
  }
  const now = state.now();
  if ('team_alias' in body) team.team_alias = asString(body.team_alias);
  if ('metadata' in body) team.metadata = asRecord(body.metadata);
  if ('tpm_limit' in body) team.tpm_limit = asNumber(body.tpm_limit);
  if ('rpm_limit' in body) team.rpm_limit = asNumber(body.rpm_limit);
  if ('max_parallel_requests' in body) {
    team.max_parallel_requests = asNumber(body.max_parallel_requests);
  }
  if ('max_budget' in body) team.max_budget = asNumber(body.max_budget);
  if ('soft_budget' in body) team.soft_budget = asNumber(body.soft_budget);
  if ('budget_duration' in body) {
    const duration = asString(body.budget_duration);
    team.budget_duration = duration;
    if (duration) {
      team.budget_reset_at = withDurationErrors(() =>
        addDuration(now, duration),
      );
    }
  }
  if ('models' in body) team.models = asStringArray(body.models);
  if ('blocked' in body) team.blocked = body.blocked === true;
  team.updated_at = now;
  return jsonResponse({ team_id: teamId, data: teamRowJson(team) });
}
