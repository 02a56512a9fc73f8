/**
 * The status of a handover, as "Mine overleveringer" shows it.
 *
 * @public
 */
export type HandoverStatus = 'draft' | 'in_review' | 'rejected' | 'approved';

/** @public */
export type RoundStatus = 'open' | 'approved' | 'rejected' | 'withdrawn';

/** @public */
export type AssignmentStatus =
  | 'pending'
  | 'approved'
  | 'rejected'
  | 'withdrawn';

/** @public */
export type DecisionKind = 'approve' | 'reject';

/**
 * A named seat that must approve a handover.
 *
 * `group` is a group entity ref whose members hold the seat; `field` is a
 * dotted path in the document that holds a user entity ref.
 *
 * @public
 */
export interface ApproverRole {
  id: string;
  title: string;
  kind: 'fixed' | 'optional';
  group?: string;
  field?: string;
}

/** @public */
export interface RoundTally {
  number: number;
  status: RoundStatus;
  pending: number;
  approved: number;
  rejected: number;
}

/** @public */
export interface HandoverSummary {
  id: string;
  title: string;
  /** The linked catalog entity (the service). */
  entityRef?: string;
  /** User entity ref of the delivery owner. */
  owner: string;
  status: HandoverStatus;
  revision: number;
  createdAt: string;
  updatedAt: string;
  currentRound?: RoundTally;
}

/** @public */
export interface Assignment {
  role: string;
  /** User or group entity ref holding the seat. */
  approver: string;
  status: AssignmentStatus;
  decidedBy?: string;
  decidedAt?: string;
  comment?: string;
}

/** @public */
export interface Round {
  number: number;
  status: RoundStatus;
  /** The revision of the document this round decides on. */
  revision: number;
  submittedBy: string;
  submittedAt: string;
  closedAt?: string;
  message?: string;
  optionalRoles: string[];
  assignments: Assignment[];
}

/** @public */
export interface Handover extends HandoverSummary {
  document: Record<string, unknown>;
  rounds: Round[];
}

/** @public */
export interface ApprovalItem {
  handover: HandoverSummary;
  round: number;
  role: string;
  approver: string;
  submittedAt: string;
}

/** @public */
export interface HandoverEvent {
  id: string;
  at: string;
  actor: string;
  type: HandoverEventType;
  data: Record<string, unknown>;
}

/** @public */
export type HandoverEventType =
  | 'created'
  | 'saved'
  | 'submitted'
  | 'decided'
  | 'round_closed'
  | 'withdrawn'
  | 'owner_changed'
  | 'deleted';

/** The answer of `GET /form`. @public */
export interface FormResponse {
  schemaVersion: number;
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  requiredOnSubmit: string[];
  approverRoles: ApproverRole[];
}

/** The answer of `GET /handovers`. @public */
export interface HandoverPage {
  items: HandoverSummary[];
  nextCursor?: string;
}

/** @public */
export interface HandoverListQuery {
  /** `me` lists the caller's own handovers. */
  owner?: 'me' | string;
  entityRef?: string;
  status?: HandoverStatus;
  q?: string;
  limit?: number;
  cursor?: string;
}

/** @public */
export interface CreateHandoverRequest {
  entityRef?: string;
  document?: Record<string, unknown>;
}

/** @public */
export interface SaveDocumentRequest {
  revision: number;
  document: Record<string, unknown>;
}

/** @public */
export interface SubmitRequest {
  revision: number;
  optionalRoles: string[];
  message?: string;
}

/** @public */
export interface DecisionRequest {
  role: string;
  decision: DecisionKind;
  comment?: string;
}

/**
 * The answer of `GET /handovers/:id/rounds/:number/snapshot`: the document
 * exactly as round `round` was asked to decide on it.
 *
 * @public
 */
export interface RoundSnapshot {
  round: number;
  /** The document revision the round decides on. */
  revision: number;
  document: Record<string, unknown>;
}

/** The body of `PUT /handovers/:id/owner`. @public */
export interface ChangeOwnerRequest {
  /** User entity ref of the new owner. */
  owner: string;
}
