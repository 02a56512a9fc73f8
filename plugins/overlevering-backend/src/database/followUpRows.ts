import { ConflictError } from '@backstage/errors';
import type { FollowUpRecord } from './HandoverStore';
import type { Knex } from 'knex';
import { FOLLOW_UPS } from './rows';

// The follow-up after approval as the store keeps it: written in the
// transaction of the change of the handover (which moves the handover row
// first), each change guarded by the phase it expects.

export { FOLLOW_UPS };

export interface FollowUpRow {
  handover_id: string;
  phase: 'follow_up' | 'handed_over';
  started_at: string;
  ends_on: string;
  met: string;
  owner_confirmed_by: string | null;
  owner_confirmed_at: string | null;
  hemithjelp_confirmed_by: string | null;
  hemithjelp_confirmed_at: string | null;
  handed_over_by: string | null;
  handed_over_at: string | null;
  extensions: string;
  end_told_at: string | null;
}

export function toFollowUpRecord(row: FollowUpRow): FollowUpRecord {
  return {
    phase: row.phase,
    startedAt: row.started_at,
    endsOn: row.ends_on,
    met: JSON.parse(row.met),
    ...(row.owner_confirmed_by
      ? {
          ownerConfirmedBy: row.owner_confirmed_by,
          ownerConfirmedAt: row.owner_confirmed_at!,
        }
      : {}),
    ...(row.hemithjelp_confirmed_by
      ? {
          hemithjelpConfirmedBy: row.hemithjelp_confirmed_by,
          hemithjelpConfirmedAt: row.hemithjelp_confirmed_at!,
        }
      : {}),
    ...(row.handed_over_by
      ? { handedOverBy: row.handed_over_by, handedOverAt: row.handed_over_at! }
      : {}),
    extensions: JSON.parse(row.extensions),
  };
}

/** Starts the follow-up of a handover its last round just approved. */
export async function startFollowUp(
  tx: Knex.Transaction,
  options: { handoverId: string; at: string; endsOn: string },
): Promise<void> {
  // A handover approved again (a later round) keeps its first follow-up.
  const existing = await tx(FOLLOW_UPS)
    .where({ handover_id: options.handoverId })
    .first('handover_id');
  if (existing) return;
  await tx(FOLLOW_UPS).insert({
    handover_id: options.handoverId,
    phase: 'follow_up',
    started_at: options.at,
    ends_on: options.endsOn,
    met: '[]',
    extensions: '[]',
  } satisfies Partial<FollowUpRow>);
}

export async function readFollowUp(
  db: Knex | Knex.Transaction,
  handoverId: string,
): Promise<FollowUpRecord | undefined> {
  const row: FollowUpRow | undefined = await db(FOLLOW_UPS)
    .where({ handover_id: handoverId })
    .first();
  return row ? toFollowUpRecord(row) : undefined;
}

/**
 * Changes a follow-up that is still in follow-up and, with `endsOn`, still
 * ends on that day: of two people acting at once, one wins and the other
 * hears it changed.
 */
export async function updateFollowUp(
  tx: Knex.Transaction,
  options: {
    handoverId: string;
    endsOn?: string;
    changes: Partial<FollowUpRow>;
  },
): Promise<void> {
  const query = tx(FOLLOW_UPS).where({
    handover_id: options.handoverId,
    phase: 'follow_up',
  });
  if (options.endsOn) {
    query.andWhere({ ends_on: options.endsOn });
  }
  const updated = await query.update(options.changes);
  if (updated !== 1) {
    throw new ConflictError(
      'The follow-up has changed meanwhile, or is no longer in follow-up',
    );
  }
}

/** The phases of the listed handovers that have a follow-up. */
export async function followUpPhases(
  db: Knex,
  ids: readonly string[],
): Promise<Map<string, 'follow_up' | 'handed_over'>> {
  if (ids.length === 0) return new Map();
  const rows: Pick<FollowUpRow, 'handover_id' | 'phase'>[] = await db(
    FOLLOW_UPS,
  )
    .whereIn('handover_id', ids)
    .select('handover_id', 'phase');
  return new Map(rows.map(r => [r.handover_id, r.phase]));
}
