import { createHash, randomUUID } from 'node:crypto';
import { AuthContext, isAdmin } from './auth';
import {
  HandlerContext,
  isTeamAdmin,
  isTeamMember,
  requireAuth,
} from './common';
import { convertedError, HttpError, proxyError, rawError } from './errors';
import { EmulatorResponse, jsonResponse } from './http';
import { lookupCostMap } from './costmap';
import { NOT_PREMIUM } from './keys';
import { isoUtc } from './pyformat';
import { EmulatorState, KeyRecord, ModelRecord, TeamRecord } from './state';
import {
  asRecord,
  asString,
  isPlainObject,
  validateBody,
  validateQuery,
} from './validation';

/** litellm_params that must never leave the proxy. */
const SECRET_PARAMS = [
  'api_key',
  'api_secret',
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'aws_web_identity_token',
  'vertex_credentials',
  'azure_ad_token',
  'client_secret',
  'litellm_credential_name',
];

const CHAT_PARAMS = [
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'top_logprobs',
  'max_tokens',
  'max_completion_tokens',
  'modalities',
  'prediction',
  'n',
  'presence_penalty',
  'seed',
  'stop',
  'stream',
  'stream_options',
  'temperature',
  'top_p',
  'tools',
  'tool_choice',
  'function_call',
  'functions',
  'max_retries',
  'extra_headers',
  'parallel_tool_calls',
  'response_format',
  'user',
];

const EMBEDDING_PARAMS = ['user', 'encoding_format', 'dimensions'];

/** The provider prefix of "openai/gpt-4o-mini", or the configured provider. */
export function providerOf(model: ModelRecord): string | null {
  const configured = asString(model.model_info.litellm_provider);
  if (configured) return configured;
  const litellmModel = asString(model.litellm_params.model) ?? '';
  const slash = litellmModel.indexOf('/');
  if (slash > 0) return litellmModel.slice(0, slash);
  return lookupCostMap(litellmModel)?.entry.litellm_provider ?? null;
}

/** The provider-side model id ("gpt-4o-mini" for "openai/gpt-4o-mini"). */
export function providerModelName(model: ModelRecord): string {
  const litellmModel = asString(model.litellm_params.model) ?? model.model_name;
  const slash = litellmModel.indexOf('/');
  return slash > 0 ? litellmModel.slice(slash + 1) : litellmModel;
}

export interface ModelPricing {
  input: number;
  output: number;
}

/** Deployment override > model_info > cost map > 0. */
export function pricingOf(model: ModelRecord): ModelPricing {
  const cost = lookupCostMap(asString(model.litellm_params.model))?.entry;
  const pick = (
    field: 'input_cost_per_token' | 'output_cost_per_token',
  ): number => {
    const fromParams = model.litellm_params[field];
    if (typeof fromParams === 'number') return fromParams;
    const fromInfo = model.model_info[field];
    if (typeof fromInfo === 'number') return fromInfo;
    return cost?.[field] ?? 0;
  };
  return {
    input: pick('input_cost_per_token'),
    output: pick('output_cost_per_token'),
  };
}

export function modeOf(model: ModelRecord): string {
  return (
    asString(model.model_info.mode) ??
    lookupCostMap(asString(model.litellm_params.model))?.entry.mode ??
    'chat'
  );
}

export function responseModelName(model: ModelRecord): string {
  return (
    lookupCostMap(asString(model.litellm_params.model))?.entry.response_model ??
    providerModelName(model)
  );
}

