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

  async accept(caller: Caller, day: string): Promise<UsageHold> {
    this.assertAdmin(caller);
    return audited(
      this.deps.auditor,
      'usage-hold-accept',
      caller,
      { day },
      async () => {
        const hold = await this.deps.holds.accept(
          await this.held(day),
          caller.userRef,
          this.deps.now?.() ?? new Date(),
        );
        if (!hold) throw new NotFoundError(`No usage is held back for ${day}`);
        await this.deps.taskRuns.trigger(
          this.deps.usageSyncTask,
          caller.userRef,
        );
        return (await this.deps.holds.get(day)) ?? hold;
      },
    );
  }

  /** Keeps the portal's figures; a later smaller answer is held again. */
  async dismiss(caller: Caller, day: string): Promise<void> {
    this.assertAdmin(caller);
    await audited(
      this.deps.auditor,
      'usage-hold-dismiss',
      caller,
      { day },
      async () => {
        if (!(await this.deps.holds.delete(await this.held(day)))) {
          throw new NotFoundError(`No usage is held back for ${day}`);
        }
      },
    );
  }

  private async held(day: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      throw new InputError('day must be a date as YYYY-MM-DD');
    }
    if (!(await this.deps.holds.get(day))) {
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
