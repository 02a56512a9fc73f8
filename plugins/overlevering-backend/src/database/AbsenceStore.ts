import {
  ConflictError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  type AbsencePeriod,
  isAbsenceActive,
  osloDate,
  standsInFor,
} from '@hemit/plugin-overlevering-common';
import type { Knex } from 'knex';
import { v4 as uuid } from 'uuid';

/** Periods a person is away, and who decides for them meanwhile. */
export const ABSENCES = 'overlevering_absences';

/** @internal */
export interface AbsenceRow {
  id: string;
  person: string;
  deputy: string;
  from_date: string;
  to_date: string;
  created_at: string;
  ended_at: string | null;
}

/** An absence as stored. @internal */
export interface AbsenceRecord extends AbsencePeriod {
  id: string;
  createdAt: string;
}

/** @internal */
export function toRecord(row: AbsenceRow): AbsenceRecord {
  return {
    id: row.id,
    person: row.person,
    deputy: row.deputy,
    from: row.from_date,
    to: row.to_date,
    createdAt: row.created_at,
    ...(row.ended_at ? { endedAt: row.ended_at } : {}),
  };
}

function isSqlite(db: Knex): boolean {
  return db.client.config.client.includes('sqlite');
}

/** PostgreSQL's answer to a serializable transaction that lost a race. */
function isSerializationFailure(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === '40001';
}

/**
 * The absences table. A new absence is checked against the absences it
 * could clash with inside the transaction that writes it, serializable on
 * PostgreSQL, so two people naming each other at the same moment cannot
 * both succeed and make a chain.
 *
 * @internal
 */
export class AbsenceStore {
  constructor(
    private readonly db: Knex,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Writes a new absence unless `refuse`, given the absences of the person
   * and the deputy that have not ended or passed, throws.
   */
  async create(options: {
    person: string;
    deputy: string;
    from: string;
    to: string;
    refuse: (known: AbsenceRecord[], now: Date) => void;
  }): Promise<AbsenceRecord> {
    const isolation = isSqlite(this.db)
      ? undefined
      : { isolationLevel: 'serializable' as const };
    try {
      return await this.db.transaction(async tx => {
        const now = this.now();
        const known: AbsenceRow[] = await tx(ABSENCES)
          .whereIn('person', [options.person, options.deputy])
          .whereNull('ended_at')
          .where('to_date', '>=', osloDate(now));
        options.refuse(known.map(toRecord), now);
        const row: AbsenceRow = {
          id: uuid(),
          person: options.person,
          deputy: options.deputy,
          from_date: options.from,
          to_date: options.to,
          created_at: now.toISOString(),
          ended_at: null,
        };
        await tx(ABSENCES).insert(row);
        return toRecord(row);
      }, isolation);
    } catch (error) {
      if (isSerializationFailure(error)) {
        throw new ConflictError(
          'Another absence was registered at the same moment; try again',
        );
      }
      throw error;
    }
  }

  /** Ends an absence now; only the absent person may. */
  async end(options: { id: string; person: string }): Promise<AbsenceRecord> {
    return this.db.transaction(async tx => {
      const now = this.now();
      const ended = await tx(ABSENCES)
        .where({ id: options.id, person: options.person })
        .whereNull('ended_at')
        .update({ ended_at: now.toISOString() });
      const row: AbsenceRow | undefined = await tx(ABSENCES)
        .where({ id: options.id })
        .first();
      if (!row) {
        throw new NotFoundError(`No absence with id ${options.id}`);
      }
      if (row.person !== options.person) {
        throw new NotAllowedError('Only the absent person may end an absence');
      }
      if (ended !== 1) {
        throw new ConflictError('The absence has already been ended');
      }
      return toRecord(row);
    });
  }

  /**
   * The person's own absences and those they are deputy in, that have
   * neither ended nor passed, soonest first.
   */
  async listFor(
    userRef: string,
  ): Promise<{ mine: AbsenceRecord[]; deputyFor: AbsenceRecord[] }> {
    const today = osloDate(this.now());
    const rows: AbsenceRow[] = await this.db(ABSENCES)
      .where(qb => qb.where({ person: userRef }).orWhere({ deputy: userRef }))
      .whereNull('ended_at')
      .where('to_date', '>=', today)
      .orderBy([
        { column: 'from_date', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    const records = rows.map(toRecord);
    return {
      mine: records.filter(r => r.person === userRef),
      deputyFor: records.filter(r => r.deputy === userRef),
    };
  }

  /** The people whose person seats `deputy` decides right now. */
  async standsInFor(deputy: string): Promise<string[]> {
    const now = this.now();
    const rows: AbsenceRow[] = await this.db(ABSENCES)
      .where({ deputy })
      .whereNull('ended_at')
      .where('from_date', '<=', osloDate(now))
      .where('to_date', '>=', osloDate(now));
    return standsInFor(deputy, rows.map(toRecord), now);
  }
}

/**
 * Inside a decision's transaction: refuses unless `deputy` stands in for
 * `person` at `now`. On PostgreSQL the absence row stays locked until the
 * decision commits, so an absence ended at the same moment either comes
 * first and refuses the decision, or waits for it.
 *
 * @internal
 */
export async function assertStandsIn(
  tx: Knex.Transaction,
  options: { person: string; deputy: string; now: Date },
): Promise<void> {
  const query = tx(ABSENCES)
    .where({ person: options.person, deputy: options.deputy })
    .whereNull('ended_at')
    .where('to_date', '>=', osloDate(options.now));
  if (!isSqlite(tx)) query.forUpdate();
  const rows: AbsenceRow[] = await query;
  if (!rows.map(toRecord).some(a => isAbsenceActive(a, options.now))) {
    throw new NotAllowedError(
      'You no longer stand in for the person who holds this seat',
    );
  }
}
