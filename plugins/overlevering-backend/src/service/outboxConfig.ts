import type { Config } from '@backstage/config';

/** How the outbox's deliveries are retried. @internal */
export interface OutboxConfig {
  /** Failed attempts after which a change is parked for an administrator. */
  maxAttempts: number;
}

/**
 * Reads `overlevering.outbox`. With the default ten attempts, the waits
 * between them (5 s, doubling, at most 10 minutes) give the notifications
 * service about half an hour to come back before a change is parked.
 *
 * @internal
 */
export function readOutboxConfig(config: Config): OutboxConfig {
  const maxAttempts =
    config.getOptionalNumber('overlevering.outbox.maxAttempts') ?? 10;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new Error(
      `overlevering.outbox.maxAttempts: must be a whole number of 1 or more, got ${maxAttempts}`,
    );
  }
  return { maxAttempts };
}
