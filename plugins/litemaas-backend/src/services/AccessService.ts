import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AccessLimits,
  AccessRequest,
  durationSeconds,
  AccessRequestDetailResponse,
  AccessStatus,
  BulkDecisionBody,
  BulkDecisionResponse,
  CreateAccessRequestBody,
  SYSTEM_REASONS,
  AuditAction,
  ruleReasonText,
} from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../database/AccessStore';
import { Caller, subjectFor } from '../permissions/Caller';
import { AccessNotifier } from './AccessNotifier';
import { ModelService } from './ModelService';
import { AuditNote, audited } from './audit';
import { AccessGuard } from './access/AccessGuard';
import { checkEnd, grantEnd, parseEnd } from './access/grantEnd';
import type { ApprovalRuleService } from './approvals/ApprovalRuleService';
import { RuleVerdict, twoApprovalsRule } from './approvals/evaluateRules';

/** The actor recorded for decisions the portal makes by itself. */
export const SYSTEM_ACTOR = 'system:litemaas';

export interface ReviewQueueFilter {
  statuses?: AccessStatus[];
  modelName?: string;
  requestedBy?: string;
  subjectRef?: string;
  olderThanDays?: number;
  /** Grants whose subject asked to extend them. */
  extensionPending?: boolean;
}

/**
 * Access requests and grants: who may ask, who may decide, and which
 * status changes are allowed (anything else is a 409).
 */
export class AccessService {
  private readonly guard: AccessGuard;

  constructor(
    private readonly deps: {
      store: AccessStore;
      models: ModelService;
      notifier: AccessNotifier;
      auditor: AuditorService;
      /**
       * A subject's grants changed (one ended, or its limits changed): its
       * keys must stop carrying more than the grants allow.
       */
      onGrantsChanged?: (subjectRef: string) => Promise<void>;
      /** Approval rules; without them every restricted request waits. */
      rules?: Pick<ApprovalRuleService, 'decide' | 'rulesOf'>;
      /**
       * The model's retirement, read from the database (not a catalog a
       * second old): nothing is granted or reopened on a retired model.
       */
      retiredModel?: (
        modelName: string,
      ) => Promise<{ retireAt: string; replacement?: string } | undefined>;
      logger?: LoggerService;
      now?: () => Date;
    },
  ) {
    this.guard = new AccessGuard(deps);
  }

  async request(
    caller: Caller,
    body: CreateAccessRequestBody,
  ): Promise<AccessRequest> {
    return this.audited('access-request', caller, { body }, async () => {
      const model = await this.deps.models.getModel(caller, body.modelName);
      if (!model.available) {
        throw new ConflictError(
          `${model.name} is not available in LiteLLM at the moment`,
        );
      }
      await this.refuseRetired(model.name);
      const subjectRef = this.subjectOf(caller, body.subjectRef);
      const asked = validLimits(body.limits);
      const open = model.accessPolicy === 'open';
      if (open) {
        // Granted at once, so at no more than the model's defaults: more
        // is for a reviewer to give (ask an admin to restrict the model).
        for (const field of ['tpm', 'rpm', 'maxBudget'] as const) {
          const cap = model.defaultLimits[field];
          const value = asked[field];
          if (value !== undefined && cap !== undefined && value > cap) {
            throw new InputError(
              `limits.${field} is ${value}, above ${model.name}'s default of ${cap}: an open model is granted at its defaults`,
            );
          }
        }
        const period = model.defaultLimits.budgetDuration;
        if (
          asked.budgetDuration !== undefined &&
          period !== undefined &&
          (durationSeconds(asked.budgetDuration) ?? 0) <
            (durationSeconds(period) ?? 0)
        ) {
          throw new InputError(
            `limits.budgetDuration is ${asked.budgetDuration}, shorter than ${model.name}'s default of ${period}: an open model is granted at its defaults`,
          );
        }
      }
      const limits = { ...model.defaultLimits, ...asked };
      const askedEnd = parseEnd(body.expiresAt, 'expiresAt');
      const now = this.now();
      const expiresAt = open
        ? grantEnd(askedEnd, model, model.name, now, 'expiresAt')
        : askedEnd && checkEnd(askedEnd, model, model.name, now, 'expiresAt');
      // Rules decide restricted requests before a person does.
      const verdict = open
        ? undefined
        : await this.deps.rules?.decide({
            modelName: model.name,
            subjectRef,
            requestedBy: caller.userRef,
            requesterRefs: caller.ownershipRefs,
            limits,
            defaultBudgetDuration: model.defaultLimits.budgetDuration,
          });
      const created = await this.deps.store.create({
        modelName: model.name,
        subjectRef,
        requestedBy: caller.userRef,
        justification: body.justification?.trim() || undefined,
        status: open ? 'granted' : 'pending',
        limits,
        expiresAt,
        ...(open && {
          decidedBy: SYSTEM_ACTOR,
          decisionReason: SYSTEM_REASONS.openModelGranted,
        }),
        ...(verdict?.outcome === 'twoApprovals' && {
          approvalsRequired: 2,
          approvalRule: verdict.rule,
        }),
      });
      if (open) {
        await this.deps.notifier.requestDecided(created, caller.userRef);
        return created;
      }
      if (verdict) {
        try {
          const decided = await this.applyVerdict(created, verdict);
          if (decided) return decided;
        } catch (error) {
          // The request exists: if a rule's decision could not be carried
          // out, people decide, and they must hear of it.
          this.deps.logger?.warn(
            `Approval rule '${verdict.rule}' could not decide access request ${created.id}; left to reviewers: ${error}`,
          );
        }
      }
      await this.deps.notifier.requestArrived(
        created,
        model.ownerRef,
        caller.userRef,
      );
      return (verdict ? await this.deps.store.get(created.id) : created)!;
    });
  }

