import { createTranslationResource } from '@backstage/core-plugin-api/alpha';
import { coreComponentsTranslationRef } from '@backstage/core-components/alpha';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { catalogTranslationRef } from '@backstage/plugin-catalog/alpha';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react/alpha';
import { notificationsTranslationRef } from '@backstage/plugin-notifications/alpha';
import { orgTranslationRef } from '@backstage/plugin-org/alpha';
import { searchTranslationRef } from '@backstage/plugin-search/alpha';
import { searchReactTranslationRef } from '@backstage/plugin-search-react/alpha';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings/alpha';

/**
 * Bokmål for Backstage's own texts, one resource per translation ref and one
 * file per resource. Each file is loaded only when bokmål is the language;
 * English users keep Backstage's built-in English.
 */
export const backstageBokmalResources = [
  createTranslationResource({
    ref: coreComponentsTranslationRef,
    translations: { nb: () => import('./coreComponents') },
  }),
  createTranslationResource({
    ref: catalogTranslationRef,
    translations: { nb: () => import('./catalog') },
  }),
  createTranslationResource({
    ref: catalogReactTranslationRef,
    translations: { nb: () => import('./catalogReact') },
  }),
  createTranslationResource({
    ref: orgTranslationRef,
    translations: { nb: () => import('./org') },
  }),
  createTranslationResource({
    ref: userSettingsTranslationRef,
    translations: { nb: () => import('./userSettings') },
  }),
  createTranslationResource({
    ref: notificationsTranslationRef,
    translations: { nb: () => import('./notifications') },
  }),
  createTranslationResource({
    ref: searchTranslationRef,
    translations: { nb: () => import('./search') },
  }),
  createTranslationResource({
    ref: searchReactTranslationRef,
    translations: { nb: () => import('./searchReact') },
  }),
];

/** Registers the bokmål resources with the app. */
export const backstageBokmalModule = createFrontendModule({
  pluginId: 'app',
  extensions: backstageBokmalResources.map(resource =>
    TranslationBlueprint.make({
      name: `${resource.id}-nb`,
      params: { resource },
    }),
  ),
});
