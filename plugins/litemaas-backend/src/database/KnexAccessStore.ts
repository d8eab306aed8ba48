import { ConflictError } from '@backstage/errors';
import { isDatabaseConflictError } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import {
  AccessEvent,
  AccessRequest,
  AccessStatus,
  GrantExtension,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  AccessSlot,
  ACTIVE_STATUSES,
  AccessRequestFilter,
  AccessStore,
  AccessTransition,
  NewAccessRequest,
} from './AccessStore';

const REQUESTS = 'litemaas_access_requests';
const EVENTS = 'litemaas_access_events';

interface RequestRow {
  id: string;
  model_name: string;
  subject_ref: string;
  requested_by: string;
  justification: string | null;
  status: AccessStatus;
  active_slot: string | null;
  limits: string;
  decided_by: string | null;
  decided_at: Date | string | null;
  decision_reason: string | null;
  created_at: Date | string;
  updated_at: Date | string;
  expires_at: Date | string | null;
  expiry_notice_days: number | null;
  extension_until: Date | string | null;
  extension_justification: string | null;
  extension_requested_by: string | null;
  extension_requested_at: Date | string | null;
  approvals_required: number | null;
  approval_rule: string | null;
  first_approved_by: string | null;
  first_approved_at: Date | string | null;
  second_approved_by: string | null;
  pending_since: Date | string | null;
  escalated_at: Date | string | null;
}

interface EventRow {
  request_id: string;
  at: Date | string;
  actor_ref: string;
  action: AccessEvent['action'];
  from_status: AccessStatus | null;
  to_status: AccessStatus;
  reason: string | null;
}

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function activeSlot(status: AccessStatus, subjectRef: string, model: string) {
  return ACTIVE_STATUSES.includes(status) ? `${subjectRef}|${model}` : null;
}

function toRequest(row: RequestRow): AccessRequest {
  return {
    id: row.id,
    modelName: row.model_name,
    subjectRef: row.subject_ref,
    requestedBy: row.requested_by,
    justification: row.justification ?? undefined,
    status: row.status,
    limits: JSON.parse(row.limits),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    decidedBy: row.decided_by ?? undefined,
    decidedAt: row.decided_at ? iso(row.decided_at) : undefined,
    decisionReason: row.decision_reason ?? undefined,
    expiresAt: row.expires_at ? iso(row.expires_at) : undefined,
    extension:
      row.extension_until && row.extension_requested_by
        ? {
            until: iso(row.extension_until),
            justification: row.extension_justification ?? undefined,
            requestedBy: row.extension_requested_by,
            requestedAt: iso(row.extension_requested_at ?? row.updated_at),
          }
        : undefined,
    approvals:
      row.approvals_required && row.approvals_required > 1
        ? {
            required: row.approvals_required,
            approvedBy: [
              ...(row.first_approved_by ? [row.first_approved_by] : []),
              ...(row.second_approved_by ? [row.second_approved_by] : []),
            ],
            rule: row.approval_rule ?? undefined,
          }
        : undefined,
    escalatedAt: row.escalated_at ? iso(row.escalated_at) : undefined,
  };
}

function extensionColumns(extension: GrantExtension | null) {
  return {
    extension_until: extension ? new Date(extension.until) : null,
    extension_justification: extension?.justification ?? null,
    extension_requested_by: extension?.requestedBy ?? null,
    extension_requested_at: extension ? new Date(extension.requestedAt) : null,
  };
}

function activeConflict(subjectRef: string, modelName: string) {
  return new ConflictError(
    `${subjectRef} already has a pending request or a grant for ${modelName}`,
  );
}