  /**
   * Records what the rules said on a new request: notes on rules that
   * could not be checked, and a decision a rule made, as the portal's
   * (same effects, notices and audit as a person's decision). Returns the
   * decided request, or undefined when it waits for people.
   */
  private async applyVerdict(
    request: AccessRequest,
    verdict: RuleVerdict,
  ): Promise<AccessRequest | undefined> {
    for (const skipped of verdict.skipped) {
      await this.deps.store.addNote(request.id, {
        actorRef: SYSTEM_ACTOR,
        action: 'rule-skipped',
        reason: skipped.reason,
      });
    }
    if (verdict.outcome !== 'granted' && verdict.outcome !== 'denied') {
      return undefined;
    }
    const granted = verdict.outcome === 'granted';
    const system = { userRef: SYSTEM_ACTOR };
    const decided = await audited(
      this.deps.auditor,
      granted ? 'access-approve' : 'access-deny',
      system,
      { id: request.id, rule: verdict.rule },
      async note => {
        note({
          subjectRef: request.subjectRef,
          modelName: request.modelName,
          reason: verdict.reason,
          before: { status: request.status },
        });
        const policy = await this.deps.models.policyOf(request.modelName);
        return this.guard.move(request, {
          from: ['pending'],
          to: granted ? 'granted' : 'denied',
          action: granted ? 'granted' : 'denied',
          actorRef: SYSTEM_ACTOR,
          reason: verdict.reason,
          decision: true,
          ...(granted && {
            expiresAt:
              grantEnd(
                request.expiresAt ? new Date(request.expiresAt) : undefined,
                policy,
                request.modelName,
                this.now(),
                'The requested end',
              ) ?? null,
          }),
        });
      },
    );
    await this.deps.notifier.requestDecided(decided, SYSTEM_ACTOR);
    return decided;
  }

  async get(caller: Caller, id: string): Promise<AccessRequestDetailResponse> {
    const request = await this.guard.load(id);
    const mayReview = await this.guard.mayReview(caller, request);
    if (!mayReview && !this.guard.isParty(caller, request)) {
      // Do not reveal other people's requests.
      throw new NotFoundError(`No access request with id ${id}`);
    }
    return { request, history: await this.deps.store.history(id) };
  }

  /** The caller's own requests and grants, and their teams'. */
  listMine(caller: Caller): Promise<AccessRequest[]> {
    return this.deps.store.list({ subjectRefs: caller.ownershipRefs });
  }

