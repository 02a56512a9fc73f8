import { parseEntityRef } from '@backstage/catalog-model';
import type { Seat } from '@hemit/plugin-overlevering-common';
import type { DecisionRecordTexts } from './decisionRecordTexts';

/** Whether a seat is held by a group rather than by one person. */
function heldByGroup(seat: Pick<Seat, 'approver'>): boolean {
  try {
    return (
      parseEntityRef(seat.approver).kind.toLocaleLowerCase('en') === 'group'
    );
  } catch {
    return false;
  }
}

/**
 * Who made a seat's decision, by name. For a seat a group holds, any member
 * may decide, so the record names the group the decision was made for as
 * well as the person who made it; a person seat a deputy decided while its
 * person was away names both; a seat the owner decided herself is marked so.
 * Empty while the seat waits.
 */
export function seatDecider(
  seat: Pick<Seat, 'approver' | 'decidedBy' | 'selfApproved' | 'onBehalfOf'>,
  options: {
    texts: Pick<
      DecisionRecordTexts,
      'onBehalfOf' | 'selfApproved' | 'asDeputyFor'
    >;
    /** A person's or group's name as the catalog gives it. */
    name: (ref: string) => string;
    /** Escapes a name for where it is written. */
    escape: (text: string) => string;
  },
): string {
  if (!seat.decidedBy) return '';
  const person = options.escape(options.name(seat.decidedBy));
  let decider = person;
  if (seat.onBehalfOf) {
    // A deputy decided while the seat's person was away: both are named.
    decider = options.texts.asDeputyFor({
      deputy: person,
      person: options.escape(options.name(seat.onBehalfOf)),
    });
  } else if (heldByGroup(seat)) {
    decider = options.texts.onBehalfOf({
      person,
      group: options.escape(options.name(seat.approver)),
    });
  }
  // Four eyes were two here: the record says so where the portal allowed it.
  return seat.selfApproved ? options.texts.selfApproved(decider) : decider;
}
