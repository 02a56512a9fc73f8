import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  ApprovalItem,
  DecisionKind,
  HandoverEvent,
  HandoverEventType,
  HandoverStatus,
  HandoverSummary,
  Round,
  RoundTally,
} from '@hemit/plugin-overlevering-common';
import {
  countSeats,
  EDITABLE_STATUSES,
  roundOutcome,
  statusAfterRound,
} from '@hemit/plugin-overlevering-common';
import type { Knex } from 'knex';
import { v4 as uuid } from 'uuid';
import {
  afterInboxCursor,
  decodeCursor,
  decodeInboxCursor,
  encodeCursor,
  encodeInboxCursor,
} from './cursor';
import { applyHandoverFilter } from './filters';
import type {
  DecisionOutcome,
  HandoverRecord,
  HandoverStore,
  ListHandoversOptions,
  SeatToOpen,
} from './HandoverStore';
import {
  ASSIGNMENTS,
  AssignmentRow,
  EVENTS,
  EventRow,
  HANDOVERS,
  HandoverRow,
  MIGRATIONS_DIR,
  REVISIONS,
  ROUNDS,
  RoundRow,
  toEvent,
  toHandoverRecord,
  toRound,
  searchable,
  toSummary,
} from './rows';

/** Statuses from which a handover may be edited or submitted. */
const EDITABLE = [...EDITABLE_STATUSES];

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
  'version',
  'current_round',
  'schema_version',
  'created_at',
  'updated_at',
  'deleted_at',
].map(c => `${HANDOVERS}.${c}`);

/**
 * The knex implementation of {@link HandoverStore}. Every mutation first
 * moves the handover row with a guarded `update ... where` (which also takes
 * the row lock on PostgreSQL, so concurrent actions on one handover queue up
 * and re-check the guard), checks the row count, and only then writes rounds,
 * seats and events, all in one transaction.
 *
 * @internal
 */
