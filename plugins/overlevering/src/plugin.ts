import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { overleveringApiRef, OverleveringClient } from './api';
import { rootRouteRef } from './routes';

/**
 * The Overlevering frontend plugin (legacy frontend system).
 *
 * @public
 */
export const overleveringPlugin = createPlugin({
  id: 'overlevering',
  apis: [
    createApiFactory({
      api: overleveringApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        appLanguageApi: appLanguageApiRef,
      },
      factory: ({ discoveryApi, fetchApi, appLanguageApi }) =>
        new OverleveringClient({ discoveryApi, fetchApi, appLanguageApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The plugin's page: "Mine overleveringer", "Godkjenninger", each handover
 * and its form. Mount it at `/overlevering`.
 *
 * @public
 */
export const OverleveringPage: () => JSX.Element = overleveringPlugin.provide(
  createRoutableExtension({
    name: 'OverleveringPage',
    component: () =>
      import('./components/OverleveringPage').then(m => m.OverleveringPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The "Overlevering" tab of a service page.
 *
 * @public
 */
export const EntityOverleveringContent: () => JSX.Element =
  overleveringPlugin.provide(
    createComponentExtension({
      name: 'EntityOverleveringContent',
      component: {
        lazy: () =>
          import('./components/EntityOverlevering').then(
            m => m.EntityOverleveringContent,
          ),
      },
    }),
  );

/**
 * A card with the service's latest handovers.
 *
 * @public
 */
export const EntityOverleveringCard: () => JSX.Element =
  overleveringPlugin.provide(
    createComponentExtension({
      name: 'EntityOverleveringCard',
      component: {
        lazy: () =>
          import('./components/EntityOverlevering').then(
            m => m.EntityOverleveringCard,
          ),
      },
    }),
  );

/**
 * "Driftsinformasjon" for a service's overview, the service desk's view:
 * contact points, escalation, alerting and monitoring, known errors with
 * workarounds, outstanding items, deviations and runbook links from the
 * latest approved handover, with its date, a link to it and a Markdown
 * download for the knowledge base.
 *
 * @public
 */
export const EntityOperationsInfoCard: () => JSX.Element =
  overleveringPlugin.provide(
    createComponentExtension({
      name: 'EntityOperationsInfoCard',
      component: {
        lazy: () =>
          import('./components/OperationsInfoCard').then(
            m => m.EntityOperationsInfoCard,
          ),
      },
    }),
  );