/** model_info as /model/info reports it: configured values merged over the cost map. */
export function mergedModelInfo(model: ModelRecord): Record<string, unknown> {
  const found = lookupCostMap(asString(model.litellm_params.model));
  const cost = found?.entry;
  const params = model.litellm_params;
  const info = model.model_info;
  const mode = modeOf(model);
  const pick = (field: string): unknown => {
    if (params[field] !== undefined && params[field] !== null)
      return params[field];
    if (info[field] !== undefined && info[field] !== null) return info[field];
    const fromCost = cost
      ? (cost as unknown as Record<string, unknown>)[field]
      : undefined;
    return fromCost ?? null;
  };
  const maxOutput = pick('max_output_tokens');
  const merged: Record<string, unknown> = {
    id: model.model_id,
    db_model: model.db_model,
    key: found?.key ?? providerModelName(model),
    max_tokens: pick('max_tokens') ?? maxOutput,
    max_input_tokens: pick('max_input_tokens'),
    max_output_tokens: maxOutput,
    input_cost_per_token: pick('input_cost_per_token'),
    cache_creation_input_token_cost: pick('cache_creation_input_token_cost'),
    cache_read_input_token_cost: pick('cache_read_input_token_cost'),
    output_cost_per_token: pick('output_cost_per_token'),
    output_vector_size: pick('output_vector_size'),
    litellm_provider: providerOf(model),
    mode,
    supports_system_messages: pick('supports_system_messages'),
    supports_response_schema: pick('supports_response_schema'),
    supports_vision: pick('supports_vision'),
    supports_function_calling: pick('supports_function_calling'),
    supports_parallel_function_calling: pick(
      'supports_parallel_function_calling',
    ),
    supports_tool_choice: pick('supports_tool_choice'),
    supports_assistant_prefill: pick('supports_assistant_prefill'),
    supports_prompt_caching: pick('supports_prompt_caching'),
    supports_audio_input: pick('supports_audio_input'),
    supports_audio_output: pick('supports_audio_output'),
    supports_pdf_input: pick('supports_pdf_input'),
    supports_embedding_image_input: pick('supports_embedding_image_input'),
    supports_native_streaming: pick('supports_native_streaming'),
    supports_web_search: pick('supports_web_search'),
    supports_reasoning: pick('supports_reasoning'),
    tpm: params.tpm ?? info.tpm ?? null,
    rpm: params.rpm ?? info.rpm ?? null,
    supported_openai_params:
      mode === 'embedding' ? [...EMBEDDING_PARAMS] : [...CHAT_PARAMS],
  };
  for (const [k, v] of Object.entries(info)) {
    if (!(k in merged) && k !== 'db_model') merged[k] = v;
  }
  return merged;
}

export function publicLitellmParams(
  model: ModelRecord,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(model.litellm_params)) {
    if (!SECRET_PARAMS.includes(k)) out[k] = v;
  }
  return out;
}

function modelInfoEntry(model: ModelRecord): Record<string, unknown> {
  return {
    model_name: model.model_name,
    litellm_params: publicLitellmParams(model),
    model_info: mergedModelInfo(model),
  };
}

/* -------------------------------------------------------------- access */

/** Expands access groups and the special names in a models list. */
export function expandModels(
  state: EmulatorState,
  models: string[],
  team: TeamRecord | null,
): { all: boolean; names: string[] } {
  const names: string[] = [];
  let all = false;
  for (const m of models) {
    if (m === 'all-proxy-models' || m === '*') {
      all = true;
    } else if (m === 'all-team-models') {
      if (!team || team.models.length === 0) all = true;
      else {
        const expanded = expandModels(state, team.models, null);
        all = all || expanded.all;
        names.push(...expanded.names);
      }
    } else {
      const group = state.models.filter(d => {
        const groups = d.model_info.access_groups;
        return Array.isArray(groups) && groups.includes(m);
      });
      if (group.length > 0) names.push(...group.map(d => d.model_name));
      else names.push(m);
    }
  }
  return { all, names: [...new Set(names)] };
}

function matches(names: string[], model: string): boolean {
  return names.some(n => {
    if (n === model) return true;
    if (n.endsWith('*')) return model.startsWith(n.slice(0, -1));
    return false;
  });
}

/** Model names a caller may use, or 'all'. Key models, else team models, else everything. */
export function accessibleModels(
  state: EmulatorState,
  auth: AuthContext,
): 'all' | string[] {
  if (auth.isMaster || !auth.key) return 'all';
  return accessibleForKey(state, auth.key, auth.team);
}

export function accessibleForKey(
  state: EmulatorState,
  key: KeyRecord,
  team: TeamRecord | null,
): 'all' | string[] {
  if (key.models.length > 0) {
    const expanded = expandModels(state, key.models, team);
    return expanded.all ? 'all' : expanded.names;
  }
  if (team && team.models.length > 0) {
    const expanded = expandModels(state, team.models, null);
    return expanded.all ? 'all' : expanded.names;
  }
  return 'all';
}

/** Throws the key/team model-access error LiteLLM raises during auth. */
export function checkModelAccess(
  state: EmulatorState,
  key: KeyRecord,
  team: TeamRecord | null,
  model: string,
): void {
  const status = state.config.versionBehaviour.modelAccessDeniedStatus;
  if (key.models.length > 0) {
    const expanded = expandModels(state, key.models, team);
    if (!expanded.all && !matches(expanded.names, model)) {
      throw proxyError(
        status,
        `key not allowed to access model. This key can only access models=${pyList(
          key.models,
        )}. Tried to access ${model}`,
        'key_model_access_denied',
        'model',
      );
    }
  }
  if (team && team.models.length > 0) {
    const expanded = expandModels(state, team.models, null);
    if (!expanded.all && !matches(expanded.names, model)) {
      throw proxyError(
        status,
        `team not allowed to access model. This team can only access models=${pyList(
          team.models,
        )}. Tried to access ${model}`,
        'team_model_access_denied',
        'model',
      );
    }
  }
}

