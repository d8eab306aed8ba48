import { AuthContext, isAdmin, isAdminOrViewer, MASTER_USER_ID } from './auth';
import {
  canManageKey,
  HandlerContext,
  isTeamAdmin,
  isTeamMember,
  requireAuth,
  roleForMessage,
  withDurationErrors,
} from './common';
import {
  convertedError,
  HttpError,
  proxyError,
  validationError,
} from './errors';
import { addDuration, nextBudgetReset, parseDuration } from './durations';
import { EmulatorResponse, jsonResponse } from './http';
import { isoOrNull, isoUtc, maskSecret } from './pyformat';
import {
  DeletedKeyRecord,
  EmulatorState,
  hashToken,
  KeyRecord,
  keyName,
  keyRowJson,
  newRawKey,
  userRowJson,
} from './state';
import {
  asNumber,
  asRecord,
  asString,
  asStringArray,
  Body,
  Spec,
  validateBody,
  validateQuery,
  valueError,
} from './validation';

const LIMIT_TYPES = [
  'guaranteed_throughput',
  'best_effort_throughput',
  'dynamic',
];

/** Fields shared by GenerateKeyRequest / UpdateKeyRequest / RegenerateKeyRequest. */
const KEY_FIELDS: Spec = {
  key_alias: { type: 'str' },
  duration: { type: 'str' },
  models: { type: 'list' },
  spend: { type: 'float' },
  max_budget: { type: 'float' },
  soft_budget: { type: 'float' },
  budget_duration: { type: 'str' },
  user_id: { type: 'str' },
  team_id: { type: 'str' },
  organization_id: { type: 'str' },
  project_id: { type: 'str' },
  agent_id: { type: 'str' },
  budget_id: { type: 'str' },
  max_parallel_requests: { type: 'int' },
  tpm_limit: { type: 'int' },
  rpm_limit: { type: 'int' },
  metadata: { type: 'dict' },
  aliases: { type: 'dict' },
  config: { type: 'dict' },
  permissions: { type: 'dict' },
  model_max_budget: { type: 'dict' },
  model_rpm_limit: { type: 'dict' },
  model_tpm_limit: { type: 'dict' },
  rpm_limit_type: { type: 'str', choices: LIMIT_TYPES },
  tpm_limit_type: { type: 'str', choices: LIMIT_TYPES },
  allowed_cache_controls: { type: 'list' },
  allowed_routes: { type: 'list' },
  allowed_passthrough_routes: { type: 'list' },
  allowed_vector_store_indexes: { type: 'list' },
  blocked: { type: 'bool' },
  guardrails: { type: 'list' },
  policies: { type: 'list' },
  prompts: { type: 'list' },
  tags: { type: 'list' },
  enforced_params: { type: 'list' },
  object_permission: { type: 'dict' },
  auto_rotate: { type: 'bool' },
  rotation_interval: { type: 'str' },
  router_settings: { type: 'dict' },
  access_group_ids: { type: 'list' },
};

export const GENERATE_SPEC: Spec = {
  ...KEY_FIELDS,
  key: { type: 'str' },
  key_type: {
    type: 'str',
    choices: ['llm_api', 'management', 'read_only', 'default'],
    choiceKind: 'enum',
  },
  send_invite_email: { type: 'bool' },
};

const UPDATE_SPEC: Spec = {
  ...KEY_FIELDS,
  key: { type: 'str', required: true },
  temp_budget_increase: { type: 'float' },
  temp_budget_expiry: { type: 'str' },
};

const REGENERATE_SPEC: Spec = {
  ...KEY_FIELDS,
  key: { type: 'str' },
  new_key: { type: 'str' },
  grace_period: { type: 'str' },
  new_master_key: { type: 'str' },
};

/** Request fields LiteLLM folds into `metadata`. */
const METADATA_BOUND = [
  'model_rpm_limit',
  'model_tpm_limit',
  'rpm_limit_type',
  'tpm_limit_type',
  'tags',
  'guardrails',
  'policies',
  'prompts',
  'enforced_params',
];

const KEY_TYPE_ROUTES: Record<string, string[]> = {
  llm_api: ['llm_api_routes'],
  management: ['management_routes'],
  read_only: ['info_routes'],
};

export const NOT_PREMIUM =
  'You must be a LiteLLM Enterprise user to use this feature. If you have a license please set `LITELLM_LICENSE` in your env. Get a 7 day trial key here: https://www.litellm.ai/enterprise#trial. \nPricing: https://www.litellm.ai/#pricing';

