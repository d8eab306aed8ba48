import { SYSTEM_REASONS } from '@litemaas/backstage-plugin-litemaas-common';
import { useLitemaasText } from '../../translationText';

const BY_TEXT = new Map<string, keyof typeof SYSTEM_REASONS>(
  Object.entries(SYSTEM_REASONS).map(([key, text]) => [
    text,
    key as keyof typeof SYSTEM_REASONS,
  ]),
);

/**
 * A stored reason as the reader should see it: the portal's own reasons
 * in the reader's language, a person's reason as they wrote it.
 */
export function useReasonText(): (reason: string) => string {
  const t = useLitemaasText();
  return reason => {
    const key = BY_TEXT.get(reason);
    return key ? t(`access.systemReasons.${key}`) : reason;
  };
}
