import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { AuditAction } from '@litemaas/backstage-plugin-litemaas-common';
import { KeyRecord, KeyStore } from '../../database/KeyStore';
import {
  publicTopUp,
  StoredTopUp,
  TopUpStore,
} from '../../database/TopUpStore';
import { Caller } from '../../permissions/Caller';
import { audited } from '../audit';
import { KeyWriter } from '../keys/KeyWriter';
import { TeamTopUps } from './TeamTopUps';
import { TopUpNotifier } from './TopUpNotifier';
import { endOf, round2, STUCK_AFTER_MS, SYSTEM } from './topUpRules';

export interface TopUpRunReport {
  ended: number;
  /** Top-ups a dead process left half done, finished now. */
  recovered: number;
  failed: number;
}

/** Sets a key's max budget in LiteLLM and in its row. */
export function setKeyBudget(
  writer: KeyWriter,
  key: KeyRecord,
  maxBudget: number,
) {
  return writer.rewrite(
    key,
    { max_budget: maxBudget },
    { limits: { ...key.limits, maxBudget } },
  );
}

/**
 * The top-up task's work: budgets of keys and teams fall back after their
 * period, and approvals a dead process (or a lost reply) left `applying`
 * are applied again with the same absolute budget.
 */
export class TopUpRunner {
  constructor(
    private readonly deps: {
      store: TopUpStore;
      keys: KeyStore;
      writer: KeyWriter;
      notifier: TopUpNotifier;
      auditor: AuditorService;
      logger: LoggerService;
      teams?: TeamTopUps;
      now?: () => Date;
    },
  ) {}

  /** The scheduled run: budgets fall back after their period. */
  async run(): Promise<TopUpRunReport> {
    const report: TopUpRunReport = { ended: 0, recovered: 0, failed: 0 };
    for (const topUp of await this.deps.store.due(this.now(), STUCK_AFTER_MS)) {
      try {
        const teams = topUp.teamRef ? this.teams : undefined;
        if (topUp.teamRef && !teams) continue;
        if (topUp.status === 'applying') {
          await (teams ? teams.recoverApplying(topUp) : this.recoverKey(topUp));
          report.recovered += 1;
        } else if (await (teams ? teams.end(topUp) : this.endKey(topUp))) {
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
  private async endKey(topUp: StoredTopUp): Promise<boolean> {
    const key = await this.deps.keys.get(topUp.keyId!);
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
  private async recoverKey(topUp: StoredTopUp) {
    const key = await this.deps.keys.get(topUp.keyId!);
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
      endsAt: endOf(now, topUp.days),
    });
  }

  private setBudget(key: KeyRecord, maxBudget: number) {
    return setKeyBudget(this.deps.writer, key, maxBudget);
  }

  private get teams() {
    return this.deps.teams;
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
