import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { HandoverCollatorFactory } from './collator/HandoverCollatorFactory';
import { readSchedule } from './collator/config';

/**
 * Adds the handovers of Overlevering til produksjon to Backstage search,
 * indexed on the schedule of `search.collators.overlevering.schedule`
 * (every ten minutes by default).
 *
 * @public
 */
export const searchModuleOverleveringCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'overlevering-collator',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        scheduler: coreServices.scheduler,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ config, auth, discovery, scheduler, indexRegistry }) {
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(readSchedule(config)),
          factory: new HandoverCollatorFactory({ auth, discovery }),
        });
      },
    });
  },
});
