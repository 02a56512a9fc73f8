import type { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /**
       * The handovers of Overlevering til produksjon in search.
       */
      overlevering?: {
        /**
         * How often the handovers are indexed. Default: every ten minutes,
         * first three seconds after start.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
