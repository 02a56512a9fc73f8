import {
  AuthorizeResult,
  type ConditionalPolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  handoverCreatePermission,
  handoverDecidePermission,
  handoverReadPermission,
  handoverUpdatePermission,
} from '@hemit/plugin-overlevering-common';
import { OverleveringPortalPolicy } from './permissionPolicy';

const sara = {
  info: {
    userEntityRef: 'user:default/sara.server',
    ownershipEntityRefs: ['user:default/sara.server', 'group:default/server'],
  },
} as PolicyQueryUser;

describe('OverleveringPortalPolicy', () => {
  const policy = new OverleveringPortalPolicy();

  it('lets owners and seat holders read a handover', async () => {
    const decision = (await policy.handle(
      { permission: handoverReadPermission },
      sara,
    )) as ConditionalPolicyDecision;
    expect(decision.result).toBe(AuthorizeResult.CONDITIONAL);
    expect(decision.conditions).toEqual({
      anyOf: [
        expect.objectContaining({
          rule: 'IS_HANDOVER_OWNER',
          params: { claims: sara.info.ownershipEntityRefs },
        }),
        expect.objectContaining({
          rule: 'IS_HANDOVER_SEAT_HOLDER',
          params: { claims: sara.info.ownershipEntityRefs },
        }),
      ],
    });
  });

  it('lets only owners edit and only seat holders decide', async () => {
    const update = (await policy.handle(
      { permission: handoverUpdatePermission },
      sara,
    )) as ConditionalPolicyDecision;
    expect(update.conditions).toMatchObject({ rule: 'IS_HANDOVER_OWNER' });
    const decide = (await policy.handle(
      { permission: handoverDecidePermission },
      sara,
    )) as ConditionalPolicyDecision;
    expect(decide.conditions).toMatchObject({
      rule: 'IS_HANDOVER_SEAT_HOLDER',
    });
  });

  it('lets anyone start a handover', async () => {
    await expect(
      policy.handle({ permission: handoverCreatePermission }, sara),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
