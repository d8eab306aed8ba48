import { useCallback, useMemo } from 'react';
import { AuditAction } from '@litemaas/backstage-plugin-litemaas-common';
import { auditMessages } from '../../messages/audit';
import { LitemaasMessageKey, useLitemaasText } from '../../translationText';

/**
 * Words for every action the backend records: typed so that an action
 * added to the trail without words here fails the type-check.
 */
const LABELS: Record<AuditAction, string> = auditMessages.audit.actions;

/** The backend's event ids this plugin has words for. */
export const KNOWN_AUDIT_ACTIONS = Object.keys(LABELS) as AuditAction[];

const KNOWN = new Set<string>(KNOWN_AUDIT_ACTIONS);

/** Whether the plugin has words for an event id. */
export function isKnownAuditAction(action: string): boolean {
  return KNOWN.has(action);
}

/**
 * An event id as people read it: "access-approve" is "Approved access".
 * An id newer than this plugin shows as itself, which beats nothing.
 */
export function useAuditActionLabel(): (action: string) => string {
  const t = useLitemaasText();
  return useCallback(
    (action: string) =>
      isKnownAuditAction(action)
        ? t(`audit.actions.${action}` as LitemaasMessageKey)
        : action,
    [t],
  );
}

/** The known actions as filter choices, sorted by their words. */
export function useAuditActionChoices(): Array<{ id: string; label: string }> {
  const label = useAuditActionLabel();
  return useMemo(
    () =>
      KNOWN_AUDIT_ACTIONS.map(id => ({ id, label: label(id) })).sort((a, b) =>
        a.label.localeCompare(b.label),
      ),
    [label],
  );
}
