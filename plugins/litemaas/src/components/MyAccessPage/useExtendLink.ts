import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AccessRequest } from '@litemaas/backstage-plugin-litemaas-common';
import { useLitemaasText } from '../../translationText';
import { useStatusLabel } from '../common';
import { useLanguage } from '../useLocaleFormat';

/** The query parameter a grant's expiry notice links with. */
export const EXTEND_PARAM = 'extend';

/**
 * The one-click path from a grant's expiry notice: `?extend=<id>` opens
 * the extend dialog for that grant as soon as the list is loaded, once
 * (the parameter is then dropped, so a reload does not open it again).
 * When the grant cannot be extended, `notice` says why.
 */
export function useExtendLink(
  items: AccessRequest[] | undefined,
  open: (request: AccessRequest) => void,
): { notice?: string; dismiss(): void } {
  const t = useLitemaasText();
  const statusLabel = useStatusLabel();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string>();
  const id = params.get(EXTEND_PARAM);

  useEffect(() => {
    if (!id || !items) return;
    const rest = new URLSearchParams(params);
    rest.delete(EXTEND_PARAM);
    setParams(rest, { replace: true });

    const request = items.find(r => r.id === id);
    if (!request) {
      setNotice(t('access.extend.linkNotFound'));
      return;
    }
    const model = request.modelName;
    if (request.status !== 'granted') {
      setNotice(
        t('access.extend.linkNotGranted', {
          model,
          status: statusLabel(request.status).toLocaleLowerCase(language),
        }),
      );
    } else if (!request.expiresAt) {
      setNotice(t('access.extend.linkNoEnd', { model }));
    } else if (request.extension) {
      setNotice(t('access.extend.linkAlreadyAsked', { model }));
    } else {
      setNotice(undefined);
      open(request);
    }
  }, [id, items, params, setParams, open, t, statusLabel, language]);

  return { notice, dismiss: () => setNotice(undefined) };
}
