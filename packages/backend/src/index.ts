/*
 * The backend of the Overlevering portal: the Backstage plugins a user of the
 * handover process meets, on the database of app-config (SQLite by default,
 * PostgreSQL in app-config.production.yaml).
 */
import { createBackend } from '@backstage/backend-defaults';
import { isDevelopment } from './modules/devOnly';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
// Sign-in with Microsoft Entra ID; active where auth.providers.microsoft is
// configured (app-config.production.yaml).
backend.add(import('@backstage/plugin-auth-backend-module-microsoft-provider'));
// Signing in as any demo person exists only in development; the modules also
// refuse to start anywhere else, so a production config cannot switch it on.
if (isDevelopment()) {
  backend.add(import('./modules/demoSignIn'));
  backend.add(import('./modules/demoPeople'));
}

backend.add(import('@backstage/plugin-catalog-backend'));
// People and groups from Microsoft Entra ID, where catalog.providers.microsoftGraphOrg is
// configured (app-config.production.yaml); development has the demo organisation instead.
backend.add(import('@backstage/plugin-catalog-backend-module-msgraph'));

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./modules/permissionPolicy'));

// Signals go through the events service; the events backend turns it into a
// bus over the database, so a signal published on one replica reaches users
// connected to another (PostgreSQL only).
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
// Notifications also by email, where an SMTP relay is configured.
backend.add(import('./modules/notificationEmail'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@hemit/plugin-overlevering-backend'));

// Search over the catalog and the handovers; each handover result only for
// whom the permission policy lets read it. Lunr in memory, or PostgreSQL's
// full-text search where the database is PostgreSQL (several replicas share
// one index there).
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@hemit/plugin-search-backend-module-overlevering'));

// Software templates; `overlevering:create` opens the new service's handover
// for whoever ran the template.
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);
backend.add(import('@hemit/plugin-scaffolder-backend-module-overlevering'));

backend.start();
