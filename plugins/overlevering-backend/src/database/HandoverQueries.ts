import {
  addSeats,
  standingApprovals,
  STATUSES_LISTED_ONLY_ON_REQUEST,
} from '@hemit/plugin-overlevering-common';
import { FIXED_PATHS, getValueAtPath } from '@hemit/overlevering-form-schema';
import type {
  ApprovalItem,
  HandoverEvent,
  HandoverSummary,
  RoundTally,
  SeatStatus,
} from '@hemit/plugin-overlevering-common';
import type { Knex } from 'knex';
import {
  afterInboxCursor,
  decodeCursor,
  decodeInboxCursor,
  encodeCursor,
  encodeInboxCursor,
} from './cursor';
import { applyHandoverFilter } from './filters';
import { readRevision } from './revisionStorage';
import type { ListHandoversOptions } from './HandoverStore';
import {
  SEATS,
  EVENTS,
  EventRow,
  HANDOVERS,
  HandoverRow,
  ROUNDS,
  RoundRow,
  SeatRow,
  searchable,
  toEvent,
  toSeat,
  toSummary,
} from './rows';

/** A row of a grouped count of seats by status. */
interface SeatCount {
  handover_id: string;
  status: string;
  n: string | number;
}

/** Columns of a summary: everything but the document. */
const SUMMARY_COLUMNS = [
  'id',
  'owner',
  'entity_ref',
  'title',
  'status',
  'revision',
  'current_round',
  'schema_version',
  'created_at',
  'updated_at',
  'deleted_at',
].map(c => `${HANDOVERS}.${c}`);

/**
 * The read model of the handovers: the lists, the approvals inbox, the
 * history and what the permission framework asks about. Reads only; every
 * change goes through the compare-and-set actions of the store.
 *
 * @internal
 */
export class HandoverQueries {
  constructor(private readonly db: Knex) {}

  async listHandovers(
    options: ListHandoversOptions,
  ): Promise<{ items: HandoverSummary[]; nextCursor?: string }> {
    const query = this.db(HANDOVERS)
      .select(SUMMARY_COLUMNS)
      .whereNull(`${HANDOVERS}.deleted_at`)
      .orderBy([
        { column: `${HANDOVERS}.updated_at`, order: 'desc' },
        { column: `${HANDOVERS}.id`, order: 'desc' },
      ])
      // One extra row tells whether there is a next page.
      .limit(options.limit + 1);
    if (options.owner) {
      query.where(`${HANDOVERS}.owner`, options.owner);
    }
    if (options.entityRef) {
      query.where(`${HANDOVERS}.entity_ref`, options.entityRef);
    }
    if (options.status) {
      query.where(`${HANDOVERS}.status`, options.status);
    } else {
      query.whereNotIn(`${HANDOVERS}.status`, [
        ...STATUSES_LISTED_ONLY_ON_REQUEST,
      ]);
    }
    if (options.q) {
      const pattern = `%${searchable(options.q).replace(
        /[\\%_]/g,
        c => `\\${c}`,
      )}%`;
      query.whereRaw(`${HANDOVERS}.search_title like ? escape '\\'`, [pattern]);
    }
    if (options.cursor) {
      const { updatedAt, id } = decodeCursor(options.cursor);
      query.where(qb =>
        qb
          .where(`${HANDOVERS}.updated_at`, '<', updatedAt)
          .orWhere(inner =>
            inner
              .where(`${HANDOVERS}.updated_at`, '=', updatedAt)
              .andWhere(`${HANDOVERS}.id`, '<', id),
          ),
      );
    }
    if (options.filter) {
      const filter = options.filter;
      query.where(qb => applyHandoverFilter(qb, filter));
    }
    const rows: Omit<HandoverRow, 'document'>[] = await query;
    const page = rows.slice(0, options.limit);
    const [tallies, approvals] = await Promise.all([
      this.tallies(this.db, page),
      this.approvedSeats(page),
    ]);
    const last = page[page.length - 1];
    return {
      items: page.map(r => ({
        ...toSummary(r, tallies.get(r.id)),
        ...(approvals.has(r.id) ? { approvedSeats: approvals.get(r.id) } : {}),
      })),
      ...(rows.length > options.limit && last
        ? {
            nextCursor: encodeCursor({
              updatedAt: last.updated_at,
              id: last.id,
            }),
          }
        : {}),
    };
  }

