import type { Knex } from 'knex';
import { USAGE_LIMITS } from './rows';

/**
 * A person's allowance of one action: `burst` at once, then one per
 * `intervalMs`.
 *
 * @internal
 */
export interface Allowance {
  intervalMs: number;
  burst: number;
}

/**
 * Counts each person's use of a limited action in the database, so every
 * replica of the backend sees the same count. The count is kept as the time
 * at which the person's allowance is whole again (the generic cell rate
 * algorithm): each action moves it one interval on, and an action is refused
 * while that time lies more than `burst - 1` intervals ahead. Taking one is
 * a single guarded update, so two replicas never both take the last one.
 *
 * @internal
 */
export class UsageLimitStore {
  constructor(private readonly db: Knex) {}

  /**
   * Takes one of the allowance at `now` (milliseconds since 1970); when none
   * is left, says in how many milliseconds the next one comes.
   */
  async take(options: {
    userRef: string;
    action: string;
    allowance: Allowance;
    now: number;
  }): Promise<{ taken: true } | { taken: false; retryAfterMs: number }> {
    const { userRef, action, now } = options;
    const interval = Math.max(1, Math.round(options.allowance.intervalMs));
    const tolerance = interval * (Math.max(1, options.allowance.burst) - 1);
    const key = { user_ref: userRef, action };
    const later = this.greatest('full_at', now);
    for (let attempt = 0; attempt < 3; attempt++) {
      const moved = await this.db(USAGE_LIMITS)
        .where(key)
        .whereRaw(`${later} <= ?`, [now + tolerance])
        .update({ full_at: this.db.raw(`${later} + ?`, [interval]) });
      if (moved === 1) {
        return { taken: true };
      }
      const row = await this.db(USAGE_LIMITS).where(key).first('full_at');
      if (row) {
        const fullAt = Number(row.full_at);
        if (fullAt - now > tolerance) {
          return { taken: false, retryAfterMs: fullAt - now - tolerance };
        }
        // Another request moved the count between the two reads: again.
        continue;
      }
      const inserted = await this.db(USAGE_LIMITS)
        .insert({ ...key, full_at: now + interval })
        .onConflict(['user_ref', 'action'])
        .ignore()
        .returning('user_ref');
      if (inserted.length === 1) {
        return { taken: true };
      }
    }
    // Many requests of one person at the same moment: this one waits a beat.
    return { taken: false, retryAfterMs: interval };
  }

  /** `max(column, value)` in the database's own words. */
  private greatest(column: string, value: number): string {
    const fn = this.db.client.config.client.includes('sqlite')
      ? 'max'
      : 'greatest';
    return `${fn}(${column}, ${Math.trunc(value)})`;
  }
}