  /** Requests the caller may decide on, pending by default. */
  async listForReview(
    caller: Caller,
    filter: ReviewQueueFilter,
  ): Promise<AccessRequest[]> {
    const olderThanMs = (filter.olderThanDays ?? 0) * 24 * 3600 * 1000;
    const requests = await this.deps.store.list({
      statuses:
        filter.statuses ??
        (filter.extensionPending ? ['granted'] : ['pending']),
      extensionPending: filter.extensionPending,
      modelNames: filter.modelName ? [filter.modelName] : undefined,
      requestedBy: filter.requestedBy,
      subjectRefs: filter.subjectRef ? [filter.subjectRef] : undefined,
      createdBefore: olderThanMs
        ? new Date(this.now().getTime() - olderThanMs)
        : undefined,
    });
    const reviewable = new Map<string, boolean>();
    const result: AccessRequest[] = [];
    for (const request of requests) {
      if (!reviewable.has(request.modelName)) {
        reviewable.set(
          request.modelName,
          await this.guard.mayReview(caller, request),
        );
      }
      if (reviewable.get(request.modelName)) result.push(request);
    }
    return result;
  }

  approve(
    caller: Caller,
    id: string,
    body: { limits?: AccessLimits; reason?: string; expiresAt?: string } = {},
  ): Promise<AccessRequest> {
    return this.audited('access-approve', caller, { id }, async note => {
      let request = await this.guard.reviewable(caller, id);
      await this.refuseRetired(request.modelName);
      const two = await this.twoApprovalsOf(request, body.limits);
      let firstApprovalBy: string | undefined;
      if (two) {
        if (body.limits || body.expiresAt) {
          throw new InputError(
            `Access request ${id} needs two approvals (rule '${two}'): it is approved as asked, without other limits or end`,
          );
        }
        // Two people other than the one who asked.
        if (caller.userRef === request.requestedBy) {
          throw new NotAllowedError(
            `Access request ${id} needs two approvals (rule '${two}'): they come from reviewers other than its requester`,
          );
        }
        if (!request.approvals?.approvedBy.length) {
          const recorded = await this.deps.store.recordFirstApproval(id, {
            actorRef: caller.userRef,
            rule: two,
            reason: ruleReasonText({
              code: 'approvals',
              n: 1,
              rule: two,
              ...(body.reason?.trim() && { reason: body.reason.trim() }),
            }),
          });
          if (recorded) {
            note({
              reason: ruleReasonText({ code: 'approvals', n: 1, rule: two }),
            });
            return recorded;
          }
          // Someone approved first meanwhile, or it was decided: read again.
          request = await this.guard.load(id);
        }
        firstApprovalBy = request.approvals?.approvedBy[0];
        // Read again and nobody approved first (denied, then asked again
        // meanwhile): this approval is not a second one.
        if (request.status === 'pending' && firstApprovalBy === undefined) {
          throw new ConflictError(
            `Access request ${id} changed meanwhile: reload it and approve again`,
          );
        }
        if (
          request.status === 'pending' &&
          firstApprovalBy === caller.userRef
        ) {
          throw new ConflictError(
            `You already approved access request ${id}: it needs a second approval by another reviewer`,
          );
        }
      }
      const policy = await this.deps.models.policyOf(request.modelName);
      const given = parseEnd(body.expiresAt, 'expiresAt');
      const expiresAt = grantEnd(
        given ?? (request.expiresAt ? new Date(request.expiresAt) : undefined),
        policy,
        request.modelName,
        this.now(),
        given ? 'expiresAt' : 'The requested end',
      );
      const decided = await this.guard.move(request, {
        from: ['pending'],
        to: 'granted',
        action: 'granted',
        actorRef: caller.userRef,
        reason: two
          ? ruleReasonText({
              code: 'approvals',
              n: 2,
              rule: two,
              ...(body.reason?.trim() && { reason: body.reason.trim() }),
            })
          : body.reason?.trim() || undefined,
        limits: body.limits
          ? { ...request.limits, ...validLimits(body.limits) }
          : undefined,
        decision: true,
        expiresAt: expiresAt ?? null,
        ...(firstApprovalBy !== undefined && { firstApprovalBy }),
      });
      await this.deps.notifier.requestDecided(decided, caller.userRef);
      return decided;
    });
  }

