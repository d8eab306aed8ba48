import { AuditorService } from '@backstage/backend-plugin-api';
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
} from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../database/AccessStore';
import { Caller, subjectFor } from '../permissions/Caller';
import { AccessNotifier } from './AccessNotifier';
import { ModelService } from './ModelService';
import { AuditNote, audited } from './audit';
import { AccessGuard } from './access/AccessGuard';
import { checkEnd, grantEnd, parseEnd } from './access/grantEnd';

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
      });
      if (open) {
        await this.deps.notifier.requestDecided(created, caller.userRef);
      } else {
        await this.deps.notifier.requestArrived(
          created,
          model.ownerRef,
          caller.userRef,
        );
      }
      return created;
    });
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
    return this.audited('access-approve', caller, { id }, async () => {
      const request = await this.guard.reviewable(caller, id);
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
        reason: body.reason?.trim() || undefined,
        limits: body.limits
          ? { ...request.limits, ...validLimits(body.limits) }
          : undefined,
        decision: true,
        expiresAt: expiresAt ?? null,
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
      const changed = await this.guard.move(request, {
        from: ['granted'],
        to: 'granted',
        action: 'limits-changed',
        actorRef: caller.userRef,
        reason: body.reason?.trim() || undefined,
        limits: validLimits(body.limits),
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

  private subjectOf(caller: Caller, requested?: string): string {
    return subjectFor(caller, requested, 'request access');
  }

  private audited<T>(
    eventId: string,
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
