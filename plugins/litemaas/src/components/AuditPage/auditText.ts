import { useCallback, useMemo } from 'react';
import { auditMessages } from '../../messages/audit';
import { LitemaasMessageKey, useLitemaasText } from '../../translationText';

/** The backend's event ids this plugin has words for. */
export const KNOWN_AUDIT_ACTIONS = Object.keys(
  auditMessages.audit.actions,
) as Array<keyof typeof auditMessages.audit.actions>;

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
