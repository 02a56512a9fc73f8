import type { Knex } from 'knex';
import type { RemindersSent } from '@hemit/plugin-overlevering-common';
import type { ConditionRow } from './conditionRows';
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
 * reminders. A reminder is claimed before it is sent: the count moves from
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

  /** Claims reminder number `number`; false when another run had it. */
  async claim(options: {
    id: string;
    number: number;
    at: Date;
  }): Promise<boolean> {
    const claimed = await this.db(CONDITIONS)
      .where({
        id: options.id,
        status: 'open',
        reminders_sent: options.number - 1,
      })
      .update({
        reminders_sent: options.number,
        last_reminded_at: options.at.toISOString(),
      });
    return claimed === 1;
  }
}