function pyList(items: string[]): string {
  return `[${items
    .map(i => `'${i.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
    .join(', ')}]`;
}

/* ---------------------------------------------------- /v1/models, info */

const MODEL_CREATED = 1677610602;

export function handleModelsList(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, {
    team_id: { type: 'str' },
    include_model_access_groups: { type: 'bool' },
    only_model_access_groups: { type: 'bool' },
    return_wildcard_routes: { type: 'bool' },
    include_metadata: { type: 'bool' },
  });
  let names: string[];
  const teamId = asString(q.team_id);
  if (teamId) {
    const team = state.teams.get(teamId);
    if (
      !team ||
      (!isAdmin(auth) &&
        !isTeamMember(team, auth.userId) &&
        auth.key?.team_id !== teamId)
    ) {
      names = [];
    } else {
      const expanded = expandModels(state, team.models, null);
      names =
        team.models.length === 0 || expanded.all
          ? state.modelNames()
          : expanded.names;
    }
  } else {
    const access = accessibleModels(state, auth);
    names = access === 'all' ? state.modelNames() : access;
  }
  const groups = [
    ...new Set(
      state.models.flatMap(m =>
        Array.isArray(m.model_info.access_groups)
          ? (m.model_info.access_groups as string[])
          : [],
      ),
    ),
  ];
  if (q.only_model_access_groups === true) names = groups;
  else if (q.include_model_access_groups === true)
    names = [...names, ...groups];
  return jsonResponse({
    data: names.map(id => ({
      id,
      object: 'model',
      created: MODEL_CREATED,
      owned_by: 'openai',
    })),
    object: 'list',
  });
}

export function handleModelRetrieve(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const id = ctx.req.params.model;
  const access = accessibleModels(ctx.state, auth);
  const exists = ctx.state.modelNames().includes(id);
  const visible = access === 'all' ? exists : access.includes(id);
  if (!visible) {
    throw proxyError(
      404,
      `The model \`${id}\` does not exist`,
      'not_found_error',
      'model',
    );
  }
  return jsonResponse({
    id,
    object: 'model',
    created: MODEL_CREATED,
    owned_by: 'openai',
  });
}

export function handleModelInfoV1(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, { litellm_model_id: { type: 'str' } });
  const id = asString(q.litellm_model_id);
  if (id) {
    const model = state.models.find(m => m.model_id === id);
    if (!model)
      throw rawError(400, {
        error: `Model id = ${id} not found on litellm proxy`,
      });
    return jsonResponse({ data: [modelInfoEntry(model)] });
  }
  const access = accessibleModels(state, auth);
  const visible =
    access === 'all'
      ? state.models
      : state.models.filter(m => access.includes(m.model_name));
  return jsonResponse({ data: visible.map(modelInfoEntry) });
}

export function handleModelInfoV2(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const q = validateQuery(ctx.req.query, {
    model: { type: 'str' },
    user_models_only: { type: 'bool' },
    include_team_models: { type: 'bool' },
    debug: { type: 'bool' },
  });
  let models = state.models;
  const name = asString(q.model);
  if (name) models = models.filter(m => m.model_name === name);
  const access = accessibleModels(state, auth);
  if (q.user_models_only === true && access !== 'all') {
    models = models.filter(m => access.includes(m.model_name));
  }
  const data = models.map(m => {
    const entry = modelInfoEntry(m);
    if (q.include_team_models === true) {
      const teamIds = [...state.teams.values()]
        .filter(
          t => t.models.includes(m.model_name) && isTeamMember(t, auth.userId),
        )
        .map(t => t.team_id);
      entry.access_via_team_ids = teamIds;
      entry.direct_access = access === 'all' || access.includes(m.model_name);
    }
    return entry;
  });
  return jsonResponse({ data });
}

/* ------------------------------------------------------------- writes */

