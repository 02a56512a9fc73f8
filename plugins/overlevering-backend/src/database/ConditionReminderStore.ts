import type { Knex } from 'knex';
import type { RemindersSent } from '@hemit/plugin-overlevering-common';
import type { ConditionRow } from './conditionRows';
import { tellReminded, type TimedNotification } from './OutboxStore';
import { CONDITIONS, HANDOVERS } from './rows';

/** An open condition past its due date, with what it has been reminded. @internal */
export interface OverdueCondition {
  id: string;
  handoverId: string;
  title: string;
  role: string;
  text: string;
  followUp: string;
  due: string;
  sent: RemindersSent;
}

/**
 * Finds the open conditions past their due date and records their
 * reminders. A reminder is claimed before it goes to the outbox: the count moves from
 * n to n + 1 only where it still is n and the condition still open, so of
 * two replicas that find the same reminder due only one sends it.
 *
 * @internal
 */
export class ConditionReminderStore {
  constructor(private readonly db: Knex) {}

  /** The open conditions whose due date is before `today` (YYYY-MM-DD). */
  async listOverdue(today: string): Promise<OverdueCondition[]> {
    const rows: (ConditionRow & { title: string })[] = await this.db(
      `${CONDITIONS} as c`,
    )
      .join(`${HANDOVERS} as h`, 'h.id', 'c.handover_id')
      .where('c.status', 'open')
      .andWhere('c.due', '<', today)
      .whereNull('h.deleted_at')
      .orderBy([
        { column: 'c.due', order: 'asc' },
        { column: 'c.id', order: 'asc' },
      ])
      .select('c.*', 'h.title');
    return rows.map(row => ({
      id: row.id,
      handoverId: row.handover_id,
      title: row.title,
      role: row.role,
      text: row.text,
      followUp: row.follow_up,
      due: row.due,
      sent: {
        reminders: Number(row.reminders_sent ?? 0),
        ...(row.last_reminded_at
          ? { lastReminderAt: new Date(row.last_reminded_at) }
          : {}),
        escalated: false,
      },
    }));
  }

  /**
   * Claims reminder number `number`; false when another run had it. The
   * claim and what it is to tell go in one transaction, so a claimed
   * reminder is always sent, at least once.
   */
  async claim(options: {
    id: string;
    handoverId: string;
    number: number;
    at: Date;
    tell: TimedNotification[];
  }): Promise<boolean> {
    return this.db.transaction(async tx => {
      const claimed = await tx(CONDITIONS)
        .where({
          id: options.id,
          status: 'open',
          reminders_sent: options.number - 1,
        })
        .update({
          reminders_sent: options.number,
          last_reminded_at: options.at.toISOString(),
        });
      if (claimed !== 1) return false;
      await tellReminded(tx, options);
      return true;
    });
  }
}
