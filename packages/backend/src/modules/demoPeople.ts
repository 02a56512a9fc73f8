import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import type { Entity } from '@backstage/catalog-model';
import Router from 'express-promise-router';
import { assertDevelopment } from './devOnly';

/** One person the development sign-in page offers. */
export interface DemoPerson {
  name: string;
  displayName: string;
  groups: string[];
}

/** The catalog's users as the sign-in page lists them, sorted by name. */
export function toDemoPeople(users: Entity[]): DemoPerson[] {
  return users
    .map(user => {
      const profile = (user.spec?.profile ?? {}) as { displayName?: string };
      const memberOf = (user.spec?.memberOf ?? []) as string[];
      return {
        name: user.metadata.name,
        displayName: profile.displayName ?? user.metadata.name,
        groups: memberOf,
      };
    })
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));
}

/**
 * Development only: `GET /api/demo-people` lists the catalog's users without
 * sign-in, for the page where a developer picks who to act as.
 */
export default createBackendPlugin({
  pluginId: 'demo-people',
  register(reg) {
    reg.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({ httpRouter, auth, catalog }) {
        assertDevelopment('The demo people list');
        const router = Router();
        router.get('/', async (_req, res) => {
          const { items } = await catalog.getEntities(
            { filter: { kind: 'User' } },
            { credentials: await auth.getOwnServiceCredentials() },
          );
          res.json({ people: toDemoPeople(items) });
        });
        httpRouter.use(router);
        httpRouter.addAuthPolicy({ path: '/', allow: 'unauthenticated' });
      },
    });
  },
});
