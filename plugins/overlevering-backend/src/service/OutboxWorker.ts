import type { LoggerService } from '@backstage/backend-plugin-api';
import type { OutboxItem, OutboxStore } from '../database/OutboxStore';
import type { HandoverNotifier } from './HandoverNotifier';

/** How many changes one claim takes. */
const BATCH = 20;
/**
 * How long a claim holds: longer than a batch takes to send, short enough
 * that what a replica that died while sending held goes out soon after.
 */
const HOLD_MS = 2 * 60_000;
/** The wait before the first retry; it doubles with each failure. */
const FIRST_RETRY_MS = 5_000;
/** The longest wait between two attempts. */
const LONGEST_RETRY_MS = 10 * 60_000;

/** Counts of deliveries, for metrics. @internal */
export interface DeliveryCounters {
  failed(type: string): void;
  parked(type: string): void;
}

/**
 * Delivers what committed changes are to tell, from the outbox: right after
 * a change (not awaited by its request), and on the scheduler's beat as the
 * safety net for what a failure or a restart left behind. A change whose
 * delivery fails is tried again later, each wait twice the one before;
 * after `maxAttempts` failures it is parked for an administrator.
 *
 * @internal
 */
export class OutboxWorker {
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly deps: {
      outbox: OutboxStore;
      notifier: HandoverNotifier;
      logger: LoggerService;
      counters?: DeliveryCounters;
      maxAttempts: number;
      now?: () => Date;
    },
  ) {}

  /**
   * Starts delivering now without waiting for it; a call while a run is on
   * makes it go round once more, so nothing written meanwhile waits for the
   * scheduler.
   */
  deliverSoon(): void {
    if (this.stopped) {
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runWhileAsked().finally(() => {
      this.running = undefined;
    });
  }

  /** Delivers every change that is due, and waits until it is done. */
  async deliverDue(): Promise<void> {
    while (this.running) {
      await this.running;
    }
    if (this.stopped) {
      return;
    }
    this.running = this.runWhileAsked().finally(() => {
      this.running = undefined;
    });
    await this.running;
  }

  /** Takes no more work, and waits for the run that is on. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async runWhileAsked(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.deliverAll();
      } catch (error) {
        // The outbox itself could not be read or written; the next change or
        // the scheduler tries again.
        this.deps.logger.warn(`Could not work the outbox: ${error}`);
      }
    } while (this.again && !this.stopped);
  }

  private async deliverAll(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      const items = await this.deps.outbox.claimDue({
        limit: BATCH,
        holdMs: HOLD_MS,
      });
      // Each message is a request inside the backend that waits its turn
      // with the users' requests; sent one after the other, a busy backend
      // told far fewer changes a second than it made. The changes of
      // different handovers go out side by side, those of one handover in
      // the order they were made (a later notification of a seat replaces
      // the earlier one in place).
      const byHandover = new Map<string, OutboxItem[]>();
      for (const item of items) {
        const id = item.change.handover.id;
        byHandover.set(id, [...(byHandover.get(id) ?? []), item]);
      }
      const delivered: OutboxItem[] = [];
      const outcomes = await Promise.allSettled(
        [...byHandover.values()].map(async changes => {
          for (const item of changes) {
            if (await this.deliver(item)) {
              delivered.push(item);
            }
          }
        }),
      );
      // The batch's delivered rows go in one statement, one commit: a
      // backend that stops before it sends them again (at least once).
      await this.deps.outbox.delivered(delivered);
      const failure = outcomes.find(
        (o): o is PromiseRejectedResult => o.status === 'rejected',
      );
      if (failure) {
        throw failure.reason;
      }
      if (items.length < BATCH) return;
    }
  }

  /**
   * Sends what of the change did not go out yet, in order; false when a
   * message failed (the row then waits for its next attempt).
   */
  private async deliver(item: OutboxItem): Promise<boolean> {
    const done = [...item.done];
    try {
      for (const delivery of this.deps.notifier.deliveriesOf(item.change)) {
        if (done.includes(delivery.key)) continue;
        await delivery.send();
        done.push(delivery.key);
      }
    } catch (error) {
      await this.failed(item, done, error);
      return false;
    }
    return true;
  }

  private async failed(
    item: OutboxItem,
    done: string[],
    error: unknown,
  ): Promise<void> {
    const attempts = item.attempts + 1;
    const { change } = item;
    const what = `the ${change.type} of handover ${change.handover.id} (outbox ${item.id})`;
    if (attempts >= this.deps.maxAttempts) {
      await this.deps.outbox.failed(item, { done, error: String(error) });
      this.deps.counters?.failed(change.type);
      this.deps.counters?.parked(change.type);
      this.deps.logger.error(
        `Gave up telling about ${what} after ${attempts} attempts; it is parked until an administrator retries it: ${error}`,
      );
      return;
    }
    const waitMs = Math.min(
      FIRST_RETRY_MS * 2 ** (attempts - 1),
      LONGEST_RETRY_MS,
    );
    const retryAt = new Date(this.now().getTime() + waitMs);
    await this.deps.outbox.failed(item, {
      done,
      error: String(error),
      retryAt,
    });
    this.deps.counters?.failed(change.type);
    this.deps.logger.warn(
      `Could not tell about ${what} (attempt ${attempts} of ${
        this.deps.maxAttempts
      }); trying again at ${retryAt.toISOString()}: ${error}`,
    );
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
