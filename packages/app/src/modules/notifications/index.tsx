import notificationsPlugin from '@backstage/plugin-notifications/alpha';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { notificationsPageTranslations } from './translation';

/**
 * The page's English texts. Translations reach the app's translation API
 * only from a module of the app plugin: the app ignores a translation that
 * another plugin attaches.
 */
export const notificationsTranslationsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    TranslationBlueprint.make({
      name: 'notifications-page-en',
      params: { resource: notificationsPageTranslations },
    }),
  ],
});

/**
 * Backstage's notifications plugin with the portal's own page at the same
 * place (`/notifications`, the route the sidebar badge links to). The page
 * speaks bokmål and lists the notifications in a plain table: the plugin's
 * own table has draggable column headers that nest the select-all checkbox
 * and the bulk actions inside a drag handle, which screen readers and
 * keyboard users cannot work with.
 */
export const notificationsPortalPlugin = notificationsPlugin.withOverrides({
  extensions: [
    notificationsPlugin.getExtension('page:notifications').override({
      params: {
        noHeader: true,
        loader: () =>
          import('./NotificationsPage').then(m => <m.NotificationsPage />),
      },
    }),
  ],
});
