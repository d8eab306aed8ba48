import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { Caller } from '../../permissions/Caller';

/**
 * What an action adds to its audit event once it knows: whose access or
 * key it was about, the model, the state before and after, the reason.
 */
export interface AuditNote {
  subjectRef?: string;
  modelName?: string;
  target?: string;
  reason?: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The fields of a result that say what an action changed. A whitelist: a
 * result may carry a key's value (an issued key), which must never reach
 * the audit trail.
 */
const RESULT_FIELDS = [
  'id',
  'modelName',
  'subjectRef',
  'models',
  'status',
  'limits',
  'decisionReason',
  'blocked',
  'expiresAt',
  'maxBudget',
  'budgetDuration',
] as const;

function summary(result: unknown): JsonObject | undefined {
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    return undefined;
  }
  // An issued key ({ key, value }): the key's fields, never the value.
  const issued = (result as { key?: unknown }).key;
  const source = (
    issued && typeof issued === 'object' ? issued : result
  ) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const field of RESULT_FIELDS) {
    if (source[field] !== undefined) picked[field] = source[field];
  }
  return Object.keys(picked).length ? toJson(picked) : undefined;
}

/** Drops undefined values, which are not JSON. */
function toJson(value: object): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/**
 * Runs a state change as an auditor event that records success or failure.
 * The caller's request goes with it, so the event names the person or
 * service who asked (not the plugin) as the actor. `fn` may note what it
 * learnt (before, after, whose); the result's non-secret fields go too.
 */
export async function audited<T>(
  auditor: AuditorService,
  eventId: string,
  caller: Pick<Caller, 'userRef' | 'request'>,
  meta: Record<string, unknown>,
  fn: (note: (fields: AuditNote) => void) => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request: caller.request,
    meta: toJson({ actor: caller.userRef, ...meta }),
  });
  const noted: AuditNote = {};
  const note = (fields: AuditNote) => Object.assign(noted, fields);
  try {
    const result = await fn(note);
    const changed = summary(result);
    await event.success({
      meta: toJson({ ...noted, ...(changed && { result: changed }) }),
    });
    return result;
  } catch (error) {
    await event.fail({ error: error as Error, meta: toJson(noted) });
    throw error;
  }
}
