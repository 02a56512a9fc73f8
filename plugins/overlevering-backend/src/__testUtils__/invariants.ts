/* eslint-disable jest/no-standalone-expect -- called from inside the tests */
import type { Knex } from 'knex';
import { readRevision } from '../database/revisionStorage';

/** An action raced against others. */
export type Action = 'save' | 'submit' | 'withdraw' | 'decide';
/** What became of one action: its HTTP status (or the status of its error). */
export interface Outcome {
  handoverId: string;
  action: Action;
  status: number;
  /** What a save sent, to compare with what was stored. */
  title?: string;
  revision?: number;
  role?: string;
}

/**
 * Reads the tables back and checks what must hold whatever the order was:
 * one open round at most, each seat decided at most once per round,
 * revisions 1..n without gaps and the document of the last successful save,
 * one history event per successful action.
 */
export async function expectInvariants(
  knex: Knex,
  outcomes: Outcome[],
  initiallySubmitted: Set<string>,
) {
  const ids = [...new Set(outcomes.map(o => o.handoverId))];
  const handovers = await knex('overlevering_handovers').whereIn('id', ids);
  const revisions = await knex('overlevering_revisions')
    .whereIn('handover_id', ids)
    .orderBy(['handover_id', 'revision']);
  const rounds = await knex('overlevering_rounds').whereIn('handover_id', ids);
  const seats = await knex('overlevering_assignments').whereIn(
    'handover_id',
    ids,
  );
  const events = await knex('overlevering_events')
    .whereIn('handover_id', ids)
    .orderBy('seq');

  for (const h of handovers) {
    const mine = {
      outcomes: outcomes.filter(o => o.handoverId === h.id),
      revisions: revisions.filter(r => r.handover_id === h.id),
      rounds: rounds.filter(r => r.handover_id === h.id),
      seats: seats.filter(s => s.handover_id === h.id),
      events: events
        .filter(e => e.handover_id === h.id)
        .map(e => ({ type: e.type, data: JSON.parse(e.data) })),
    };
    const won = (action: Action) =>
      mine.outcomes.filter(o => o.action === action && o.status < 300);
    const eventsOf = (type: string) => mine.events.filter(e => e.type === type);
    const context = `handover ${h.title}`;

    // At most one open round, and it is the current one of a handover in review.
    const open = mine.rounds.filter(r => r.status === 'open');
    expect({ context, open: open.length }).toEqual({
      context,
      open: h.status === 'in_review' ? 1 : 0,
    });
    if (open.length) {
      expect(Number(open[0].number)).toBe(Number(h.current_round));
    }

    // Each seat decided at most once per round, and a decided seat has its decider.
    const decided = eventsOf('decided').map(
      e => `${e.data.round}/${e.data.role}`,
    );
    expect(new Set(decided).size).toBe(decided.length);
    for (const seat of mine.seats) {
      const answered = seat.status === 'approved' || seat.status === 'rejected';
      expect(Boolean(seat.decided_by)).toBe(answered);
      expect(decided.includes(`${seat.round}/${seat.role}`)).toBe(answered);
    }
    // A round that is not open has no pending seat.
    for (const round of mine.rounds.filter(r => r.status !== 'open')) {
      expect(
        mine.seats.filter(
          s =>
            Number(s.round) === Number(round.number) && s.status === 'pending',
        ),
      ).toEqual([]);
    }

    // Revisions 1..n without gaps, n the handover's, and saved in order.
    expect(mine.revisions.map(r => Number(r.revision))).toEqual(
      Array.from({ length: Number(h.revision) }, (_, k) => k + 1),
    );
    const savedRevisions = eventsOf('saved').map(e => e.data.revision);
    expect(savedRevisions).toEqual(
      Array.from({ length: savedRevisions.length }, (_, k) => k + 2),
    );

    // The stored document is the last save that succeeded.
    const saves = won('save');
    if (saves.length) {
      const last = saves.reduce((a, b) => (a.revision! > b.revision! ? a : b));
      expect(JSON.parse(h.document).bestilling.tittel).toBe(last.title);
      expect(
        await readRevision(knex, { id: h.id, revision: Number(h.revision) }),
      ).toEqual(JSON.parse(h.document));
    }

    // One history event per successful action, and one round per submit
    // (the burst's own and the one that set the handover up).
    const setUp = initiallySubmitted.has(h.id) ? 1 : 0;
    expect(mine.rounds).toHaveLength(won('submit').length + setUp);
    expect(eventsOf('created')).toHaveLength(1);
    expect(eventsOf('saved')).toHaveLength(saves.length);
    expect(eventsOf('submitted')).toHaveLength(won('submit').length + setUp);
    expect(eventsOf('withdrawn')).toHaveLength(won('withdraw').length);
    expect(eventsOf('decided')).toHaveLength(won('decide').length);
    expect(eventsOf('round_closed')).toHaveLength(
      mine.rounds.filter(
        r => r.status === 'approved' || r.status === 'rejected',
      ).length,
    );

    // Submits and withdraws alternate: never two open rounds in a row.
    const flow = mine.events
      .filter(e => e.type === 'submitted' || e.type === 'withdrawn')
      .map(e => e.type);
    flow.forEach((type, k) =>
      expect(type).toBe(k % 2 === 0 ? 'submitted' : 'withdrawn'),
    );
  }
}
