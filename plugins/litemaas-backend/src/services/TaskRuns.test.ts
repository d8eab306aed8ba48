import { ConflictError } from '@backstage/errors';
import { SchedulerService } from '@backstage/backend-plugin-api';
import { TaskReportStore } from '../database/TaskReportStore';
import { TaskRuns } from './TaskRuns';

/** A scheduler whose task is running until `finish()`; counts triggers. */
function busyScheduler() {
  let running = true;
  const triggered: string[] = [];
  const scheduler = {
    triggerTask: jest.fn(async (id: string) => {
      if (running) throw new ConflictError(`Task ${id} is currently running`);
      triggered.push(id);
    }),
  } as unknown as SchedulerService;
  return { scheduler, triggered, finish: () => (running = false) };
}

const reports = {
  requested: jest.fn(async () => new Date()),
  get: jest.fn(async () => undefined),
} as unknown as TaskReportStore;

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) {
    await new Promise(r => setTimeout(r, 5));
  }
};

describe('TaskRuns.trigger', () => {
  it('asks again once a run that was already going has finished, so the asker’s run starts after the request', async () => {
    const { scheduler, triggered, finish } = busyScheduler();
    const runs = new TaskRuns({
      scheduler,
      reports,
      followUp: { intervalMs: 10, timeoutMs: 5_000 },
    });
    await runs.trigger('litemaas-usage-sync', 'user:default/dana');
    // Refused while the run goes; a second ask does not start a second
    // follow-up.
    await runs.trigger('litemaas-usage-sync', 'user:default/dana');
    await new Promise(r => setTimeout(r, 50));
    expect(triggered).toEqual([]);
    finish();
    await until(() => triggered.length > 0);
    await new Promise(r => setTimeout(r, 50));
    expect(triggered).toEqual(['litemaas-usage-sync']);
  });

  it('gives up after its time-out when the run never ends', async () => {
    const { scheduler, triggered } = busyScheduler();
    const runs = new TaskRuns({
      scheduler,
      reports,
      followUp: { intervalMs: 10, timeoutMs: 60 },
    });
    await runs.trigger('litemaas-usage-sync', 'user:default/dana');
    await new Promise(r => setTimeout(r, 150));
    const calls = (scheduler.triggerTask as jest.Mock).mock.calls.length;
    await new Promise(r => setTimeout(r, 100));
    expect((scheduler.triggerTask as jest.Mock).mock.calls.length).toBe(calls);
    expect(triggered).toEqual([]);
  });

  it('passes on a failure other than a run already going', async () => {
    const scheduler = {
      triggerTask: jest.fn(async () => {
        throw new Error('no such task');
      }),
    } as unknown as SchedulerService;
    const runs = new TaskRuns({ scheduler, reports });
    await expect(runs.trigger('nope', 'user:default/dana')).rejects.toThrow(
      'no such task',
    );
  });
});