export class DatabaseHandoverStore implements HandoverStore {
  static async create(options: {
    database: DatabaseService;
    now?: () => Date;
  }): Promise<DatabaseHandoverStore> {
    const { database } = options;
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: MIGRATIONS_DIR });
    }
    return new DatabaseHandoverStore(client, options.now ?? (() => new Date()));
  }

  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {}

  async createHandover(options: {
    owner: string;
    entityRef?: string;
    title: string;
    schemaVersion: number;
    document: Record<string, unknown>;
  }): Promise<HandoverRecord> {
    const at = this.timestamp();
    const row: HandoverRow = {
      id: uuid(),
      owner: options.owner,
      entity_ref: options.entityRef ?? null,
      title: options.title,
      search_title: searchable(options.title),
      status: 'draft',
      revision: 1,
      version: 1,
      current_round: 0,
      schema_version: options.schemaVersion,
      document: JSON.stringify(options.document),
      created_at: at,
      updated_at: at,
      deleted_at: null,
    };
    await this.db.transaction(async tx => {
      await tx(HANDOVERS).insert(row);
      await tx(REVISIONS).insert({
        handover_id: row.id,
        revision: 1,
        document: row.document,
        created_by: options.owner,
        created_at: at,
      });
      await this.addEvent(tx, row.id, at, options.owner, 'created', {
        revision: 1,
        ...(options.entityRef ? { entityRef: options.entityRef } : {}),
      });
    });
    return toHandoverRecord(row);
  }

  async getHandover(options: {
    id: string;
  }): Promise<{ handover: HandoverRecord; rounds: Round[] } | undefined> {
    const row = await this.db<HandoverRow>(HANDOVERS)
      .where({ id: options.id })
      .whereNull('deleted_at')
      .first();
    if (!row) {
      return undefined;
    }
    const [rounds, assignments] = await Promise.all([
      this.db<RoundRow>(ROUNDS)
        .where({ handover_id: options.id })
        .orderBy('number', 'asc'),
      this.db<AssignmentRow>(ASSIGNMENTS)
        .where({ handover_id: options.id })
        .orderBy([
          { column: 'round', order: 'asc' },
          { column: 'role', order: 'asc' },
        ]),
    ]);
    return {
      handover: toHandoverRecord(row),
      rounds: rounds.map(r => toRound(r, assignments)),
    };
  }

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
    const tallies = await this.tallies(this.db, page);
    const last = page[page.length - 1];
    return {
      items: page.map(r => toSummary(r, tallies.get(r.id))),
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

  async saveDocument(options: {
    id: string;
    revision: number;
    actor: string;
    title: string;
    schemaVersion: number;
    document: Record<string, unknown>;
    changedSections: string[];
  }): Promise<HandoverRecord> {
    return this.db.transaction(async tx => {
      const at = this.timestamp();
      const document = JSON.stringify(options.document);
      const count = await tx(HANDOVERS)
        .where({ id: options.id, revision: options.revision })
        .whereIn('status', EDITABLE)
        .whereNull('deleted_at')
        .update({
          document,
          title: options.title,
          search_title: searchable(options.title),
          schema_version: options.schemaVersion,
          revision: options.revision + 1,
          version: tx.raw('version + 1'),
          updated_at: at,
        });
      if (count !== 1) {
        await this.explainRefusal(tx, options.id, {
          revision: options.revision,
          action: 'save',
        });
      }
      await tx(REVISIONS).insert({
        handover_id: options.id,
        revision: options.revision + 1,
        document,
        created_by: options.actor,
        created_at: at,
      });
      await this.addEvent(tx, options.id, at, options.actor, 'saved', {
        revision: options.revision + 1,
        sections: options.changedSections,
      });
      return toHandoverRecord(await this.requireHandover(tx, options.id));
    });
  }

  async openRound(options: {
    id: string;
    revision: number;
    round: number;
    actor: string;
    message?: string;
    optionalRoles: string[];
    seats: SeatToOpen[];
  }): Promise<Round> {
    return this.db.transaction(async tx => {
      const at = this.timestamp();
      const count = await tx(HANDOVERS)
        .where({
          id: options.id,
          revision: options.revision,
          current_round: options.round - 1,
        })
        .whereIn('status', EDITABLE)
        .whereNull('deleted_at')
        .update({
          status: 'in_review',
          current_round: options.round,
          version: tx.raw('version + 1'),
          updated_at: at,
        });
      if (count !== 1) {
        await this.explainRefusal(tx, options.id, {
          revision: options.revision,
          action: 'submit',
        });
      }
      const round: RoundRow = {
        handover_id: options.id,
        number: options.round,
        status: 'open',
        revision: options.revision,
        submitted_by: options.actor,
        submitted_at: at,
        closed_at: null,
        message: options.message ?? null,
        optional_roles: JSON.stringify(options.optionalRoles),
      };
      await tx(ROUNDS).insert(round);
      const seats: AssignmentRow[] = options.seats.map(seat => ({
        handover_id: options.id,
        round: options.round,
        role: seat.role,
        approver: seat.approver,
        status: 'pending',
        decided_by: null,
        decided_at: null,
        comment: null,
        submitted_at: at,
      }));
      if (seats.length) {
        await tx(ASSIGNMENTS).insert(seats);
      }
      await this.addEvent(tx, options.id, at, options.actor, 'submitted', {
        round: options.round,
        revision: options.revision,
        seats: options.seats,
        optionalRoles: options.optionalRoles,
        ...(options.message ? { message: options.message } : {}),
      });
      return this.readRound(tx, options.id, options.round);
    });
  }

  async withdrawRound(options: {
    id: string;
    round: number;
    actor: string;
  }): Promise<Round> {
    return this.db.transaction(async tx => {
      const at = this.timestamp();
      const count = await tx(HANDOVERS)
        .where({
          id: options.id,
          status: 'in_review',
          current_round: options.round,
        })
        .whereNull('deleted_at')
        .update({
          status: 'draft',
          version: tx.raw('version + 1'),
          updated_at: at,
        });
      if (count !== 1) {
        await this.requireHandover(tx, options.id);
        throw new ConflictError('There is no open round to withdraw');
      }
      await tx(ROUNDS)
        .where({ handover_id: options.id, number: options.round })
        .update({ status: 'withdrawn', closed_at: at });
      const withdrawn = await tx(ASSIGNMENTS)
        .where({
          handover_id: options.id,
          round: options.round,
          status: 'pending',
        })
        .update({ status: 'withdrawn' });
      await this.addEvent(tx, options.id, at, options.actor, 'withdrawn', {
        round: options.round,
        withdrawnSeats: withdrawn,
      });
      return this.readRound(tx, options.id, options.round);
    });
  }

  async decide(options: {
    id: string;
    round: number;
    role: string;
    decision: DecisionKind;
    comment?: string;
    actor: string;
  }): Promise<DecisionOutcome> {
    return this.db.transaction(async tx => {
      const at = this.timestamp();
      // Taking the handover row first queues concurrent decisions on the same
      // round, so the one that answers the last seat sees all the others.
      const moved = await tx(HANDOVERS)
        .where({
          id: options.id,
          status: 'in_review',
          current_round: options.round,
        })
        .whereNull('deleted_at')
        .update({ version: tx.raw('version + 1'), updated_at: at });
      if (moved !== 1) {
        await this.requireHandover(tx, options.id);
        throw new ConflictError(
          `Round ${options.round} is not open for decisions`,
        );
      }
      const status = options.decision === 'approve' ? 'approved' : 'rejected';
      const decided = await tx(ASSIGNMENTS)
        .where({
          handover_id: options.id,
          round: options.round,
          role: options.role,
          status: 'pending',
        })
        .update({
          status,
          decided_by: options.actor,
          decided_at: at,
          comment: options.comment ?? null,
        });
      if (decided !== 1) {
        const seat = await tx(ASSIGNMENTS)
          .where({
            handover_id: options.id,
            round: options.round,
            role: options.role,
          })
          .first();
        if (!seat) {
          throw new NotFoundError(
            `Role '${options.role}' has no seat in round ${options.round}`,
          );
        }
        throw new ConflictError(
          `The seat '${options.role}' has already been decided in round ${options.round}`,
        );
      }
      await this.addEvent(tx, options.id, at, options.actor, 'decided', {
        round: options.round,
        role: options.role,
        decision: options.decision,
        ...(options.comment ? { comment: options.comment } : {}),
      });

      // A round holds one seat per approver role: a handful of rows.
      const seats: Pick<AssignmentRow, 'status'>[] = await tx(ASSIGNMENTS)
        .where({ handover_id: options.id, round: options.round })
        .select('status');
      const seatCounts = countSeats(seats.map(seat => seat.status));
      const outcome = roundOutcome(seatCounts);
      let handoverStatus: HandoverStatus = statusAfterRound(outcome);
      let closed = false;
      if (outcome !== 'open') {
        const roundStatus = outcome;
        const closedRounds = await tx(ROUNDS)
          .where({
            handover_id: options.id,
            number: options.round,
            status: 'open',
          })
          .update({ status: roundStatus, closed_at: at });
        if (closedRounds !== 1) {
          throw new ConflictError(`Round ${options.round} is already closed`);
        }
        handoverStatus = roundStatus;
        closed = true;
        await tx(HANDOVERS)
          .where({ id: options.id })
          .update({ status: handoverStatus });
        await this.addEvent(tx, options.id, at, options.actor, 'round_closed', {
          round: options.round,
          status: roundStatus,
          approved: seatCounts.approved,
          rejected: seatCounts.rejected,
        });
      }
      return {
        round: await this.readRound(tx, options.id, options.round),
        status: handoverStatus,
        closed,
      };
    });
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
        const seats = this.db(ASSIGNMENTS)
          .join(HANDOVERS, `${HANDOVERS}.id`, `${ASSIGNMENTS}.handover_id`)
          .select(
            `${ASSIGNMENTS}.handover_id`,
            `${ASSIGNMENTS}.round`,
            `${ASSIGNMENTS}.role`,
            `${ASSIGNMENTS}.approver`,
            `${ASSIGNMENTS}.submitted_at`,
          )
          .where(`${ASSIGNMENTS}.status`, 'pending')
          .where(`${ASSIGNMENTS}.approver`, approver)
          .whereNull(`${HANDOVERS}.deleted_at`)
          .orderBy(inboxOrder(ASSIGNMENTS))
          .limit(limit);
        if (after) {
          seats.where(qb => afterInboxCursor(qb, ASSIGNMENTS, after));
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
    const tallies = await this.tallies(this.db, page);
    const last = page[page.length - 1];
    return {
      items: page.map(r => ({
        handover: toSummary(r, tallies.get(r.id)),
        round: Number(r.a_round),
        role: r.a_role,
        approver: r.a_approver,
        submittedAt: r.a_submitted_at,
      })),
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

  async deleteHandover(options: { id: string; actor: string }): Promise<void> {
    await this.db.transaction(async tx => {
      const at = this.timestamp();
      const count = await tx(HANDOVERS)
        .where({ id: options.id, status: 'draft' })
        .whereNull('deleted_at')
        .update({
          deleted_at: at,
          version: tx.raw('version + 1'),
          updated_at: at,
        });
      if (count !== 1) {
        const row = await this.requireHandover(tx, options.id);
        throw new ConflictError(
          `Only a draft can be deleted; the handover is ${row.status}`,
        );
      }
      await this.addEvent(tx, options.id, at, options.actor, 'deleted', {});
    });
  }

  async changeOwner(options: {
    id: string;
    expectedOwner: string;
    owner: string;
    actor: string;
  }): Promise<HandoverRecord> {
    return this.db.transaction(async tx => {
      const at = this.timestamp();
      const count = await tx(HANDOVERS)
        .where({ id: options.id, owner: options.expectedOwner })
        .whereNull('deleted_at')
        .update({
          owner: options.owner,
          version: tx.raw('version + 1'),
          updated_at: at,
        });
      if (count !== 1) {
        await this.requireHandover(tx, options.id);
        throw new ConflictError('The owner of the handover changed meanwhile');
      }
      await this.addEvent(tx, options.id, at, options.actor, 'owner_changed', {
        from: options.expectedOwner,
        to: options.owner,
      });
      return toHandoverRecord(await this.requireHandover(tx, options.id));
    });
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
      this.db(ASSIGNMENTS)
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
    const row = await this.db(REVISIONS)
      .where({ handover_id: options.id, revision: options.revision })
      .first();
    return row ? JSON.parse(row.document) : undefined;
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
      db(ASSIGNMENTS)
        .join(HANDOVERS, join =>
          join
            .on(`${HANDOVERS}.id`, `${ASSIGNMENTS}.handover_id`)
            .andOn(`${HANDOVERS}.current_round`, `${ASSIGNMENTS}.round`),
        )
        .whereIn(`${ASSIGNMENTS}.handover_id`, ids)
        .select(`${ASSIGNMENTS}.handover_id`, `${ASSIGNMENTS}.status`)
        .count({ n: '*' })
        .groupBy(
          `${ASSIGNMENTS}.handover_id`,
          `${ASSIGNMENTS}.status`,
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
      if (
        tally &&
        (c.status === 'pending' ||
          c.status === 'approved' ||
          c.status === 'rejected')
      ) {
        tally[c.status as 'pending' | 'approved' | 'rejected'] = Number(c.n);
      }
    }
    return result;
  }

  private async readRound(
    tx: Knex.Transaction,
    id: string,
    number: number,
  ): Promise<Round> {
    const [round, seats] = await Promise.all([
      tx<RoundRow>(ROUNDS).where({ handover_id: id, number }).first(),
      tx<AssignmentRow>(ASSIGNMENTS)
        .where({ handover_id: id, round: number })
        .orderBy('role', 'asc'),
    ]);
    return toRound(round!, seats);
  }

  private async requireHandover(
    tx: Knex.Transaction,
    id: string,
  ): Promise<HandoverRow> {
    const row = await tx<HandoverRow>(HANDOVERS)
      .where({ id })
      .whereNull('deleted_at')
      .first();
    if (!row) {
      throw new NotFoundError(`No handover with id ${id}`);
    }
    return row;
  }

  /** Says why a guarded save or submit matched no row. Always throws. */
  private async explainRefusal(
    tx: Knex.Transaction,
    id: string,
    attempt: { revision: number; action: 'save' | 'submit' },
  ): Promise<never> {
    const row = await this.requireHandover(tx, id);
    if (row.status === 'in_review') {
      throw new ConflictError(
        `The handover is in review; withdraw the open round before you ${attempt.action}`,
      );
    }
    if (row.status === 'approved') {
      throw new ConflictError(
        'The handover is approved and can no longer change',
      );
    }
    if (Number(row.revision) !== attempt.revision) {
      throw new ConflictError(
        `Revision ${attempt.revision} is stale; the current revision is ${row.revision}`,
      );
    }
    throw new ConflictError(
      `The handover changed meanwhile; the current revision is ${row.revision}`,
    );
  }

  private async addEvent(
    tx: Knex.Transaction,
    handoverId: string,
    at: string,
    actor: string,
    type: HandoverEventType,
    data: Record<string, unknown>,
  ): Promise<void> {
    await tx(EVENTS).insert({
      id: uuid(),
      handover_id: handoverId,
      at,
      actor,
      type,
      data: JSON.stringify(data),
    });
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}
