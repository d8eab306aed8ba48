import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CampaignDetail } from './CampaignDetail';
import { CampaignList } from './CampaignList';

/**
 * The query parameter that opens a campaign; the notifications sent to
 * its reviewers link to `review?tab=recertification&campaign=<id>`.
 */
export const CAMPAIGN_PARAM = 'campaign';

/**
 * The Review page's recertification section: the campaigns, or the one
 * the URL names. The open campaign lives in the URL, so it can be linked
 * to, survives reloads, and the browser's Back returns to the list.
 */
export function Recertification() {
  const [params, setParams] = useSearchParams();
  const id = params.get(CAMPAIGN_PARAM);

  const linkTo = useCallback(
    (campaign: string) => {
      const next = new URLSearchParams(params);
      next.set(CAMPAIGN_PARAM, campaign);
      return `?${next}`;
    },
    [params],
  );
  const open = (campaign: string) =>
    setParams(current => {
      const next = new URLSearchParams(current);
      next.set(CAMPAIGN_PARAM, campaign);
      return next;
    });
  const back = () =>
    setParams(current => {
      const next = new URLSearchParams(current);
      next.delete(CAMPAIGN_PARAM);
      return next;
    });

  if (id) return <CampaignDetail key={id} id={id} onBack={back} />;
  return <CampaignList linkTo={linkTo} onOpen={open} />;
}
