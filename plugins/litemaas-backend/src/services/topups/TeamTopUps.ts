import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  AuditAction,
  BudgetTopUp,
  BudgetTopUpDecisionBody,
  CreateTeamTopUpBody,
} from '@litemaas/backstage-plugin-litemaas-common';
import {
  publicTopUp,
  StoredTopUp,
  TopUpStore,
} from '../../database/TopUpStore';
import { LiteLlmClient } from '../../gateways/litellm/LiteLlmClient';
import { Caller, callerOwns } from '../../permissions/Caller';
import { audited } from '../audit';
import { TopUpNotifier } from './TopUpNotifier';
import {
  endOf,
  round2,
  SYSTEM,
  validAmount,
  validDays,
  validJustification,
} from './topUpRules';

/**
 * Top-ups of team budgets: a member of a team (a catalog group) whose
 * LiteLLM team has a budget asks for more for a while; an admin decides
 * (a team's budget spans every model, so no model owner does). Approved,
 * the team's `max_budget` in LiteLLM is set to the budget before plus the
 * amount - an absolute value, so setting it again raises it once - and
 * after the period it goes down by the amount, never below 0.
 */
export class TeamTopUps {
  constructor(
    private readonly deps: {
      store: TopUpStore;
      litellm: LiteLlmClient;
      notifier: TopUpNotifier;
      auditor: AuditorService;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  request(caller: Caller, body: CreateTeamTopUpBody): Promise<BudgetTopUp> {
    return this.audited(
      'team-top-up-request',
      caller,
      { teamRef: body.teamRef },
      async note => {
        const teamRef = groupRef(body.teamRef);
        note({ subjectRef: teamRef, target: teamRef });
        if (!callerOwns(caller, teamRef)) {
          throw new NotAllowedError(
            `Only members of ${teamRef} can ask for more budget for it`,
          );
        }
        const amount = validAmount(body.amount);
        const days = validDays(body.days);
        const justification = validJustification(body.justification, 'team');
        const base = await this.budgetOf(teamRef);
        note({ before: { maxBudget: base } });
        const created = await this.deps.store.create({
          teamRef,
          subjectRef: teamRef,
          requestedBy: caller.userRef,
          amount,
          days,
          justification,
        });
        // Admins only: the notifier always tells them.
        await this.deps.notifier.asked(created, [], caller.userRef);
        return publicTopUp(created);
      },
    );
  }

  /** Admins decide a team's top-up, unless the team is theirs. */
  mayDecide(caller: Caller, topUp: StoredTopUp): boolean {
    return caller.canManage && !isOwnTeam(caller, topUp);
  }

  /** The team's budget in LiteLLM now, if it has one (for reviewers). */
  async currentBudget(teamRef: string): Promise<number | undefined> {
    const team = await this.deps.litellm.teamInfo(teamRef);
    return typeof team?.max_budget === 'number' ? team.max_budget : undefined;
  }

  approve(
    caller: Caller,
    topUp: StoredTopUp,
    body: BudgetTopUpDecisionBody,
  ): Promise<BudgetTopUp> {
    const teamRef = topUp.teamRef!;
    return this.audited(
      'team-top-up-approve',
      caller,
      { id: topUp.id },
      async note => {
        this.assertDecidable(caller, topUp);
        const amount =
          body.amount === undefined ? topUp.amount : validAmount(body.amount);
        const days =
          body.days === undefined ? topUp.days : validDays(body.days);
        const base = await this.budgetOf(teamRef);
        const reason = body.reason?.trim() || undefined;
        note({
          subjectRef: teamRef,
          target: teamRef,
          reason,
          before: { maxBudget: base },
          after: { maxBudget: round2(base + amount), days },
        });
        // Claimed before LiteLLM is written: of two admins, one applies it.
        if (
          !(await this.deps.store.move(topUp.id, ['pending'], {
            status: 'applying',
            decidedBy: caller.userRef,
            decisionReason: reason ?? null,
            amount,
            days,
            baseBudget: base,
          }))
        ) {
          throw new ConflictError(`Top-up ${topUp.id} was decided meanwhile`);
        }
        try {
          await this.setBudget(teamRef, round2(base + amount));
        } catch (error) {
          // LiteLLM may have taken it without saying so: the decision
          // stands, `applying`, and the task sets the same budget again.
          this.deps.logger.warn(
            `Team budget top-up ${topUp.id} approved, but LiteLLM did not confirm the new budget; the top-up task retries it: ${error}`,
          );
          return publicTopUp((await this.deps.store.get(topUp.id))!);
        }
        const now = this.now();
        await this.deps.store.move(topUp.id, ['applying'], {
          status: 'active',
          appliedAt: now,
          endsAt: endOf(now, days),
        });
        const active = (await this.deps.store.get(topUp.id))!;
        await this.deps.notifier.decided(active, caller.userRef);
        return publicTopUp(active);
      },
    );
  }

  deny(
    caller: Caller,
    topUp: StoredTopUp,
    body: { reason?: string },
  ): Promise<BudgetTopUp> {
    return this.audited(
      'team-top-up-deny',
      caller,
      { id: topUp.id },
      async note => {
        const reason = body.reason?.trim();
        if (!reason) {
          throw new InputError('A reason is required to deny a top-up');
        }
        this.assertDecidable(caller, topUp);
        note({ subjectRef: topUp.teamRef, target: topUp.teamRef, reason });
        if (
          !(await this.deps.store.move(topUp.id, ['pending'], {
            status: 'denied',
            decidedBy: caller.userRef,
            decisionReason: reason,
          }))
        ) {
          throw new ConflictError(`Top-up ${topUp.id} was decided meanwhile`);
        }
        const denied = (await this.deps.store.get(topUp.id))!;
        await this.deps.notifier.decided(denied, caller.userRef);
        return publicTopUp(denied);
      },
    );
  }

  /** Any member of the team withdraws its waiting top-up. */
  cancel(caller: Caller, topUp: StoredTopUp): Promise<BudgetTopUp> {
    return this.audited(
      'team-top-up-cancel',
      caller,
      { id: topUp.id },
      async note => {
        note({ subjectRef: topUp.teamRef, target: topUp.teamRef });
        if (!callerOwns(caller, topUp.teamRef!)) {
          throw new NotFoundError(`No budget top-up with id ${topUp.id}`);
        }
        if (
          !(await this.deps.store.move(topUp.id, ['pending'], {
            status: 'cancelled',
          }))
        ) {
          throw new ConflictError(
            `Top-up ${topUp.id} is ${
              (await this.deps.store.get(topUp.id))?.status
            }, not pending`,
          );
        }
        return publicTopUp((await this.deps.store.get(topUp.id))!);
      },
    );
  }

  /**
   * Brings the team's budget back after the period: down by the amount
   * from the budget as LiteLLM has it (an admin's change meanwhile stays),
   * never below 0. The target is fixed when ending starts, so a run that
   * dies halfway is finished by the next with the same value.
   */
  async end(topUp: StoredTopUp): Promise<boolean> {
    const teamRef = topUp.teamRef!;
    const now = this.now();
    const current = await this.currentBudget(teamRef);
    if (current === undefined) {
      // The team lost its budget (or is gone): nothing to bring back.
      return this.deps.store.move(topUp.id, ['active', 'ending'], {
        status: 'ended',
        endedAt: now,
      });
    }
    const fallback =
      topUp.fallbackBudget ?? Math.max(0, round2(current - topUp.amount));
    if (
      topUp.status === 'active' &&
      !(await this.deps.store.move(topUp.id, ['active'], {
        status: 'ending',
        fallbackBudget: fallback,
      }))
    ) {
      return false;
    }
    if (current !== fallback) await this.setBudget(teamRef, fallback);
    await this.deps.store.move(topUp.id, ['ending'], {
      status: 'ended',
      endedAt: now,
    });
    const ended = (await this.deps.store.get(topUp.id))!;
    await this.audited('team-top-up-end', SYSTEM, { id: topUp.id }, async n => {
      n({
        subjectRef: teamRef,
        target: teamRef,
        reason: 'The top-up reached its end',
        before: { maxBudget: current },
        after: { maxBudget: fallback },
      });
      return publicTopUp(ended);
    });
    await this.deps.notifier.ended(ended);
    return true;
  }

  /**
   * An approval LiteLLM did not confirm: the budget it fixed (before plus
   * the amount) is set again - absolute, so it is raised once.
   */
  async recoverApplying(topUp: StoredTopUp): Promise<void> {
    const teamRef = topUp.teamRef!;
    const now = this.now();
    const current = await this.currentBudget(teamRef);
    if (current === undefined || topUp.baseBudget === undefined) {
      // The team lost its budget meanwhile: nothing to raise or bring back.
      await this.deps.store.move(topUp.id, ['applying'], {
        status: 'ended',
        endedAt: now,
      });
      return;
    }
    await this.setBudget(teamRef, round2(topUp.baseBudget + topUp.amount));
    await this.deps.store.move(topUp.id, ['applying'], {
      status: 'active',
      appliedAt: now,
      endsAt: endOf(now, topUp.days),
    });
  }

  private assertDecidable(caller: Caller, topUp: StoredTopUp) {
    if (!caller.canManage) {
      if (!callerOwns(caller, topUp.teamRef!)) {
        throw new NotFoundError(`No budget top-up with id ${topUp.id}`);
      }
      throw new NotAllowedError(
        'Only an admin can decide a top-up of a team budget',
      );
    }
    if (topUp.status !== 'pending') {
      throw new ConflictError(
        `Top-up ${topUp.id} is ${topUp.status}, not pending`,
      );
    }
    if (isOwnTeam(caller, topUp)) {
      throw new NotAllowedError(
        `Top-up ${topUp.id} is for a team you belong to: another admin decides it`,
      );
    }
  }

  /** The team's max budget in LiteLLM; a 409 when it has none. */
  private async budgetOf(teamRef: string): Promise<number> {
    const budget = await this.currentBudget(teamRef);
    if (budget === undefined) {
      throw new ConflictError(
        `Team ${teamRef} has no budget in LiteLLM: there is nothing to top up`,
      );
    }
    return budget;
  }

  private async setBudget(teamRef: string, maxBudget: number) {
    // Only max_budget: sending a period would restart the team's window.
    await this.deps.litellm.updateTeamBudget(teamRef, {
      max_budget: maxBudget,
    });
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

/** Asked by the caller, or for a team they are in: never theirs to decide. */
export function isOwnTeam(caller: Caller, topUp: StoredTopUp): boolean {
  return (
    topUp.requestedBy === caller.userRef || callerOwns(caller, topUp.teamRef!)
  );
}

/** A group's entity ref in one spelling; a 400 for anything else. */
function groupRef(raw: unknown): string {
  try {
    const parsed = parseEntityRef(String(raw ?? ''));
    if (parsed.kind.toLocaleLowerCase('en-US') === 'group') {
      return stringifyEntityRef(parsed);
    }
  } catch {
    // reported below
  }
  throw new InputError(
    `teamRef must be a group's entity ref such as group:default/payments, not '${raw}'`,
  );
}
