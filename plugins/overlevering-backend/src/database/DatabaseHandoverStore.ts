import { DatabaseService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  ApprovalItem,
  Condition,
  ConditionInput,
  DecisionKind,
  HandoverEvent,
  HandoverEventType,
  HandoverStatus,
  HandoverSummary,
  Round,
} from '@hemit/plugin-overlevering-common';
import {
  followUpEndDate,
  countSeats,
  EDITABLE_STATUSES,
  roundOutcome,
  statusAfterRound,
} from '@hemit/plugin-overlevering-common';
import type { SectionId } from '@hemit/overlevering-form-schema';
import type { Knex } from 'knex';
import { v4 as uuid } from 'uuid';
import {
  closeConditionRow,
  insertConditions,
  listConditions,
} from './conditionRows';
import { appendEvent, readEventChain, storedSnapshotHash } from './eventChain';
import {
  followUpPhases,
  readFollowUp,
  startFollowUp,
  updateFollowUp,
} from './followUpRows';
import { applyHandoverFilter } from './filters';
import { HandoverQueries } from './HandoverQueries';
import { assertStandsIn } from './AbsenceStore';
import { type ChangeFacts, recordChange } from './OutboxStore';
import {
  findImportedItem,
  insertImportedHandover,
  updateImportedHandover,
} from './importedItems';
import {
  keepRevisionWhole,
  writeFirstRevision,
  writeSavedRevision,
} from './revisionStorage';
import type {
  DecisionOutcome,
  DecisionTrail,
  FollowUpRecord,
  HandoverFilter,
  HandoverRecord,
  HandoverStore,
  ImportedItem,
  KnownImportedItem,
  ListHandoversOptions,
  SeatToOpen,
} from './HandoverStore';
import {
  SEATS,
  SeatRow,
  HANDOVERS,
  HandoverRow,
  MIGRATIONS_DIR,
  ROUNDS,
  RoundRow,
  toHandoverRecord,
  toRound,
  searchable,
} from './rows';

