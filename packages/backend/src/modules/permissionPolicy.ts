import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogIngestionManagePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  PolicyDecision,
  isPermission,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  handoverConditions,
  createHandoverConditionalDecision,
} from '@hemit/plugin-overlevering-backend';
import {
  deliveryManagePermission,
  handoverDecidePermission,
  handoverImportPermission,
  handoverReadPermission,
  handoverUpdatePermission,
} from '@hemit/plugin-overlevering-common';

/**
 * What changes the catalog itself: a seat's group deleted blocks every submit,
 * and an entity registered by anyone could forge a person or a membership.
 */
const CATALOG_MUTATIONS = [
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
  catalogIngestionManagePermission,
];

/**
 * What only administrators may do: change the catalog, import the old
 * SharePoint list, which creates handovers on behalf of everyone in it, and
 * see and retry the notifications whose delivery was given up on.
 */
const ADMINISTRATOR_ONLY = [
  ...CATALOG_MUTATIONS,
  handoverImportPermission,
  deliveryManagePermission,
];

/**
 * The portal's policy. Handovers: the owner (the user or one of their groups)
 * reads and edits; whoever holds a seat in one of its rounds (again the user
 * or one of their groups) reads and decides. Catalog changes and the import
 * of the old SharePoint list: administrators only (`portal.administrators`,
 * users or groups). Everything else (reading
 * the catalog, refreshing an entity, notifications) is allowed to everyone
 * signed in.
 */
export class OverleveringPortalPolicy implements PermissionPolicy {
  private readonly administrators: ReadonlySet<string>;

  constructor(options: { administrators?: readonly string[] } = {}) {
    this.administrators = new Set(
      (options.administrators ?? []).map(ref => ref.toLocaleLowerCase('en-US')),
    );
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user?.info.ownershipEntityRefs ?? [];
    const { permission } = request;
    if (ADMINISTRATOR_ONLY.some(p => isPermission(permission, p))) {
      const isAdministrator = claims.some(ref =>
        this.administrators.has(ref.toLocaleLowerCase('en-US')),
      );
      return {
        result: isAdministrator ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    if (isPermission(permission, handoverReadPermission)) {
      return createHandoverConditionalDecision(permission, {
        anyOf: [
          handoverConditions.isHandoverOwner({ claims }),
          handoverConditions.isHandoverSeatHolder({ claims }),
        ],
      });
    }
    if (isPermission(permission, handoverUpdatePermission)) {
      return createHandoverConditionalDecision(
        permission,
        handoverConditions.isHandoverOwner({ claims }),
      );
    }
    if (isPermission(permission, handoverDecidePermission)) {
      return createHandoverConditionalDecision(
        permission,
        handoverConditions.isHandoverSeatHolder({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'overlevering-portal-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(
          new OverleveringPortalPolicy({
            administrators:
              config.getOptionalStringArray('portal.administrators') ?? [],
          }),
        );
      },
    });
  },
});
