import { createBackendModule } from '@backstage/backend-plugin-api';
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
  handoverDecidePermission,
  handoverReadPermission,
  handoverUpdatePermission,
} from '@hemit/plugin-overlevering-common';

/**
 * The portal's policy. Handovers: the owner (the user or one of their groups)
 * reads and edits; whoever holds a seat in one of its rounds (again the user
 * or one of their groups) reads and decides. Everything else is allowed, as
 * in a portal without a policy.
 */
export class OverleveringPortalPolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const claims = user?.info.ownershipEntityRefs ?? [];
    const { permission } = request;
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
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new OverleveringPortalPolicy());
      },
    });
  },
});
