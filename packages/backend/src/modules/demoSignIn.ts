import { createBackendModule } from '@backstage/backend-plugin-api';
import { AuthenticationError, InputError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
  createProxyAuthenticator,
} from '@backstage/plugin-auth-node';
import { assertDevelopment } from './devOnly';

/** The header the app's demo sign-in page sends with the chosen person. */
export const DEMO_USER_HEADER = 'x-overlevering-demo-user';

/** The provider id the app signs in with: `/api/auth/demo/refresh`. */
export const DEMO_PROVIDER_ID = 'demo';

const userName = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** Reads the chosen demo person's user name from the request. */
export const demoAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async (result: { userName: string }) => ({
    profile: { displayName: result.userName },
  }),
  initialize() {},
  async authenticate({ req }) {
    // What Backstage's own refresh flow demands: a GET sent by the app's
    // script (a custom header no plain link or form can send), so another
    // site cannot sign a visitor in by a link or a form post.
    if (req.method !== 'GET') {
      throw new AuthenticationError('The demo sign-in takes GET only');
    }
    if (req.header('x-requested-with') !== 'XMLHttpRequest') {
      throw new AuthenticationError('Invalid X-Requested-With header');
    }
    const name = req.header(DEMO_USER_HEADER);
    if (!name || !userName.test(name)) {
      throw new InputError(`Missing or invalid ${DEMO_USER_HEADER} header`);
    }
    return { result: { userName: name } };
  },
});

/**
 * Development only: sign in as any User of the catalog by name, so one person
 * can play every role of the handover process. The user must exist in the
 * catalog; its groups become the identity's ownership.
 */
export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-sign-in',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        assertDevelopment('The demo sign-in provider');
        providers.registerProvider({
          providerId: DEMO_PROVIDER_ID,
          factory: createProxyAuthProviderFactory({
            authenticator: demoAuthenticator,
            async signInResolver({ result }, ctx) {
              return ctx.signInWithCatalogUser({
                entityRef: { name: result.userName },
              });
            },
          }),
        });
      },
    });
  },
});
