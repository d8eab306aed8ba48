import { AuditorService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  ACCESS_POLICIES,
  ConnectionTestResult,
  MODEL_CAPABILITIES,
  ModelPolicy,
  ModelRegistration,
  AuditAction,
} from '@litemaas/backstage-plugin-litemaas-common';
import { LiteLlmClient } from '../gateways/litellm/LiteLlmClient';
import { ModelPolicyStore } from '../database/ModelPolicyStore';
import { ModelStore } from '../database/ModelStore';
import { Caller } from '../permissions/Caller';
import { AccessService, validLimits } from './AccessService';
import { GrantEndService } from './access/GrantEndService';
import { ModelService } from './ModelService';
import { audited } from './audit';

const PER_MILLION = 1_000_000;

/**
 * Admin work on models: registering them in LiteLLM, editing and removing
 * them, and setting the portal's policy. Callers must hold the manage
 * permission (checked by the router).
 */
export class ModelAdminService {
  constructor(
    private readonly deps: {
      litellm: LiteLlmClient;
      models: ModelService;
      modelStore: ModelStore;
      policies: ModelPolicyStore;
      access: AccessService;
      /** Absent in tests of registration only. */
      grantEnds?: GrantEndService;
      auditor: AuditorService;
      fetch?: typeof fetch;
    },
  ) {}

  /** Registers a new model in LiteLLM (`/model/new`) with its policy. */
  async register(caller: Caller, registration: ModelRegistration) {
    return this.audited(
      'model-register',
      caller,
      registration.name,
      async () => {
        validateRegistration(registration);
        if (await this.deps.modelStore.get(registration.name)) {
          await this.deps.models.sync();
          const existing = await this.deps.modelStore.get(registration.name);
          if (existing?.available) {
            throw new InputError(
              `A model named '${registration.name}' already exists in LiteLLM`,
            );
          }
        }
        await this.deps.litellm.request('POST', '/model/new', {
          body: toDeployment(registration),
        });
        await this.savePolicy(caller, registration.name, registration);
        this.deps.models.invalidate();
        await this.deps.models.sync();
        return this.deps.models.getModel(caller, registration.name);
      },
    );
  }

  /** Edits every deployment of a model in LiteLLM, and its policy. */
  async update(caller: Caller, name: string, registration: ModelRegistration) {
    return this.audited('model-update', caller, name, async () => {
      validateRegistration({ ...registration, name });
      const stored = await this.deps.modelStore.get(name);
      if (!stored || !stored.available) {
        throw new NotFoundError(`No model named '${name}' in LiteLLM`);
      }
      const deployment = toDeployment({ ...registration, name });
      for (const id of stored.deploymentIds) {
        await this.deps.litellm.request('POST', '/model/update', {
          body: { ...deployment, model_info: { ...deployment.model_info, id } },
        });
      }
      await this.savePolicy(caller, name, registration);
      this.deps.models.invalidate();
      await this.deps.models.sync();
      return this.deps.models.getModel(caller, name);
    });
  }

  /** Removes a model from LiteLLM; the portal keeps it as unavailable. */
  async remove(caller: Caller, name: string) {
    return this.audited('model-delete', caller, name, async () => {
      const stored = await this.deps.modelStore.get(name);
      if (!stored || !stored.available) {
        throw new NotFoundError(`No model named '${name}' in LiteLLM`);
      }
      for (const id of stored.deploymentIds) {
        await this.deps.litellm.request('POST', '/model/delete', {
          body: { id },
        });
      }
      this.deps.models.invalidate();
      await this.deps.models.sync();
    });
  }

  /** Sets the portal's policy of a model. */
  async setPolicy(
    caller: Caller,
    name: string,
    policy: Partial<Omit<ModelPolicy, 'maxGrantDays'>> & {
      maxGrantDays?: number | null;
    },
  ) {
    return this.audited('model-policy', caller, name, async () => {
      if (!(await this.deps.modelStore.get(name))) {
        throw new NotFoundError(`No model named '${name}'`);
      }
      await this.savePolicy(caller, name, policy);
      return this.deps.models.getModel(caller, name);
    });
  }

