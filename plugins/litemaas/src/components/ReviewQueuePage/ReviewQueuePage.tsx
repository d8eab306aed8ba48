import { useSearchParams } from 'react-router-dom';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import { useLitemaasText } from '../../translationText';
import { RequestQueue } from './RequestQueue';
import {
  CAMPAIGN_PARAM,
  Recertification,
} from './recertification/Recertification';
import { TopUpReview } from './topUps/TopUpReview';
import {
  DEPRECATION_MODEL_PARAM,
  Deprecations,
} from './deprecations/Deprecations';

const SECTIONS = [
  'requests',
  'recertification',
  'top-ups',
  'deprecations',
] as const;
type SectionId = (typeof SECTIONS)[number];

/** The query parameter that picks the section. */
const TAB_PARAM = 'tab';

/**
 * The reviewer's page, in four sections: requests waiting for a decision
 * (with the extensions asked and the current grants), the
 * recertification campaigns, the budget top-ups asked, and the campaigns
 * of deprecated models. The section lives in the URL
 * (`?tab=recertification`, `?tab=top-ups`, `?tab=deprecations`), so it
 * can be linked to and survives reloads.
 *
 * @public
 */
export const ReviewQueuePage = () => {
  const t = useLitemaasText();
  const [params, setParams] = useSearchParams();
  const requested = params.get(TAB_PARAM);
  const section: SectionId = SECTIONS.find(s => s === requested) ?? 'requests';

  const select = (next: SectionId) =>
    setParams(
      current => {
        const updated = new URLSearchParams(current);
        // A campaign belongs to its section: leaving closes it.
        updated.delete(CAMPAIGN_PARAM);
        updated.delete(DEPRECATION_MODEL_PARAM);
        if (next === 'requests') updated.delete(TAB_PARAM);
        else updated.set(TAB_PARAM, next);
        return updated;
      },
      { replace: true },
    );

  return (
    <>
      <Box mb={2}>
        <Tabs
          value={section}
          onChange={(_, next: SectionId) => select(next)}
          indicatorColor="primary"
          textColor="primary"
          aria-label={t('reviewTabs.label')}
        >
          <Tab value="requests" label={t('reviewTabs.requests')} />
          <Tab
            value="recertification"
            label={t('reviewTabs.recertification')}
          />
          <Tab value="top-ups" label={t('topUps.review.tab')} />
          <Tab value="deprecations" label={t('deprecation.tab')} />
        </Tabs>
      </Box>
      {section === 'requests' && <RequestQueue />}
      {section === 'recertification' && <Recertification />}
      {section === 'top-ups' && <TopUpReview />}
      {section === 'deprecations' && <Deprecations />}
    </>
  );
};