function invalidKeyFormat(raw: string): HttpError {
  return convertedError(400, {
    error: `Invalid key format. LiteLLM Virtual Key must start with 'sk-'. Received: ${maskSecret(
      raw,
    )}`,
  });
}

function aliasTaken(
  state: EmulatorState,
  alias: string,
  exceptToken?: string,
): boolean {
  for (const k of state.keys.values()) {
    if (k.key_alias === alias && k.token !== exceptToken) return true;
  }
  return false;
}

function aliasError(alias: string): HttpError {
  return proxyError(
    400,
    `Key with alias '${alias}' already exists. Unique key aliases across all keys are required.`,
    'bad_request_error',
    'key_alias',
  );
}

function mergeMetadataBound(
  body: Body,
  metadata: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...metadata };
  for (const field of METADATA_BOUND) {
    if (body[field] !== undefined && body[field] !== null)
      merged[field] = body[field];
  }
  return merged;
}

/** Guaranteed-throughput keys must fit within the team's limits. */
function checkTeamLimits(
  state: EmulatorState,
  body: Body,
  teamId: string | null,
  selfToken?: string,
) {
  if (!teamId) return;
  const team = state.teams.get(teamId);
  if (!team) return;
  const pairs: Array<
    [
      'tpm' | 'rpm',
      'tpm_limit' | 'rpm_limit',
      'tpm_limit_type' | 'rpm_limit_type',
    ]
  > = [
    ['tpm', 'tpm_limit', 'tpm_limit_type'],
    ['rpm', 'rpm_limit', 'rpm_limit_type'],
  ];
  for (const [label, limitField, typeField] of pairs) {
    const own = asNumber(body[limitField]);
    const teamLimit = team[limitField];
    if (
      body[typeField] !== 'guaranteed_throughput' ||
      own === null ||
      teamLimit === null
    )
      continue;
    let allocated = own;
    for (const k of state.keys.values()) {
      if (
        k.team_id === teamId &&
        k.token !== selfToken &&
        k.metadata[typeField] === 'guaranteed_throughput'
      ) {
        allocated += k[limitField] ?? 0;
      }
    }
    if (allocated > teamLimit) {
      throw convertedError(400, {
        error: `Allocated ${label.toUpperCase()} limit=${allocated} is greater than team ${label.toUpperCase()} limit=${teamLimit}`,
      });
    }
  }
}

function checkNegativeBudgets(body: Body, type = 'internal_server_error') {
  for (const field of ['max_budget', 'soft_budget']) {
    const v = asNumber(body[field]);
    if (v !== null && v < 0) {
      throw convertedError(
        400,
        { error: `${field} cannot be negative. Received: ${v}` },
        type,
      );
    }
  }
}

export interface CreateKeyOptions {
  /** Who creates it; null when seeding. */
  createdBy: string | null;
  /** /user/new passes its own copy of the user-level fields. */
  skipPermission?: boolean;
}

/**
 * Validates and inserts a key; shared by /key/generate, service-account keys,
 * /user/new's auto key and seeding. Returns the raw key (shown only once).
 */