  /**
   * Checks that an OpenAI-compatible endpoint answers `GET /models` with the
   * given credential, before an admin saves a model pointing at it.
   */
  async testConnection(input: {
    apiBase?: string;
    apiKey?: string;
  }): Promise<ConnectionTestResult> {
    const started = Date.now();
    if (!input.apiBase) {
      return {
        ok: false,
        latencyMs: 0,
        message:
          'No API base to test: LiteLLM will call the provider’s public endpoint.',
      };
    }
    let url: URL;
    try {
      url = new URL(`${input.apiBase.replace(/\/+$/, '')}/models`);
      if (!['http:', 'https:'].includes(url.protocol)) throw new Error();
    } catch {
      throw new InputError(`apiBase '${input.apiBase}' is not an http(s) URL`);
    }
    try {
      const response = await (this.deps.fetch ?? fetch)(url, {
        headers: input.apiKey
          ? { Authorization: `Bearer ${input.apiKey}` }
          : {},
        signal: AbortSignal.timeout(5000),
      });
      const latencyMs = Date.now() - started;
      if (!response.ok) {
        return {
          ok: false,
          latencyMs,
          message: `${url} answered HTTP ${response.status}${
            response.status === 401 || response.status === 403
              ? ': check the API key'
              : ''
          }`,
        };
      }
      const body = (await response.json().catch(() => undefined)) as
        | { data?: Array<{ id?: string }> }
        | undefined;
      const models = body?.data
        ?.map(m => m.id)
        .filter((id): id is string => typeof id === 'string');
      return {
        ok: true,
        latencyMs,
        message: `Connected in ${latencyMs} ms${
          models ? `; the endpoint serves ${models.length} model(s)` : ''
        }`,
        models,
      };
    } catch (error) {
      return {
        ok: false,
        latencyMs: Date.now() - started,
        message:
          (error as Error).name === 'TimeoutError'
            ? `${url} did not answer within 5 s`
            : `${url} could not be reached: ${
                (error as { cause?: { code?: string } }).cause?.code ??
                (error as Error).message
              }`,
      };
    }
  }

  private async savePolicy(
    caller: Caller,
    name: string,
    input: Partial<Omit<ModelPolicy, 'maxGrantDays'>> & {
      maxGrantDays?: number | null;
    },
  ) {
    const current = await this.deps.models.policyOf(name);
    const maxGrantDays =
      input.maxGrantDays === undefined
        ? current.maxGrantDays
        : validMaxGrantDays(input.maxGrantDays);
    const next: ModelPolicy = {
      accessPolicy: input.accessPolicy ?? current.accessPolicy,
      ownerRef:
        input.ownerRef === undefined
          ? current.ownerRef
          : normaliseOwner(input.ownerRef),
      description:
        input.description === undefined
          ? current.description
          : input.description.trim() || undefined,
      defaultLimits:
        input.defaultLimits === undefined
          ? current.defaultLimits
          : validLimits(input.defaultLimits),
      ...(maxGrantDays !== undefined && { maxGrantDays }),
    };
    if (!ACCESS_POLICIES.includes(next.accessPolicy)) {
      throw new InputError(
        `accessPolicy must be one of ${ACCESS_POLICIES.join(', ')}`,
      );
    }
    await this.deps.policies.put(name, next, caller.userRef);
    this.deps.models.catalogChanged();
    if (current.accessPolicy === 'open' && next.accessPolicy === 'restricted') {
      await this.deps.access.moveGrantsToReview(caller, name);
    }
    if (
      maxGrantDays !== undefined &&
      (current.maxGrantDays === undefined ||
        maxGrantDays < current.maxGrantDays)
    ) {
      await this.deps.grantEnds?.applyLongestGrant(caller.userRef, name);
    }
  }