/** Opaque stand-in for LiteLLM's encrypted litellm_params values. */
function encryptParams(state: EmulatorState, params: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string') {
      const digest = createHash('sha256')
        .update(`${state.masterKey}:${k}:${v}`)
        .digest()
        .subarray(0, 30);
      out[k] = digest.toString('base64');
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** LiteLLM_ProxyModelTable row as returned by the write endpoints. */
function dbRowJson(
  state: EmulatorState,
  model: ModelRecord,
): Record<string, unknown> {
  return {
    model_id: model.model_id,
    model_name: model.model_name,
    litellm_params: encryptParams(state, model.litellm_params),
    model_info: { ...model.model_info, id: model.model_id, db_model: false },
    created_at: isoUtc(model.created_at),
    created_by: model.created_by,
    updated_at: isoUtc(model.updated_at),
    updated_by: model.updated_by,
  };
}

/** ModelManagementAuthChecks.can_user_make_model_call. */
function checkModelWrite(
  state: EmulatorState,
  auth: AuthContext,
  modelInfo: Record<string, unknown>,
  wrap: (status: number, detail: unknown) => HttpError,
): void {
  const teamId = asString(modelInfo.team_id);
  if (teamId) {
    const team = state.teams.get(teamId);
    if (!team)
      throw wrap(400, { error: `Team id=${teamId} does not exist in db` });
    if (!state.config.enterprise) throw wrap(403, { error: NOT_PREMIUM });
    if (isAdmin(auth)) return;
    if (!isTeamAdmin(team, auth.userId)) {
      throw wrap(403, {
        error: `Team ID=${teamId} does not match the API key's team ID=${
          auth.key?.team_id ?? null
        }, OR you are not the admin for this team. Check \`/user/info\` to verify your team admin status.`,
      });
    }
    return;
  }
  if (!isAdmin(auth)) {
    throw wrap(403, {
      error: `User does not have permission to make this model call. Your role=${
        auth.role === 'unknown' ? 'None' : auth.role
      }. You can only make model calls if you are a PROXY_ADMIN or if you are a team admin, by specifying a team_id in the model_info.`,
    });
  }
}

const authWrap = (status: number, detail: unknown) =>
  convertedError(status, detail, 'auth_error');

const STORE_MODEL_IN_DB = {
  error: "Set `'STORE_MODEL_IN_DB='True'` in your env to enable this feature.",
};

const DEPLOYMENT_SPEC = {
  model_name: { type: 'str' as const, required: true },
  litellm_params: { type: 'dict' as const, required: true },
  model_info: { type: 'dict' as const },
};

export function addModel(
  state: EmulatorState,
  input: {
    model_name: string;
    litellm_params: Record<string, unknown>;
    model_info?: Record<string, unknown>;
  },
  createdBy: string | null,
  dbModel = true,
): ModelRecord {
  const now = state.now();
  const info = { ...(input.model_info ?? {}) };
  const id = asString(info.id) ?? randomUUID();
  delete info.id;
  delete info.db_model;
  const record: ModelRecord = {
    model_id: id,
    model_name: input.model_name,
    litellm_params: { ...input.litellm_params },
    model_info: info,
    db_model: dbModel,
    created_at: now,
    created_by: createdBy,
    updated_at: now,
    updated_by: createdBy,
  };
  state.models.push(record);
  return record;
}

export function handleModelNew(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, DEPLOYMENT_SPEC);
  const params = asRecord(body.litellm_params);
  if (typeof params.model !== 'string') {
    throw new HttpError(422, {
      detail: [
        {
          type: params.model === undefined ? 'missing' : 'string_type',
          loc: ['body', 'litellm_params', 'model'],
          msg:
            params.model === undefined
              ? 'Field required'
              : 'Input should be a valid string',
          input: params.model === undefined ? params : params.model,
        },
      ],
    });
  }
  const info = asRecord(body.model_info);
  checkModelWrite(state, auth, info, authWrap);
  const requestedId = asString(info.id);
  if (requestedId && state.models.some(m => m.model_id === requestedId)) {
    throw proxyError(
      400,
      `model_info.id=${requestedId} already belongs to an existing deployment; omit model_info.id to auto-generate one.`,
      'validation_error',
      'model_info.id',
    );
  }
  if (!state.config.storeModelInDb) throw authWrap(500, STORE_MODEL_IN_DB);
  let modelName = body.model_name as string;
  const teamId = asString(info.team_id);
  if (teamId) {
    info.team_public_model_name = modelName;
    modelName = `model_name_${teamId}_${randomUUID()}`;
    const team = state.teams.get(teamId);
    if (team && !team.models.includes(info.team_public_model_name as string)) {
      team.models.push(info.team_public_model_name as string);
    }
  }
  const record = addModel(
    state,
    { model_name: modelName, litellm_params: params, model_info: info },
    auth.userId,
  );
  return jsonResponse(dbRowJson(state, record));
}

