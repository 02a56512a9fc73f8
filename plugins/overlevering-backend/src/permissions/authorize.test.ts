import { mockCredentials } from '@backstage/backend-test-utils';
import type { PermissionsService } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  handoverDecidePermission,
  handoverReadPermission,
} from '@hemit/plugin-overlevering-common';
import { HandoverAuthorizer } from './authorize';
import type { HandoverResource } from './rules';

// A decision asks whether the approver may read the handover and decide on
// it: two questions, one round trip to the permission backend (each round
// trip is the largest part of a decision's time).
describe('HandoverAuthorizer', () => {
  const resource = {} as HandoverResource;

  function permissions(answer: () => AuthorizeResult) {
    const authorizeConditional = jest.fn(async (requests: unknown[]) =>
      requests.map(() => ({ result: answer() })),
    );
    return {
      service: { authorizeConditional } as unknown as PermissionsService,
      authorizeConditional,
    };
  }

  it('answers both questions of a request asked together from one round trip', async () => {
    const { service, authorizeConditional } = permissions(
      () => AuthorizeResult.ALLOW,
    );
    const authorizer = new HandoverAuthorizer(service);
    const credentials = mockCredentials.user('user:default/anna');

    authorizer.askTogether(
      [handoverReadPermission, handoverDecidePermission],
      credentials,
    );
    await expect(
      authorizer.listFilter(handoverReadPermission, credentials),
    ).resolves.toBeUndefined();
    await expect(
      authorizer.isAllowed(handoverDecidePermission, resource, credentials),
    ).resolves.toBe(true);
    expect(authorizeConditional).toHaveBeenCalledTimes(1);
  });

  it('asks again for the next request, so a changed policy holds at once', async () => {
    let answer: AuthorizeResult = AuthorizeResult.ALLOW;
    const { service, authorizeConditional } = permissions(() => answer);
    const authorizer = new HandoverAuthorizer(service);
    const first = mockCredentials.user('user:default/anna');
    authorizer.askTogether([handoverDecidePermission], first);
    await expect(
      authorizer.isAllowed(handoverDecidePermission, resource, first),
    ).resolves.toBe(true);

    answer = AuthorizeResult.DENY;
    const next = mockCredentials.user('user:default/anna');
    await expect(
      authorizer.isAllowed(handoverDecidePermission, resource, next),
    ).resolves.toBe(false);
    expect(authorizeConditional).toHaveBeenCalledTimes(2);
  });

  it('lets the question that needs an answer see a failed round trip', async () => {
    const service = {
      authorizeConditional: jest.fn(async () => {
        throw new Error('permission backend down');
      }),
    } as unknown as PermissionsService;
    const authorizer = new HandoverAuthorizer(service);
    const credentials = mockCredentials.user('user:default/anna');
    authorizer.askTogether(
      [handoverReadPermission, handoverDecidePermission],
      credentials,
    );
    await expect(
      authorizer.isAllowed(handoverDecidePermission, resource, credentials),
    ).rejects.toThrow('permission backend down');
  });
});
