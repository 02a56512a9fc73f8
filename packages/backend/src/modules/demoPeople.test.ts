import { toDemoPeople } from './demoPeople';

describe('toDemoPeople', () => {
  it('lists users by display name with their groups', () => {
    const user = (name: string, displayName?: string, memberOf?: string[]) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name },
      spec: { profile: displayName ? { displayName } : {}, memberOf },
    });
    expect(
      toDemoPeople([
        user('sara.server', 'Sara Server', ['server']),
        user('anon'),
        user('ada.aas', 'Åse Ås', ['hemithjelp', 'server']),
      ]),
    ).toEqual([
      { name: 'anon', displayName: 'anon', groups: [] },
      { name: 'sara.server', displayName: 'Sara Server', groups: ['server'] },
      {
        name: 'ada.aas',
        displayName: 'Åse Ås',
        groups: ['hemithjelp', 'server'],
      },
    ]);
  });
});