export function createKey(
  state: EmulatorState,
  auth: AuthContext | null,
  body: Body,
  options: CreateKeyOptions,
): { record: KeyRecord; raw: string } {
  if (auth && !options.skipPermission && !isAdmin(auth)) {
    const requested = asString(body.user_id);
    if (requested !== null && requested !== auth.userId) {
      throw convertedError(403, {
        error: `User can only create keys for themselves. Got user_id=${requested}, Your ID=${auth.userId}`,
      });
    }
    if (requested === null) body.user_id = auth.userId;
  }
  const customKey = asString(body.key);
  if (customKey !== null && !customKey.startsWith('sk-'))
    throw invalidKeyFormat(customKey);
  checkNegativeBudgets(body);
  const modelMaxBudget = asRecord(body.model_max_budget);
  if (Object.keys(modelMaxBudget).length > 0 && !state.config.enterprise) {
    throw convertedError(
      500,
      `Invalid model_max_budget: You must have an enterprise license to set model_max_budget. ${NOT_PREMIUM}`,
    );
  }
  const alias = asString(body.key_alias);
  if (alias !== null && aliasTaken(state, alias)) throw aliasError(alias);
  checkTeamLimits(state, body, asString(body.team_id));

  const now = state.now();
  const raw = customKey ?? newRawKey();
  const token = hashToken(raw);
  if (state.keys.has(token)) {
    throw convertedError(
      500,
      'Unique constraint failed on the fields: (`token`)',
    );
  }
  const duration = asString(body.duration);
  const budgetDuration = asString(body.budget_duration);
  const expires = duration
    ? withDurationErrors(() => addDuration(now, duration))
    : null;
  const budgetResetAt = budgetDuration
    ? withDurationErrors(() => nextBudgetReset(now, budgetDuration))
    : null;
  const explicitRoutes = Array.isArray(body.allowed_routes)
    ? body.allowed_routes
    : [];
  const keyType = asString(body.key_type) ?? 'default';
  const allowedRoutes =
    explicitRoutes.length > 0
      ? explicitRoutes
      : [...(KEY_TYPE_ROUTES[keyType] ?? [])];

  const record: KeyRecord = {
    token,
    key_name: keyName(raw),
    key_alias: alias,
    spend: asNumber(body.spend) ?? 0,
    expires,
    models: asStringArray(body.models),
    aliases: asRecord(body.aliases),
    config: asRecord(body.config),
    user_id: asString(body.user_id),
    team_id: asString(body.team_id),
    organization_id: asString(body.organization_id),
    project_id: asString(body.project_id),
    agent_id: asString(body.agent_id),
    permissions: asRecord(body.permissions),
    max_parallel_requests: asNumber(body.max_parallel_requests),
    metadata: mergeMetadataBound(body, asRecord(body.metadata)),
    blocked: typeof body.blocked === 'boolean' ? body.blocked : null,
    tpm_limit: asNumber(body.tpm_limit),
    rpm_limit: asNumber(body.rpm_limit),
    max_budget: asNumber(body.max_budget),
    soft_budget: asNumber(body.soft_budget),
    budget_duration: budgetDuration,
    budget_reset_at: budgetResetAt,
    allowed_cache_controls: Array.isArray(body.allowed_cache_controls)
      ? [...body.allowed_cache_controls]
      : [],
    allowed_routes: allowedRoutes,
    allowed_passthrough_routes: Array.isArray(body.allowed_passthrough_routes)
      ? [...body.allowed_passthrough_routes]
      : null,
    model_spend: {},
    model_max_budget: modelMaxBudget,
    budget_id: asString(body.budget_id),
    object_permission: body.object_permission
      ? asRecord(body.object_permission)
      : null,
    object_permission_id: null,
    created_at: now,
    created_by: options.createdBy,
    updated_at: now,
    updated_by: options.createdBy,
    rotation_count: 0,
    auto_rotate: body.auto_rotate === true,
    rotation_interval: asString(body.rotation_interval),
    last_rotation_at: null,
    key_rotation_at: null,
    router_settings: asRecord(body.router_settings),
    access_group_ids: asStringArray(body.access_group_ids),
    seq: state.nextSeq(),
  };
  state.keys.set(token, record);
  return { record, raw };
}

function echo(body: Body, field: string): unknown {
  const v = body[field];
  return v === undefined ? null : v;
}

/** GenerateKeyResponse: every field present, null when unset. */
export function generateKeyResponse(
  record: KeyRecord,
  raw: string,
  body: Body,
): Record<string, unknown> {
  return {
    key_alias: record.key_alias,
    duration: null,
    models: [...record.models],
    spend: record.spend,
    max_budget: record.max_budget,
    user_id: record.user_id,
    team_id: record.team_id,
    agent_id: record.agent_id,
    max_parallel_requests: record.max_parallel_requests,
    metadata: { ...record.metadata },
    tpm_limit: record.tpm_limit,
    rpm_limit: record.rpm_limit,
    budget_duration: record.budget_duration,
    allowed_cache_controls: [...record.allowed_cache_controls],
    config: { ...record.config },
    permissions: { ...record.permissions },
    model_max_budget: { ...record.model_max_budget },
    model_rpm_limit: echo(body, 'model_rpm_limit'),
    model_tpm_limit: echo(body, 'model_tpm_limit'),
    guardrails: echo(body, 'guardrails'),
    policies: echo(body, 'policies'),
    prompts: echo(body, 'prompts'),
    blocked: record.blocked,
    aliases: { ...record.aliases },
    object_permission: record.object_permission,
    key: raw,
    budget_id: record.budget_id,
    tags: echo(body, 'tags'),
    enforced_params: echo(body, 'enforced_params'),
    allowed_routes: [...record.allowed_routes],
    allowed_passthrough_routes: record.allowed_passthrough_routes,
    allowed_vector_store_indexes: echo(body, 'allowed_vector_store_indexes'),
    rpm_limit_type: echo(body, 'rpm_limit_type'),
    tpm_limit_type: echo(body, 'tpm_limit_type'),
    router_settings: { ...record.router_settings },
    access_group_ids: [...record.access_group_ids],
    key_name: record.key_name,
    expires: isoOrNull(record.expires),
    token_id: record.token,
    organization_id: record.organization_id,
    project_id: record.project_id,
    litellm_budget_table: null,
    token: record.token,
    created_by: record.created_by,
    updated_by: record.updated_by,
    created_at: isoUtc(record.created_at),
    updated_at: isoUtc(record.updated_at),
  };
}