  async listPendingApprovals(options: {
    approvers: string[];
    limit: number;
    cursor?: string;
  }): Promise<{ items: ApprovalItem[]; nextCursor?: string }> {
    const after = options.cursor
      ? decodeInboxCursor(options.cursor)
      : undefined;
    if (options.approvers.length === 0) {
      return { items: [] };
    }
    const inboxOrder = (table: string) => [
      { column: `${table}.submitted_at`, order: 'asc' as const },
      { column: `${table}.handover_id`, order: 'asc' as const },
      { column: `${table}.role`, order: 'asc' as const },
    ];
    // One extra row tells whether there is a next page.
    const limit = options.limit + 1;
    // The page of each approver's pending seats after the cursor, read in
    // order from the inbox index, then merged: the cost follows the page size
    // and the number of approvers, not the number of seats waiting.
    const [first, ...rest] = [...new Set(options.approvers)].map(
      (approver, i) => {
        const seats = this.db(SEATS)
          .join(HANDOVERS, `${HANDOVERS}.id`, `${SEATS}.handover_id`)
          .select(
            `${SEATS}.handover_id`,
            `${SEATS}.round`,
            `${SEATS}.role`,
            `${SEATS}.approver`,
            `${SEATS}.submitted_at`,
          )
          .where(`${SEATS}.status`, 'pending')
          .where(`${SEATS}.approver`, approver)
          .whereNull(`${HANDOVERS}.deleted_at`)
          .orderBy(inboxOrder(SEATS))
          .limit(limit);
        if (after) {
          seats.where(qb => afterInboxCursor(qb, SEATS, after));
        }
        return this.db.select('*').from(seats.as(`seats_${i}`));
      },
    );
    const pending = rest.length ? first.unionAll(rest) : first;
    const rows: (Omit<HandoverRow, 'document'> & {
      a_round: number;
      a_role: string;
      a_approver: string;
      a_submitted_at: string;
    })[] = await this.db
      .from(pending.as('pending'))
      .join(HANDOVERS, `${HANDOVERS}.id`, 'pending.handover_id')
      .select(SUMMARY_COLUMNS)
      .select({
        a_round: 'pending.round',
        a_role: 'pending.role',
        a_approver: 'pending.approver',
        a_submitted_at: 'pending.submitted_at',
      })
      .orderBy(inboxOrder('pending'))
      .limit(limit);
    const page = rows.slice(0, options.limit);
    const [tallies, plannedDates] = await Promise.all([
      this.tallies(this.db, page),
      this.plannedDates(page),
    ]);
    const last = page[page.length - 1];
    return {
      items: page.map(r => {
        const plannedDate = plannedDates.get(r.id);
        return {
          handover: toSummary(r, tallies.get(r.id)),
          round: Number(r.a_round),
          role: r.a_role,
          approver: r.a_approver,
          submittedAt: r.a_submitted_at,
          ...(plannedDate ? { plannedDate } : {}),
        };
      }),
      ...(rows.length > options.limit && last
        ? {
            nextCursor: encodeInboxCursor({
              submittedAt: last.a_submitted_at,
              handoverId: last.id,
              role: last.a_role,
            }),
          }
        : {}),
    };
  }

  async countPendingApprovals(options: {
    approvers: string[];
  }): Promise<number> {
    const approvers = [...new Set(options.approvers)];
    if (approvers.length === 0) {
      return 0;
    }
    // Served by the inbox index (status, approver, ...), like the inbox.
    const [row] = await this.db(SEATS)
      .join(HANDOVERS, `${HANDOVERS}.id`, `${SEATS}.handover_id`)
      .where(`${SEATS}.status`, 'pending')
      .whereIn(`${SEATS}.approver`, approvers)
      .whereNull(`${HANDOVERS}.deleted_at`)
      .count({ n: '*' });
    return Number(row?.n ?? 0);
  }

  async getPermissionResources(options: {
    ids: string[];
  }): Promise<
    ({ id: string; owner: string; approvers: string[] } | undefined)[]
  > {
    if (options.ids.length === 0) {
      return [];
    }
    const [owners, seats] = await Promise.all([
      this.db(HANDOVERS)
        .whereIn('id', options.ids)
        .whereNull('deleted_at')
        .select('id', 'owner'),
      this.db(SEATS)
        .whereIn('handover_id', options.ids)
        .distinct('handover_id', 'approver'),
    ]);
    return options.ids.map(id => {
      const row = owners.find(o => o.id === id);
      return row
        ? {
            id,
            owner: row.owner,
            approvers: seats
              .filter(s => s.handover_id === id)
              .map(s => s.approver),
          }
        : undefined;
    });
  }

