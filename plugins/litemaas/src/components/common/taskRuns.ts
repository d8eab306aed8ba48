import { TaskStatus } from '@litemaas/backstage-plugin-litemaas-common';

/**
 * Asks the backend to run a scheduled task now, then waits (polling) until
 * a run that started after the request has finished, or gives up after
 * `timeoutMs` (the task may be queued behind a run on another replica).
 */
export async function runTaskNow<S extends TaskStatus<unknown>>(
  trigger: () => Promise<S>,
  poll: () => Promise<S>,
  options: { intervalMs?: number; timeoutMs?: number } = {},
): Promise<{ status: S; finished: boolean }> {
  const intervalMs = options.intervalMs ?? 1500;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let status = await trigger();
  const requestedAt = status.requestedAt;
  // A run that was already going when asked may have read before the
  // request: only one that started after it counts.
  const finished = (s: S) =>
    s.status !== 'running' &&
    !!s.finishedAt &&
    (!requestedAt || (!!s.startedAt && s.startedAt >= requestedAt));
  while (!finished(status)) {
    if (Date.now() >= deadline) return { status, finished: false };
    await new Promise(resolve => setTimeout(resolve, intervalMs));
    status = await poll();
  }
  return { status, finished: true };
}