/** GenerateKeyResponse with every field null (for /user/new without a key). */
export function blankGenerateKeyResponse(): Record<string, unknown> {
  const now = new Date(0);
  const placeholder: KeyRecord = {
    token: '',
    key_name: '',
    key_alias: null,
    spend: 0,
    expires: null,
    models: [],
    aliases: {},
    config: {},
    user_id: null,
    team_id: null,
    organization_id: null,
    project_id: null,
    agent_id: null,
    permissions: {},
    max_parallel_requests: null,
    metadata: {},
    blocked: null,
    tpm_limit: null,
    rpm_limit: null,
    max_budget: null,
    soft_budget: null,
    budget_duration: null,
    budget_reset_at: null,
    allowed_cache_controls: [],
    allowed_routes: [],
    allowed_passthrough_routes: null,
    model_spend: {},
    model_max_budget: {},
    budget_id: null,
    object_permission: null,
    object_permission_id: null,
    created_at: now,
    created_by: null,
    updated_at: now,
    updated_by: null,
    rotation_count: 0,
    auto_rotate: false,
    rotation_interval: null,
    last_rotation_at: null,
    key_rotation_at: null,
    router_settings: {},
    access_group_ids: [],
    seq: 0,
  };
  const blank = generateKeyResponse(placeholder, '', {});
  for (const field of Object.keys(blank)) blank[field] = null;
  return blank;
}

export function handleGenerate(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const body = validateBody(ctx.req.body, GENERATE_SPEC);
  const { record, raw } = createKey(ctx.state, auth, body, {
    createdBy: auth.userId,
  });
  return jsonResponse(generateKeyResponse(record, raw, body));
}

export function handleServiceAccountGenerate(
  ctx: HandlerContext,
): EmulatorResponse {
  const auth = requireAuth(ctx);
  const body = validateBody(ctx.req.body, GENERATE_SPEC);
  if (!asString(body.team_id)) {
    throw convertedError(400, {
      error: 'team_id is required for service account keys',
    });
  }
  body.user_id = null;
  const { record, raw } = createKey(ctx.state, auth, body, {
    createdBy: auth.userId,
    skipPermission: true,
  });
  record.metadata.service_account_id = record.key_alias ?? record.token;
  return jsonResponse(generateKeyResponse(record, raw, body));
}

/* --------------------------------------------------------------- update */

const UPDATE_IGNORED = [
  'key',
  'duration',
  'temp_budget_increase',
  'temp_budget_expiry',
];

export function handleUpdate(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const body = validateBody(ctx.req.body, UPDATE_SPEC);
  const tempIncrease = body.temp_budget_increase ?? null;
  const tempExpiry = body.temp_budget_expiry ?? null;
  if ((tempIncrease === null) !== (tempExpiry === null)) {
    throw validationError([
      valueError(
        'temp_budget_increase and temp_budget_expiry must be set together',
        ctx.req.body,
      ),
    ]);
  }
  const state = ctx.state;
  const sentKey = body.key as string;
  const record = state.findKey(sentKey);
  if (!record) {
    throw convertedError(
      404,
      { error: 'Team not found, passed team_id=None' },
      'auth_error',
    );
  }
  if (!canManageKey(state, auth, record)) {
    throw convertedError(
      403,
      { error: 'You are not authorized to update this key' },
      'auth_error',
    );
  }
  if (
    typeof body.user_id === 'string' &&
    body.user_id !== record.user_id &&
    !isAdmin(auth)
  ) {
    throw convertedError(
      403,
      { error: 'Only proxy admins can change the user_id of a key' },
      'auth_error',
    );
  }
  checkNegativeBudgets(body, 'auth_error');
  const alias = asString(body.key_alias);
  if (alias !== null && aliasTaken(state, alias, record.token))
    throw aliasError(alias);
  if (
    Object.keys(asRecord(body.model_max_budget)).length > 0 &&
    !state.config.enterprise
  ) {
    throw convertedError(
      400,
      `Authentication Error, Invalid model_max_budget: You must have an enterprise license to set model_max_budget. ${NOT_PREMIUM}`,
      'auth_error',
    );
  }
  checkTeamLimits(
    state,
    body,
    asString(body.team_id) ?? record.team_id,
    record.token,
  );
  // Validate durations before touching the row, so a bad one changes nothing.
  for (const field of ['duration', 'budget_duration']) {
    const text = asString(body[field]);
    if (text && text !== '-1') {
      withDurationErrors(() => parseDuration(text), 'update');
    }
  }

  const now = state.now();
  const response: Record<string, unknown> = { key: sentKey };
  const changed = applyKeyUpdates(state, record, body, response, 'update');

  if ('duration' in body) {
    const duration = asString(body.duration);
    record.expires =
      duration && duration !== '-1'
        ? withDurationErrors(() => addDuration(now, duration), 'update')
        : null;
    changed.expires = isoOrNull(record.expires);
  }
  if (tempIncrease !== null && tempExpiry !== null) {
    record.metadata.temp_budget_increase = tempIncrease;
    record.metadata.temp_budget_expiry = tempExpiry;
  }
  Object.assign(response, changed);
  response.metadata = { ...record.metadata };
  response.token = record.token;
  record.updated_at = now;
  record.updated_by = auth.userId;
  return jsonResponse(response);
}

