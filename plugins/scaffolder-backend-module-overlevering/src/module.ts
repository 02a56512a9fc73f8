import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createOverleveringCreateAction } from './actions/createHandover';

/**
 * The scaffolder action `overlevering:create`, so a software template can
 * open the new service's handover for whoever runs it.
 *
 * @public
 */
export const scaffolderModuleOverlevering = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'overlevering',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        catalog: catalogServiceRef,
        scaffolder: scaffolderActionsExtensionPoint,
      },
      async init({ config, auth, discovery, catalog, scaffolder }) {
        scaffolder.addActions(
          createOverleveringCreateAction({
            auth,
            discovery,
            catalog,
            appBaseUrl: config.getString('app.baseUrl').replace(/\/+$/, ''),
            // Where the app mounts the plugin, as the handover backend reads it.
            frontendPath:
              config.getOptionalString('overlevering.frontendPath') ??
              '/overlevering',
          }),
        );
      },
    });
  },
});
