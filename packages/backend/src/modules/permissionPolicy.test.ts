import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogIngestionManagePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  type ConditionalPolicyDecision,
} from '@backstage/plugin-permission-common';
import type { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  handoverCreatePermission,
  handoverDecidePermission,
  deliveryManagePermission,
  handoverImportPermission,
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

describe('catalog changes in the portal', () => {
  const policy = new OverleveringPortalPolicy({
    administrators: ['group:default/plattform'],
  });
  const erik = {
    info: {
      userEntityRef: 'user:default/erik.drift',
      ownershipEntityRefs: [
        'user:default/erik.drift',
        'group:default/plattform',
      ],
    },
  } as PolicyQueryUser;
  const mutations = [
    catalogEntityCreatePermission,
    catalogEntityDeletePermission,
    catalogLocationCreatePermission,
    catalogLocationDeletePermission,
    catalogIngestionManagePermission,
  ];

  it.each(mutations.map(p => [p.name, p]))(
    'refuses %s to a person who is no administrator',
    async (_name, permission) => {
      await expect(policy.handle({ permission }, sara)).resolves.toEqual({
        result: AuthorizeResult.DENY,
      });
      await expect(policy.handle({ permission })).resolves.toEqual({
        result: AuthorizeResult.DENY,
      });
    },
  );

  it.each(mutations.map(p => [p.name, p]))(
    'allows %s to an administrator',
    async (_name, permission) => {
      await expect(policy.handle({ permission }, erik)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    },
  );

  it('lets everyone read the catalog and refresh an entity', async () => {
    for (const permission of [
      catalogEntityReadPermission,
      catalogEntityRefreshPermission,
    ]) {
      await expect(policy.handle({ permission }, sara)).resolves.toEqual({
        result: AuthorizeResult.ALLOW,
      });
    }
  });

  it('has no administrators unless configured', async () => {
    await expect(
      new OverleveringPortalPolicy().handle(
        { permission: catalogEntityDeletePermission },
        erik,
      ),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });
});

describe('the import of the old SharePoint list in the portal', () => {
  const policy = new OverleveringPortalPolicy({
    administrators: ['group:default/plattform'],
  });
  const admin = {
    info: {
      userEntityRef: 'user:default/erik.drift',
      ownershipEntityRefs: [
        'user:default/erik.drift',
        'group:default/plattform',
      ],
    },
  } as PolicyQueryUser;

  it('lets an administrator import', async () => {
    await expect(
      policy.handle({ permission: handoverImportPermission }, admin),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets only an administrator see and retry parked notifications', async () => {
    await expect(
      policy.handle({ permission: deliveryManagePermission }, admin),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    await expect(
      policy.handle({ permission: deliveryManagePermission }, sara),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('refuses anyone else, even the owner of handovers', async () => {
    await expect(
      policy.handle({ permission: handoverImportPermission }, sara),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle({ permission: handoverImportPermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      new OverleveringPortalPolicy().handle(
        { permission: handoverImportPermission },
        admin,
      ),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });
});
