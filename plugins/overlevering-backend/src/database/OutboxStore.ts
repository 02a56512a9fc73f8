import {
  isAbsenceActive,
  type Condition,
  type DecisionKind,
  type HandoverStatus,
  type Round,
} from '@hemit/plugin-overlevering-common';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import { v4 as uuid } from 'uuid';
import { ABSENCES, toRecord, type AbsenceRow } from './AbsenceStore';
import { CONDITIONS, HANDOVERS, HandoverRow, OUTBOX, SEATS } from './rows';

// The outbox: what a change of a handover is to tell people is written in
// the transaction of the change, so a committed change is always told (once
// the notifications service answers) and a rolled-back one never is. The
// rows hold facts, not rendered messages: the notifier turns them into
// notifications and signals when it delivers. A reminder is the exception:
// its timetable decides its words and recipients when it is claimed, and
// the row keeps them as they are to be sent.

/** The handover as a change left it. @internal */
export interface ChangedHandover {
  id: string;
  title: string;
  owner: string;
  status: HandoverStatus;
  revision: number;
}

/**
 * What one committed change of a handover is to tell, as the outbox keeps
 * it.
 *
 * @internal
 */
export type HandoverChange = {
  handover: ChangedHandover;
  /**
   * Who may read the handover besides its owner: every seat holder of its
   * rounds, whoever follows up one of its conditions and, after a change of
   * owner, the owner before.
   */
  readers: string[];
  /**
   * Of a round opened or withdrawn: who stands in for an absent seat holder
   * at that moment, so the deputy hears of it too.
   */
  deputies?: StandIn[];
} & ChangeFacts;

/** A deputy deciding an absent person's seats. @internal */
export interface StandIn {
  person: string;
  deputy: string;
}

/** What kind of change it was, and what of it the message tells. @internal */
export type ChangeFacts =
  | { type: 'created' | 'saved' | 'deleted' | 'discarded' }
  | { type: 'follow_up_confirmed' | 'handed_over' | 'follow_up_extended' }
  | { type: 'submitted' | 'withdrawn'; round: Round }
  | {
      type: 'decided' | 'round_closed';
      round: Round;
      decision: {
        role: string;
        decision: DecisionKind;
        comment?: string;
        /** The conditions of an approval "med forbehold", to tell whoever follows each up. */
        conditions?: Condition[];
      };
    }
  | { type: 'owner_changed'; from: string }
  | { type: 'condition_closed'; condition: Condition }
  | { type: 'reminded'; notifications: TimedNotification[] };

/**
 * A notification a timetable decided on (a reminder, an escalation, the end
 * of a follow-up), ready to send; its scope updates it in place.
 *
 * @internal
 */
export interface TimedNotification {
  recipients: string[];
  payload: NotificationPayload & { scope: string };
}

/** What a Backstage notification says and where it leads. @internal */
export type NotificationPayload = Parameters<
  NotificationService['send']
>[0]['payload'];

/** A change waiting for delivery, claimed by one delivery. @internal */
export interface OutboxItem {
  id: string;
  change: HandoverChange;
  /** The keys of the change's messages that were delivered already. */
  done: string[];
  /** Failed deliveries so far. */
  attempts: number;
  /** The claim this delivery holds the row with. */
  claim: string;
}

/** A change whose delivery was given up on, for an administrator. @internal */
export type ParkedChange = {
  id: string;
  handoverId: string;
  type: string;
  attempts: number;
  lastError: string;
  createdAt: string;
  parkedAt: string;
};

interface OutboxRow {
  seq: number | string;
  id: string;
  handover_id: string;
  type: string;
  change: string;
  done: string;
  attempts: number;
  next_attempt_at: string;
  claim: string | null;
  claimed_until: string | null;
  last_error: string | null;
  parked_at: string | null;
  created_at: string;
}

/**
 * Writes what `facts` are to tell, inside the change's own transaction, with
 * the handover as the change left it. The caller holds the handover row's
 * lock, so the row and its seats read here are the ones it wrote.
 *
 * @internal
 */
export async function recordChange(
  tx: Knex.Transaction,
  options: { handoverId: string; at: string; facts: ChangeFacts },
): Promise<void> {
  const { handoverId, at, facts } = options;
  // A deleted handover is still told to those who could read it.
  const row = (await tx<HandoverRow>(HANDOVERS)
    .where({ id: handoverId })
    .first())!;
  const seats: { approver: string }[] = await tx(SEATS)
    .where({ handover_id: handoverId })
    .orderBy([
      { column: 'round', order: 'asc' },
      { column: 'role', order: 'asc' },
    ])
    .select('approver');
  // Whoever follows up a condition reads the handover too.
  const followUps: { follow_up: string }[] = await tx(CONDITIONS)
    .where({ handover_id: handoverId })
    .orderBy('id')
    .select('follow_up');
  const readers = [
    ...new Set([
      ...(facts.type === 'owner_changed' ? [facts.from] : []),
      ...seats.map(seat => seat.approver),
      ...followUps.map(condition => condition.follow_up),
    ]),
  ];
  const deputies =
    facts.type === 'submitted' || facts.type === 'withdrawn'
      ? await standInsAt(
          tx,
          facts.round.seats.map(seat => seat.approver),
          new Date(at),
        )
      : [];
  const change: HandoverChange = {
    ...facts,
    ...(deputies.length > 0 ? { deputies } : {}),
    handover: {
      id: row.id,
      title: row.title,
      owner: row.owner,
      status: row.status,
      revision: Number(row.revision),
    },
    readers,
  };
  await tx(OUTBOX).insert({
    id: uuid(),
    handover_id: handoverId,
    type: facts.type,
    change: JSON.stringify(change),
    done: '[]',
    attempts: 0,
    next_attempt_at: at,
    claim: null,
    claimed_until: null,
    last_error: null,
    parked_at: null,
    created_at: at,
  });
}

