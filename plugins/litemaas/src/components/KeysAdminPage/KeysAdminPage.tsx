import { useLitemaasText } from '../../translationText';
import { useSearchParams } from 'react-router-dom';
import { Progress, WarningPanel } from '@backstage/core-components';
import { usePermission } from '@backstage/plugin-permission-react';
import { litemaasModelManagePermission } from '@litemaas/backstage-plugin-litemaas-common';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { AllKeys } from './AllKeys';
import { KeySettingsForm } from './KeySettingsForm';
import { TeamBudgets } from './TeamBudgets';
import { Reconciliation } from './Reconciliation';
import { Offboarding } from '../Offboarding';

const SECTIONS = [
  'all',
  'settings',
  'teams',
  'reconcile',
  'offboarding',
] as const;
type SectionId = (typeof SECTIONS)[number];

/**
 * The admins' view of keys: every key (block, revoke, provision for
 * workshops, revoke by prefix), the defaults and maximums for new keys,
 * team budgets, reconciliation with LiteLLM (held-back repairs, keys
 * made outside the portal), and offboarding (users who left the catalog;
 * the admins' notifications link to it).
 *
 * @public
 */
export const KeysAdminPage = () => {
  const t = useLitemaasText();
  const permission = usePermission({
    permission: litemaasModelManagePermission,
  });
  if (permission.loading) return <Progress />;
  if (!permission.allowed) {
    return (
      <WarningPanel
        severity="info"
        title={t('keysAdmin.denied.title')}
        message={t('keysAdmin.denied.message')}
      />
    );
  }
  return <KeysAdmin />;
};

function KeysAdmin() {
  // The section lives in the URL, so it can be linked to and survives reloads.
  const t = useLitemaasText();
  const [params, setParams] = useSearchParams();
  const requested = params.get('section');
  const section: SectionId = SECTIONS.find(s => s === requested) ?? 'all';

  return (
    <>
      <Box mb={2}>
        <Tabs
          value={section}
          onChange={(_, next: SectionId) =>
            setParams(
              current => {
                const updated = new URLSearchParams(current);
                if (next === 'all') updated.delete('section');
                else updated.set('section', next);
                return updated;
              },
              { replace: true },
            )
          }
          indicatorColor="primary"
          textColor="primary"
          aria-label={t('keysAdmin.tabsLabel')}
        >
          {SECTIONS.map(s => (
            <Tab key={s} value={s} label={t(`keysAdmin.sections.${s}`)} />
          ))}
        </Tabs>
      </Box>
      {section === 'all' && <AllKeys />}
      {section === 'settings' && <KeySettingsForm />}
      {section === 'teams' && <TeamBudgets />}
      {section === 'reconcile' && <Reconciliation />}
      {section === 'offboarding' && <Offboarding />}
    </>
  );
}
