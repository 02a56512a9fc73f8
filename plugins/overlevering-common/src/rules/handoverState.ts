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
