import {
  convertLegacyPageExtension,
  convertLegacyPlugin,
} from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { Navigate } from 'react-router-dom';
import {
  convertLegacyEntityCardExtension,
  convertLegacyEntityContentExtension,
} from '@backstage/plugin-catalog-react/alpha';
import {
  EntityOverleveringCard,
  EntityOverleveringContent,
  OverleveringPage,
  isOverleveringAvailable,
  overleveringPlugin,
} from '@hemit/plugin-overlevering';
import { overleveringTranslations } from '@hemit/plugin-overlevering/alpha';
import { ENTITY_TAB_PATH } from './paths';

const newHandoverPage = PageBlueprint.make({
  name: 'new-handover',
  params: {
    path: '/ny-overlevering',
    loader: () => import('./NewHandoverPage').then(m => <m.NewHandoverPage />),
  },
});

// The plugin speaks bokmål by default; this lets a user who picks English in
// the settings read it in English.
const englishTexts = TranslationBlueprint.make({
  name: 'overlevering-en',
  params: { resource: overleveringTranslations },
});

// The portal opens on the user's handovers.
const homeRedirect = PageBlueprint.make({
  name: 'home',
  params: {
    path: '/',
    loader: async () => <Navigate to="/overlevering" replace />,
  },
});

/**
 * The Overlevering plugin in the new frontend system: its page under
 * `/overlevering`, the "Overlevering" tab and card of services and systems,
 * and the portal's "Ny overlevering" page.
 */
export const overleveringPortalPlugin = convertLegacyPlugin(
  overleveringPlugin,
  {
    extensions: [
      convertLegacyPageExtension(OverleveringPage, { path: '/overlevering' }),
      convertLegacyEntityContentExtension(EntityOverleveringContent, {
        path: ENTITY_TAB_PATH,
        title: 'Overlevering',
        filter: isOverleveringAvailable,
      }),
      convertLegacyEntityCardExtension(EntityOverleveringCard, {
        filter: isOverleveringAvailable,
      }),
      newHandoverPage,
      homeRedirect,
      englishTexts,
    ],
  },
);
