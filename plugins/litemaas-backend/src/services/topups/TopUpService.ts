import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  BudgetTopUp,
  BudgetTopUpDecisionBody,
  BudgetTopUpStatus,
  CreateBudgetTopUpBody,
  TOP_UP_MAX_DAYS,
  AuditAction,
} from '@litemaas/backstage-plugin-litemaas-common';
import { KeyRecord, KeyStore } from '../../database/KeyStore';
import {
  publicTopUp,
  StoredTopUp,
  TopUpStore,
} from '../../database/TopUpStore';
import { Caller } from '../../permissions/Caller';
import { ModelService } from '../ModelService';
import { audited } from '../audit';
import { KeyWriter } from '../keys/KeyWriter';
import { TopUpNotifier } from './TopUpNotifier';

const DAY_MS = 24 * 3600 * 1000;
const SYSTEM = { userRef: 'system:litemaas' };
/** A top-up left applying or ending this long died with its process. */
const STUCK_AFTER_MS = 2 * 60 * 1000;
/** The most one top-up may add, in USD: a typo guard, not a policy. */
const MAX_AMOUNT = 100_000;

export interface TopUpRunReport {
  ended: number;
  /** Top-ups a dead process left half done, finished now. */
  recovered: number;
  failed: number;
}

/**
 * Budget top-ups: a key's owner asks for more budget for a while; an admin
 * or the owners of all the key's models decide; an approved top-up raises
 * the key's max budget in LiteLLM (over its grant's budget, which the
 * portal otherwise holds it to) and a scheduled run brings it back after.
 */
