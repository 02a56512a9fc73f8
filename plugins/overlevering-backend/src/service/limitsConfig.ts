import { readDurationFromConfig, type Config } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

/**
 * How often one person may do an action: `count` per `periodMs` on
 * average, and at most `burst` at once.
 *
 * @internal
 */
export interface UsageLimit {
  count: number;
  periodMs: number;
  burst: number;
}

/** The per-person limits of `overlevering.limits`. @internal */
export interface UsageLimitsConfig {
  /** Saves of a document (autosave included). */
  saves: UsageLimit;
  /** New handovers. */
  creates: UsageLimit;
}

/**
 * What a person typing needs and far from what fills a database: a save a
 * second on average with room for a burst of twenty, and thirty new
 * handovers an hour, ten at once.
 */
const DEFAULT_LIMITS: UsageLimitsConfig = {
  saves: { count: 60, periodMs: 60_000, burst: 20 },
  creates: { count: 30, periodMs: 3_600_000, burst: 10 },
};

/**
 * Reads `overlevering.limits`; a limit left out keeps its default, and one
 * that makes no sense stops the backend at startup.
 *
 * @internal
 */
export function readUsageLimits(block: Config | undefined): UsageLimitsConfig {
  return {
    saves: readLimit(block, 'saves'),
    creates: readLimit(block, 'creates'),
  };
}

function readLimit(
  block: Config | undefined,
  action: keyof UsageLimitsConfig,
): UsageLimit {
  const fallback = DEFAULT_LIMITS[action];
  const config = block?.getOptionalConfig(action);
  if (!config) {
    return fallback;
  }
  const where = `overlevering.limits.${action}`;
  const count = config.getOptionalNumber('count') ?? fallback.count;
  const periodMs = config.has('per')
    ? durationToMilliseconds(readDurationFromConfig(config, { key: 'per' }))
    : fallback.periodMs;
  const burst =
    config.getOptionalNumber('burst') ?? Math.min(count, fallback.burst);
  for (const [name, value] of Object.entries({ count, burst })) {
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(
        `${where}.${name}: must be a whole number of at least 1, got ${value}`,
      );
    }
  }
  if (!(periodMs > 0)) {
    throw new Error(
      `${where}.per: must be a duration longer than zero, such as '1 minute'`,
    );
  }
  return { count, periodMs, burst };
}