/**
 * Inside a reminder's claim: writes what it is to tell to the outbox, unless
 * there is nobody to tell.
 *
 * @internal
 */
export async function tellReminded(
  tx: Knex.Transaction,
  options: { handoverId: string; at: Date; tell: TimedNotification[] },
): Promise<void> {
  if (options.tell.length === 0) return;
  await recordChange(tx, {
    handoverId: options.handoverId,
    at: options.at.toISOString(),
    facts: { type: 'reminded', notifications: options.tell },
  });
}

/**
 * Who stands in for which of `holders` at `now` (inside a change's
 * transaction, or on its own).
 *
 * @internal
 */
export async function standInsAt(
  tx: Knex,
  holders: string[],
  now: Date,
): Promise<StandIn[]> {
  const people = holders.filter(ref => ref.startsWith('user:'));
  if (people.length === 0) return [];
  const rows: AbsenceRow[] = await tx(ABSENCES)
    .whereIn('person', people)
    .whereNull('ended_at');
  return rows
    .map(toRecord)
    .filter(absence => isAbsenceActive(absence, now))
    .map(({ person, deputy }) => ({ person, deputy }));
}

/**
 * The delivery side of the outbox. A row is taken with a claim that holds
 * until a time: one statement on each database that only takes rows nobody
 * holds (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so replicas working at
 * once take different rows and never wait on each other). A claim that runs
 * out (the replica died while delivering) lets another take the row again:
 * delivery is at least once.
 *
 * @internal
 */
export class OutboxStore {
  constructor(
    private readonly db: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Claims up to `limit` due rows, oldest first, for `holdMs`. */
  async claimDue(options: {
    limit: number;
    holdMs: number;
  }): Promise<OutboxItem[]> {
    const now = this.now();
    const at = now.toISOString();
    const claim = uuid();
    const due = this.db<OutboxRow>(OUTBOX)
      .select('seq')
      .whereNull('parked_at')
      .where('next_attempt_at', '<=', at)
      .where(q =>
        q.whereNull('claimed_until').orWhere('claimed_until', '<', at),
      )
      .orderBy('seq', 'asc')
      .limit(options.limit);
    if (!this.isSqlite()) {
      due.forUpdate().skipLocked();
    }
    // One statement claims the rows and reads them back (both databases
    // know RETURNING), so a claim costs one commit.
    const rows: OutboxRow[] = await this.db<OutboxRow>(OUTBOX)
      .whereIn('seq', due)
      .update(
        {
          claim,
          claimed_until: new Date(now.getTime() + options.holdMs).toISOString(),
        },
        '*',
      );
    return rows
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map(row => ({
        id: row.id,
        change: JSON.parse(row.change),
        done: JSON.parse(row.done),
        attempts: Number(row.attempts),
        claim,
      }));
  }

  /**
   * Removes delivered rows, those whose claim still holds them, in one
   * statement: a batch of deliveries ends in one commit.
   */
  async delivered(items: OutboxItem[]): Promise<void> {
    if (items.length === 0) {
      return;
    }
    await this.db(OUTBOX)
      .whereIn(
        ['id', 'claim'],
        items.map(item => [item.id, item.claim]),
      )
      .delete();
  }

  /**
   * Records a failed delivery: what was delivered of it, why it failed, and
   * when to try again; or parks it when `retryAt` is undefined.
   */
  async failed(
    item: OutboxItem,
    outcome: { done: string[]; error: string; retryAt?: Date },
  ): Promise<void> {
    await this.db(OUTBOX)
      .where({ id: item.id, claim: item.claim })
      .update({
        done: JSON.stringify(outcome.done),
        attempts: item.attempts + 1,
        last_error: outcome.error.slice(0, 2000),
        claim: null,
        claimed_until: null,
        ...(outcome.retryAt
          ? { next_attempt_at: outcome.retryAt.toISOString() }
          : { parked_at: this.now().toISOString() }),
      });
  }

  /** The parked rows, oldest first. */
  async listParked(options: { limit: number }): Promise<ParkedChange[]> {
    const rows: OutboxRow[] = await this.db<OutboxRow>(OUTBOX)
      .whereNotNull('parked_at')
      .orderBy('seq', 'asc')
      .limit(options.limit);
    return rows.map(row => ({
      id: row.id,
      handoverId: row.handover_id,
      type: row.type,
      attempts: Number(row.attempts),
      lastError: row.last_error ?? '',
      createdAt: row.created_at,
      parkedAt: row.parked_at!,
    }));
  }

  /**
   * Puts a parked row back to be delivered now, with a fresh count of
   * attempts; false when no such row is parked.
   */
  async unpark(options: { id: string }): Promise<boolean> {
    const count = await this.db(OUTBOX)
      .where({ id: options.id })
      .whereNotNull('parked_at')
      .update({
        parked_at: null,
        attempts: 0,
        next_attempt_at: this.now().toISOString(),
        claim: null,
        claimed_until: null,
      });
    return count === 1;
  }

  /** How many rows wait for delivery, parked ones not counted. */
  async countWaiting(): Promise<number> {
    const [{ n }] = await this.db(OUTBOX)
      .whereNull('parked_at')
      .count({ n: '*' });
    return Number(n);
  }

  private isSqlite(): boolean {
    return String(this.db.client.config.client).includes('sqlite');
  }
}