export function handleModelUpdate(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, {
    model_name: { type: 'str' },
    litellm_params: { type: 'dict' },
    model_info: { type: 'dict' },
    blocked: { type: 'bool' },
  });
  const authPrefixed = (message: string) =>
    proxyError(400, `Authentication Error, ${message}`, 'auth_error', 'None');
  if (!isPlainObject(body.model_info))
    throw authPrefixed('model_info not provided');
  const id = asString(body.model_info.id);
  if (!id) throw authPrefixed('model_info.id not provided');
  const model = state.models.find(m => m.model_id === id);
  if (!model || !model.db_model) {
    if (model) {
      throw authWrap(400, {
        error:
          "Can't edit model. Model in config. Store model in db via `/model/new`. to edit.",
      });
    }
    throw authPrefixed('model not found');
  }
  checkModelWrite(state, auth, model.model_info, authWrap);
  if (!state.config.storeModelInDb) throw authWrap(500, STORE_MODEL_IN_DB);
  if (!isPlainObject(body.litellm_params))
    throw authPrefixed('litellm_params not provided');
  for (const [k, v] of Object.entries(body.litellm_params)) {
    if (v !== null && v !== undefined) model.litellm_params[k] = v;
  }
  model.updated_at = state.now();
  model.updated_by = auth.userId;
  return jsonResponse(dbRowJson(state, model));
}

export function handleModelPatch(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const id = ctx.req.params.model_id;
  const body = validateBody(ctx.req.body, {
    model_name: { type: 'str' },
    litellm_params: { type: 'dict' },
    model_info: { type: 'dict' },
    blocked: { type: 'bool' },
  });
  if (!state.config.storeModelInDb) {
    throw proxyError(
      400,
      'Model updates only supported for DB-stored models',
      'validation_error',
      null,
    );
  }
  const model = state.models.find(m => m.model_id === id);
  if (!model || !model.db_model) {
    if (model) {
      throw proxyError(
        400,
        'Cannot edit config-based model. Store model in DB via /model/new first.',
        'validation_error',
        null,
      );
    }
    throw proxyError(
      404,
      `Model ${id} not found on proxy.`,
      'not_found_error',
      null,
    );
  }
  checkModelWrite(state, auth, model.model_info, (status, detail) =>
    rawError(status, detail),
  );
  if (body.blocked !== undefined && body.blocked !== null && !isAdmin(auth)) {
    throw rawError(403, "Only proxy admins can change a model's blocked flag.");
  }
  if (typeof body.model_name === 'string') model.model_name = body.model_name;
  if (isPlainObject(body.litellm_params)) {
    for (const [k, v] of Object.entries(body.litellm_params)) {
      if (v !== null && v !== undefined) model.litellm_params[k] = v;
    }
  }
  if (isPlainObject(body.model_info)) {
    for (const [k, v] of Object.entries(body.model_info)) {
      if (k === 'id' || k === 'db_model') continue;
      if (v !== null && v !== undefined) model.model_info[k] = v;
    }
  }
  if (typeof body.blocked === 'boolean')
    model.model_info.blocked = body.blocked;
  model.updated_at = state.now();
  model.updated_by = auth.userId;
  return jsonResponse(dbRowJson(state, model));
}

export function handleModelDelete(ctx: HandlerContext): EmulatorResponse {
  const auth = requireAuth(ctx);
  const state = ctx.state;
  const body = validateBody(ctx.req.body, {
    id: { type: 'str', required: true },
  });
  const id = body.id as string;
  const index = state.models.findIndex(m => m.model_id === id && m.db_model);
  if (index < 0)
    throw authWrap(400, { error: `Model with id=${id} not found in db` });
  const model = state.models[index];
  checkModelWrite(state, auth, model.model_info, authWrap);
  const teamId = asString(model.model_info.team_id);
  const publicName = asString(model.model_info.team_public_model_name);
  if (teamId && publicName) {
    const team = state.teams.get(teamId);
    if (team) team.models = team.models.filter(m => m !== publicName);
  }
  if (!state.config.storeModelInDb) throw authWrap(500, STORE_MODEL_IN_DB);
  state.models.splice(index, 1);
  return jsonResponse({ message: `Model: ${id} deleted successfully` });
}

/** Deployments a key may call under `model` (team models resolve via their public name). */
export function resolveDeployment(
  state: EmulatorState,
  model: string,
): ModelRecord | undefined {
  const direct = state.pickDeployment(model);
  if (direct) return direct;
  return state.models.find(m => m.model_info.team_public_model_name === model);
}
