/*
 * The portal's backend (packages/backend/src/index.ts, the same plugins and
 * modules) plus one empty route for the benchmarks' baseline:
 * `GET /api/bench/empty` checks the user's token and answers `{}`.
 */
import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
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
      },
      async init({ httpRouter, httpAuth }) {
        const router = Router();
        router.get('/empty', async (req, res) => {
          await httpAuth.credentials(req, { allow: ['user'] });
          res.json({});
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
