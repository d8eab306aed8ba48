import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import litemaasPlugin from '@litemaas/backstage-plugin-litemaas';
import { homeModule } from './modules/home';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';
import { themeModule } from './modules/theme';
import { translationsModule } from './modules/translations';

export default createApp({
  features: [
    catalogPlugin,
    litemaasPlugin,
    homeModule,
    navModule,
    signInModule,
    themeModule,
    translationsModule,
  ],
});
