import type {
  ApprovalItem,
  Condition,
  ConditionInput,
  FollowUp,
  DecisionKind,
  HandoverEvent,
  HandoverStatus,
  HandoverSummary,
  Round,
} from '@hemit/plugin-overlevering-common';
import type { SectionId } from '@hemit/overlevering-form-schema';
import type { StoredEventLink } from './eventChain';

/**
 * A handover as stored: the summary fields plus the document and the
 * counters that the compare-and-set guards use.
 *
 * @internal
 */
export interface HandoverRecord {
  id: string;
  owner: string;
  entityRef?: string;
  title: string;
  status: HandoverStatus;
  /** Revision of the document; every save adds one. */
  revision: number;
  /** Number of the latest round, 0 before the first submit. */
  currentRound: number;
  schemaVersion: number;
  document: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

/**
 * A filter on handovers, built from a conditional permission decision: the
 * query type of the handover permission rules.
 *
 * @public
 */
export type HandoverFilter =
  | { owner: string[] }
  | { seatHolder: string[] }
  /** Handovers with a condition one of these people follows up. */
  | { conditionFollowUp: string[] }
  | { allOf: HandoverFilter[] }
  | { anyOf: HandoverFilter[] }
  | { not: HandoverFilter };

/** @internal */
export interface ListHandoversOptions {
  owner?: string;
  entityRef?: string;
  status?: HandoverStatus;
  /** Case-insensitive substring of the title. */
  q?: string;
  limit: number;
  cursor?: string;
  filter?: HandoverFilter;
}

/** @internal */
export interface SeatToOpen {
  role: string;
  approver: string;
}

/** The stored rounds, history and snapshot hashes of a handover. @internal */
export interface DecisionTrail {
  rounds: Round[];
  events: StoredEventLink[];
  /** By round number. */
  snapshotHashes: Map<number, string | undefined>;
}

/**
 * The follow-up of an approved handover as stored (its exit criteria are
 * worked out by the service).
 *
 * @internal
 */
export type FollowUpRecord = Omit<FollowUp, 'criteria'>;

/** The outcome of a decision: the round after it, and the handover status. @internal */
export interface DecisionOutcome {
  round: Round;
  status: HandoverStatus;
  /** Set when this decision answered the last pending seat. */
  closed: boolean;
}

/**
 * An item of the old SharePoint list, ready to be stored as a handover.
 *
 * @internal
 */
export interface ImportedItem {
  /** The item's ID in the list: what a later import of the list matches on. */
  sharePointId: number;
  /** Of what the import read from the item: equal as long as the list did not change it. */
  fingerprint: string;
  /**
   * The delivery owner; undefined when the item's creator is not in the
   * catalog: a new handover then goes to the importer, an existing one keeps
   * its owner.
   */
  owner?: string;
  entityRef?: string;
  title: string;
  status: HandoverStatus;
  schemaVersion: number;
  document: Record<string, unknown>;
  /** The item's own times in the list, kept as the handover's. */
  createdAt: string;
  updatedAt: string;
  /** What the history's `imported` event tells, besides the revision. */
  event: Record<string, unknown>;
}

/**
 * An item imported before, with what the last import wrote and the handover
 * as it is now.
 *
 * @internal
 */
export interface KnownImportedItem {
  sharePointId: number;
  handoverId: string;
  fingerprint: string;
  /** The revision and update time the last import gave the handover. */
  revision: number;
  updatedAt: string;
  /** The handover now; undefined when it was deleted. */
  handover?: HandoverRecord;
}

/**
 * Where handovers live. Every mutation is one transaction, guarded by a
 * compare-and-set on the handover row, and writes its event to the history
 * and what it is to tell people to the outbox (see OutboxStore.ts);
 * a stale or impossible change throws ConflictError and changes nothing.
 *
 * @internal
 */
export interface HandoverStore {
  createHandover(options: {
    owner: string;
    entityRef?: string;
    title: string;
    schemaVersion: number;
    document: Record<string, unknown>;
  }): Promise<HandoverRecord>;

  /**
   * The handover with all its rounds and seats; undefined when absent or,
   * with `filter`, when the filter does not let it through.
   */
  getHandover(options: {
    id: string;
    filter?: HandoverFilter;
  }): Promise<{ handover: HandoverRecord; rounds: Round[] } | undefined>;

  /** Newest change first, keyset-paginated. */
  listHandovers(
    options: ListHandoversOptions,
  ): Promise<{ items: HandoverSummary[]; nextCursor?: string }>;

  /** Saves the document if `revision` is the current one and no round is open. */
  saveDocument(options: {
    id: string;
    revision: number;
    actor: string;
    title: string;
    schemaVersion: number;
    document: Record<string, unknown>;
    changedSections: string[];
  }): Promise<HandoverRecord>;

  /**
   * Confirms, as a save with no change, that `revision` is still the current
   * one and the document may be edited, without a new revision or event;
   * refuses as `saveDocument` would.
   */
  confirmRevision(options: {
    id: string;
    revision: number;
  }): Promise<HandoverRecord>;

  /**
   * Opens round `round` (which must be the next one) on `revision` with the
   * given seats, if the handover is still a draft or rejected at that
   * revision.
   */
  openRound(options: {
    id: string;
    revision: number;
    round: number;
    actor: string;
    message?: string;
    optionalRoles: string[];
    seats: SeatToOpen[];
  }): Promise<Round>;

