import { CustomErrorBase } from '@backstage/errors';

/**
 * A request over the person's limit. Backstage's error middleware answers
 * with its `statusCode`, 429; the router adds `Retry-After` from
 * `retryAfterSeconds`, which the body also carries.
 *
 * @internal
 */
export class TooManyRequestsError extends CustomErrorBase {
  override readonly name = 'TooManyRequestsError' as const;
  readonly statusCode = 429;

  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}