  private audited<T>(
    eventId: AuditAction,
    caller: Caller,
    model: string,
    fn: () => Promise<T>,
  ): Promise<T> {
    return audited(this.deps.auditor, eventId, caller, { model }, fn);
  }
}

function validMaxGrantDays(days: number | null): number | undefined {
  if (days === null) return undefined;
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new InputError(
      `maxGrantDays must be a whole number of days from 1 to 3650, not ${days}`,
    );
  }
  return days;
}

function normaliseOwner(ownerRef: string): string | undefined {
  const trimmed = ownerRef.trim();
  if (!trimmed) return undefined;
  try {
    return stringifyEntityRef(
      parseEntityRef(trimmed, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    );
  } catch (error) {
    throw new InputError(
      `ownerRef '${ownerRef}' is not an entity ref: ${
        (error as Error).message
      }`,
    );
  }
}

function validateRegistration(registration: ModelRegistration) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/.test(registration.name ?? '')) {
    throw new InputError(
      'name must be 1-128 characters: letters, digits, and . _ : / -',
    );
  }
  if (!/^[a-z0-9_-]+\/.+$/.test(registration.providerModel ?? '')) {
    throw new InputError(
      "providerModel must be LiteLLM's provider/model, e.g. openai/gpt-4o-mini",
    );
  }
  if (registration.apiBase !== undefined && !isHttpUrl(registration.apiBase)) {
    throw new InputError(
      `apiBase must be an http(s) URL, e.g. https://models.example.com/v1`,
    );
  }
  for (const field of [
    'inputPricePer1M',
    'outputPricePer1M',
    'contextWindow',
    'maxOutputTokens',
    'tpm',
    'rpm',
  ] as const) {
    const value = registration[field];
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
      throw new InputError(`${field} must be a number of 0 or more`);
    }
  }
  for (const capability of registration.capabilities ?? []) {
    if (!MODEL_CAPABILITIES.some(c => c.id === capability)) {
      throw new InputError(`Unknown capability '${capability}'`);
    }
  }
}

/** The LiteLLM deployment for a registration. */
function toDeployment(registration: ModelRegistration) {
  const capabilities = Object.fromEntries(
    MODEL_CAPABILITIES.map(c => [
      c.litellmFlag,
      (registration.capabilities ?? []).includes(c.id),
    ]),
  );
  const litellmParams: Record<string, unknown> = {
    model: registration.providerModel,
  };
  if (registration.apiBase) litellmParams.api_base = registration.apiBase;
  if (registration.apiKey) litellmParams.api_key = registration.apiKey;
  if (registration.inputPricePer1M !== undefined) {
    litellmParams.input_cost_per_token =
      registration.inputPricePer1M / PER_MILLION;
  }
  if (registration.outputPricePer1M !== undefined) {
    litellmParams.output_cost_per_token =
      registration.outputPricePer1M / PER_MILLION;
  }
  if (registration.tpm !== undefined) litellmParams.tpm = registration.tpm;
  if (registration.rpm !== undefined) litellmParams.rpm = registration.rpm;
  const modelInfo: Record<string, unknown> = {
    mode: registration.mode ?? 'chat',
    ...capabilities,
  };
  if (registration.contextWindow !== undefined) {
    modelInfo.max_input_tokens = registration.contextWindow;
  }
  if (registration.maxOutputTokens !== undefined) {
    modelInfo.max_output_tokens = registration.maxOutputTokens;
  }
  if (registration.inputPricePer1M !== undefined) {
    modelInfo.input_cost_per_token = litellmParams.input_cost_per_token;
  }
  if (registration.outputPricePer1M !== undefined) {
    modelInfo.output_cost_per_token = litellmParams.output_cost_per_token;
  }
  return {
    model_name: registration.name,
    litellm_params: litellmParams,
    model_info: modelInfo,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      !url.username &&
      !url.password
    );
  } catch {
    return false;
  }
}
