import type { Knex } from 'knex';
import type { RemindersSent } from '@hemit/plugin-overlevering-common';
import {
  standInsAt,
  tellReminded,
  type StandIn,
  type TimedNotification,
} from './OutboxStore';
import { HANDOVERS, ROUNDS, SEATS } from './rows';

/** The reminders and escalations sent for seats that wait. @internal */
export const SEAT_REMINDERS = 'overlevering_seat_reminders';

/** A reminder to the seat holder, or the escalation to someone above. @internal */
export type ReminderKind = 'reminder' | 'escalation';

/** A seat of an open round that nobody has decided yet. @internal */
export interface WaitingSeat {
  handoverId: string;
  title: string;
  /** The document as the round decides on it, for a person an escalation goes to. */
  document: unknown;
  round: number;
  role: string;
  /** User or group entity ref holding the seat. */
  approver: string;
  /** When the round opened. */
  waitingSince: Date;
  sent: RemindersSent;
}

interface SentRow {
  handover_id: string;
  round: number;
  role: string;
  kind: ReminderKind;
  number: number;
  sent_at: string;
}

/**
 * Finds the seats that wait and records the reminders sent for them. A
 * reminder is claimed in the database before it is sent: one row per
 * reminder, written only while the seat still waits, so of two replicas
 * (or two runs) that find the same reminder due only one sends it.
 *
 * @internal
 */
export class ReminderStore {
  constructor(private readonly db: Knex) {}

  /** Every pending seat of an open round, with what has been sent for it. */
  async listWaitingSeats(): Promise<WaitingSeat[]> {
    const seats = await this.db(`${SEATS} as a`)
      .join(`${ROUNDS} as r`, function onRound() {
        this.on('r.handover_id', '=', 'a.handover_id').andOn(
          'r.number',
          '=',
          'a.round',
        );
      })
      .join(`${HANDOVERS} as h`, 'h.id', 'a.handover_id')
      .where('a.status', 'pending')
      .andWhere('r.status', 'open')
      .whereNull('h.deleted_at')
      .select(
        'a.handover_id',
        'a.round',
        'a.role',
        'a.approver',
        'r.submitted_at',
        'h.title',
        'h.document',
      )
      .orderBy([
        { column: 'r.submitted_at' },
        { column: 'a.handover_id' },
        { column: 'a.role' },
      ]);
    if (seats.length === 0) {
      return [];
    }
    const sentRows: SentRow[] = await this.db(`${SEAT_REMINDERS} as s`)
      .join(`${ROUNDS} as r`, function onRound() {
        this.on('r.handover_id', '=', 's.handover_id').andOn(
          'r.number',
          '=',
          's.round',
        );
      })
      .where('r.status', 'open')
      .select(
        's.handover_id',
        's.round',
        's.role',
        's.kind',
        's.number',
        's.sent_at',
      );
    const sentBySeat = new Map<string, RemindersSent>();
    for (const row of sentRows) {
      const key = seatKey(row.handover_id, Number(row.round), row.role);
      const sent = sentBySeat.get(key) ?? { reminders: 0, escalated: false };
      if (row.kind === 'escalation') {
        sent.escalated = true;
      } else {
        sent.reminders = Math.max(sent.reminders, Number(row.number));
        const at = new Date(row.sent_at);
        if (!sent.lastReminderAt || at > sent.lastReminderAt) {
          sent.lastReminderAt = at;
        }
      }
      sentBySeat.set(key, sent);
    }
    return seats.map(row => ({
      handoverId: row.handover_id,
      title: row.title,
      document: JSON.parse(row.document),
      round: Number(row.round),
      role: row.role,
      approver: row.approver,
      waitingSince: new Date(row.submitted_at),
      sent: sentBySeat.get(
        seatKey(row.handover_id, Number(row.round), row.role),
      ) ?? { reminders: 0, escalated: false },
    }));
  }

  /** Who stands in for which of `holders` at `now`, for their reminders. */
  standIns(holders: string[], now: Date): Promise<StandIn[]> {
    return standInsAt(this.db, holders, now);
  }

  /**
   * Claims reminder `number` (or the escalation) of a seat: true when this
   * call recorded it and is to send it; false when it was recorded before
   * or the seat no longer waits (decided, or its round closed or withdrawn).
   * The claim and what it is to tell go in one transaction, so a claimed
   * reminder is always sent, at least once.
   */
  async claim(options: {
    handoverId: string;
    round: number;
    role: string;
    kind: ReminderKind;
    number: number;
    recipients: string[];
    at: Date;
    tell: TimedNotification[];
  }): Promise<boolean> {
    const { handoverId, round, role, kind, number, recipients, at } = options;
    return this.db.transaction(async tx => {
      // One statement: the row goes in only while the seat still waits, and
      // the primary key keeps a second claim of the same reminder out.
      const result = await tx.raw(
        `insert into ${SEAT_REMINDERS} (handover_id, round, role, kind, number, recipient, sent_at)
         select a.handover_id, a.round, a.role, ?, ?, ?, ?
         from ${SEATS} a
         join ${ROUNDS} r on r.handover_id = a.handover_id and r.number = a.round
         where a.handover_id = ? and a.round = ? and a.role = ?
           and a.status = 'pending' and r.status = 'open'
         on conflict do nothing
         returning handover_id`,
        [
          kind,
          number,
          JSON.stringify(recipients),
          at.toISOString(),
          handoverId,
          round,
          role,
        ],
      );
      const rows: unknown[] = Array.isArray(result) ? result : result.rows;
      if (rows.length !== 1) return false;
      await tellReminded(tx, options);
      return true;
    });
  }
}

function seatKey(handoverId: string, round: number, role: string): string {
  return JSON.stringify([handoverId, round, role]);
}
