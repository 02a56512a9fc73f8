import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import orgPlugin from '@backstage/plugin-org/alpha';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import searchPlugin from '@backstage/plugin-search/alpha';
import signalsPlugin from '@backstage/plugin-signals/alpha';
import userSettingsPlugin from '@backstage/plugin-user-settings/alpha';
import { backstageBokmalModule } from './modules/backstageBokmal';
import { navModule } from './modules/nav';
import {
  notificationsPortalPlugin,
  notificationsTranslationsModule,
} from './modules/notifications';
import {
  overleveringPortalPlugin,
  overleveringTranslationsModule,
} from './modules/overlevering';
import { demoSignInModule, productionSignInModule } from './modules/signIn';

export default createApp({
  features: [
    catalogPlugin,
    orgPlugin,
    searchPlugin,
    scaffolderPlugin,
    notificationsPortalPlugin,
    signalsPlugin,
    userSettingsPlugin,
    overleveringPortalPlugin,
    overleveringTranslationsModule,
    notificationsTranslationsModule,
    navModule,
    backstageBokmalModule,
    // Signing in as any demo person exists in development builds only;
    // production builds sign in with Microsoft Entra ID.
    process.env.NODE_ENV === 'development'
      ? demoSignInModule
      : productionSignInModule,
  ],
});