/**
 * Applies the non-null fields of an update body to a key row. Echoed values go
 * to `response` in request order; derived columns are returned separately.
 */
function applyKeyUpdates(
  state: EmulatorState,
  record: KeyRecord,
  body: Body,
  response: Record<string, unknown>,
  errorStyle: 'handled' | 'update' = 'handled',
): Record<string, unknown> {
  const derived: Record<string, unknown> = {};
  const now = state.now();
  for (const [field, value] of Object.entries(body)) {
    if (UPDATE_IGNORED.includes(field) || value === null || value === undefined)
      continue;
    if (['grace_period', 'new_key', 'new_master_key'].includes(field)) continue;
    response[field] = value;
    switch (field) {
      case 'metadata':
        record.metadata = mergeMetadataBound(body, asRecord(value));
        break;
      case 'budget_duration': {
        const text = value as string;
        record.budget_duration = text;
        record.budget_reset_at = withDurationErrors(
          () => nextBudgetReset(now, text),
          errorStyle,
        );
        derived.budget_reset_at = isoOrNull(record.budget_reset_at);
        break;
      }
      case 'models':
        record.models = asStringArray(value);
        break;
      case 'allowed_routes':
      case 'allowed_cache_controls':
        record[field] = [...(value as unknown[])];
        break;
      case 'allowed_passthrough_routes':
        record.allowed_passthrough_routes = [...(value as unknown[])];
        break;
      case 'access_group_ids':
        record.access_group_ids = asStringArray(value);
        break;
      case 'key_alias':
      case 'user_id':
      case 'team_id':
      case 'organization_id':
      case 'project_id':
      case 'agent_id':
      case 'budget_id':
      case 'rotation_interval':
        record[field] = value as string;
        break;
      case 'spend':
      case 'max_budget':
      case 'soft_budget':
      case 'max_parallel_requests':
      case 'tpm_limit':
      case 'rpm_limit':
        record[field] = value as number;
        break;
      case 'blocked':
      case 'auto_rotate':
        record[field] = value as boolean;
        break;
      case 'aliases':
      case 'config':
      case 'permissions':
      case 'model_max_budget':
      case 'router_settings':
        record[field] = asRecord(value);
        break;
      case 'object_permission':
        record.object_permission = asRecord(value);
        break;
      default:
        if (METADATA_BOUND.includes(field)) record.metadata[field] = value;
    }
  }
  return derived;
}

/* --------------------------------------------------------------- delete */

export function handleDelete(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const body = validateBody(ctx.req.body, {
    keys: { type: 'list' },
    key_aliases: { type: 'list' },
  });
  const keys = Array.isArray(body.keys) ? body.keys : [];
  const aliases = Array.isArray(body.key_aliases) ? body.key_aliases : [];
  if (keys.length === 0 && aliases.length === 0) {
    throw validationError([
      valueError(
        "At least one of 'keys' or 'key_aliases' must be provided.",
        ctx.req.body,
      ),
    ]);
  }
  const state = ctx.state;
  const sent = keys.length > 0 ? keys : aliases;
  const found: KeyRecord[] = [];
  if (keys.length > 0) {
    for (const k of keys) {
      const rec = typeof k === 'string' ? state.findKey(k) : undefined;
      if (rec && !found.includes(rec)) found.push(rec);
    }
  } else {
    for (const rec of state.keys.values()) {
      if (rec.key_alias !== null && aliases.includes(rec.key_alias))
        found.push(rec);
    }
  }
  if (found.length === 0) throw convertedError(404, { error: 'No keys found' });
  for (const rec of found) {
    if (!canManageKey(state, auth, rec)) {
      throw convertedError(403, {
        error: 'You are not authorized to delete this key',
      });
    }
  }
  for (const rec of found) deleteKeyRecord(state, rec, auth.userId, auth.token);
  return jsonResponse({ deleted_keys: sent });
}

