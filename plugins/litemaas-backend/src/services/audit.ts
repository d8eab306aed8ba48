import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { Caller } from '../permissions/Caller';

/**
 * Runs a state change as an auditor event that records success or failure.
 * The caller's request goes with it, so the event names the person or
 * service who asked (not the plugin) as the actor.
 */
export async function audited<T>(
  auditor: AuditorService,
  eventId: string,
  caller: Pick<Caller, 'userRef' | 'request'>,
  meta: Record<string, unknown>,
  fn: () => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request: caller.request,
    // Drops undefined values, which are not JSON.
    meta: JSON.parse(
      JSON.stringify({ actor: caller.userRef, ...meta }),
    ) as JsonObject,
  });
  try {
    const result = await fn();
    await event.success();
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
