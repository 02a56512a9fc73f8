import {
  ApiBlueprint,
  appLanguageApiRef,
  createFrontendModule,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import AssignmentTurnedIn from '@mui/icons-material/AssignmentTurnedIn';
import {
  compatWrapper,
  convertLegacyRouteRef,
  convertLegacyRouteRefs,
} from '@backstage/core-compat-api';
import { overleveringApiRef, OverleveringClient } from './api';
import { isOverleveringAvailable } from './components/EntityOverlevering/prefill';
import { defaultEnabledSchema } from './lib/defaultEnabledSchema';
import {
  flattenMessages,
  overleveringTranslationRef,
  overleveringTranslations,
} from './translation';
import {
  approvalsRouteRef,
  decisionRouteRef,
  handoverFormRouteRef,
  handoverRouteRef,
  importRouteRef,
  rootRouteRef,
} from './routes';

/**
 * The client of the Overlevering backend.
 *
 * @alpha
 */
export const overleveringApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: overleveringApiRef,
      deps: {
        discoveryApi: discoveryApiRef,
        fetchApi: fetchApiRef,
        appLanguageApi: appLanguageApiRef,
      },
      factory: ({ discoveryApi, fetchApi, appLanguageApi }) =>
        new OverleveringClient({ discoveryApi, fetchApi, appLanguageApi }),
    }),
});

/**
 * The plugin's page at `/overlevering`.
 *
 * @alpha
 */
export const overleveringPage = PageBlueprint.make({
  params: {
    path: '/overlevering',
    title: 'Overlevering',
    // An app's generated sidebar lists the pages that have an icon.
    icon: <AssignmentTurnedIn />,
    // The page draws its own header with its tabs and sub-pages.
    noHeader: true,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/OverleveringPage').then(m =>
        compatWrapper(<m.OverleveringPage />),
      ),
  },
});

/**
 * The "Overlevering" tab of Component and System pages. A service's
 * `hemit.no/overlevering` annotation (`enabled` or `disabled`) decides;
 * without it `defaultEnabled` does (true unless the app's config says
 * `app.extensions: [{ entity-content:overlevering: { config: { defaultEnabled: false } } }]`).
 *
 * @alpha
 */
export const overleveringEntityContent =
  EntityContentBlueprint.makeWithOverrides({
    configSchema: { defaultEnabled: defaultEnabledSchema },
    factory(originalFactory, { config }) {
      return originalFactory({
        path: 'overlevering',
        title: 'Overlevering',
        filter: entity =>
          isOverleveringAvailable(entity, {
            defaultEnabled: config.defaultEnabled,
          }),
        loader: () =>
          import('./components/EntityOverlevering').then(m =>
            compatWrapper(<m.EntityOverleveringContent />),
          ),
      });
    },
  });

/**
 * A card with the latest handovers of a Component or System, shown where
 * the tab is: by the service's annotation, else `defaultEnabled`
 * (`entity-card:overlevering` in the app's config).
 *
 * @alpha
 */
export const overleveringEntityCard = EntityCardBlueprint.makeWithOverrides({
  configSchema: { defaultEnabled: defaultEnabledSchema },
  factory(originalFactory, { config }) {
    return originalFactory({
      filter: entity =>
        isOverleveringAvailable(entity, {
          defaultEnabled: config.defaultEnabled,
        }),
      loader: () =>
        import('./components/EntityOverlevering').then(m =>
          compatWrapper(<m.EntityOverleveringCard />),
        ),
    });
  },
});

/**
 * "Driftsinformasjon" of a Component or System, the service desk's view of
 * its latest approved handover, shown where the tab is: by the service's
 * annotation, else `defaultEnabled`
 * (`entity-card:overlevering/operations-info` in the app's config).
 *
 * @alpha
 */
export const overleveringOperationsInfoCard =
  EntityCardBlueprint.makeWithOverrides({
    name: 'operations-info',
    configSchema: { defaultEnabled: defaultEnabledSchema },
    factory(originalFactory, { config }) {
      return originalFactory({
        filter: entity =>
          isOverleveringAvailable(entity, {
            defaultEnabled: config.defaultEnabled,
          }),
        loader: () =>
          import('./components/OperationsInfoCard').then(m =>
            compatWrapper(<m.EntityOperationsInfoCard />),
          ),
      });
    },
  });

/** The search type of handovers, as their search collator indexes them. */
const HANDOVER_SEARCH_TYPE = 'overlevering';

/**
 * A handover among the results of the search page: title, status, service
 * and owner. The search backend shows it only to whom may read it
 * (`@hemit/plugin-search-backend-module-overlevering`).
 *
 * @alpha
 */
export const overleveringSearchResultListItem =
  SearchResultListItemBlueprint.make({
    params: {
      icon: <AssignmentTurnedIn />,
      predicate: result => result.type === HANDOVER_SEARCH_TYPE,
      component: () =>
        import('./components/HandoverSearchResultListItem').then(
          m => m.HandoverSearchResultListItem,
        ),
    },
  });

/**
 * "Overleveringer" among the search page's result types.
 *
 * @alpha
 */
export const overleveringSearchResultType =
  SearchFilterResultTypeBlueprint.make({
    params: {
      value: HANDOVER_SEARCH_TYPE,
      name: 'Overleveringer',
      icon: <AssignmentTurnedIn />,
    },
  });

/**
 * The Overlevering plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'overlevering',
  title: 'Overlevering',
  info: { packageJson: () => import('../package.json') },
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    handover: handoverRouteRef,
    handoverForm: handoverFormRouteRef,
    approvals: approvalsRouteRef,
    decision: decisionRouteRef,
    import: importRouteRef,
  }),
  extensions: [
    overleveringApi,
    overleveringPage,
    overleveringEntityContent,
    overleveringEntityCard,
    overleveringOperationsInfoCard,
    overleveringSearchResultListItem,
    overleveringSearchResultType,
  ],
});

export {
  flattenMessages,
  overleveringTranslationRef,
  overleveringTranslations,
};

/**
 * The plugin's English texts for an app that offers English. An app's
 * translation API takes translations only from modules of the app plugin,
 * so install this module beside the plugin.
 *
 * @alpha
 */
export const overleveringTranslationsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    TranslationBlueprint.make({
      name: 'overlevering-en',
      params: { resource: overleveringTranslations },
    }),
  ],
});
