import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import litemaasPlugin from '@litemaas/backstage-plugin-litemaas';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';

export default createApp({
  features: [catalogPlugin, litemaasPlugin, navModule, signInModule],
});
