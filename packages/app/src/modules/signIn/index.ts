import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

const demoSignInPage = SignInPageBlueprint.make({
  params: {
    loader: () => import('./DemoSignInPage').then(m => m.DemoSignInPage),
  },
});

/** The development sign-in page; App adds it in development builds only. */
export const demoSignInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [demoSignInPage],
});

const productionSignInPage = SignInPageBlueprint.make({
  params: {
    loader: () =>
      import('./ProductionSignInPage').then(m => m.ProductionSignInPage),
  },
});

/** Sign-in with Microsoft Entra ID; App adds it in production builds. */
export const productionSignInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [productionSignInPage],
});
