import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  deliveryManagePermission,
  handoverCreatePermission,
  handoverImportPermission,
  overleveringPermissions,
} from '@hemit/plugin-overlevering-common';
import { DatabaseHandoverStore } from './database/DatabaseHandoverStore';
import { relaxSqliteDurability } from './database/sqliteDurability';
import { FollowUpService } from './service/FollowUpService';
import { DraftKeyStore } from './database/DraftKeyStore';
import { AbsenceStore } from './database/AbsenceStore';
import { AbsenceService } from './service/AbsenceService';
import { SearchDocumentQueries } from './database/SearchDocumentQueries';
import { HandoverAuthorizer } from './permissions/authorize';
import {
  handoverPermissionResourceRef,
  handoverPermissionRules,
} from './permissions/rules';
import { createRouter } from './router';
import { CallerResolver } from './service/Caller';
import { readOverleveringConfig } from './service/config';
import { defaultRolesNotice } from './service/defaultRolesNotice';
import { EntityNames } from './service/EntityNames';
import { HandoverSearchDocuments } from './service/HandoverSearchDocuments';
import { HandoverService } from './service/HandoverService';
import { startOutboxDelivery } from './service/startOutboxDelivery';
import { ImportService } from './service/ImportService';
import { OperationsInfoService } from './service/OperationsInfoService';
import { UsageLimiter } from './service/UsageLimiter';
import { UsageLimitStore } from './database/UsageLimitStore';
import { scheduleReminders } from './service/reminders/scheduleReminders';

/**
 * The Overlevering backend plugin: handovers and approval rounds on the
 * Backstage database, served under `/api/overlevering`.
 *
 * @public
 */
export const overleveringPlugin = createBackendPlugin({
  pluginId: 'overlevering',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        auth: coreServices.auth,
        auditor: coreServices.auditor,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        notifications: notificationService,
        signals: signalsServiceRef,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        metrics: metricsServiceRef,
      },
      async init(deps) {
        const config = readOverleveringConfig(deps.config);
        if (!config.approverRolesConfigured) {
          deps.logger.warn(defaultRolesNotice(config.approverRoles));
        }
        await relaxSqliteDurability(await deps.database.getClient());
        const store = await DatabaseHandoverStore.create({
          database: deps.database,
        });

        deps.permissionsRegistry.addResourceType({
          resourceRef: handoverPermissionResourceRef,
          permissions: overleveringPermissions.filter(
            p => p.type === 'resource',
          ),
          rules: Object.values(handoverPermissionRules),
          getResources: ids => store.getPermissionResources({ ids }),
        });
        deps.permissionsRegistry.addPermissions([
          handoverCreatePermission,
          handoverImportPermission,
          deliveryManagePermission,
        ]);

        const authorizer = new HandoverAuthorizer(deps.permissions);
        const delivery = await startOutboxDelivery({
          ...deps,
          rootConfig: deps.config,
          config,
          authorizer,
        });
        const service = new HandoverService({
          store,
          config,
          authorizer,
          outbox: delivery.worker,
          catalog: deps.catalog,
          auth: deps.auth,
        });
        await scheduleReminders({ ...deps, config, outbox: delivery.worker });
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            callers: new CallerResolver(deps.userInfo, deps.catalog, deps.auth),
            service,
            followUps: new FollowUpService({
              store,
              handovers: service,
              config,
              outbox: delivery.worker,
            }),
            searchDocuments: new HandoverSearchDocuments({
              queries: new SearchDocumentQueries(
                await deps.database.getClient(),
              ),
              names: new EntityNames(deps.catalog, deps.auth),
              config,
            }),
            importer: new ImportService({
              store,
              authorizer,
              catalog: deps.catalog,
              auth: deps.auth,
              logger: deps.logger,
              serviceKinds: config.serviceKinds,
            }),
            operationsInfo: new OperationsInfoService({
              store,
              authorizer,
              names: new EntityNames(deps.catalog, deps.auth),
              // The Markdown goes into another system: its link to the
              // handover needs the portal's address.
              pagesUrl: `${deps.config.getOptionalString('app.baseUrl') ?? ''}${
                config.frontendPath
              }`,
            }),
            parkedDeliveries: delivery.parked,
            absences: new AbsenceService({
              store: new AbsenceStore(await deps.database.getClient()),
              catalog: deps.catalog,
              auth: deps.auth,
              names: new EntityNames(deps.catalog, deps.auth),
              notifications: deps.notifications,
              logger: deps.logger,
              language: config.language,
              frontendPath: config.frontendPath,
            }),
            draftKeys: new DraftKeyStore(await deps.database.getClient()),
            limiter: new UsageLimiter(
              new UsageLimitStore(await deps.database.getClient()),
              config.limits,
            ),
          }),
        );
      },
    });
  },
});
