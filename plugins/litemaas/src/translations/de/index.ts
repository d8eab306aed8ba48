/** German: every message, checked against the English ones by type. */
import frame from './frame';
import format from './format';
import keys from './keys';
import keysAdmin from './keysAdmin';
import access from './access';
import usage from './usage';
import manage from './manage';
import playground from './playground';
import audit from './audit';
import recertification from './recertification';
import topUps from './topUps';
import offboarding from './offboarding';
import approvalRules from './approvalRules';
import deprecations from './deprecations';

export default {
  ...frame,
  ...format,
  ...keys,
  ...keysAdmin,
  ...access,
  ...usage,
  ...manage,
  ...playground,
  ...audit,
  ...recertification,
  ...topUps,
  ...offboarding,
  ...approvalRules,
  ...deprecations,
};
