import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import demoPeoplePlugin from './demoPeople';
import demoSignInModule from './demoSignIn';
import { assertDevelopment, isDevelopment } from './devOnly';

const config = mockServices.rootConfig.factory({
  data: {
    app: { baseUrl: 'http://localhost:3000' },
    auth: { providers: { demo: {} } },
  },
});

describe('development-only features', () => {
  it('run only with NODE_ENV=development', () => {
    expect(isDevelopment({ NODE_ENV: 'development' })).toBe(true);
    for (const NODE_ENV of ['production', 'test', undefined, 'Development']) {
      expect(isDevelopment({ NODE_ENV })).toBe(false);
      expect(() => assertDevelopment('X', { NODE_ENV })).toThrow(
        /X is for development only/,
      );
    }
  });

  // Jest runs with NODE_ENV=test: a production backend that adds the modules
  // by mistake must fail to start rather than let anyone sign in as anyone.
  it.each([
    ['demo sign-in provider', demoSignInModule],
    ['demo people list', demoPeoplePlugin],
  ])('the %s refuses to start outside development', async (_name, feature) => {
    expect(process.env.NODE_ENV).toBe('test');
    await expect(
      startTestBackend({
        features: [authPlugin, catalogServiceMock.factory(), config, feature],
      }),
    ).rejects.toThrow(/for development only/);
  });

  it('a backend without them starts', async () => {
    const backend = await startTestBackend({
      features: [authPlugin, catalogServiceMock.factory(), config],
    });
    expect(backend.server.listening).toBe(true);
    await backend.stop();
  });
});