export function deleteKeyRecord(
  state: EmulatorState,
  rec: KeyRecord,
  deletedBy: string | null,
  deletedByKey: string | null,
): void {
  state.keys.delete(rec.token);
  for (const [old, grace] of state.graceTokens) {
    if (grace.token === rec.token) state.graceTokens.delete(old);
  }
  const deleted: DeletedKeyRecord = {
    ...rec,
    deleted_at: state.now(),
    deleted_by: deletedBy,
    deleted_by_api_key: deletedByKey,
  };
  state.deletedKeys.push(deleted);
}

/* ----------------------------------------------------------------- info */

export function handleInfo(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const passed = ctx.req.query.get('key');
  const lookup = passed ?? auth.token;
  const record = passed
    ? state.findKey(passed)
    : state.findKeyByToken(auth.token);
  if (!record) {
    throw proxyError(
      404,
      'Key not found in database',
      'not_found_error',
      'key',
    );
  }
  const allowed =
    isAdminOrViewer(auth) ||
    record.token === auth.token ||
    (auth.userId !== null && record.user_id === auth.userId) ||
    (record.team_id !== null &&
      isTeamMember(state.teams.get(record.team_id), auth.userId));
  if (!allowed) {
    throw convertedError(
      403,
      `You are not allowed to access this key's info. Your role=${roleForMessage(
        auth,
      )}`,
    );
  }
  return jsonResponse({
    key: lookup,
    info: keyRowJson(record, { includeToken: false }),
  });
}

/* ----------------------------------------------------------------- list */

const SORT_COLUMNS = [
  'spend',
  'max_budget',
  'created_at',
  'updated_at',
  'token',
  'key_alias',
];

const LIST_QUERY: Spec = {
  page: { type: 'int', ge: 1 },
  size: { type: 'int', ge: 1, le: 100 },
  user_id: { type: 'str' },
  team_id: { type: 'str' },
  organization_id: { type: 'str' },
  key_hash: { type: 'str' },
  key_alias: { type: 'str' },
  project_id: { type: 'str' },
  access_group_id: { type: 'str' },
  return_full_object: { type: 'bool' },
  include_team_keys: { type: 'bool' },
  include_created_by_keys: { type: 'bool' },
  sort_by: { type: 'str' },
  sort_order: { type: 'str' },
  expand: { type: 'str' },
  status: { type: 'str' },
};

function sortValue(k: KeyRecord, column: string): string | number | null {
  switch (column) {
    case 'spend':
      return k.spend;
    case 'max_budget':
      return k.max_budget;
    case 'updated_at':
      return k.updated_at.getTime();
    case 'token':
      return k.token;
    case 'key_alias':
      return k.key_alias;
    case 'created_at':
    default:
      return k.created_at.getTime();
  }
}