export class KnexAccessStore implements AccessStore {
  constructor(
    private readonly knex: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(request: NewAccessRequest): Promise<AccessRequest> {
    const id = randomUUID();
    const at = this.now();
    try {
      await this.knex.transaction(async tx => {
        await tx(REQUESTS).insert({
          id,
          model_name: request.modelName,
          subject_ref: request.subjectRef,
          requested_by: request.requestedBy,
          justification: request.justification ?? null,
          status: request.status,
          active_slot: activeSlot(
            request.status,
            request.subjectRef,
            request.modelName,
          ),
          limits: JSON.stringify(request.limits),
          decided_by: request.decidedBy ?? null,
          decided_at: request.decidedBy ? at : null,
          decision_reason: request.decisionReason ?? null,
          expires_at: request.expiresAt ?? null,
          approvals_required: request.approvalsRequired ?? null,
          approval_rule: request.approvalRule ?? null,
          created_at: at,
          updated_at: at,
        });
        await tx(EVENTS).insert({
          request_id: id,
          at,
          actor_ref: request.requestedBy,
          action: 'requested',
          from_status: null,
          to_status: 'pending',
          reason: request.justification ?? null,
        });
        if (request.status === 'granted') {
          await tx(EVENTS).insert({
            request_id: id,
            at,
            actor_ref: request.decidedBy ?? request.requestedBy,
            action: 'granted',
            from_status: 'pending',
            to_status: 'granted',
            reason: request.decisionReason ?? null,
          });
        }
      });
    } catch (error) {
      if (isDatabaseConflictError(error)) {
        throw activeConflict(request.subjectRef, request.modelName);
      }
      throw error;
    }
    return (await this.get(id))!;
  }

  async get(id: string): Promise<AccessRequest | undefined> {
    const row = await this.knex<RequestRow>(REQUESTS).where({ id }).first();
    return row ? toRequest(row) : undefined;
  }

  async list(filter: AccessRequestFilter): Promise<AccessRequest[]> {
    const rows = await this.knex<RequestRow>(REQUESTS)
      .modify(q => {
        if (filter.ids) q.whereIn('id', filter.ids);
        if (filter.subjectRefs) q.whereIn('subject_ref', filter.subjectRefs);
        if (filter.modelNames) q.whereIn('model_name', filter.modelNames);
        if (filter.statuses) q.whereIn('status', filter.statuses);
        if (filter.requestedBy) q.where('requested_by', filter.requestedBy);
        if (filter.createdBefore) {
          q.where('created_at', '<', filter.createdBefore);
        }
        if (filter.extensionPending) q.whereNotNull('extension_until');
        if (filter.endsBy) q.where('expires_at', '<=', filter.endsBy);
        if (filter.currentAt) {
          const at = filter.currentAt;
          q.where(c =>
            c.whereNull('expires_at').orWhere('expires_at', '>', at),
          );
        }
      })
      .orderBy('created_at', 'desc')
      .orderBy('id');
    return rows.map(toRequest);
  }

  async activeOf(
    subjectRefs: string[],
    modelNames?: string[],
  ): Promise<AccessSlot[]> {
    const rows = await this.knex<RequestRow>(REQUESTS)
      .select('id', 'status', 'subject_ref', 'model_name')
      .whereIn('subject_ref', subjectRefs)
      .whereIn('status', [...ACTIVE_STATUSES])
      .modify(q => {
        if (modelNames) q.whereIn('model_name', modelNames);
      })
      .orderBy('created_at', 'desc')
      .orderBy('id');
    return rows.map(
      (
        row: Pick<RequestRow, 'id' | 'status' | 'subject_ref' | 'model_name'>,
      ) => ({
        id: row.id,
        status: row.status,
        subjectRef: row.subject_ref,
        modelName: row.model_name,
      }),
    );
  }

  async transition(
    id: string,
    transition: AccessTransition,
  ): Promise<AccessRequest | undefined> {
    const moved = await this.knex.transaction(async tx => {
      const row = await tx<RequestRow>(REQUESTS)
        .where({ id })
        .whereIn('status', transition.from)
        .first();
      if (!row) return false;
      if (
        transition.withExtension !== undefined &&
        Boolean(row.extension_until) !== transition.withExtension
      ) {
        return false;
      }
      // The second approval is another person's, whatever the caller checked.
      if (
        transition.firstApprovalBy !== undefined &&
        (row.first_approved_by !== transition.firstApprovalBy ||
          transition.actorRef === transition.firstApprovalBy)
      ) {
        return false;
      }
      if (
        transition.endedBy &&
        !(
          row.expires_at &&
          new Date(row.expires_at).getTime() <= transition.endedBy.getTime()
        )
      ) {
        return false;
      }
      await this.apply(tx, row, transition);
      return true;
    });
    return moved ? this.get(id) : undefined;
  }

  async transitionAllForModel(
    modelName: string,
    transition: AccessTransition,
  ): Promise<AccessRequest[]> {
    const ids = await this.knex.transaction(async tx => {
      const rows = await tx<RequestRow>(REQUESTS)
        .where({ model_name: modelName })
        .whereIn('status', transition.from);
      for (const row of rows) {
        await this.apply(tx, row, transition);
      }
      return rows.map(r => r.id);
    });
    return ids.length ? this.list({ ids }) : [];
  }

  /** Conditional update + history row; the caller's transaction. */
  private async apply(
    tx: Knex.Transaction,
    row: RequestRow,
    transition: AccessTransition,
  ) {
    const at = this.now();
    const changes: Partial<RequestRow> = {
      status: transition.to,
      active_slot: activeSlot(transition.to, row.subject_ref, row.model_name),
      updated_at: at,
    };
    if (transition.limits) {
      changes.limits = JSON.stringify(transition.limits);
    }
    if (transition.decision) {
      changes.decided_by = transition.actorRef;
      changes.decided_at = at;
      changes.decision_reason = transition.reason ?? null;
    }
    if (transition.expiresAt !== undefined) {
      changes.expires_at = transition.expiresAt;
      changes.expiry_notice_days = null;
    }
    if (transition.extension !== undefined) {
      Object.assign(changes, extensionColumns(transition.extension));
    }
    if (transition.firstApprovalBy !== undefined) {
      // The second of two approvals, kept whatever changes the grant later.
      changes.second_approved_by = transition.actorRef;
    }
    if (transition.to === 'pending' && row.status !== 'pending') {
      // Waiting again: approvals and escalation start over.
      changes.first_approved_by = null;
      changes.first_approved_at = null;
      changes.second_approved_by = null;
      changes.escalated_at = null;
      changes.pending_since = at;
    }
    let updated: number;
    try {
      updated = await tx(REQUESTS)
        .where({ id: row.id, status: row.status })
        .modify(q => {
          // The ask read is the one decided (PostgreSQL reads committed).
          if (transition.withExtension === true) {
            q.where('extension_requested_at', row.extension_requested_at!);
          } else if (transition.withExtension === false) {
            q.whereNull('extension_until');
          }
          // Still ended by then: an extension meanwhile moved it later.
          if (transition.endedBy)
            q.where('expires_at', '<=', transition.endedBy);
          // The first approval read is the one this one follows.
          if (transition.firstApprovalBy !== undefined) {
            q.where('first_approved_by', transition.firstApprovalBy);
          }
        })
        .update(changes);
    } catch (error) {
      if (isDatabaseConflictError(error)) {
        throw activeConflict(row.subject_ref, row.model_name);
      }
      throw error;
    }
    if (updated !== 1) {
      throw new ConflictError(`Access request ${row.id} changed meanwhile`);
    }
    await tx(EVENTS).insert({
      request_id: row.id,
      at,
      actor_ref: transition.actorRef,
      action: transition.action,
      from_status: row.status,
      to_status: transition.to,
      reason: transition.reason ?? null,
    });
  }

  async recordFirstApproval(
    id: string,
    approval: { actorRef: string; reason?: string; rule?: string },
  ): Promise<AccessRequest | undefined> {
    const recorded = await this.knex.transaction(async tx => {
      const at = this.now();
      // One statement decides: two replicas cannot both be first.
      const updated = await tx(REQUESTS)
        .where({ id, status: 'pending' })
        .whereNull('first_approved_by')
        .update({
          first_approved_by: approval.actorRef,
          first_approved_at: at,
          approvals_required: 2,
          ...(approval.rule ? { approval_rule: approval.rule } : {}),
          updated_at: at,
        });
      if (updated !== 1) return false;
      await tx(EVENTS).insert({
        request_id: id,
        at,
        actor_ref: approval.actorRef,
        action: 'approval-recorded',
        from_status: 'pending',
        to_status: 'pending',
        reason: approval.reason ?? null,
      });
      return true;
    });
    return recorded ? this.get(id) : undefined;
  }

  async addNote(
    id: string,
    note: { actorRef: string; action: 'rule-skipped'; reason: string },
  ): Promise<void> {
    const row = await this.knex<RequestRow>(REQUESTS).where({ id }).first();
    if (!row) return;
    await this.knex(EVENTS).insert({
      request_id: id,
      at: this.now(),
      actor_ref: note.actorRef,
      action: note.action,
      from_status: row.status,
      to_status: row.status,
      reason: note.reason,
    });
  }

  async waitingSince(modelName: string, since: Date): Promise<AccessRequest[]> {
    const rows = await this.knex<RequestRow>(REQUESTS)
      .where({ model_name: modelName, status: 'pending' })
      .whereNull('escalated_at')
      .where(q =>
        q
          .where('pending_since', '<=', since)
          .orWhere(o =>
            o.whereNull('pending_since').where('created_at', '<=', since),
          ),
      )
      .orderBy('created_at')
      .orderBy('id');
    return rows.map(toRequest);
  }

  async claimEscalation(
    id: string,
    escalation: { actorRef: string; reason: string },
  ): Promise<boolean> {
    return this.knex.transaction(async tx => {
      const at = this.now();
      const updated = await tx(REQUESTS)
        .where({ id, status: 'pending' })
        .whereNull('escalated_at')
        .update({ escalated_at: at });
      if (updated !== 1) return false;
      await tx(EVENTS).insert({
        request_id: id,
        at,
        actor_ref: escalation.actorRef,
        action: 'escalated',
        from_status: 'pending',
        to_status: 'pending',
        reason: escalation.reason,
      });
      return true;
    });
  }

  async claimExpiryNotice(
    id: string,
    expiresAt: string,
    days: number,
  ): Promise<boolean> {
    const updated = await this.knex(REQUESTS)
      .where({ id, status: 'granted' })
      .where('expires_at', new Date(expiresAt))
      .where(q =>
        q
          .whereNull('expiry_notice_days')
          .orWhere('expiry_notice_days', '>', days),
      )
      .update({ expiry_notice_days: days });
    return updated === 1;
  }

  async endingBy(
    by: Date,
  ): Promise<Array<AccessRequest & { noticeDays?: number }>> {
    const rows = await this.knex<RequestRow>(REQUESTS)
      .where({ status: 'granted' })
      .where('expires_at', '<=', by)
      .orderBy('expires_at')
      .orderBy('id');
    return rows.map(row => ({
      ...toRequest(row),
      noticeDays: row.expiry_notice_days ?? undefined,
    }));
  }

  async grantedModelNames(): Promise<string[]> {
    return this.knex(REQUESTS)
      .where({ status: 'granted' })
      .distinct('model_name')
      .pluck('model_name');
  }

  async history(id: string): Promise<AccessEvent[]> {
    const rows = await this.knex<EventRow>(EVENTS)
      .where({ request_id: id })
      .orderBy('id');
    return rows.map(row => ({
      requestId: row.request_id,
      at: iso(row.at),
      actorRef: row.actor_ref,
      action: row.action,
      fromStatus: row.from_status ?? undefined,
      toStatus: row.to_status,
      reason: row.reason ?? undefined,
    }));
  }
}
