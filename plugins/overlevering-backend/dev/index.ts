import { createBackend } from '@backstage/backend-defaults';

// A backend with just what the plugin needs, for `npm start` in this folder:
// the catalog (demo people, groups and services from examples/), guest
// sign-in, permissions that allow everything, notifications and signals.
// It reads the root app-config.yaml and keeps its SQLite file under ./data.

const backend = createBackend();

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('../src'));

backend.start();
