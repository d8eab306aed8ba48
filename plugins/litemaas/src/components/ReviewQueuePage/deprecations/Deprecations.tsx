import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePermission } from '@backstage/plugin-permission-react';
import { litemaasModelManagePermission } from '@litemaas/backstage-plugin-litemaas-common';
import { DeprecationCampaignView } from './DeprecationCampaignView';
import { DeprecationList } from './DeprecationList';

/**
 * The query parameter that opens a model's campaign:
 * `review?tab=deprecations&model=<name>`.
 */
export const DEPRECATION_MODEL_PARAM = 'model';

/**
 * The Review page's deprecations section: the campaigns of deprecated
 * models, or the one the URL names. Admins see every campaign and may
 * change them; a model's owners see theirs and remind its holders.
 */
export function Deprecations() {
  const [params, setParams] = useSearchParams();
  const model = params.get(DEPRECATION_MODEL_PARAM);
  const manage = usePermission({ permission: litemaasModelManagePermission });
  const canManage = manage.allowed;

  const linkTo = useCallback(
    (name: string) => {
      const next = new URLSearchParams(params);
      next.set(DEPRECATION_MODEL_PARAM, name);
      return `?${next}`;
    },
    [params],
  );
  const open = (name: string) =>
    setParams(current => {
      const next = new URLSearchParams(current);
      next.set(DEPRECATION_MODEL_PARAM, name);
      return next;
    });
  const back = () =>
    setParams(current => {
      const next = new URLSearchParams(current);
      next.delete(DEPRECATION_MODEL_PARAM);
      return next;
    });

  if (model) {
    return (
      <DeprecationCampaignView
        key={model}
        model={model}
        canManage={canManage}
        onBack={back}
      />
    );
  }
  return (
    <DeprecationList canManage={canManage} linkTo={linkTo} onOpen={open} />
  );
}