function compareValues(
  a: string | number | null,
  b: string | number | null,
): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function handleList(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, LIST_QUERY);
  const page = (q.page as number | undefined) ?? 1;
  const size = (q.size as number | undefined) ?? 10;
  let userId = asString(q.user_id);
  const teamId = asString(q.team_id);

  if (!isAdminOrViewer(auth)) {
    const user = auth.userId ? state.users.get(auth.userId) : undefined;
    if (!auth.userId || !user) {
      throw proxyError(
        403,
        "You are not authorized to access this endpoint. No 'user_id' is associated with your API key.",
        'bad_request_error',
        'user_id',
      );
    }
    if (userId && userId !== auth.userId) {
      throw proxyError(
        403,
        "You are not authorized to check another user's keys",
        'bad_request_error',
        'user_id',
      );
    }
    if (teamId && !user.teams.includes(teamId)) {
      throw proxyError(
        403,
        "You are not authorized to check this team's keys",
        'bad_request_error',
        'team_id',
      );
    }
  }
  const sortBy = asString(q.sort_by);
  const sortOrder = (asString(q.sort_order) ?? 'desc').toLowerCase();
  if (sortBy !== null) {
    if (!SORT_COLUMNS.includes(sortBy)) {
      throw convertedError(400, {
        error: `Invalid sort column. Must be one of: ${SORT_COLUMNS.join(
          ', ',
        )}`,
      });
    }
    if (!['asc', 'desc'].includes(sortOrder)) {
      throw convertedError(400, {
        error: "Invalid sort order. Must be 'asc' or 'desc'",
      });
    }
  }
  const status = asString(q.status);
  if (status !== null && status !== 'deleted') {
    throw proxyError(
      400,
      "Invalid status value. Currently only 'deleted' is supported.",
      'bad_request_error',
      'status',
    );
  }

  let adminTeamIds: string[] = [];
  if (q.include_team_keys === true && auth.userId) {
    adminTeamIds = [...state.teams.values()]
      .filter(t => isTeamAdmin(t, auth.userId))
      .map(t => t.team_id);
  }
  if (userId === null && !isAdminOrViewer(auth)) userId = auth.userId;
  const createdBy = q.include_created_by_keys === true ? auth.userId : null;

  const source: KeyRecord[] =
    status === 'deleted' ? [...state.deletedKeys] : [...state.keys.values()];
  const filtered = source.filter(k => {
    if (k.team_id === 'litellm-dashboard') return false;
    if (userId !== null) {
      const owned = k.user_id === userId;
      const viaTeam = k.team_id !== null && adminTeamIds.includes(k.team_id);
      const viaCreator = createdBy !== null && k.created_by === createdBy;
      if (!owned && !viaTeam && !viaCreator) return false;
    }
    if (teamId !== null && k.team_id !== teamId) return false;
    if (q.organization_id && k.organization_id !== q.organization_id)
      return false;
    if (q.key_alias && k.key_alias !== q.key_alias) return false;
    if (q.key_hash && k.token !== q.key_hash) return false;
    if (q.project_id && k.project_id !== q.project_id) return false;
    if (
      q.access_group_id &&
      !k.access_group_ids.includes(q.access_group_id as string)
    ) {
      return false;
    }
    return true;
  });
  const column = sortBy ?? 'created_at';
  const direction = sortBy === null || sortOrder === 'desc' ? -1 : 1;
  filtered.sort((a, b) => {
    const primary =
      compareValues(sortValue(a, column), sortValue(b, column)) * direction;
    if (primary !== 0) return primary;
    if (a.seq !== b.seq) return (b.seq - a.seq) * (direction === -1 ? 1 : -1);
    return compareValues(b.token, a.token);
  });
  const total = filtered.length;
  const slice = filtered.slice((page - 1) * size, page * size);
  const expandUser = asString(q.expand) === 'user';
  const full = q.return_full_object === true || expandUser;
  const keys = slice.map(k => {
    if (!full) return k.token;
    const row = keyRowJson(k, { includeToken: true });
    if ('deleted_at' in k) {
      const d = k as DeletedKeyRecord;
      row.deleted_at = isoUtc(d.deleted_at);
      row.deleted_by = d.deleted_by;
      row.deleted_by_api_key = d.deleted_by_api_key;
    }
    if (expandUser) {
      const user = k.user_id ? state.users.get(k.user_id) : undefined;
      row.user = user ? userRowJson(user) : null;
    }
    return row;
  });
  return jsonResponse({
    keys,
    total_count: total,
    current_page: page,
    total_pages: Math.ceil(total / size),
  });
}

export function handleAliases(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const q = validateQuery(ctx.req.query, {
    page: { type: 'int', ge: 1 },
    size: { type: 'int', ge: 1, le: 500 },
    search: { type: 'str' },
  });
  const page = (q.page as number | undefined) ?? 1;
  const size = (q.size as number | undefined) ?? 50;
  const search = (asString(q.search) ?? '').toLowerCase();
  const aliases = new Set<string>();
  for (const k of ctx.state.keys.values()) {
    if (k.key_alias === null) continue;
    if (!isAdminOrViewer(auth) && k.user_id !== auth.userId) continue;
    if (search && !k.key_alias.toLowerCase().includes(search)) continue;
    aliases.add(k.key_alias);
  }
  const sorted = [...aliases].sort();
  return jsonResponse({
    aliases: sorted.slice((page - 1) * size, page * size),
    total_count: sorted.length,
    current_page: page,
    total_pages: Math.ceil(sorted.length / size),
    size,
  });
}

/* ------------------------------------------------------ block / unblock */

