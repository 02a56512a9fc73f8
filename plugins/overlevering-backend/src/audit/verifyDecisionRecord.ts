import type {
  BrokenLink,
  DecisionRecord,
  Round,
  Seat,
} from '@hemit/plugin-overlevering-common';
import type { StoredEventLink } from '../database/eventChain';
import { eventHash } from './hashes';

/**
 * The decision record of a handover, checked against what is stored: the
 * hash chain of its history from the first event to the last, each round's
 * snapshot against the hash taken when the round opened, and each round and
 * seat against the history event that wrote it. A change made afterwards
 * (by anyone with access to the database) breaks one of these links; the
 * first one found is named.
 */
export function verifyDecisionRecord(options: {
  handoverId: string;
  events: readonly StoredEventLink[];
  rounds: readonly Round[];
  /** The hash of each round's snapshot as stored now, by round number. */
  snapshotHashes: ReadonlyMap<number, string | undefined>;
}): DecisionRecord {
  const { handoverId, events, rounds } = options;
  const brokenLink =
    brokenChain(handoverId, events) ??
    [...rounds]
      .sort((a, b) => a.number - b.number)
      .map(round =>
        brokenRound(round, options.snapshotHashes.get(round.number), events),
      )
      .find(link => link !== undefined);
  const head = events[events.length - 1]?.hash;
  return {
    handoverId,
    verified: brokenLink === undefined,
    ...(brokenLink ? { brokenLink } : {}),
    events: events.length,
    ...(head ? { chainHead: head } : {}),
    rounds: [...rounds],
  };
}

/** The first event that does not hold its place in the chain. */
function brokenChain(
  handoverId: string,
  events: readonly StoredEventLink[],
): BrokenLink | undefined {
  let previous: string | null = null;
  for (const event of events) {
    const at = { kind: 'event' as const, eventId: event.id, at: event.at };
    if (event.previousHash !== previous) {
      return {
        ...at,
        reason:
          'The event does not follow the event before it: an event was removed, added or moved',
      };
    }
    if (event.hash !== eventHash({ ...event, handoverId }, previous)) {
      return {
        ...at,
        reason: 'The content of the event no longer matches its hash',
      };
    }
    previous = event.hash;
  }
  return undefined;
}

interface EventData {
  round?: unknown;
  role?: unknown;
  revision?: unknown;
  snapshotHash?: unknown;
  decision?: unknown;
  comment?: unknown;
  sections?: unknown;
  seats?: unknown;
  onBehalfOf?: unknown;
}

const dataOf = (event: StoredEventLink): EventData =>
  typeof event.data === 'object' && event.data !== null
    ? (event.data as EventData)
    : {};

/** The last event of `type` about round `number` (and `role`, if given). */
function lastEvent(
  events: readonly StoredEventLink[],
  type: string,
  number: number,
  role?: string,
): StoredEventLink | undefined {
  return [...events]
    .reverse()
    .find(
      event =>
        event.type === type &&
        dataOf(event).round === number &&
        (role === undefined || dataOf(event).role === role),
    );
}

/** The first link of round `round` that does not hold. */
function brokenRound(
  round: Round,
  storedHash: string | undefined,
  events: readonly StoredEventLink[],
): BrokenLink | undefined {
  const snapshot = (reason: string): BrokenLink => ({
    kind: 'snapshot',
    round: round.number,
    reason,
  });
  if (!round.snapshotHash) {
    return snapshot('The round has no hash of its snapshot');
  }
  if (storedHash === undefined) {
    return snapshot('The snapshot of the round can no longer be read');
  }
  if (storedHash !== round.snapshotHash) {
    return snapshot(
      'The snapshot of the round no longer has the hash taken when the round opened',
    );
  }
  const submitted = lastEvent(events, 'submitted', round.number);
  if (!submitted) {
    return snapshot('No history event opened the round');
  }
  const opened = dataOf(submitted);
  if (
    opened.revision !== round.revision ||
    (opened.snapshotHash !== undefined &&
      opened.snapshotHash !== round.snapshotHash)
  ) {
    return snapshot(
      'The revision or snapshot hash of the round differs from the history event that opened it',
    );
  }
  const asked = new Map(
    (Array.isArray(opened.seats) ? opened.seats : []).map(
      (seat: { role?: unknown; approver?: unknown }) => [
        seat.role,
        seat.approver,
      ],
    ),
  );
  for (const seat of round.seats) {
    const broken = brokenSeat(round, seat, asked.get(seat.role), events);
    if (broken) return broken;
  }
  const decidedRoles = new Set(round.seats.map(seat => seat.role));
  const stray = events.find(
    event =>
      event.type === 'decided' &&
      dataOf(event).round === round.number &&
      !decidedRoles.has(String(dataOf(event).role)),
  );
  if (stray) {
    return {
      kind: 'decision',
      round: round.number,
      role: String(dataOf(stray).role),
      reason: 'The history has a decision for a seat the round does not have',
    };
  }
  return undefined;
}

/** Whether a seat agrees with the events that asked it and decided it. */
function brokenSeat(
  round: Round,
  seat: Seat,
  askedApprover: unknown,
  events: readonly StoredEventLink[],
): BrokenLink | undefined {
  const decision = (reason: string): BrokenLink => ({
    kind: 'decision',
    round: round.number,
    role: seat.role,
    reason,
  });
  if (askedApprover !== seat.approver) {
    return decision(
      'The seat is held by someone other than the history event that opened the round asked',
    );
  }
  const event = lastEvent(events, 'decided', round.number, seat.role);
  const answered = seat.status === 'approved' || seat.status === 'rejected';
  if (!answered) {
    return event
      ? decision('The seat shows no decision, but the history has one')
      : undefined;
  }
  if (!event) {
    return decision('The seat shows a decision the history does not have');
  }
  const data = dataOf(event);
  const agrees =
    data.decision === (seat.status === 'approved' ? 'approve' : 'reject') &&
    event.actor === seat.decidedBy &&
    event.at === seat.decidedAt &&
    (data.comment ?? undefined) === (seat.comment ?? undefined) &&
    (data.onBehalfOf ?? undefined) === (seat.onBehalfOf ?? undefined) &&
    JSON.stringify(data.sections ?? []) === JSON.stringify(seat.sections ?? []);
  if (!agrees) {
    return decision(
      'The decision, its decider, time, comment or sections differ from its history event',
    );
  }
  if (
    !seat.snapshotHash ||
    seat.snapshotHash !== round.snapshotHash ||
    (data.snapshotHash !== undefined && data.snapshotHash !== seat.snapshotHash)
  ) {
    return decision(
      'The decision is not bound to the snapshot of its round, or differs from its history event',
    );
  }
  return undefined;
}
