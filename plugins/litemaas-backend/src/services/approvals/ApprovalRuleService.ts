import {
  AuditorService,
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ConflictError, InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AccessLimits,
  ApprovalRule,
  ApprovalRulesCheckBody,
  ApprovalRulesCheckResponse,
  ApprovalRulesResponse,
  SYSTEM_REASONS,
  validateApprovalRules,
} from '@litemaas/backstage-plugin-litemaas-common';
import { ApprovalRuleStore } from '../../database/ApprovalRuleStore';
import { Caller, entityRefOf } from '../../permissions/Caller';
import { ModelService } from '../ModelService';
import { audited } from '../audit';
import { validLimits } from '../AccessService';
import { CatalogProbe, RuleVerdict, evaluateRules } from './evaluateRules';

/** A model's rules and where they come from. */
interface ModelRules {
  rules: ApprovalRule[];
  source: ApprovalRulesResponse['source'];
  updatedBy?: string;
  updatedAt?: string;
}

/** A request the rules decide, before it is stored. */
export interface RuleRequest {
  modelName: string;
  subjectRef: string;
  requestedBy: string;
  requesterRefs: string[];
  limits: AccessLimits;
  defaultBudgetDuration?: string;
}

/**
 * `litemaas.models[].approvalRules`, checked at start-up: a bad rule in
 * config stops the backend rather than deciding requests wrongly.
 */
export function approvalRulesFromConfig(
  config: Config,
): Map<string, ApprovalRule[]> {
  const result = new Map<string, ApprovalRule[]>();
  for (const entry of config.getOptionalConfigArray('litemaas.models') ?? []) {
    const raw = entry.getOptional('approvalRules');
    if (raw === undefined) continue;
    const name = entry.getString('name');
    try {
      result.set(name, validateApprovalRules(raw));
    } catch (error) {
      throw new Error(
        `litemaas.models '${name}' approvalRules: ${(error as Error).message}`,
      );
    }
  }
  return result;
}

/**
 * Approval rules of models: reading and saving them (admins and the
 * model's owners), and what they decide for a request, stored or draft.
 */
export class ApprovalRuleService {
  constructor(
    private readonly deps: {
      store: ApprovalRuleStore;
      models: ModelService;
      /** Rules from app-config: they win and are read-only over the API. */
      configRules: Map<string, ApprovalRule[]>;
      catalog: CatalogService;
      auth: AuthService;
      auditor: AuditorService;
    },
  ) {}

  async rulesOf(modelName: string): Promise<ModelRules> {
    const configured = this.deps.configRules.get(modelName);
    if (configured) return { rules: configured, source: 'config' };
    const stored = await this.deps.store.get(modelName);
    return stored
      ? {
          rules: stored.rules,
          source: 'portal',
          updatedBy: stored.updatedBy,
          updatedAt: stored.updatedAt,
        }
      : { rules: [], source: 'none' };
  }

  /** Models with an escalate rule, and after how many days. */
  async escalations(): Promise<
    Array<{ modelName: string; rule: string; afterDays: number }>
  > {
    const all = new Map<string, ApprovalRule[]>();
    for (const saved of await this.deps.store.list()) {
      all.set(saved.modelName, saved.rules);
    }
    for (const [name, rules] of this.deps.configRules) all.set(name, rules);
    const result = [];
    for (const [modelName, rules] of all) {
      for (const rule of rules) {
        if (rule.kind === 'escalate') {
          result.push({
            modelName,
            rule: rule.name,
            afterDays: rule.afterDays,
          });
        }
      }
    }
    return result;
  }

  async get(caller: Caller, name: string): Promise<ApprovalRulesResponse> {
    await this.authorize(caller, name, 'read');
    return this.response(name, caller);
  }

  put(
    caller: Caller,
    name: string,
    body: { rules?: unknown },
  ): Promise<ApprovalRulesResponse> {
    return audited(
      this.deps.auditor,
      'model-approval-rules',
      caller,
      { modelName: name },
      async note => {
        await this.authorize(caller, name, 'change');
        if (this.deps.configRules.has(name)) {
          throw new ConflictError(
            `The approval rules of ${name} come from app-config (litemaas.models[].approvalRules) and are read-only here`,
          );
        }
        const rules = this.validated(body.rules);
        if (!caller.canManage) {
          keepsAdminRules((await this.rulesOf(name)).rules, rules);
        }
        const before = await this.deps.store.put(name, rules, caller.userRef);
        note({
          modelName: name,
          before: { rules: before?.rules ?? [] },
          after: { rules },
        });
        return this.response(name, caller);
      },
    );
  }