export function handleBlock(
  ctx: HandlerContext,
  blocked: boolean,
): EmulatorResponse {
  const auth = requireAuth(ctx);
  const body = validateBody(ctx.req.body, {
    key: { type: 'str', required: true },
  });
  const given = body.key as string;
  if (!given.startsWith('sk-') && !/^[0-9a-f]{64}$/.test(given)) {
    throw proxyError(400, 'Invalid key format.', 'bad_request_error', 'key');
  }
  const token = given.startsWith('sk-') ? hashToken(given) : given;
  const record = ctx.state.keys.get(token);
  if (!record) {
    throw proxyError(
      401,
      `Authentication Error, Invalid proxy server token passed. key=${token}, not found in db. Create key via \`/key/generate\` call.`,
      'token_not_found_in_db',
      'key',
    );
  }
  record.blocked = blocked;
  record.updated_at = ctx.state.now();
  record.updated_by = auth.userId;
  return jsonResponse(keyRowJson(record, { includeToken: true }));
}

/* ----------------------------------------------------------- regenerate */

export function handleRegenerate(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, REGENERATE_SPEC, {
    bodyRequired: false,
  });
  const newMasterKey = asString(body.new_master_key);
  if (!state.config.enterprise && newMasterKey === null) {
    throw convertedError(
      500,
      `Regenerating Virtual Keys is an Enterprise feature, ${NOT_PREMIUM}`,
    );
  }
  const key = asString(body.key) ?? ctx.req.params.key ?? null;
  if (!key) throw convertedError(400, { error: 'No key passed in.' });

  if (key === state.masterKey || key === hashToken(state.masterKey)) {
    if (!isAdmin(auth)) {
      throw convertedError(403, {
        error: 'Only the proxy admin can rotate the master key.',
      });
    }
    if (newMasterKey === null)
      throw convertedError(400, { error: 'New master key is required.' });
    state.masterKey = newMasterKey;
    return jsonResponse(masterKeyResponse(newMasterKey));
  }
  // LiteLLM's own test: anything without "sk" is taken to be a hash already.
  const token = key.includes('sk') ? hashToken(key) : key;
  const record = state.keys.get(token);
  if (!record) throw convertedError(404, { error: `Key ${key} not found.` });
  if (!canManageKey(state, auth, record)) {
    throw convertedError(403, {
      error: 'You are not authorized to regenerate this key',
    });
  }
  const newKey = asString(body.new_key);
  if (newKey !== null && !newKey.startsWith('sk-'))
    throw invalidKeyFormat(newKey);
  const alias = asString(body.key_alias);
  if (alias !== null && aliasTaken(state, alias, record.token))
    throw aliasError(alias);
  checkNegativeBudgets(body);
  const gracePeriod = asString(body.grace_period);
  for (const field of ['duration', 'budget_duration']) {
    const text = asString(body[field]);
    if (text && text !== '-1') withDurationErrors(() => parseDuration(text));
  }
  const now = state.now();
  const graceUntil = gracePeriod
    ? withDurationErrors(() => addDuration(now, gracePeriod))
    : null;

  applyKeyUpdates(state, record, body, {});
  if ('duration' in body) {
    const duration = asString(body.duration);
    record.expires =
      duration && duration !== '-1'
        ? withDurationErrors(() => addDuration(now, duration))
        : null;
  }
  const raw = newKey ?? newRawKey();
  const newToken = hashToken(raw);
  if (state.keys.has(newToken)) {
    throw convertedError(
      500,
      'Unique constraint failed on the fields: (`token`)',
    );
  }
  const oldToken = record.token;
  state.keys.delete(oldToken);
  record.token = newToken;
  record.key_name = keyName(raw);
  record.updated_at = now;
  record.updated_by = auth.userId;
  state.keys.set(newToken, record);
  for (const grace of state.graceTokens.values()) {
    if (grace.token === oldToken) grace.token = newToken;
  }
  if (graceUntil)
    state.graceTokens.set(oldToken, { token: newToken, until: graceUntil });

  const response: Record<string, unknown> = {
    ...keyRowJson(record, { includeToken: false }),
    ...generateKeyResponse(record, raw, body),
  };
  response.token = null;
  response.token_id = newToken;
  return jsonResponse(response);
}

function masterKeyResponse(newMasterKey: string): Record<string, unknown> {
  const blank: Record<string, unknown> = {};
  for (const field of Object.keys(GENERATE_SPEC)) blank[field] = null;
  return {
    ...blank,
    key: newMasterKey,
    token: newMasterKey,
    key_name: newMasterKey,
    expires: null,
    token_id: null,
    created_by: MASTER_USER_ID,
  };
}
