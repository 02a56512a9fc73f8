import { mockCredentials } from '@backstage/backend-test-utils';

/** Where the plugin's routes are, as a test of its HTTP API reaches them. */
export const base = '/api/overlevering';

/** The headers of a request by a signed-in `user`, for supertest's `set`. */
export const as = (user: string) => ({
  Authorization: mockCredentials.user.header(user),
});
