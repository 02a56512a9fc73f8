/*
 * The portal's backend (packages/backend/src/index.ts, the same plugins and
 * modules) plus one empty route for the benchmarks' baseline:
 * `GET /api/bench/empty` checks the user's token and answers `{}`.
 *
 * And the parts a plugin route is made of, one more step each, so that the
 * load run can show what each costs:
 * `/api/bench/user-info` (+ the caller's user info),
 * `/api/bench/catalog-user` (+ the caller's entity from the catalog, as the
 * plugin reads the caller's groups), `/api/bench/permission` (+ one
 * conditional permission decision of the permission backend, as the plugin
 * asks for every list and every handover a non-owner reads).
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { handoverReadPermission } from '@hemit/plugin-overlevering-common';
import Router from 'express-promise-router';
import { profileSqlite } from './sqlProfile';

if (process.env.BENCH_SQL_PROFILE) {
  profileSqlite(process.env.BENCH_SQL_PROFILE);
}

const baseline = createBackendPlugin({
  pluginId: 'bench',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        catalog: catalogServiceRef,
      },
      async init({
        httpRouter,
        httpAuth,
        userInfo,
        auth,
        permissions,
        catalog,
      }) {
        const router = Router();
        router.get('/empty', async (req, res) => {
          await httpAuth.credentials(req, { allow: ['user'] });
          res.json({});
        });
        router.get('/user-info', async (req, res) => {
          const credentials = await httpAuth.credentials(req, {
            allow: ['user'],
          });
          const info = await userInfo.getUserInfo(credentials);
          res.json({ user: info.userEntityRef });
        });
        router.get('/catalog-user', async (req, res) => {
          const credentials = await httpAuth.credentials(req, {
            allow: ['user'],
          });
          const info = await userInfo.getUserInfo(credentials);
          const entity = await catalog.getEntityByRef(info.userEntityRef, {
            credentials: await auth.getOwnServiceCredentials(),
          });
          res.json({ user: info.userEntityRef, found: Boolean(entity) });
        });
        router.get('/permission', async (req, res) => {
          const credentials = await httpAuth.credentials(req, {
            allow: ['user'],
          });
          const [decision] = await permissions.authorizeConditional(
            [{ permission: handoverReadPermission }],
            { credentials },
          );
          res.json({ result: decision.result });
        });
        httpRouter.use(router);
      },
    });
  },
});

const backend = createBackend();
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('../../../packages/backend/src/modules/demoSignIn'));
backend.add(import('../../../packages/backend/src/modules/demoPeople'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('../../../packages/backend/src/modules/permissionPolicy'));
backend.add(import('@backstage/plugin-events-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
backend.add(import('@hemit/plugin-overlevering-backend'));
backend.add(baseline);
backend.start();
