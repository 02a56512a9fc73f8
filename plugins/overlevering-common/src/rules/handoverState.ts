import type { HandoverStatus } from '../types';

/**
 * The statuses in which the owner may edit the document and send it for
 * approval: a draft, or a handover whose last round was rejected. While a
 * round is open the document is read-only, and an approved handover is final.
 *
 * @public
 */
export const EDITABLE_STATUSES: readonly HandoverStatus[] = [
  'draft',
  'rejected',
];

/** @public */
export function isEditable(status: HandoverStatus | undefined): boolean {
  return status !== undefined && EDITABLE_STATUSES.includes(status);
}

/** The owner may withdraw only an open round. @public */
export function canWithdraw(status: HandoverStatus | undefined): boolean {
  return status === 'in_review';
}

/**
 * The statuses from which the owner may discard a handover: whatever they
 * may still edit. A rejected handover is back in the owner's hands just as a
 * draft is; without this, a delivery abandoned after a rejection would stay
 * "Avslått — må rettes" for good. A handover in review must be withdrawn
 * first, so no approver is left deciding on something given up; an approved
 * one is final.
 *
 * @public
 */
export const DISCARDABLE_STATUSES: readonly HandoverStatus[] =
  EDITABLE_STATUSES;

/** Whether the owner may discard a handover in this status. @public */
export function canDiscard(status: HandoverStatus | undefined): boolean {
  return status !== undefined && DISCARDABLE_STATUSES.includes(status);
}

/**
 * The statuses the lists leave out unless a filter asks for them: a
 * discarded handover is kept with its history, but is no longer work.
 *
 * @public
 */
export const STATUSES_LISTED_ONLY_ON_REQUEST: readonly HandoverStatus[] = [
  'discarded',
];
