import { TaskStatus } from '@litemaas/backstage-plugin-litemaas-common';
import { runTaskNow } from './taskRuns';

const REQUESTED = '2026-12-07T10:00:05.000Z';

describe('runTaskNow', () => {
  it('does not take a run that started before the request for the one asked for', async () => {
    const before: TaskStatus<unknown> = {
      status: 'ok',
      requestedAt: REQUESTED,
      startedAt: '2026-12-07T10:00:00.000Z',
      finishedAt: '2026-12-07T10:00:07.000Z',
    };
    const after: TaskStatus<unknown> = {
      ...before,
      startedAt: '2026-12-07T10:00:08.000Z',
      finishedAt: '2026-12-07T10:00:09.000Z',
    };
    const poll = jest
      .fn()
      .mockResolvedValueOnce(before)
      .mockResolvedValue(after);
    const result = await runTaskNow(async () => before, poll, {
      intervalMs: 1,
    });
    expect(result).toEqual({ status: after, finished: true });
    expect(poll).toHaveBeenCalledTimes(2);
  });

  it('gives up at its time-out, saying the run has not finished', async () => {
    const running: TaskStatus<unknown> = {
      status: 'running',
      requestedAt: REQUESTED,
      startedAt: '2026-12-07T10:00:06.000Z',
    };
    const result = await runTaskNow(
      async () => running,
      async () => running,
      { intervalMs: 1, timeoutMs: 20 },
    );
    expect(result.finished).toBe(false);
  });
});