  deny(
    caller: Caller,
    id: string,
    body: { reason?: string },
  ): Promise<AccessRequest> {
    return this.audited('access-deny', caller, { id }, async () => {
      const reason = body.reason?.trim();
      if (!reason) {
        throw new InputError('A reason is required to deny a request');
      }
      const request = await this.guard.reviewable(caller, id);
      const decided = await this.guard.move(request, {
        from: ['pending'],
        to: 'denied',
        action: 'denied',
        actorRef: caller.userRef,
        reason,
        decision: true,
      });
      await this.deps.notifier.requestDecided(decided, caller.userRef);
      return decided;
    });
  }

  cancel(caller: Caller, id: string): Promise<AccessRequest> {
    return this.audited('access-cancel', caller, { id }, async () => {
      const request = await this.guard.own(caller, id);
      return this.guard.move(request, {
        from: ['pending'],
        to: 'cancelled',
        action: 'cancelled',
        actorRef: caller.userRef,
      });
    });
  }

  /** Asks for a denied request to be looked at again. */
  requestReview(
    caller: Caller,
    id: string,
    body: { justification?: string },
  ): Promise<AccessRequest> {
    return this.audited('access-review-request', caller, { id }, async () => {
      const request = await this.guard.own(caller, id);
      await this.refuseRetired(request.modelName);
      const reopened = await this.guard.move(request, {
        from: ['denied'],
        to: 'pending',
        action: 'review-requested',
        actorRef: caller.userRef,
        reason: body.justification?.trim() || undefined,
      });
      const policy = await this.deps.models.policyOf(request.modelName);
      await this.deps.notifier.requestArrived(
        reopened,
        policy.ownerRef,
        caller.userRef,
      );
      return reopened;
    });
  }

  /**
   * Ends a grant: the subject gives access up, or a reviewer takes it away.
   */
  revoke(
    caller: Caller,
    id: string,
    body: { reason?: string },
  ): Promise<AccessRequest> {
    return this.audited('access-revoke', caller, { id }, async () => {
      const request = await this.guard.load(id);
      // The subject gives it up (litemaas.access.request), or a reviewer
      // of the model takes it away (litemaas.access.review).
      const asParty = this.guard.isParty(caller, request) && caller.canRequest;
      if (!asParty && !(await this.guard.mayReview(caller, request))) {
        if (!this.guard.isParty(caller, request)) {
          throw new NotFoundError(`No access request with id ${id}`);
        }
        throw new NotAllowedError('Not allowed: litemaas.access.request');
      }
      const revoked = await this.guard.move(request, {
        from: ['granted'],
        to: 'revoked',
        action: 'revoked',
        actorRef: caller.userRef,
        reason: body.reason?.trim() || undefined,
        decision: !asParty,
        // An ask to extend a grant that ended has nothing left to decide.
        extension: null,
      });
      await this.deps.onGrantsChanged?.(request.subjectRef);
      return revoked;
    });
  }

  /**
   * A reviewer changes a grant's limits. Narrower limits narrow the
   * subject's keys that exceed them, in LiteLLM too.
   */
  changeLimits(
    caller: Caller,
    id: string,
    body: { limits: AccessLimits; reason?: string },
  ): Promise<AccessRequest> {
    return this.audited('access-limits', caller, { id }, async note => {
      const request = await this.guard.reviewable(caller, id);
      note({ before: { limits: request.limits } });
      const limits = validLimits(body.limits);
      // One reviewer must not reach, by changing a grant, what a rule
      // gives only to two: such limits are asked for in a new request.
      const two =
        this.deps.rules &&
        twoApprovalsRule(
          (await this.deps.rules.rulesOf(request.modelName)).rules,
          limits,
        );
      if (two) {
        throw new ConflictError(
          `These limits need two approvals (rule '${two.name}'): one reviewer cannot set them on a grant; the subject asks for them in a new request`,
        );
      }
      const changed = await this.guard.move(request, {
        from: ['granted'],
        to: 'granted',
        action: 'limits-changed',
        actorRef: caller.userRef,
        reason: body.reason?.trim() || undefined,
        limits,
        decision: true,
      });
      await this.deps.onGrantsChanged?.(request.subjectRef);
      return changed;
    });
  }

