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
  CreateTeamTopUpBody,
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
import { TeamTopUps } from './TeamTopUps';
import { setKeyBudget, TopUpRunner, TopUpRunReport } from './TopUpRun';
import { TopUpNotifier } from './TopUpNotifier';
import {
  endOf,
  round2,
  validAmount,
  validDays,
  validJustification,
} from './topUpRules';

export type { TopUpRunReport } from './TopUpRun';

/**
 * Budget top-ups: a key's owner asks for more budget for a while; an admin
 * or the owners of all the key's models decide; an approved top-up raises
 * the key's max budget in LiteLLM (over its grant's budget, which the
 * portal otherwise holds it to) and a scheduled run brings it back after.
 * Top-ups of team budgets go the same way through `teams` (TeamTopUps).
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
      /** Top-ups of team budgets; without it, none can be asked. */
      teams?: TeamTopUps;
      now?: () => Date;
    },
  ) {}

  /** A team member asks for more budget for their team. */
  requestForTeam(
    caller: Caller,
    body: CreateTeamTopUpBody,
  ): Promise<BudgetTopUp> {
    return this.teams().request(caller, body);
  }

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
      const justification = validJustification(body.justification, 'key');
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

  /**
   * The caller's and their teams' top-ups: of their keys, their teams'
   * keys and their teams' budgets.
   */
  async listMine(caller: Caller): Promise<BudgetTopUp[]> {
    return (
      await this.deps.store.list({ subjectRefs: caller.ownershipRefs })
    ).map(publicTopUp);
  }

  /** Admins: everyone's top-ups, newest first. */
  async listAll(caller: Caller): Promise<BudgetTopUp[]> {
    if (!caller.canManage) {
      throw new NotAllowedError('Only admins can see everyone’s top-ups');
    }
    return (await this.deps.store.list({})).map(publicTopUp);
  }

  /** Top-ups the caller may decide, waiting ones by default. */
  async listForReview(
    caller: Caller,
    statuses: BudgetTopUpStatus[] = ['pending'],
  ): Promise<BudgetTopUp[]> {
    const result: BudgetTopUp[] = [];
    for (const topUp of await this.deps.store.list({ statuses })) {
      if (topUp.teamRef) {
        const team = await this.reviewableTeamTopUp(caller, topUp);
        if (team) result.push(team);
        continue;
      }
      const key = await this.deps.keys.get(topUp.keyId!);
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

  async approve(
    caller: Caller,
    id: string,
    body: BudgetTopUpDecisionBody = {},
  ): Promise<BudgetTopUp> {
    const team = await this.teamTopUp(id);
    if (team) return this.teams().approve(caller, team, body);
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
        endsAt: endOf(now, days),
      });
      // Moved by the task meanwhile (a slow LiteLLM) or by this: active.
      const active = (await this.deps.store.get(id))!;
      await this.deps.notifier.decided(active, caller.userRef);
      return publicTopUp(active);
    });
  }

  async deny(
    caller: Caller,
    id: string,
    body: { reason?: string },
  ): Promise<BudgetTopUp> {
    const team = await this.teamTopUp(id);
    if (team) return this.teams().deny(caller, team, body);
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

  async cancel(caller: Caller, id: string): Promise<BudgetTopUp> {
    const team = await this.teamTopUp(id);
    if (team) return this.teams().cancel(caller, team);
    return this.audited('key-top-up-cancel', caller, { id }, async note => {
      const topUp = await this.load(id);
      const key = await this.readableKey(caller, topUp.keyId!, id);
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

  /** The scheduled run: budgets fall back after their period. */
  run(): Promise<TopUpRunReport> {
    return new TopUpRunner(this.deps).run();
  }

  private setBudget(key: KeyRecord, maxBudget: number) {
    return setKeyBudget(this.deps.writer, key, maxBudget);
  }

  /** USD that top-ups add to a key now: part of the key's budget cap. */
  allowance(keyId: string): Promise<number> {
    return this.deps.store.allowance(keyId);
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
    const key = await this.deps.keys.get(topUp.keyId!);
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

  /** The top-up with this id when it raises a team's budget. */
  private async teamTopUp(id: string) {
    const topUp = await this.deps.store.get(id);
    return topUp?.teamRef ? topUp : undefined;
  }

  private teams(): TeamTopUps {
    if (!this.deps.teams) {
      throw new ConflictError('Team budget top-ups are not available');
    }
    return this.deps.teams;
  }

  /**
   * A team's top-up for its reviewers (admins not in the team), a waiting
   * one with the budget it would raise as LiteLLM has it now.
   */
  private async reviewableTeamTopUp(caller: Caller, topUp: StoredTopUp) {
    const teams = this.deps.teams;
    if (!teams || !teams.mayDecide(caller, topUp)) return undefined;
    const shown = publicTopUp(topUp);
    if (topUp.status !== 'pending') return shown;
    try {
      const base = await teams.currentBudget(topUp.teamRef!);
      return base === undefined ? shown : { ...shown, baseBudget: base };
    } catch {
      // LiteLLM is down: the reviewer sees the amount alone.
      return shown;
    }
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
