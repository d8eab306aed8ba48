import { ModelDeprecationInfo } from '@litemaas/backstage-plugin-litemaas-common';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import BlockIcon from '@material-ui/icons/Block';
import ScheduleIcon from '@material-ui/icons/Schedule';
import { ToneChip } from '../common/chips';
import { useDeprecationWords } from './deprecationText';

/** "Deprecated" or "Retired", with the date and replacement on hover. */
export function DeprecationChip(props: { deprecation?: ModelDeprecationInfo }) {
  const words = useDeprecationWords();
  const { deprecation } = props;
  if (!deprecation) return null;
  const retired = deprecation.state === 'retired';
  return (
    <Tooltip title={words.title(deprecation)}>
      <span>
        <ToneChip
          tone={retired ? 'error' : 'warning'}
          label={words.label(deprecation)}
          icon={retired ? <BlockIcon /> : <ScheduleIcon />}
        />
      </span>
    </Tooltip>
  );
}

/**
 * A model's name as a chip (in key lists): plain for a model in service;
 * warning-coloured for a deprecated one and red for a retired one, saying
 * when it retires and what to move to.
 */
export function ModelNameChip(props: {
  name: string;
  deprecation?: ModelDeprecationInfo;
}) {
  const words = useDeprecationWords();
  const { name, deprecation } = props;
  if (!deprecation) {
    return <Chip size="small" variant="outlined" label={name} />;
  }
  const retired = deprecation.state === 'retired';
  const title = words.title(deprecation);
  return (
    <Tooltip title={title}>
      <span
        aria-label={`${name}: ${title}`}
        data-deprecation={deprecation.state}
      >
        <ToneChip
          tone={retired ? 'error' : 'warning'}
          label={name}
          icon={retired ? <BlockIcon /> : <ScheduleIcon />}
        />
      </span>
    </Tooltip>
  );
}
