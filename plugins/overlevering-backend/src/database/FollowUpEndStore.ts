import type { Knex } from 'knex';
import { FOLLOW_UPS } from './followUpRows';
import { tellReminded, type TimedNotification } from './OutboxStore';
import { HANDOVERS } from './rows';

/** A follow-up whose last day has passed and nobody was told yet. @internal */
export interface EndedFollowUp {
  handoverId: string;
  title: string;
  owner: string;
  endsOn: string;
}

/**
 * Finds the follow-ups whose period is over and records that the owner and
 * Hemithjelp were told: the claim moves `end_told_at` from empty only once,
 * so two replicas never both tell. An extension empties it again.
 *
 * @internal
 */
export class FollowUpEndStore {
  constructor(private readonly db: Knex) {}

  /** The follow-ups still in follow-up whose last day is before `today`. */
  async listEnded(today: string): Promise<EndedFollowUp[]> {
    const rows: {
      handover_id: string;
      title: string;
      owner: string;
      ends_on: string;
    }[] = await this.db(`${FOLLOW_UPS} as f`)
      .join(`${HANDOVERS} as h`, 'h.id', 'f.handover_id')
      .where('f.phase', 'follow_up')
      .andWhere('f.ends_on', '<', today)
      .whereNull('f.end_told_at')
      .whereNull('h.deleted_at')
      .orderBy('f.ends_on', 'asc')
      .select('f.handover_id', 'h.title', 'h.owner', 'f.ends_on');
    return rows.map(row => ({
      handoverId: row.handover_id,
      title: row.title,
      owner: row.owner,
      endsOn: row.ends_on,
    }));
  }

  /**
   * Claims the telling of an ended follow-up; false when another run had it.
   * The claim and what it is to tell go in one transaction.
   */
  async claim(options: {
    handoverId: string;
    endsOn: string;
    at: Date;
    tell: TimedNotification[];
  }): Promise<boolean> {
    return this.db.transaction(async tx => {
      const claimed = await tx(FOLLOW_UPS)
        .where({
          handover_id: options.handoverId,
          phase: 'follow_up',
          ends_on: options.endsOn,
        })
        .whereNull('end_told_at')
        .update({ end_told_at: options.at.toISOString() });
      if (claimed !== 1) return false;
      await tellReminded(tx, options);
      return true;
    });
  }
}
