import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type {
  Seat,
  SeatStatus,
  HandoverEvent,
  HandoverEventType,
  HandoverStatus,
  HandoverSummary,
  Round,
  RoundStatus,
  RoundTally,
} from '@hemit/plugin-overlevering-common';
import type { HandoverRecord } from './HandoverStore';

// Row shapes of the tables in migrations/, and their mapping to the API
// types. Times are ISO-8601 strings in the database, so that SQLite and
// PostgreSQL sort and return them alike.

export const HANDOVERS = 'overlevering_handovers';
export const REVISIONS = 'overlevering_revisions';
export const ROUNDS = 'overlevering_rounds';
/** The seats of every round (the table keeps the name of its first migration). */
export const SEATS = 'overlevering_assignments';
export const EVENTS = 'overlevering_events';
export const DRAFT_KEYS = 'overlevering_draft_keys';
/** Each person's use of the limited actions (saves, new handovers). */
export const USAGE_LIMITS = 'overlevering_usage_limits';
/** The items of the old SharePoint list that were imported, and their handovers. */
export const SHAREPOINT_ITEMS = 'overlevering_sharepoint_items';
/** What committed changes are to tell people, until it is delivered. */
export const OUTBOX = 'overlevering_outbox';
/** The conditions of approvals "med forbehold". */
export const CONDITIONS = 'overlevering_conditions';
/** The follow-up of approved handovers. */
export const FOLLOW_UPS = 'overlevering_follow_ups';

/** Every table of the plugin, parents before children. */
export const ALL_TABLES = [
  HANDOVERS,
  REVISIONS,
  ROUNDS,
  SEATS,
  EVENTS,
  DRAFT_KEYS,
  USAGE_LIMITS,
  SHAREPOINT_ITEMS,
  OUTBOX,
  CONDITIONS,
  FOLLOW_UPS,
];

/** The knex migrations that create the tables above. */
export const MIGRATIONS_DIR = resolvePackagePath(
  '@hemit/plugin-overlevering-backend',
  'migrations',
);

export interface HandoverRow {
  id: string;
  owner: string;
  entity_ref: string | null;
  title: string;
  search_title: string;
  status: HandoverStatus;
  revision: number;
  current_round: number;
  schema_version: number;
  document: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/**
 * One revision of a document: either the whole document or the JSON Patch
 * from the revision before it (see documentDelta.ts), never both.
 */
export interface RevisionRow {
  handover_id: string;
  revision: number;
  document: string | null;
  patch: string | null;
  created_by: string;
  created_at: string;
}

export interface RoundRow {
  handover_id: string;
  number: number;
  status: RoundStatus;
  revision: number;
  submitted_by: string;
  submitted_at: string;
  closed_at: string | null;
  message: string | null;
  optional_roles: string;
  /** SHA-256 of the snapshot the round decides on; null only if unreadable. */
  snapshot_hash: string | null;
}

export interface SeatRow {
  handover_id: string;
  round: number;
  role: string;
  approver: string;
  status: SeatStatus;
  decided_by: string | null;
  decided_at: string | null;
  comment: string | null;
  /** JSON array of the section ids a rejection points at; null when none. */
  sections: string | null;
  submitted_at: string;
  /** SHA-256 of the snapshot the decision was made on; null until decided. */
  snapshot_hash: string | null;
  /** True when the owner of the handover decided the seat (0/1 on SQLite). */
  self_approved?: boolean | number;
  /** The absent person a deputy decided the seat for; null otherwise. */
  on_behalf_of?: string | null;
}

export interface SharePointItemRow {
  sharepoint_id: number;
  handover_id: string;
  fingerprint: string;
  handover_revision: number;
  handover_updated_at: string;
  imported_at: string;
  imported_by: string;
}

export interface EventRow {
  seq: number | string;
  id: string;
  handover_id: string;
  at: string;
  actor: string;
  type: HandoverEventType;
  data: string;
  /** The hash of the handover's event before; null for its first. */
  previous_hash: string | null;
  /** SHA-256 of this event's content and `previous_hash`. */
  hash: string | null;
}

/** The form of a title or a query that search compares. */
export function searchable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb');
}

export function toHandoverRecord(row: HandoverRow): HandoverRecord {
  return {
    id: row.id,
    owner: row.owner,
    ...(row.entity_ref ? { entityRef: row.entity_ref } : {}),
    title: row.title,
    status: row.status,
    revision: Number(row.revision),
    currentRound: Number(row.current_round),
    schemaVersion: Number(row.schema_version),
    document: JSON.parse(row.document),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toSummary(
  row: Omit<HandoverRow, 'document'>,
  currentRound?: RoundTally,
): HandoverSummary {
  return {
    id: row.id,
    title: row.title,
    ...(row.entity_ref ? { entityRef: row.entity_ref } : {}),
    owner: row.owner,
    status: row.status,
    revision: Number(row.revision),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(currentRound ? { currentRound } : {}),
  };
}

export function toSeat(row: SeatRow): Seat {
  return {
    role: row.role,
    approver: row.approver,
    status: row.status,
    ...(row.decided_by ? { decidedBy: row.decided_by } : {}),
    ...(row.decided_at ? { decidedAt: row.decided_at } : {}),
    ...(row.comment ? { comment: row.comment } : {}),
    ...(row.snapshot_hash ? { snapshotHash: row.snapshot_hash } : {}),
    ...(row.sections ? { sections: JSON.parse(row.sections) } : {}),
    ...(row.self_approved ? { selfApproved: true } : {}),
    ...(row.on_behalf_of ? { onBehalfOf: row.on_behalf_of } : {}),
  };
}

export function toRound(row: RoundRow, seats: SeatRow[]): Round {
  return {
    number: Number(row.number),
    status: row.status,
    revision: Number(row.revision),
    ...(row.snapshot_hash ? { snapshotHash: row.snapshot_hash } : {}),
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    ...(row.closed_at ? { closedAt: row.closed_at } : {}),
    ...(row.message ? { message: row.message } : {}),
    optionalRoles: JSON.parse(row.optional_roles),
    seats: seats
      .filter(a => Number(a.round) === Number(row.number))
      .map(toSeat),
  };
}

export function toEvent(row: EventRow): HandoverEvent {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    type: row.type,
    data: JSON.parse(row.data),
  };
}
