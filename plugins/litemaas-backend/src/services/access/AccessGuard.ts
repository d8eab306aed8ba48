import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import { AccessStore, AccessTransition } from '../../database/AccessStore';
import { Caller, callerOwns } from '../../permissions/Caller';
import { ModelService } from '../ModelService';

/**
 * Who may act on an access request, and moving it: shared by the services
 * that change requests and grants. A request the caller may not see is a
 * 404, so its existence is not revealed.
 */
export class AccessGuard {
  constructor(
    private readonly deps: { store: AccessStore; models: ModelService },
  ) {}

  async load(id: string): Promise<AccessRequest> {
    const request = await this.deps.store.get(id);
    if (!request) throw new NotFoundError(`No access request with id ${id}`);
    return request;
  }

  /** The request, if the caller may decide on it (else 403 or 404). */
  async reviewable(caller: Caller, id: string) {
    const request = await this.load(id);
    if (!(await this.mayReview(caller, request))) {
      if (!this.isParty(caller, request)) {
        throw new NotFoundError(`No access request with id ${id}`);
      }
      throw new NotAllowedError(
        `Only the owner of ${request.modelName} or an admin can decide this request`,
      );
    }
    return request;
  }

  /**
   * The request, if it is the caller's (requester or subject) and they may
   * act on their requests (`litemaas.access.request`).
   */
  async own(caller: Caller, id: string) {
    const request = await this.load(id);
    if (!this.isParty(caller, request)) {
      if (!(await this.mayReview(caller, request))) {
        throw new NotFoundError(`No access request with id ${id}`);
      }
      throw new NotAllowedError(
        `Only ${request.requestedBy} or members of ${request.subjectRef} can change this request`,
      );
    }
    if (!caller.canRequest) {
      throw new NotAllowedError('Not allowed: litemaas.access.request');
    }
    return request;
  }

  isParty(caller: Caller, request: AccessRequest) {
    return (
      request.requestedBy === caller.userRef ||
      callerOwns(caller, request.subjectRef)
    );
  }

  /** `litemaas.access.review` on the request's model decides. */
  async mayReview(caller: Caller, request: AccessRequest) {
    const policy = await this.deps.models.policyOf(request.modelName);
    return caller.canReview({
      name: request.modelName,
      ownerRef: policy.ownerRef,
    });
  }

  /** Applies a transition, or a 409 naming the status it found. */
  async move(
    request: AccessRequest,
    transition: AccessTransition,
  ): Promise<AccessRequest> {
    const moved = await this.deps.store.transition(request.id, transition);
    if (!moved) {
      const current = await this.load(request.id);
      if (
        transition.withExtension !== undefined &&
        transition.from.includes(current.status)
      ) {
        throw new ConflictError(
          transition.withExtension
            ? `Access request ${request.id} has no extension waiting: it was decided meanwhile`
            : `Access request ${request.id} already has an extension waiting`,
        );
      }
      throw new ConflictError(
        `Access request ${request.id} is ${
          current.status
        }, not ${transition.from.join(' or ')}`,
      );
    }
    return moved;
  }
}
