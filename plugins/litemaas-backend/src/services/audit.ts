import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';

/** Runs a state change as an auditor event that records success or failure. */
export async function audited<T>(
  auditor: AuditorService,
  eventId: string,
  meta: Record<string, unknown>,
  fn: () => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    // Drops undefined values, which are not JSON.
    meta: JSON.parse(JSON.stringify(meta)) as JsonObject,
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
