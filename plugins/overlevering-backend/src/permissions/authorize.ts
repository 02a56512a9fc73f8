import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  ConditionalPolicyDecision,
  PermissionCriteria,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  createConditionTransformer,
} from '@backstage/plugin-permission-node';
import { RESOURCE_TYPE_OVERLEVERING_HANDOVER } from '@hemit/plugin-overlevering-common';
import type { HandoverFilter } from '../database/HandoverStore';
import { HandoverResource, handoverPermissionRules } from './rules';

const rules = Object.values(handoverPermissionRules);
const isAllowedBy = createConditionAuthorizer<HandoverResource, HandoverFilter>(
  rules,
);
const toFilter = createConditionTransformer<HandoverFilter>(rules as any);

type HandoverPermission = ResourcePermission<
  typeof RESOURCE_TYPE_OVERLEVERING_HANDOVER
>;

/**
 * Asks the permission framework, and evaluates conditional decisions here
 * against the handover (or, for lists, in the database), so no round trip
 * to the permission backend is needed per handover.
 *
 * @internal
 */
export class HandoverAuthorizer {
  /**
   * Decisions asked together for one request, by its credentials (a new
   * object per request), so a policy change holds from the next request on.
   */
  private readonly asked = new WeakMap<
    BackstageCredentials,
    Map<string, Promise<PolicyDecision>>
  >();

  constructor(private readonly permissions: PermissionsService) {}

  /**
   * Asks for the permissions a request will check in one round trip to the
   * permission backend (each is one HTTP request inside the backend, the
   * largest part of a write's time); the request's later questions about
   * them take these answers.
   */
  askTogether(
    permissions: HandoverPermission[],
    credentials: BackstageCredentials,
  ): void {
    const decisions = this.permissions.authorizeConditional(
      permissions.map(permission => ({ permission })),
      { credentials },
    );
    const answers = new Map<string, Promise<PolicyDecision>>();
    permissions.forEach((permission, index) => {
      const answer = decisions.then(all => all[index]);
      // Whoever asks later gets the failure; none that nobody asks for.
      answer.catch(() => undefined);
      answers.set(permission.name, answer);
    });
    this.asked.set(credentials, answers);
  }

  /** Throws NotAllowedError unless the basic permission is allowed. */
  async requireBasic(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  /** Whether the permission allows this handover. */
  async isAllowed(
    permission: HandoverPermission,
    resource: HandoverResource,
    credentials: BackstageCredentials,
  ): Promise<boolean> {
    const decision = await this.decisionOf(permission, credentials);
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return isAllowedBy(decision, resource);
    }
    return decision.result === AuthorizeResult.ALLOW;
  }

  /**
   * The filter a list must apply: undefined when everything is allowed,
   * `false` when nothing is.
   */
  async listFilter(
    permission: HandoverPermission,
    credentials: BackstageCredentials,
  ): Promise<HandoverFilter | undefined | false> {
    const decision = await this.decisionOf(permission, credentials);
    if (decision.result === AuthorizeResult.ALLOW) {
      return undefined;
    }
    if (decision.result === AuthorizeResult.DENY) {
      return false;
    }
    return criteriaToFilter(
      toFilter((decision as ConditionalPolicyDecision).conditions),
    );
  }

  private async decisionOf(
    permission: HandoverPermission,
    credentials: BackstageCredentials,
  ): Promise<PolicyDecision> {
    const asked = this.asked.get(credentials)?.get(permission.name);
    if (asked) {
      return asked;
    }
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    return decision;
  }
}

/** The transformer's criteria tree, in the store's filter shape. */
function criteriaToFilter(
  criteria: PermissionCriteria<HandoverFilter>,
): HandoverFilter {
  if ('allOf' in criteria && Array.isArray(criteria.allOf)) {
    return { allOf: criteria.allOf.map(criteriaToFilter) };
  }
  if ('anyOf' in criteria && Array.isArray(criteria.anyOf)) {
    return { anyOf: criteria.anyOf.map(criteriaToFilter) };
  }
  if ('not' in criteria && criteria.not && !('owner' in criteria)) {
    return {
      not: criteriaToFilter(criteria.not as PermissionCriteria<HandoverFilter>),
    };
  }
  return criteria as HandoverFilter;
}