  /** What the rules would do with a draft request; writes nothing. */
  async check(
    caller: Caller,
    name: string,
    body: Omit<ApprovalRulesCheckBody, 'rules'> & { rules?: unknown },
  ): Promise<ApprovalRulesCheckResponse> {
    const model = await this.authorize(caller, name, 'check');
    const subjectRef = entityRefOf(body.subjectRef);
    const defaultRequester = subjectRef.startsWith('user:')
      ? subjectRef
      : caller.userRef;
    const requestedBy = body.requestedBy
      ? entityRefOf(body.requestedBy)
      : defaultRequester;
    if (!requestedBy.startsWith('user:')) {
      throw new InputError(`requestedBy must be a user, not ${requestedBy}`);
    }
    const limits = { ...model.defaultLimits, ...validLimits(body.limits) };
    if (model.accessPolicy === 'open') {
      return {
        outcome: 'granted',
        reason: SYSTEM_REASONS.openModelGranted,
        limits,
      };
    }
    const rules =
      body.rules !== undefined
        ? this.validated(body.rules)
        : (await this.rulesOf(name)).rules;
    // Only rules about groups or owners need the requester's groups.
    const needsGroups = rules.some(
      r => r.kind === 'autoApprove' || r.kind === 'deny',
    );
    // A draft about someone else reads the catalog as the caller: it shows
    // their groups and entities only as far as the caller may see them.
    const credentials = caller.credentials ?? (await this.credentials());
    let requesterRefs: string[] = [requestedBy];
    try {
      if (requestedBy === caller.userRef) {
        requesterRefs = caller.ownershipRefs;
      } else if (needsGroups) {
        requesterRefs = await this.groupsOf(requestedBy, credentials);
      }
    } catch (error) {
      return {
        outcome: rules.some(r => r.kind === 'twoApprovals')
          ? 'twoApprovals'
          : 'people',
        reason: `The catalog could not say which groups ${requestedBy} is in (${
          (error as Error).message
        }): left to people`,
        limits,
      };
    }
    const verdict = await evaluateRules(
      rules,
      {
        subjectRef,
        requestedBy,
        requesterRefs,
        limits,
        defaultBudgetDuration: model.defaultLimits.budgetDuration,
      },
      (condition, ownerRefs) => this.probe(condition, ownerRefs, credentials),
    );
    return {
      outcome: verdict.outcome,
      ...(verdict.rule ? { rule: verdict.rule } : {}),
      reason: verdict.reason,
      limits,
      ...(verdict.escalateAfterDays !== undefined && {
        escalateAfterDays: verdict.escalateAfterDays,
      }),
    };
  }

  /** What the model's rules decide for a new request; undefined: no rules. */
  async decide(request: RuleRequest): Promise<RuleVerdict | undefined> {
    const { rules } = await this.rulesOf(request.modelName);
    if (!rules.length) return undefined;
    return evaluateRules(rules, request, (condition, ownerRefs) =>
      this.probe(condition, ownerRefs),
    );
  }

  /** With the portal's own credentials unless given the caller's. */
  private async probe(
    condition: Parameters<CatalogProbe>[0],
    ownerRefs: Parameters<CatalogProbe>[1],
    credentials?: BackstageCredentials,
  ): Promise<boolean> {
    const { items } = await this.deps.catalog.getEntities(
      {
        // One filter per owner (the catalog ORs filters, ANDs their fields).
        filter: ownerRefs.map(ref => ({
          ...condition.filter,
          kind: condition.kind,
          'relations.ownedBy': ref,
        })),
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
        limit: 1,
      },
      { credentials: credentials ?? (await this.credentials()) },
    );
    return items.length > 0;
  }

  /** A user and the groups the catalog says they are in. */
  private async groupsOf(
    userRef: string,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const user = await this.deps.catalog.getEntityByRef(userRef, {
      credentials,
    });
    const groups = (user?.relations ?? [])
      .filter(r => r.type === 'memberOf')
      .map(r => r.targetRef.toLocaleLowerCase('en-US'));
    return [userRef, ...groups];
  }

  private credentials(): Promise<BackstageCredentials> {
    return this.deps.auth.getOwnServiceCredentials();
  }

  private validated(rules: unknown): ApprovalRule[] {
    try {
      return validateApprovalRules(rules);
    } catch (error) {
      throw new InputError((error as Error).message);
    }
  }

  private async response(
    name: string,
    caller: Caller,
  ): Promise<ApprovalRulesResponse> {
    const rules = await this.rulesOf(name);
    return {
      modelName: name,
      ...rules,
      editable: rules.source !== 'config',
      canSetAdminOnly: caller.canManage,
    };
  }

  /** The model, if the caller may see and change its rules (admins, owners). */
  private async authorize(
    caller: Caller,
    name: string,
    what: 'read' | 'change' | 'check',
  ) {
    const model = await this.deps.models.getModel(caller, name);
    if (
      !caller.canManage &&
      !caller.canReview({ name, ownerRef: model.ownerRef })
    ) {
      throw new NotAllowedError(
        `Only the owners of ${name} or an admin can ${what} its approval rules`,
      );
    }
    return model;
  }
}

/** A rule in one spelling, whatever the order its fields were stored in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * An owner's save keeps every admins-only rule exactly as it was and marks
 * no new one: else a 403 naming the rule.
 */
function keepsAdminRules(current: ApprovalRule[], next: ApprovalRule[]) {
  const same = (a: ApprovalRule, b: ApprovalRule) =>
    JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
  const locked = current.filter(r => r.adminOnly);
  for (const rule of locked) {
    if (!next.some(r => same(r, rule))) {
      throw new NotAllowedError(
        `Only an admin changes or removes the rule '${rule.name}': an admin set it admins-only`,
      );
    }
  }
  for (const rule of next.filter(r => r.adminOnly)) {
    if (!locked.some(r => same(r, rule))) {
      throw new NotAllowedError(
        `Only an admin marks a rule admins-only ('${rule.name}')`,
      );
    }
  }
}