/** Statuses from which a handover may be edited or submitted. */
const EDITABLE = [...EDITABLE_STATUSES];

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

  private readonly queries: HandoverQueries;

  private constructor(
    private readonly db: Knex,
    private readonly now: () => Date,
  ) {
    this.queries = new HandoverQueries(db);
  }

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
      current_round: 0,
      schema_version: options.schemaVersion,
      document: JSON.stringify(options.document),
      created_at: at,
      updated_at: at,
      deleted_at: null,
    };
    await this.db.transaction(async tx => {
      await tx(HANDOVERS).insert(row);
      await writeFirstRevision(tx, {
        id: row.id,
        document: row.document,
        actor: options.owner,
        at,
      });
      await this.addEvent(tx, row.id, at, options.owner, 'created', {
        revision: 1,
        ...(options.entityRef ? { entityRef: options.entityRef } : {}),
      });
      await this.tell(tx, row.id, at, { type: 'created' });
    });
    return toHandoverRecord(row);
  }

  async getHandover(options: {
    id: string;
    filter?: HandoverFilter;
  }): Promise<{ handover: HandoverRecord; rounds: Round[] } | undefined> {
    const query = this.db<HandoverRow>(HANDOVERS)
      .where({ id: options.id })
      .whereNull('deleted_at');
    const { filter } = options;
    if (filter) {
      query.where(qb => applyHandoverFilter(qb, filter));
    }
    const row = await query.first();
    if (!row) {
      return undefined;
    }
    const [rounds, seats] = await Promise.all([
      this.db<RoundRow>(ROUNDS)
        .where({ handover_id: options.id })
        .orderBy('number', 'asc'),
      this.db<SeatRow>(SEATS)
        .where({ handover_id: options.id })
        .orderBy([
          { column: 'round', order: 'asc' },
          { column: 'role', order: 'asc' },
        ]),
    ]);
    return {
      handover: toHandoverRecord(row),
      rounds: rounds.map(r => toRound(r, seats)),
    };
  }

  listHandovers(
    options: ListHandoversOptions,
  ): Promise<{ items: HandoverSummary[]; nextCursor?: string }> {
    return this.queries.listHandovers(options);
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
      // The revision saved on, as stored: the new one is kept as the change
      // from it. Read before the guarded update, which refuses if another
      // save moved the handover past it meanwhile.
      const previous = await tx<HandoverRow>(HANDOVERS)
        .where({ id: options.id, revision: options.revision })
        .first('document');
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
          updated_at: at,
        });
      if (count !== 1) {
        await this.explainRefusal(tx, options.id, {
          revision: options.revision,
          action: 'save',
        });
      }
      await writeSavedRevision(tx, {
        id: options.id,
        revision: options.revision + 1,
        previous: previous!.document,
        document,
        actor: options.actor,
        at,
      });
      await this.addEvent(tx, options.id, at, options.actor, 'saved', {
        revision: options.revision + 1,
        sections: options.changedSections,
      });
      await this.tell(tx, options.id, at, { type: 'saved' });
      return toHandoverRecord(await this.requireHandover(tx, options.id));
    });
  }

  async confirmRevision(options: {
    id: string;
    revision: number;
  }): Promise<HandoverRecord> {
    return this.db.transaction(async tx => {
      // The same guard as a save, writing nothing new: it takes the row lock
      // on PostgreSQL, so a save racing this one is seen.
      const count = await tx(HANDOVERS)
        .where({ id: options.id, revision: options.revision })
        .whereIn('status', EDITABLE)
        .whereNull('deleted_at')
        .update({ revision: options.revision });
      if (count !== 1) {
        await this.explainRefusal(tx, options.id, {
          revision: options.revision,
          action: 'save',
        });
      }
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
          updated_at: at,
        });
      if (count !== 1) {
        await this.explainRefusal(tx, options.id, {
          revision: options.revision,
          action: 'submit',
        });
      }
      await keepRevisionWhole(tx, {
        id: options.id,
        revision: options.revision,
      });
      const snapshotHash = await storedSnapshotHash(tx, {
        id: options.id,
        revision: options.revision,
      });
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
        snapshot_hash: snapshotHash ?? null,
      };
      await tx(ROUNDS).insert(round);
      const seats: SeatRow[] = options.seats.map(seat => ({
        handover_id: options.id,
        round: options.round,
        role: seat.role,
        approver: seat.approver,
        status: 'pending',
        decided_by: null,
        decided_at: null,
        comment: null,
        sections: null,
        submitted_at: at,
        snapshot_hash: null,
      }));
      if (seats.length) {
        await tx(SEATS).insert(seats);
      }
      await this.addEvent(tx, options.id, at, options.actor, 'submitted', {
        round: options.round,
        revision: options.revision,
        ...(snapshotHash ? { snapshotHash } : {}),
        seats: options.seats,
        optionalRoles: options.optionalRoles,
        ...(options.message ? { message: options.message } : {}),
      });
      const opened = await this.readRound(tx, options.id, options.round);
      await this.tell(tx, options.id, at, { type: 'submitted', round: opened });
      return opened;
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
          updated_at: at,
        });
      if (count !== 1) {
        await this.requireHandover(tx, options.id);
        throw new ConflictError('There is no open round to withdraw');
      }
      await tx(ROUNDS)
        .where({ handover_id: options.id, number: options.round })
        .update({ status: 'withdrawn', closed_at: at });
      const withdrawn = await tx(SEATS)
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
      const round = await this.readRound(tx, options.id, options.round);
      await this.tell(tx, options.id, at, { type: 'withdrawn', round });
      return round;
    });
  }

  async decide(options: {
    id: string;
    round: number;
    role: string;
    decision: DecisionKind;
    comment?: string;
    sections?: SectionId[];
    expectedSnapshotHash?: string;
    conditions?: readonly ConditionInput[];
    followUpDays?: number;
    actor: string;
    onBehalfOf?: string;
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
        .update({ updated_at: at });
      if (moved !== 1) {
        await this.requireHandover(tx, options.id);
        throw new ConflictError(
          `Round ${options.round} is not open for decisions`,
        );
      }
      const status = options.decision === 'approve' ? 'approved' : 'rejected';
      // The decision is bound to the snapshot as it is stored at this moment.
      const snapshotHash = await this.roundSnapshotHash(
        tx,
        options.id,
        options.round,
      );
      if (
        options.expectedSnapshotHash !== undefined &&
        options.expectedSnapshotHash !== snapshotHash
      ) {
        throw new ConflictError(
          `The content of round ${options.round} has changed since your page was loaded; nothing was decided`,
        );
      }
      const { owner }: Pick<HandoverRow, 'owner'> = await tx(HANDOVERS)
        .where({ id: options.id })
        .first('owner');
      const selfApproved = owner === options.actor;
      if (options.onBehalfOf) {
        await assertStandsIn(tx, {
          person: options.onBehalfOf,
          deputy: options.actor,
          now: new Date(at),
        });
      }
      const decided = await tx(SEATS)
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
          sections: options.sections?.length
            ? JSON.stringify(options.sections)
            : null,
          snapshot_hash: snapshotHash ?? null,
          self_approved: selfApproved,
          ...(options.onBehalfOf ? { on_behalf_of: options.onBehalfOf } : {}),
        });
      if (decided !== 1) {
        const seat = await tx(SEATS)
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
        ...(options.sections?.length ? { sections: options.sections } : {}),
        ...(snapshotHash ? { snapshotHash } : {}),
        ...(selfApproved ? { selfApproved } : {}),
        ...(options.onBehalfOf ? { onBehalfOf: options.onBehalfOf } : {}),
      });
      const conditions = await insertConditions(tx, {
        handoverId: options.id,
        round: options.round,
        role: options.role,
        conditions: options.conditions ?? [],
        actor: options.actor,
        at,
      });
      for (const condition of conditions) {
        await this.addEvent(
          tx,
          options.id,
          at,
          options.actor,
          'condition_set',
          {
            conditionId: condition.id,
            round: condition.round,
            role: condition.role,
            text: condition.text,
            followUp: condition.followUp,
            due: condition.due,
          },
        );
      }

      // A round holds one seat per approver role: a handful of rows.
      const seats: Pick<SeatRow, 'status'>[] = await tx(SEATS)
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
        if (roundStatus === 'approved') {
          await this.startFollowUp(tx, {
            id: options.id,
            at,
            days: options.followUpDays,
            actor: options.actor,
          });
        }
      }
      const round = await this.readRound(tx, options.id, options.round);
      await this.tell(tx, options.id, at, {
        type: closed ? 'round_closed' : 'decided',
        round,
        decision: {
          role: options.role,
          decision: options.decision,
          ...(options.comment ? { comment: options.comment } : {}),
          ...(conditions.length ? { conditions } : {}),
        },
      });
      return { round, status: handoverStatus, closed };
    });
  }

  listConditions(options: { id: string }): Promise<Condition[]> {
    return listConditions(this.db, options.id);
  }

  getFollowUp(options: { id: string }): Promise<FollowUpRecord | undefined> {
    return readFollowUp(this.db, options.id);
  }

  followUpPhases(options: {
    ids: readonly string[];
  }): Promise<Map<string, FollowUpRecord['phase']>> {
    return followUpPhases(this.db, options.ids);
  }

  async confirmFollowUp(options: {
    id: string;
    as: readonly ('owner' | 'hemithjelp')[];
    met: readonly string[];
    actor: string;
  }): Promise<FollowUpRecord> {
    return this.changeFollowUp(options.id, async (tx, at, current) => {
      const met = [...new Set([...current.met, ...options.met])];
      await updateFollowUp(tx, {
        handoverId: options.id,
        changes: {
          met: JSON.stringify(met),
          ...(options.as.includes('owner')
            ? { owner_confirmed_by: options.actor, owner_confirmed_at: at }
            : {}),
          ...(options.as.includes('hemithjelp')
            ? {
                hemithjelp_confirmed_by: options.actor,
                hemithjelp_confirmed_at: at,
              }
            : {}),
        },
      });
      await this.addEvent(
        tx,
        options.id,
        at,
        options.actor,
        'follow_up_confirmed',
        { as: [...options.as], met },
      );
      return 'follow_up_confirmed';
    });
  }

  async handOver(options: {
    id: string;
    comment?: string;
    actor: string;
  }): Promise<FollowUpRecord> {
    return this.changeFollowUp(options.id, async (tx, at) => {
      await updateFollowUp(tx, {
        handoverId: options.id,
        changes: {
          phase: 'handed_over',
          handed_over_by: options.actor,
          handed_over_at: at,
        },
      });
      await this.addEvent(tx, options.id, at, options.actor, 'handed_over', {
        ...(options.comment ? { comment: options.comment } : {}),
      });
      return 'handed_over';
    });
  }

  async extendFollowUp(options: {
    id: string;
    expectedEndsOn: string;
    until: string;
    reason: string;
    actor: string;
  }): Promise<FollowUpRecord> {
    return this.changeFollowUp(options.id, async (tx, at, current) => {
      await updateFollowUp(tx, {
        handoverId: options.id,
        endsOn: options.expectedEndsOn,
        changes: {
          ends_on: options.until,
          extensions: JSON.stringify([
            ...current.extensions,
            {
              until: options.until,
              reason: options.reason,
              by: options.actor,
              at,
            },
          ]),
          // At the new end they are asked, and confirm, again.
          owner_confirmed_by: null,
          owner_confirmed_at: null,
          hemithjelp_confirmed_by: null,
          hemithjelp_confirmed_at: null,
          end_told_at: null,
        },
      });
      await this.addEvent(
        tx,
        options.id,
        at,
        options.actor,
        'follow_up_extended',
        { from: current.endsOn, until: options.until, reason: options.reason },
      );
      return 'follow_up_extended';
    });
  }

  /**
   * One change of a follow-up: the handover row is moved first (approved,
   * not deleted), then `change` writes the follow-up and its event, and
   * what it returns is told.
   */
  private async changeFollowUp(
    id: string,
    change: (
      tx: Knex.Transaction,
      at: string,
      current: FollowUpRecord,
    ) => Promise<'follow_up_confirmed' | 'handed_over' | 'follow_up_extended'>,
  ): Promise<FollowUpRecord> {
    return this.db.transaction(async tx => {
      const at = this.timestamp();
      const moved = await tx(HANDOVERS)
        .where({ id, status: 'approved' })
        .whereNull('deleted_at')
        .update({ updated_at: at });
      if (moved !== 1) {
        await this.requireHandover(tx, id);
        throw new ConflictError('The handover is not approved');
      }
      const current = await readFollowUp(tx, id);
      if (!current) {
        throw new ConflictError('The handover has no follow-up');
      }
      const type = await change(tx, at, current);
      await this.tell(tx, id, at, { type });
      return (await readFollowUp(tx, id))!;
    });
  }

  /**
   * The follow-up of a handover its last round just approved, started by
   * the decision that approved it (its history names that approver).
   */
  private async startFollowUp(
    tx: Knex.Transaction,
    options: { id: string; at: string; days?: number; actor: string },
  ): Promise<void> {
    const { id, at, days } = options;
    if (await readFollowUp(tx, id)) {
      return;
    }
    const { document }: Pick<HandoverRow, 'document'> = await tx(HANDOVERS)
      .where({ id })
      .first('document');
    const endsOn = followUpEndDate({
      document: JSON.parse(document),
      approvedAt: new Date(at),
      days,
    });
    await startFollowUp(tx, { handoverId: id, at, endsOn });
    await this.addEvent(tx, id, at, options.actor, 'follow_up_started', {
      endsOn,
    });
  }

  async closeCondition(options: {
    id: string;
    conditionId: string;
    comment: string;
    actor: string;
  }): Promise<Condition> {
    return this.db.transaction(async tx => {
      const at = this.timestamp();
      // Moving the handover row first keeps the history's chain in order
      // with any other change of the handover.
      const moved = await tx(HANDOVERS)
        .where({ id: options.id })
        .whereNull('deleted_at')
        .update({ updated_at: at });
      if (moved !== 1) {
        throw new NotFoundError(`No handover with id ${options.id}`);
      }
      const condition = await closeConditionRow(tx, {
        handoverId: options.id,
        conditionId: options.conditionId,
        comment: options.comment,
        actor: options.actor,
        at,
      });
      await this.addEvent(
        tx,
        options.id,
        at,
        options.actor,
        'condition_closed',
        {
          conditionId: condition.id,
          round: condition.round,
          role: condition.role,
          comment: options.comment,
        },
      );
      await this.tell(tx, options.id, at, {
        type: 'condition_closed',
        condition,
      });
      return condition;
    });
  }

  listPendingApprovals(options: {
    approvers: string[];
    limit: number;
    cursor?: string;
  }): Promise<{ items: ApprovalItem[]; nextCursor?: string }> {
    return this.queries.listPendingApprovals(options);
  }

  async deleteHandover(options: { id: string; actor: string }): Promise<void> {
    await this.db.transaction(async tx => {
      const at = this.timestamp();
      const count = await tx(HANDOVERS)
        .where({ id: options.id, status: 'draft' })
        .whereNull('deleted_at')
        .update({
          deleted_at: at,
          updated_at: at,
        });
      if (count !== 1) {
        const row = await this.requireHandover(tx, options.id);
        throw new ConflictError(
          `Only a draft can be deleted; the handover is ${row.status}`,
        );
      }
      await this.addEvent(tx, options.id, at, options.actor, 'deleted', {});
      await this.tell(tx, options.id, at, { type: 'deleted' });
    });
  }

  async discardHandover(options: {
    id: string;
    from: readonly HandoverStatus[];
    actor: string;
  }): Promise<HandoverRecord> {
    return this.db.transaction(async tx => {
      const at = this.timestamp();
      const count = await tx(HANDOVERS)
        .where({ id: options.id })
        .whereIn('status', [...options.from])
        .whereNull('deleted_at')
        .update({ status: 'discarded', updated_at: at });
      if (count !== 1) {
        const row = await this.requireHandover(tx, options.id);
        throw new ConflictError(
          `The handover is ${row.status} and cannot be discarded`,
        );
      }
      await this.addEvent(tx, options.id, at, options.actor, 'discarded', {});
      await this.tell(tx, options.id, at, { type: 'discarded' });
      return toHandoverRecord(await this.requireHandover(tx, options.id));
    });
  }

  countPendingApprovals(options: { approvers: string[] }): Promise<number> {
    return this.queries.countPendingApprovals(options);
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
      await this.tell(tx, options.id, at, {
        type: 'owner_changed',
        from: options.expectedOwner,
      });
      return toHandoverRecord(await this.requireHandover(tx, options.id));
    });
  }

  getPermissionResources(options: {
    ids: string[];
  }): Promise<
    ({ id: string; owner: string; approvers: string[] } | undefined)[]
  > {
    return this.queries.getPermissionResources(options);
  }

  listEvents(options: { id: string }): Promise<HandoverEvent[]> {
    return this.queries.listEvents(options);
  }

  getRevision(options: {
    id: string;
    revision: number;
  }): Promise<Record<string, unknown> | undefined> {
    return this.queries.getRevision(options);
  }

  async getDecisionTrail(options: { id: string }): Promise<DecisionTrail> {
    // One moment's view, so that a decision made meanwhile is either in both
    // the seats and the history or in neither. SQLite runs one transaction
    // at a time anyway.
    const isolation = this.db.client.config.client.includes('sqlite')
      ? undefined
      : { isolationLevel: 'repeatable read' as const };
    return this.db.transaction(async tx => {
      const [rounds, seats, events] = await Promise.all([
        tx<RoundRow>(ROUNDS)
          .where({ handover_id: options.id })
          .orderBy('number', 'asc'),
        tx<SeatRow>(SEATS)
          .where({ handover_id: options.id })
          .orderBy([
            { column: 'round', order: 'asc' },
            { column: 'role', order: 'asc' },
          ]),
        readEventChain(tx, options),
      ]);
      const snapshotHashes = new Map<number, string | undefined>();
      for (const round of rounds) {
        snapshotHashes.set(
          Number(round.number),
          await storedSnapshotHash(tx, {
            id: options.id,
            revision: Number(round.revision),
          }),
        );
      }
      return {
        rounds: rounds.map(round => toRound(round, seats)),
        events,
        snapshotHashes,
      };
    }, isolation);
  }

  findImportedItem(options: {
    sharePointId: number;
  }): Promise<KnownImportedItem | undefined> {
    return findImportedItem(this.db, options.sharePointId);
  }

  async createImportedHandover(options: {
    item: ImportedItem;
    actor: string;
  }): Promise<HandoverRecord> {
    return this.db.transaction(async tx =>
      toHandoverRecord(
        await insertImportedHandover(tx, {
          ...options,
          at: this.timestamp(),
          addEvent: this.addEvent.bind(this),
        }),
      ),
    );
  }

  async updateImportedHandover(options: {
    item: ImportedItem;
    known: KnownImportedItem;
    changedSections: string[];
    actor: string;
  }): Promise<HandoverRecord> {
    return this.db.transaction(async tx =>
      toHandoverRecord(
        await updateImportedHandover(tx, {
          ...options,
          at: this.timestamp(),
          addEvent: this.addEvent.bind(this),
        }),
      ),
    );
  }

  private async readRound(
    tx: Knex.Transaction,
    id: string,
    number: number,
  ): Promise<Round> {
    const [round, seats] = await Promise.all([
      tx<RoundRow>(ROUNDS).where({ handover_id: id, number }).first(),
      tx<SeatRow>(SEATS)
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
    if (row.status === 'discarded') {
      throw new ConflictError(
        'The handover is discarded and can no longer change',
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
    await appendEvent(tx, { handoverId, at, actor, type, data });
  }

  /**
   * Writes what the change is to tell people (notifications, signals) to the
   * outbox, in the change's transaction: told if and only if it commits.
   */
  private async tell(
    tx: Knex.Transaction,
    handoverId: string,
    at: string,
    facts: ChangeFacts,
  ): Promise<void> {
    await recordChange(tx, { handoverId, at, facts });
  }

  /** The hash of the snapshot round `number` decides on, as stored now. */
  private async roundSnapshotHash(
    tx: Knex.Transaction,
    id: string,
    number: number,
  ): Promise<string | undefined> {
    const round: Pick<RoundRow, 'revision'> | undefined = await tx(ROUNDS)
      .where({ handover_id: id, number })
      .first('revision');
    return round
      ? storedSnapshotHash(tx, { id, revision: Number(round.revision) })
      : undefined;
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}
