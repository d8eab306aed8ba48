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

const SECTIONS = [
  { id: 'all', label: 'All keys' },
  { id: 'settings', label: 'Key settings' },
  { id: 'teams', label: 'Team budgets' },
  { id: 'reconcile', label: 'Reconciliation' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

/**
 * The admins' view of keys: every key (block, revoke, provision for
 * workshops, revoke by prefix), the defaults and maximums for new keys,
 * team budgets, and reconciliation with LiteLLM (held-back repairs, keys
 * made outside the portal).
 *
 * @public
 */
export const KeysAdminPage = () => {
  const permission = usePermission({
    permission: litemaasModelManagePermission,
  });
  if (permission.loading) return <Progress />;
  if (!permission.allowed) {
    return (
      <WarningPanel
        severity="info"
        title="Only admins can manage keys"
        message="Managing all keys needs the litemaas.model.manage permission. Your own keys are on the API keys tab."
      />
    );
  }
  return <KeysAdmin />;
};

function KeysAdmin() {
  // The section lives in the URL, so it can be linked to and survives reloads.
  const [params, setParams] = useSearchParams();
  const requested = params.get('section');
  const section: SectionId =
    SECTIONS.find(s => s.id === requested)?.id ?? 'all';

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
          aria-label="Key administration"
        >
          {SECTIONS.map(s => (
            <Tab key={s.id} value={s.id} label={s.label} />
          ))}
        </Tabs>
      </Box>
      {section === 'all' && <AllKeys />}
      {section === 'settings' && <KeySettingsForm />}
      {section === 'teams' && <TeamBudgets />}
      {section === 'reconcile' && <Reconciliation />}
    </>
  );
}
