import { AuditorService } from '@backstage/backend-plugin-api';
import { AuditAction } from '@litemaas/backstage-plugin-litemaas-common';
import { KeyRecord } from '../../database/KeyStore';
import { SYSTEM_AUDIT_ACTOR } from '../audit';

/**
 * Records a key the portal narrowed by itself (a grant narrowed or ended, a
 * model retired): a `key-narrow` event with the key as it was and as it is,
 * and why.
 */
export async function recordKeyNarrowed(
  auditor: AuditorService,
  change: {
    before: KeyRecord;
    after: KeyRecord;
    reason: string;
    /** The model it is about, when one is. */
    model?: string;
  },
) {
  const state = (key: KeyRecord) => ({
    status: key.status,
    models: key.models,
    limits: key.limits,
  });
  const event = await auditor.createEvent({
    eventId: 'key-narrow' satisfies AuditAction,
    severityLevel: 'medium',
    meta: JSON.parse(
      JSON.stringify({
        actor: SYSTEM_AUDIT_ACTOR,
        keyId: change.before.id,
        subjectRef: change.before.subjectRef,
        model: change.model,
        reason: change.reason,
        before: state(change.before),
        after: state(change.after),
      }),
    ),
  });
  await event.success();
}