  async listEvents(options: { id: string }): Promise<HandoverEvent[]> {
    const rows = await this.db<EventRow>(EVENTS)
      .where({ handover_id: options.id })
      .orderBy('seq', 'asc');
    return rows.map(toEvent);
  }

  async getRevision(options: {
    id: string;
    revision: number;
  }): Promise<Record<string, unknown> | undefined> {
    return readRevision(this.db, options);
  }

  /**
   * How many seats approved each approved handover of a page, counted by the
   * rule the handover page uses, from one query for the whole page.
   */
  private async approvedSeats(
    handovers: { id: string; status: string }[],
  ): Promise<Map<string, number>> {
    const ids = handovers.filter(h => h.status === 'approved').map(h => h.id);
    if (ids.length === 0) {
      return new Map();
    }
    const rows: SeatRow[] = await this.db(SEATS)
      .whereIn('handover_id', ids)
      .whereIn('status', ['approved', 'rejected']);
    const rounds = new Map<string, Map<number, SeatRow[]>>();
    for (const row of rows) {
      const byRound = rounds.get(row.handover_id) ?? new Map();
      const number = Number(row.round);
      byRound.set(number, [...(byRound.get(number) ?? []), row]);
      rounds.set(row.handover_id, byRound);
    }
    return new Map(
      ids.map(id => [
        id,
        standingApprovals(
          [...(rounds.get(id) ?? new Map<number, SeatRow[]>())].map(
            ([number, seats]) => ({ number, seats: seats.map(toSeat) }),
          ),
        ).length,
      ]),
    );
  }

  /**
   * The planned go-live date of each handover of a page, when its document
   * gives a date. While a seat waits its round is open and the document
   * locked, so the current document is the one the seat decides on.
   */
  private async plannedDates(
    handovers: { id: string }[],
  ): Promise<Map<string, string>> {
    if (handovers.length === 0) {
      return new Map();
    }
    const rows: Pick<HandoverRow, 'id' | 'document'>[] = await this.db(
      HANDOVERS,
    )
      .whereIn('id', [...new Set(handovers.map(h => h.id))])
      .select('id', 'document');
    const dates = new Map<string, string>();
    for (const row of rows) {
      const date = getValueAtPath(
        JSON.parse(row.document),
        FIXED_PATHS.plannedDate,
      );
      if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
        dates.set(row.id, date);
      }
    }
    return dates;
  }

  /**
   * The seat counts of each handover's current round, in one query for a
   * whole page of handovers.
   */
  private async tallies(
    db: Knex | Knex.Transaction,
    handovers: { id: string; current_round: number }[],
  ): Promise<Map<string, RoundTally>> {
    const result = new Map<string, RoundTally>();
    const withRound = handovers.filter(h => Number(h.current_round) > 0);
    if (withRound.length === 0) {
      return result;
    }
    const ids = withRound.map(h => h.id);
    const [rounds, counts]: [RoundRow[], SeatCount[]] = await Promise.all([
      db(ROUNDS)
        .join(HANDOVERS, join =>
          join
            .on(`${HANDOVERS}.id`, `${ROUNDS}.handover_id`)
            .andOn(`${HANDOVERS}.current_round`, `${ROUNDS}.number`),
        )
        .whereIn(`${ROUNDS}.handover_id`, ids)
        .select(
          `${ROUNDS}.handover_id`,
          `${ROUNDS}.number`,
          `${ROUNDS}.status`,
        ),
      db(SEATS)
        .join(HANDOVERS, join =>
          join
            .on(`${HANDOVERS}.id`, `${SEATS}.handover_id`)
            .andOn(`${HANDOVERS}.current_round`, `${SEATS}.round`),
        )
        .whereIn(`${SEATS}.handover_id`, ids)
        .select(`${SEATS}.handover_id`, `${SEATS}.status`)
        .count({ n: '*' })
        .groupBy(
          `${SEATS}.handover_id`,
          `${SEATS}.status`,
        ) as unknown as Promise<SeatCount[]>,
    ]);
    for (const r of rounds) {
      result.set(r.handover_id, {
        number: Number(r.number),
        status: r.status,
        pending: 0,
        approved: 0,
        rejected: 0,
      });
    }
    for (const c of counts) {
      const tally = result.get(c.handover_id);
      if (tally) {
        addSeats(tally, c.status as SeatStatus, Number(c.n));
      }
    }
    return result;
  }
}
