import {
  createConditionExports,
  createPermissionResourceRef,
  makeCreatePermissionRule,
} from '@backstage/plugin-permission-node';
import { RESOURCE_TYPE_OVERLEVERING_HANDOVER } from '@hemit/plugin-overlevering-common';
import type { HandoverFilter } from '../database/HandoverStore';

/**
 * What a permission rule sees of a handover: its owner and everyone who
 * holds or held a seat in one of its rounds.
 *
 * @public
 */
export interface HandoverResource {
  id: string;
  owner: string;
  approvers: string[];
}

/** @public */
export const handoverPermissionResourceRef = createPermissionResourceRef<
  HandoverResource,
  HandoverFilter
>().with({
  pluginId: 'overlevering',
  resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
});

const createHandoverPermissionRule = makeCreatePermissionRule<
  HandoverResource,
  HandoverFilter,
  typeof RESOURCE_TYPE_OVERLEVERING_HANDOVER
>();

/**
 * The parameters of both rules: the user's ownership claims.
 *
 * @public
 */
export interface ClaimsParams {
  [key: string]: string[];
  claims: string[];
}

const claimsJsonSchema = {
  type: 'object',
  properties: {
    claims: {
      type: 'array',
      items: { type: 'string' },
      description:
        'Entity refs of the user and their groups, e.g. user:default/kari.nordmann',
    },
  },
  required: ['claims'],
  additionalProperties: false,
};

/**
 * A Standard Schema for `{ claims: string[] }`, written out so the rules do
 * not depend on which zod major the permission framework uses.
 */
const claimsSchema = {
  '~standard': {
    version: 1 as const,
    vendor: 'overlevering',
    validate: (value: unknown) => {
      const claims = (value as { claims?: unknown } | null)?.claims;
      if (Array.isArray(claims) && claims.every(c => typeof c === 'string')) {
        return { value: { claims } as ClaimsParams };
      }
      return { issues: [{ message: 'claims must be an array of strings' }] };
    },
    jsonSchema: {
      input: () => claimsJsonSchema,
      output: () => claimsJsonSchema,
    },
    types: undefined as unknown as {
      input: ClaimsParams;
      output: ClaimsParams;
    },
  },
};

/**
 * Allows a handover whose owner is one of the claims (a policy passes the
 * user's ownership refs).
 *
 * @public
 */
export const isHandoverOwner = createHandoverPermissionRule<ClaimsParams>({
  name: 'IS_HANDOVER_OWNER',
  description: 'Allow handovers owned by the user',
  resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
  paramsSchema: claimsSchema,
  apply: (resource, { claims }) => claims.includes(resource.owner),
  toQuery: ({ claims }) => ({ owner: claims }),
});

/**
 * Allows a handover with a seat held by one of the claims (the user, or a
 * group they belong to).
 *
 * @public
 */
export const isHandoverSeatHolder = createHandoverPermissionRule<ClaimsParams>({
  name: 'IS_HANDOVER_SEAT_HOLDER',
  description:
    'Allow handovers where the user or one of their groups holds an approver seat',
  resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
  paramsSchema: claimsSchema,
  apply: (resource, { claims }) =>
    resource.approvers.some(approver => claims.includes(approver)),
  toQuery: ({ claims }) => ({ seatHolder: claims }),
});

/** @public */
export const handoverPermissionRules = {
  isHandoverOwner,
  isHandoverSeatHolder,
};

const conditionExports = createConditionExports({
  pluginId: 'overlevering',
  resourceType: RESOURCE_TYPE_OVERLEVERING_HANDOVER,
  rules: handoverPermissionRules,
});

/**
 * Conditions for a permission policy, e.g.
 * `handoverConditions.isHandoverOwner({ claims: user.identity.ownershipEntityRefs })`.
 *
 * @public
 */
export const handoverConditions = conditionExports.conditions;

/** @public */
export const createHandoverConditionalDecision =
  conditionExports.createConditionalDecision;