  /** Withdraws the open round: pending seats become withdrawn, status draft. */
  withdrawRound(options: {
    id: string;
    round: number;
    actor: string;
  }): Promise<Round>;

  /** Decides one pending seat; closes the round when it was the last one. */
  decide(options: {
    id: string;
    round: number;
    role: string;
    decision: DecisionKind;
    comment?: string;
    /** The sections of the form a rejection points at. */
    sections?: SectionId[];
    /**
     * The snapshot hash the approver's page showed: the decision is refused
     * (ConflictError) when the stored snapshot no longer has it.
     */
    expectedSnapshotHash?: string;
    /** With an approval "med forbehold": its conditions, stored open. */
    conditions?: readonly ConditionInput[];
    /** How many days after the planned go-live the follow-up of an approval lasts. */
    followUpDays?: number;
    /**
     * The absent person a deputy decides for: refused unless the actor
     * stands in for them when the decision is written.
     */
    onBehalfOf?: string;
    actor: string;
  }): Promise<DecisionOutcome>;

  /** The conditions of a handover's approvals, in the order they were set. */
  listConditions(options: { id: string }): Promise<Condition[]>;

  /** The follow-up of an approved handover; none before approval. */
  getFollowUp(options: { id: string }): Promise<FollowUpRecord | undefined>;

  /** The follow-up phases of the listed handovers that have one, by id. */
  followUpPhases(options: {
    ids: readonly string[];
  }): Promise<Map<string, FollowUpRecord['phase']>>;

  /**
   * Records a confirmation of the follow-up, as owner and/or Hemithjelp,
   * with the exit criteria now met. ConflictError unless in follow-up.
   */
  confirmFollowUp(options: {
    id: string;
    as: readonly ('owner' | 'hemithjelp')[];
    met: readonly string[];
    actor: string;
  }): Promise<FollowUpRecord>;

  /** Closes the follow-up as handed over. ConflictError unless in follow-up. */
  handOver(options: {
    id: string;
    comment?: string;
    actor: string;
  }): Promise<FollowUpRecord>;

  /**
   * Moves the last day of the follow-up to `until`, with a reason; the
   * confirmations start over. ConflictError when it changed meanwhile.
   */
  extendFollowUp(options: {
    id: string;
    expectedEndsOn: string;
    until: string;
    reason: string;
    actor: string;
  }): Promise<FollowUpRecord>;

  /**
   * Closes an open condition with a comment and records it in the history.
   * NotFoundError when the handover has no such condition, ConflictError
   * when it is closed already.
   */
  closeCondition(options: {
    id: string;
    conditionId: string;
    comment: string;
    actor: string;
  }): Promise<Condition>;

  /**
   * One page of the pending seats held by any of `approvers`, oldest round
   * first; `nextCursor` when more follow.
   */
  listPendingApprovals(options: {
    approvers: string[];
    limit: number;
    cursor?: string;
  }): Promise<{ items: ApprovalItem[]; nextCursor?: string }>;

  /**
   * Soft-deletes a draft: it disappears from reads and lists, and its rows
   * and history stay.
   */
  deleteHandover(options: { id: string; actor: string }): Promise<void>;

  /**
   * Discards the handover if it is still in one of `from` (the statuses the
   * owner may discard from): it becomes `discarded` and stays readable with
   * its history.
   */
  discardHandover(options: {
    id: string;
    from: readonly HandoverStatus[];
    actor: string;
  }): Promise<HandoverRecord>;

  /** How many pending seats any of `approvers` hold. */
  countPendingApprovals(options: { approvers: string[] }): Promise<number>;

  /** Hands the handover to another owner, if `expectedOwner` still owns it. */
  changeOwner(options: {
    id: string;
    expectedOwner: string;
    owner: string;
    actor: string;
  }): Promise<HandoverRecord>;

  /**
   * Owner and seat holders of each handover, in the order of `ids`
   * (undefined where absent), for the permission framework, in two queries.
   */
  getPermissionResources(options: {
    ids: string[];
  }): Promise<
    ({ id: string; owner: string; approvers: string[] } | undefined)[]
  >;

  /** The history of a handover, oldest first. */
  listEvents(options: { id: string }): Promise<HandoverEvent[]>;

  /** A saved revision of the document; undefined when absent. */
  getRevision(options: {
    id: string;
    revision: number;
  }): Promise<Record<string, unknown> | undefined>;

  /**
   * What the decision record is checked against, read as of one moment:
   * every round and seat, the history with each event's hash links (oldest
   * first), and the hash of each round's snapshot as stored now (undefined
   * where it can no longer be read).
   */
  getDecisionTrail(options: { id: string }): Promise<DecisionTrail>;

  /** The item of the old SharePoint list imported with this ID, if any. */
  findImportedItem(options: {
    sharePointId: number;
  }): Promise<KnownImportedItem | undefined>;

  /**
   * Creates the handover of an item of the old list imported for the first
   * time, at revision 1, with an `imported` event instead of `created`.
   */
  createImportedHandover(options: {
    item: ImportedItem;
    actor: string;
  }): Promise<HandoverRecord>;

  /**
   * Brings an item the list changed in again, as the next revision with an
   * `imported` event, if neither the portal nor another import touched the
   * handover since `known`; otherwise ConflictError and nothing changes.
   */
  updateImportedHandover(options: {
    item: ImportedItem;
    known: KnownImportedItem;
    changedSections: string[];
    actor: string;
  }): Promise<HandoverRecord>;
}
