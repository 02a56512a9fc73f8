import type { UsageLimitStore } from '../database/UsageLimitStore';
import type { Caller } from './Caller';
import type { UsageLimitsConfig } from './limitsConfig';
import { limitTexts } from './limitTexts';
import { TooManyRequestsError } from './TooManyRequestsError';

/** An action each person may do only so often. @internal */
export type LimitedAction = keyof UsageLimitsConfig;

/**
 * Holds each person to the configured limits on saves and new handovers, so
 * that no one person can fill the database; the count lives in the database
 * and holds across replicas.
 *
 * @internal
 */
export class UsageLimiter {
  constructor(
    private readonly store: UsageLimitStore,
    private readonly limits: UsageLimitsConfig,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Counts one `action` of the caller, or refuses it with when to retry. */
  async take(caller: Caller, action: LimitedAction): Promise<void> {
    const limit = this.limits[action];
    const outcome = await this.store.take({
      userRef: caller.userRef,
      action,
      allowance: {
        intervalMs: limit.periodMs / limit.count,
        burst: limit.burst,
      },
      now: this.now(),
    });
    if (outcome.taken) {
      return;
    }
    const seconds = Math.max(1, Math.ceil(outcome.retryAfterMs / 1000));
    const texts = limitTexts(caller.locale);
    const wait = texts.wait(seconds);
    throw new TooManyRequestsError(
      action === 'saves'
        ? texts.tooManySaves({ wait })
        : texts.tooManyCreates({ wait }),
      seconds,
    );
  }
}
