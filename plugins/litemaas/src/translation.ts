import { createTranslationRef } from '@backstage/frontend-plugin-api';
import { accessMessages } from './messages/access';
import { approvalRulesMessages } from './messages/approvalRules';
import { auditMessages } from './messages/audit';
import { deprecationMessages } from './messages/deprecations';
import { formatMessages } from './messages/format';
import { frameMessages } from './messages/frame';
import { keysAdminMessages } from './messages/keysAdmin';
import { keysMessages } from './messages/keys';
import { manageMessages } from './messages/manage';
import { offboardingMessages } from './messages/offboarding';
import { playgroundMessages } from './messages/playground';
import { recertificationMessages } from './messages/recertification';
import { topUpsMessages } from './messages/topUps';
import { usageMessages } from './messages/usage';

/**
 * The plugin's words. English is in `messages/`, one file per area; other
 * languages load on demand from `translations/<language>/`, with the same
 * areas. The type of each language's loader requires every message.
 *
 * @public
 */
export const litemaasTranslationRef = createTranslationRef({
  id: 'plugin.litemaas',
  messages: litemaasMessages(),
  translations: {
    de: () => import('./translations/de'),
    es: () => import('./translations/es'),
    ja: () => import('./translations/ja'),
  },
});

/**
 * The English messages, nested as the keys read; one file per area of the
 * plugin, so each area's words sit together.
 */
export function litemaasMessages() {
  return {
    ...frameMessages,
    ...formatMessages,
    ...keysMessages,
    ...keysAdminMessages,
    ...accessMessages,
    ...usageMessages,
    ...manageMessages,
    ...playgroundMessages,
    ...auditMessages,
    ...recertificationMessages,
    ...topUpsMessages,
    ...offboardingMessages,
    ...approvalRulesMessages,
    ...deprecationMessages,
  } as const;
}

/** The English messages as the translation files key them. */
export function englishMessages(): Record<string, string> {
  const flat: Record<string, string> = {};
  const walk = (prefix: string, node: object) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') flat[path] = value;
      else walk(path, value);
    }
  };
  walk('', litemaasMessages());
  return flat;
}
