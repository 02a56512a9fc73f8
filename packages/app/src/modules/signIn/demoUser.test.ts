import { groupNames, readDemoUser, writeDemoUser } from './demoUser';

describe('demo user', () => {
  it('is remembered per browser until sign-out forgets it', () => {
    expect(readDemoUser()).toBeUndefined();
    writeDemoUser('sara.server');
    expect(readDemoUser()).toBe('sara.server');
    writeDemoUser(undefined);
    expect(readDemoUser()).toBeUndefined();
  });

  it('shows groups by their short names', () => {
    expect(groupNames(['group:default/server', 'hemithjelp'])).toBe(
      'server, hemithjelp',
    );
  });
});
