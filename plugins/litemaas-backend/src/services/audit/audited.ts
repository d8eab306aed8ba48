import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { AuditAction } from '@litemaas/backstage-plugin-litemaas-common';
import { Caller } from '../../permissions/Caller';
import { withoutSecrets } from './secrets';

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
  'componentRef',
] as const;

function summary(result: unknown): JsonObject | undefined {
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    return undefined;
  }
  // An issued key ({ key, value }) or a playground session ({ session,
  // value }): the key's or the session's fields, never the value.
  const { key, session } = result as { key?: unknown; session?: unknown };
  const inner = [key, session].find(part => part && typeof part === 'object');
  const source = (inner ?? result) as Record<string, unknown>;
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
  eventId: AuditAction,
  caller: Pick<Caller, 'userRef' | 'request'>,
  meta: Record<string, unknown>,
  fn: (note: (fields: AuditNote) => void) => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId,
    severityLevel: 'medium',
    request: caller.request,
    meta: clean({ actor: caller.userRef, ...meta }),
  });
  const noted: AuditNote = {};
  const note = (fields: AuditNote) => Object.assign(noted, fields);
  let result: T;
  try {
    result = await fn(note);
  } catch (error) {
    await event.fail({ error: error as Error, meta: clean(noted) });
    throw error;
  }
  // Outside the try: an action that happened is never reported failed.
  const changed = summary(result);
  await event.success({
    meta: clean({ ...noted, ...(changed && { result: changed }) }),
  });
  return result;
}

/** JSON for both auditors (the log and the trail), secrets removed. */
function clean(value: object): JsonObject {
  return toJson(withoutSecrets(value) as object);
}
