import { AuditorService } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import {
  AccessRequest,
  GrantExtensionBody,
  GrantExtensionDecisionBody,
  SYSTEM_REASONS,
  AuditAction,
} from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore } from '../../database/AccessStore';
import { Caller } from '../../permissions/Caller';
import { AccessNotifier } from '../AccessNotifier';
import { ModelService } from '../ModelService';
import { AuditNote, audited } from '../audit';
import { AccessGuard } from './AccessGuard';
import { checkEnd, defaultEnd, latestEnd, parseEnd } from './grantEnd';

/**
 * Where grants end: a subject asks to keep a grant longer and a reviewer
 * decides, and a model that starts limiting how long grants last gives
 * its open-ended grants an end.
 */
export class GrantEndService {
  private readonly guard: AccessGuard;

  constructor(
    private readonly deps: {
      store: AccessStore;
      models: ModelService;
      notifier: AccessNotifier;
      auditor: AuditorService;
      now?: () => Date;
    },
  ) {
    this.guard = new AccessGuard(deps);
  }

  /** The subject asks to keep a grant until a later end. */
  requestExtension(
    caller: Caller,
    id: string,
    body: GrantExtensionBody,
  ): Promise<AccessRequest> {
    return this.audited(
      'access-extension-request',
      caller,
      { id },
      async note => {
        const request = await this.guard.own(caller, id);
        if (request.status !== 'granted') {
          throw new ConflictError(
            `Access request ${id} is ${request.status}: only a grant can be extended`,
          );
        }
        if (!request.expiresAt) {
          throw new ConflictError(
            `The grant ${id} has no end: there is nothing to extend`,
          );
        }
        const until = parseEnd(body.until, 'until');
        if (!until) throw new InputError('until is required');
        if (until.getTime() <= new Date(request.expiresAt).getTime()) {
          throw new InputError(
            `until is ${until.toISOString()}, not later than the grant's end of ${
              request.expiresAt
            }`,
          );
        }
        const policy = await this.deps.models.policyOf(request.modelName);
        checkEnd(until, policy, request.modelName, this.now(), 'until');
        note({ before: { expiresAt: request.expiresAt } });
        const justification = body.justification?.trim() || undefined;
        const asked = await this.guard.move(request, {
          from: ['granted'],
          to: 'granted',
          action: 'extension-requested',
          actorRef: caller.userRef,
          reason: justification,
          withExtension: false,
          extension: {
            until: until.toISOString(),
            justification,
            requestedBy: caller.userRef,
            requestedAt: this.now().toISOString(),
          },
        });
        await this.deps.notifier.extensionAsked(
          asked,
          policy.ownerRef,
          caller.userRef,
        );
        return asked;
      },
    );
  }

  /** A reviewer moves the grant's end to the asked one (or another). */
  approveExtension(
    caller: Caller,
    id: string,
    body: GrantExtensionDecisionBody = {},
  ): Promise<AccessRequest> {
    return this.audited(
      'access-extension-approve',
      caller,
      { id },
      async note => {
        const request = await this.guard.reviewable(caller, id);
        const extension = this.waiting(request, body.requestedAt);
        const policy = await this.deps.models.policyOf(request.modelName);
        const given = parseEnd(body.until, 'until');
        const until = checkEnd(
          given ?? new Date(extension.until),
          policy,
          request.modelName,
          this.now(),
          given ? 'until' : 'The asked end',
        );
        note({ before: { expiresAt: request.expiresAt, extension } });
        const extended = await this.guard.move(request, {
          from: ['granted'],
          to: 'granted',
          action: 'extended',
          actorRef: caller.userRef,
          reason: body.reason?.trim() || undefined,
          withExtension: true,
          extension: null,
          expiresAt: until,
        });
        await this.deps.notifier.extensionDecided(
          extended,
          true,
          body.reason?.trim(),
          caller.userRef,
        );
        return extended;
      },
    );
  }

  /** A reviewer refuses the asked extension; the grant keeps its end. */
  denyExtension(
    caller: Caller,
    id: string,
    body: GrantExtensionDecisionBody,
  ): Promise<AccessRequest> {
    return this.audited('access-extension-deny', caller, { id }, async note => {
      const reason = body.reason?.trim();
      if (!reason) {
        throw new InputError('A reason is required to deny an extension');
      }
      const request = await this.guard.reviewable(caller, id);
      const extension = this.waiting(request, body.requestedAt);
      note({ before: { expiresAt: request.expiresAt, extension }, reason });
      const kept = await this.guard.move(request, {
        from: ['granted'],
        to: 'granted',
        action: 'extension-denied',
        actorRef: caller.userRef,
        reason,
        withExtension: true,
        extension: null,
      });
      await this.deps.notifier.extensionDecided(
        kept,
        false,
        reason,
        caller.userRef,
      );
      return kept;
    });
  }

  /**
   * A model limits how long grants last: its grants without an end, or
   * ending later than a grant given today could, end when a grant given
   * today would. Nothing ends at once, and the usual notices go out. Safe
   * to run again: the expiry task does, so a limit set in config, a change
   * cut short, or a grant approved under the old policy are caught up.
   */
  async applyLongestGrant(actorRef: string, modelName: string) {
    const policy = await this.deps.models.policyOf(modelName);
    const now = this.now();
    const end = defaultEnd(policy, now);
    const latest = latestEnd(policy, now);
    if (!end || !latest) return [];
    const grants = await this.deps.store.list({
      modelNames: [modelName],
      statuses: ['granted'],
    });
    const moved: AccessRequest[] = [];
    for (const grant of grants) {
      if (grant.expiresAt && new Date(grant.expiresAt) <= latest) continue;
      try {
        const ended = await this.deps.store.transition(grant.id, {
          from: ['granted'],
          to: 'granted',
          action: 'end-set',
          actorRef,
          reason: SYSTEM_REASONS.modelMaxGrantSet,
          expiresAt: end,
        });
        if (ended) moved.push(ended);
      } catch {
        // It changed meanwhile; the next expiry run looks at it again.
      }
    }
    return moved;
  }

  /** Applies every model's longest grant: the expiry task's catch-up. */
  async applyLongestGrants(actorRef: string): Promise<number> {
    let moved = 0;
    for (const name of await this.deps.store.grantedModelNames()) {
      const policy = await this.deps.models.policyOf(name);
      if (!policy.maxGrantDays) continue;
      moved += (await this.applyLongestGrant(actorRef, name)).length;
    }
    return moved;
  }

  /**
   * The ask waiting on a grant; with `seenAt`, only if it is the ask the
   * reviewer saw, not one made after that was decided.
   */
  private waiting(request: AccessRequest, seenAt?: string) {
    if (request.status !== 'granted' || !request.extension) {
      throw new ConflictError(
        `Access request ${request.id} has no extension waiting`,
      );
    }
    if (seenAt !== undefined) {
      const seen = Date.parse(seenAt);
      if (
        Number.isNaN(seen) ||
        seen !== Date.parse(request.extension.requestedAt)
      ) {
        throw new ConflictError(
          `The extension of ${request.id} waiting now was asked at ${request.extension.requestedAt}, not the one you saw: reload and decide again`,
        );
      }
    }
    return request.extension;
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
