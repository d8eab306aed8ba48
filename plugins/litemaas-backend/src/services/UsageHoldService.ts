import { AuditorService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { UsageHold } from '@litemaas/backstage-plugin-litemaas-common';
import { UsageHoldStore } from '../database/UsageHoldStore';
import { Caller } from '../permissions/Caller';
import { audited } from './audit';
import { TaskRuns } from './TaskRuns';

/**
 * Admins' answers to usage held back because LiteLLM answered less than
 * the portal has: accept LiteLLM's answer (the next pull, asked for at once,
 * replaces the day with it) or keep the portal's figures.
 */
export class UsageHoldService {
  constructor(
    private readonly deps: {
      holds: UsageHoldStore;
      taskRuns: TaskRuns;
      usageSyncTask: string;
      auditor: AuditorService;
      now?: () => Date;
    },
  ) {}

  list(): Promise<UsageHold[]> {
    return this.deps.holds.list();
  }

  async accept(caller: Caller, day: string): Promise<void> {
    this.assertAdmin(caller);
    await audited(
      this.deps.auditor,
      'usage-hold-accept',
      caller,
      { day },
      async () => {
        await this.deps.holds.accept(
          await this.held(day),
          caller.userRef,
          this.now(),
        );
        await this.deps.taskRuns.trigger(
          this.deps.usageSyncTask,
          caller.userRef,
        );
      },
    );
  }

  /**
   * Keeps the portal's figures: later pulls keep merging (never less) and
   * do not ask again for this day.
   */
  async dismiss(caller: Caller, day: string): Promise<void> {
    this.assertAdmin(caller);
    await audited(
      this.deps.auditor,
      'usage-hold-dismiss',
      caller,
      { day },
      async () => {
        await this.deps.holds.dismiss(
          await this.held(day),
          caller.userRef,
          this.now(),
        );
      },
    );
  }

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  /** The day, if it has a hold still waiting for a decision. */
  private async held(day: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      throw new InputError('day must be a date as YYYY-MM-DD');
    }
    const hold = await this.deps.holds.get(day);
    if (!hold || hold.dismissedAt) {
      throw new NotFoundError(`No usage is held back for ${day}`);
    }
    return day;
  }

  private assertAdmin(caller: Caller) {
    if (!caller.canManage) {
      throw new NotAllowedError('Only admins decide on held-back usage');
    }
  }
}
