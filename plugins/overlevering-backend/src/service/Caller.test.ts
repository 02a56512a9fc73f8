import type {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { CallerResolver, CATALOG_GROUPS_TTL_MS } from './Caller';

const credentials = {
  $$type: '@backstage/BackstageCredentials',
  principal: { type: 'user', userEntityRef: 'user:default/kari' },
} as BackstageCredentials<BackstageUserPrincipal>;

function user(groups: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'kari', namespace: 'default' },
    spec: { memberOf: groups },
  };
}

function setup(answers: Array<Entity | Error>) {
  let now = 1_000_000;
  const getEntityByRef = jest.fn(async () => {
    const next = answers.shift();
    if (next instanceof Error) throw next;
    return next;
  });
  const resolver = new CallerResolver(
    {
      getUserInfo: async () => ({
        userEntityRef: 'user:default/kari',
        ownershipEntityRefs: ['user:default/kari', 'group:default/team-a'],
      }),
    } as UserInfoService,
    { getEntityByRef } as unknown as CatalogService,
    { getOwnServiceCredentials: async () => ({}) } as unknown as AuthService,
    { now: () => now },
  );
  return {
    resolver,
    getEntityByRef,
    later: (ms: number) => {
      now += ms;
    },
  };
}

describe('CallerResolver', () => {
  it('adds the groups the catalog knows to those of the sign-in', async () => {
    const { resolver } = setup([user(['server'])]);
    const caller = await resolver.resolve(credentials);
    expect(caller.userRef).toBe('user:default/kari');
    expect(caller.holderRefs.sort()).toEqual([
      'group:default/server',
      'group:default/team-a',
      'user:default/kari',
    ]);
  });

  it('asks the catalog once per interval, and sees a new group after it', async () => {
    const { resolver, getEntityByRef, later } = setup([
      user(['server']),
      user(['server', 'hemithjelp']),
    ]);
    await resolver.resolve(credentials);
    later(CATALOG_GROUPS_TTL_MS - 1);
    const soon = await resolver.resolve(credentials);
    expect(getEntityByRef).toHaveBeenCalledTimes(1);
    expect(soon.holderRefs).not.toContain('group:default/hemithjelp');

    later(1);
    const after = await resolver.resolve(credentials);
    expect(getEntityByRef).toHaveBeenCalledTimes(2);
    expect(after.holderRefs).toContain('group:default/hemithjelp');
  });

  it('does not remember a failed lookup', async () => {
    const { resolver, getEntityByRef } = setup([
      new Error('catalog unavailable'),
      user(['server']),
    ]);
    await expect(resolver.resolve(credentials)).rejects.toThrow(
      'catalog unavailable',
    );
    const caller = await resolver.resolve(credentials);
    expect(getEntityByRef).toHaveBeenCalledTimes(2);
    expect(caller.holderRefs).toContain('group:default/server');
  });
});