  /** Approves or denies many requests; each succeeds or fails on its own. */
  async decideMany(
    caller: Caller,
    body: BulkDecisionBody,
  ): Promise<BulkDecisionResponse> {
    if (body.decision === 'deny' && !body.reason?.trim()) {
      throw new InputError('A reason is required to deny requests');
    }
    const results: BulkDecisionResponse['results'] = [];
    for (const id of new Set(body.ids)) {
      try {
        const request =
          body.decision === 'approve'
            ? await this.approve(caller, id, body)
            : await this.deny(caller, id, body);
        results.push({ id, ok: true, request });
      } catch (error) {
        const { name, message } = error as Error;
        results.push({ id, ok: false, error: { name, message } });
      }
    }
    return { results };
  }

  /**
   * A model became restricted: its grants wait for review again, so the
   * owner decides who keeps access.
   */
  async moveGrantsToReview(
    caller: Caller,
    modelName: string,
  ): Promise<AccessRequest[]> {
    const moved = await this.deps.store.transitionAllForModel(modelName, {
      from: ['granted'],
      to: 'pending',
      action: 'moved-to-review',
      actorRef: caller.userRef,
      reason: SYSTEM_REASONS.modelRestricted,
      extension: null,
    });
    for (const request of moved) {
      await this.deps.onGrantsChanged?.(request.subjectRef);
    }
    return moved;
  }

  /**
   * The rule that asks for two approvals of a request, if one does: the
   * one recorded when it was asked, or one that now applies to the limits
   * it would be granted with (so a reviewer cannot raise them past it).
   */
  private async twoApprovalsOf(
    request: AccessRequest,
    limits: AccessLimits | undefined,
  ): Promise<string | undefined> {
    if (request.approvals && request.approvals.required > 1) {
      return request.approvals.rule ?? 'twoApprovals';
    }
    if (!this.deps.rules) return undefined;
    const { rules } = await this.deps.rules.rulesOf(request.modelName);
    const given = limits
      ? { ...request.limits, ...validLimits(limits) }
      : request.limits;
    return twoApprovalsRule(rules, given)?.name;
  }

  /** A 409 naming the replacement when the model was retired. */
  private async refuseRetired(modelName: string) {
    const retired = await this.deps.retiredModel?.(modelName);
    if (!retired) return;
    throw new ConflictError(
      `${modelName} was retired on ${retired.retireAt.slice(0, 10)}${
        retired.replacement ? `: request ${retired.replacement} instead` : ''
      }`,
    );
  }

  private subjectOf(caller: Caller, requested?: string): string {
    return subjectFor(caller, requested, 'request access');
  }

  private audited<T>(
    eventId: AuditAction,
    caller: Caller,
    meta: Record<string, unknown>,
    fn: (note: (fields: AuditNote) => void) => Promise<T>,
  ): Promise<T> {
    return audited(this.deps.auditor, eventId, caller, meta, fn);
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }
}

/** Limits must be non-negative; a period must be a LiteLLM duration. */
export function validLimits(limits: AccessLimits | undefined): AccessLimits {
  const result: AccessLimits = {};
  if (!limits) return result;
  for (const field of ['tpm', 'rpm', 'maxBudget'] as const) {
    const value = limits[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new InputError(`limits.${field} must be a number of 0 or more`);
    }
    result[field] = value;
  }
  if (limits.budgetDuration !== undefined && limits.budgetDuration !== null) {
    if (!/^\d+(s|m|h|d|w|mo)$/.test(limits.budgetDuration)) {
      throw new InputError(
        `limits.budgetDuration must look like 30d, 1w or 1mo, not '${limits.budgetDuration}'`,
      );
    }
    result.budgetDuration = limits.budgetDuration;
  }
  return result;
}