export class TopUpService {
  constructor(
    private readonly deps: {
      store: TopUpStore;
      keys: KeyStore;
      writer: KeyWriter;
      models: ModelService;
      notifier: TopUpNotifier;
      auditor: AuditorService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  request(
    caller: Caller,
    keyId: string,
    body: CreateBudgetTopUpBody,
  ): Promise<BudgetTopUp> {
    return this.audited('key-top-up-request', caller, { keyId }, async note => {
      const key = await this.readableKey(caller, keyId);
      note({ subjectRef: key.subjectRef, target: key.id });
      if (!caller.canManageKey(key)) {
        throw new NotAllowedError(
          `You may see key ${key.name} but not ask for more budget for it (litemaas.key.manage)`,
        );
      }
      this.assertTopUpable(key);
      const amount = validAmount(body.amount);
      const days = validDays(body.days);
      const justification = body.justification?.trim();
      if (!justification) {
        throw new InputError(
          'justification is required: say why the key needs more',
        );
      }
      note({ before: { maxBudget: key.limits.maxBudget } });
      const created = await this.deps.store.create({
        keyId: key.id,
        subjectRef: key.subjectRef,
        requestedBy: caller.userRef,
        amount,
        days,
        justification,
      });
      await this.deps.notifier.asked(
        created,
        await this.ownersOf(key),
        caller.userRef,
      );
      return publicTopUp(created);
    });
  }

  /** The caller's and their teams' top-ups. */
  async listMine(caller: Caller): Promise<BudgetTopUp[]> {
    return (
      await this.deps.store.list({ subjectRefs: caller.ownershipRefs })
    ).map(publicTopUp);
  }

  /** Top-ups the caller may decide, waiting ones by default. */
  async listForReview(
    caller: Caller,
    statuses: BudgetTopUpStatus[] = ['pending'],
  ): Promise<BudgetTopUp[]> {
    const result: BudgetTopUp[] = [];
    for (const topUp of await this.deps.store.list({ statuses })) {
      const key = await this.deps.keys.get(topUp.keyId);
      if (
        key &&
        !isOwn(caller, topUp, key) &&
        (await this.mayDecide(caller, key))
      ) {
        // A waiting top-up shows the budget it would raise now: the
        // reviewer decides "$20 → $35", not "+$15" blind.
        const waiting = topUp.status === 'pending';
        result.push({
          ...publicTopUp(topUp),
          ...(waiting && { baseBudget: key.limits.maxBudget }),
        });
      }
    }
    return result;
  }

  /** A key's top-ups, for whoever may read the key. */
  async listForKey(caller: Caller, keyId: string): Promise<BudgetTopUp[]> {
    await this.readableKey(caller, keyId);
    return (await this.deps.store.list({ keyIds: [keyId] })).map(publicTopUp);
  }

  approve(
    caller: Caller,
    id: string,
    body: BudgetTopUpDecisionBody = {},
  ): Promise<BudgetTopUp> {
    return this.audited('key-top-up-approve', caller, { id }, async note => {
      const { topUp, key } = await this.decidable(caller, id);
      const amount =
        body.amount === undefined ? topUp.amount : validAmount(body.amount);
      const days = body.days === undefined ? topUp.days : validDays(body.days);
      this.assertTopUpable(key);
      const base = key.limits.maxBudget!;
      note({
        subjectRef: key.subjectRef,
        target: key.id,
        reason: body.reason?.trim() || undefined,
        before: { maxBudget: base },
        after: { maxBudget: round2(base + amount), days },
      });
      // Claimed before LiteLLM is written: of two reviewers, one applies it.
      if (
        !(await this.deps.store.move(id, ['pending'], {
          status: 'applying',
          decidedBy: caller.userRef,
          decisionReason: body.reason?.trim() || null,
          amount,
          days,
          baseBudget: base,
        }))
      ) {
        throw new ConflictError(`Top-up ${id} was decided meanwhile`);
      }
      try {
        await this.setBudget(key, round2(base + amount));
      } catch (error) {
        // LiteLLM may have taken the raise without saying so (a timeout, a
        // lost reply, a row changed meanwhile). The decision stands and
        // stays `applying`: the task sets the same absolute budget again,
        // so the raise is never lost, nor counted twice by a new approval.
        this.deps.logger.warn(
          `Budget top-up ${id} approved, but LiteLLM did not confirm the new budget; the top-up task retries it: ${error}`,
        );
        return publicTopUp((await this.deps.store.get(id))!);
      }
      const now = this.now();
      await this.deps.store.move(id, ['applying'], {
        status: 'active',
        appliedAt: now,
        endsAt: new Date(now.getTime() + days * DAY_MS),
      });
      // Moved by the task meanwhile (a slow LiteLLM) or by this: active.
      const active = (await this.deps.store.get(id))!;
      await this.deps.notifier.decided(active, caller.userRef);
      return publicTopUp(active);
    });
  }

  deny(
    caller: Caller,
    id: string,
    body: { reason?: string },
  ): Promise<BudgetTopUp> {
    return this.audited('key-top-up-deny', caller, { id }, async note => {
      const reason = body.reason?.trim();
      if (!reason)
        throw new InputError('A reason is required to deny a top-up');
      const { topUp, key } = await this.decidable(caller, id);
      note({ subjectRef: key.subjectRef, target: key.id, reason });
      if (
        !(await this.deps.store.move(topUp.id, ['pending'], {
          status: 'denied',
          decidedBy: caller.userRef,
          decisionReason: reason,
        }))
      ) {
        throw new ConflictError(`Top-up ${id} was decided meanwhile`);
      }
      const denied = (await this.deps.store.get(id))!;
      await this.deps.notifier.decided(denied, caller.userRef);
      return publicTopUp(denied);
    });
  }

  cancel(caller: Caller, id: string): Promise<BudgetTopUp> {
    return this.audited('key-top-up-cancel', caller, { id }, async note => {
      const topUp = await this.load(id);
      const key = await this.readableKey(caller, topUp.keyId, id);
      note({ subjectRef: key.subjectRef, target: key.id });
      if (!caller.canManageKey(key)) {
        throw new NotAllowedError(
          `Only the owners of key ${key.name} can cancel this top-up`,
        );
      }
      if (
        !(await this.deps.store.move(id, ['pending'], { status: 'cancelled' }))
      ) {
        throw new ConflictError(
          `Top-up ${id} is ${(await this.load(id)).status}, not pending`,
        );
      }
      return publicTopUp((await this.deps.store.get(id))!);
    });
  }

  /** USD that top-ups add to a key now: part of the key's budget cap. */
  allowance(keyId: string): Promise<number> {
    return this.deps.store.allowance(keyId);
  }

  /** The scheduled run: budgets fall back after their period. */
  async run(): Promise<TopUpRunReport> {
    const report: TopUpRunReport = { ended: 0, recovered: 0, failed: 0 };
    for (const topUp of await this.deps.store.due(this.now(), STUCK_AFTER_MS)) {
      try {
        if (topUp.status === 'applying') {
          await this.recoverApplying(topUp);
          report.recovered += 1;
        } else if (await this.end(topUp)) {
          report.ended += 1;
        }
      } catch (error) {
        report.failed += 1;
        this.deps.logger.warn(
          `Could not end budget top-up ${topUp.id}: ${error}`,
        );
      }
    }
    return report;
  }

  /**
   * Brings the key's budget back: by the top-up's amount, from the budget
   * as it is (an owner's own change meanwhile stays). The target is fixed
   * when ending starts, so a run that dies halfway is finished by the next.
   */
  private async end(topUp: StoredTopUp): Promise<boolean> {
    const key = await this.deps.keys.get(topUp.keyId);
    const now = this.now();
    if (!key || key.status !== 'active' || key.limits.maxBudget === undefined) {
      // The key ended (or lost its budget): nothing to bring back.
      return this.deps.store.move(topUp.id, ['active', 'ending'], {
        status: 'ended',
        endedAt: now,
      });
    }
    // Down by the amount, whatever else changed: never above what the key
    // would have without the top-up (a grant narrowed meanwhile stays
    // narrowed), even if an owner's own cut leaves less than before.
    const fallback =
      topUp.fallbackBudget ??
      Math.max(0, round2(key.limits.maxBudget - topUp.amount));
    if (
      topUp.status === 'active' &&
      !(await this.deps.store.move(topUp.id, ['active'], {
        status: 'ending',
        fallbackBudget: fallback,
      }))
    ) {
      return false;
    }
    if (key.limits.maxBudget !== fallback) await this.setBudget(key, fallback);
    await this.deps.store.move(topUp.id, ['ending'], {
      status: 'ended',
      endedAt: now,
    });
    const ended = (await this.deps.store.get(topUp.id))!;
    await this.audited(
      'key-top-up-end',
      SYSTEM,
      { id: topUp.id },
      async note => {
        note({
          subjectRef: key.subjectRef,
          target: key.id,
          reason: 'The top-up reached its end',
          before: { maxBudget: key.limits.maxBudget },
          after: { maxBudget: fallback },
        });
        return publicTopUp(ended);
      },
    );
    await this.deps.notifier.ended(ended);
    return true;
  }

  /**
   * An approved top-up LiteLLM did not confirm (a process died, a reply
   * was lost): the budget the approval fixed (before it plus the amount)
   * is set again. An absolute value, so applying twice raises it once.
   */
  private async recoverApplying(topUp: StoredTopUp) {
    const key = await this.deps.keys.get(topUp.keyId);
    const now = this.now();
    if (
      !key ||
      key.status !== 'active' ||
      key.limits.maxBudget === undefined ||
      topUp.baseBudget === undefined
    ) {
      // The key ended (or lost its budget): nothing to raise or bring back.
      await this.deps.store.move(topUp.id, ['applying'], {
        status: 'ended',
        endedAt: now,
      });
      return;
    }
    const target = round2(topUp.baseBudget + topUp.amount);
    // The row may lag LiteLLM (the write landed, the row did not): setting
    // the same value brings both in line.
    await this.setBudget(key, target);
    await this.deps.store.move(topUp.id, ['applying'], {
      status: 'active',
      appliedAt: now,
      endsAt: new Date(now.getTime() + topUp.days * DAY_MS),
    });
  }

  private setBudget(key: KeyRecord, maxBudget: number) {
    return this.deps.writer.rewrite(
      key,
      { max_budget: maxBudget },
      { limits: { ...key.limits, maxBudget } },
    );
  }

  private assertTopUpable(key: KeyRecord) {
    if (key.status !== 'active') {
      throw new ConflictError(`Key ${key.name} is ${key.status}, not active`);
    }
    if (key.origin === 'playground') {
      throw new ConflictError('A playground session key cannot be topped up');
    }
    if (key.limits.maxBudget === undefined) {
      throw new ConflictError(
        `Key ${key.name} has no budget: there is nothing to top up`,
      );
    }
  }

  private async load(id: string): Promise<StoredTopUp> {
    const topUp = await this.deps.store.get(id);
    if (!topUp) throw new NotFoundError(`No budget top-up with id ${id}`);
    return topUp;
  }

  /** The key, if the caller may read it; a 404 naming `what` otherwise. */
  private async readableKey(caller: Caller, keyId: string, what?: string) {
    const key = await this.deps.keys.get(keyId);
    if (!key || !caller.canReadKey(key)) {
      throw new NotFoundError(
        what ? `No budget top-up with id ${what}` : `No key with id ${keyId}`,
      );
    }
    return key;
  }

  /** The top-up and its key, if the caller may decide it. */
  private async decidable(caller: Caller, id: string) {
    const topUp = await this.load(id);
    const key = await this.deps.keys.get(topUp.keyId);
    if (!key) throw new NotFoundError(`No budget top-up with id ${id}`);
    if (!(await this.mayDecide(caller, key))) {
      if (!caller.canReadKey(key)) {
        throw new NotFoundError(`No budget top-up with id ${id}`);
      }
      throw new NotAllowedError(
        'Only an admin or the owners of every model on the key can decide a top-up',
      );
    }
    if (topUp.status !== 'pending') {
      throw new ConflictError(`Top-up ${id} is ${topUp.status}, not pending`);
    }
    if (isOwn(caller, topUp, key)) {
      throw new NotAllowedError(
        `Top-up ${id} is for a key you own: another reviewer or admin decides it`,
      );
    }
    return { topUp, key };
  }

  /** Admins, or whoever reviews every model the key reaches. */
  private async mayDecide(caller: Caller, key: KeyRecord) {
    if (caller.canManage) return true;
    if (!key.models.length) return false;
    for (const name of key.models) {
      const policy = await this.deps.models.policyOf(name);
      if (!caller.canReview({ name, ownerRef: policy.ownerRef })) return false;
    }
    return true;
  }

  private async ownersOf(key: KeyRecord) {
    const owners = new Set<string>();
    for (const name of key.models) {
      const owner = (await this.deps.models.policyOf(name)).ownerRef;
      if (owner) owners.add(owner);
    }
    return [...owners];
  }

  private audited<T>(
    eventId: AuditAction,
    caller: Pick<Caller, 'userRef' | 'request'>,
    meta: Record<string, unknown>,
    fn: Parameters<typeof audited<T>>[4],
  ): Promise<T> {
    return audited(this.deps.auditor, eventId, caller, meta, fn);
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }
}

function round2(value: number) {
  return Math.round(value * 100) / 100;
}

function validAmount(amount: unknown): number {
  if (
    typeof amount !== 'number' ||
    !Number.isFinite(amount) ||
    amount <= 0 ||
    amount > MAX_AMOUNT
  ) {
    throw new InputError(
      `amount must be a number of USD above 0 and at most ${MAX_AMOUNT}`,
    );
  }
  return round2(amount);
}

function validDays(days: unknown): number {
  if (
    typeof days !== 'number' ||
    !Number.isInteger(days) ||
    days < 1 ||
    days > TOP_UP_MAX_DAYS
  ) {
    throw new InputError(
      `days must be a whole number from 1 to ${TOP_UP_MAX_DAYS}`,
    );
  }
  return days;
}

/**
 * A raise of the caller's own budget (they asked, or the key is theirs or
 * their team's): never theirs to decide, even as an admin.
 */
function isOwn(caller: Caller, topUp: StoredTopUp, key: KeyRecord) {
  return (
    topUp.requestedBy === caller.userRef ||
    caller.ownershipRefs.includes(key.subjectRef)
  );
}
