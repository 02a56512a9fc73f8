import type { HandoverEvent, HandoverEventType } from '../types';
import { historyStory } from './historyStory';

const KARI = 'user:default/kari.nordmann';
const OLA = 'user:default/ola.utvikler';
const PER = 'user:default/per.fag';

/** Builds events one after another, `minutes` after the handover began. */
class Story {
  readonly events: HandoverEvent[] = [];

  created(minutes: number, actor = KARI) {
    return this.add(minutes, actor, 'created');
  }

  saved(minutes: number, sections: string[], actor = KARI) {
    return this.add(minutes, actor, 'saved', { sections });
  }

  event(minutes: number, type: HandoverEventType, actor = KARI) {
    return this.add(minutes, actor, type, { round: 1 });
  }

  private add(
    minutes: number,
    actor: string,
    type: HandoverEventType,
    data: Record<string, unknown> = {},
  ) {
    this.events.push({
      id: `e${this.events.length + 1}`,
      at: new Date(Date.UTC(2026, 10, 28, 8, 0) + minutes * 60_000)
        .toISOString()
        .replace('.000', ''),
      actor,
      type,
      data,
    });
    return this;
  }
}

const story = () => new Story();

/** Each entry in a line: what, who and the sections or the event. */
function summary(events: HandoverEvent[]) {
  return historyStory(events).map(entry =>
    entry.kind === 'edit'
      ? `edit ${entry.actor.split('/')[1]} ${entry.from.slice(
          11,
          16,
        )}–${entry.to.slice(11, 16)} ${entry.sections.join(',')} (${
          entry.saves
        })`
      : `${entry.kind} ${entry.event.type}`,
  );
}

describe('historyStory', () => {
  it('merges the saves of one sitting into one entry with every section touched', () => {
    const { events } = story()
      .created(0)
      .saved(1, ['bestilling'])
      .saved(5, ['bestilling', 'designfase'])
      .saved(20, ['designfase'])
      .saved(45, ['driftskostnader']);
    expect(summary(events)).toEqual([
      'edit kari.nordmann 08:01–08:45 bestilling,designfase,driftskostnader (4)',
      'other created',
    ]);
  });

  it('starts a new sitting after a pause longer than half an hour', () => {
    const { events } = story()
      .saved(0, ['bestilling'])
      .saved(30, ['designfase'])
      .saved(61, ['etablering']);
    expect(summary(events)).toEqual([
      'edit kari.nordmann 09:01–09:01 etablering (1)',
      'edit kari.nordmann 08:00–08:30 bestilling,designfase (2)',
    ]);
  });

  it('keeps two people apart, and anything else that happens between ends a sitting', () => {
    const { events } = story()
      .saved(0, ['bestilling'])
      .saved(1, ['designfase'], OLA)
      .saved(2, ['bestilling'])
      .event(3, 'owner_changed')
      .saved(4, ['etablering']);
    expect(summary(events)).toEqual([
      'edit kari.nordmann 08:04–08:04 etablering (1)',
      'other owner_changed',
      'edit kari.nordmann 08:02–08:02 bestilling (1)',
      'edit ola.utvikler 08:01–08:01 designfase (1)',
      'edit kari.nordmann 08:00–08:00 bestilling (1)',
    ]);
  });

  it('keeps sending, decisions and rounds as their own entries, newest first', () => {
    const { events } = story()
      .created(0)
      .saved(1, ['bestilling'])
      .event(2, 'submitted')
      .event(10, 'decided', PER)
      .event(11, 'decided', OLA)
      .event(11, 'round_closed', OLA)
      .saved(12, ['designfase'])
      .event(13, 'submitted')
      .event(14, 'withdrawn');
    expect(summary(events)).toEqual([
      'approval withdrawn',
      'approval submitted',
      'edit kari.nordmann 08:12–08:12 designfase (1)',
      'approval round_closed',
      'approval decided',
      'approval decided',
      'approval submitted',
      'edit kari.nordmann 08:01–08:01 bestilling (1)',
      'other created',
    ]);
  });

  it('leaves out saves that changed nothing, without splitting the sitting around them', () => {
    const { events } = story()
      .saved(0, ['bestilling'])
      .saved(1, [])
      .saved(2, [], OLA)
      .saved(3, ['designfase'])
      .saved(4, []);
    expect(summary(events)).toEqual([
      'edit kari.nordmann 08:00–08:03 bestilling,designfase (2)',
    ]);
  });

  it('turns 53 saves of one afternoon into one entry', () => {
    const builder = story().created(0);
    const sections = ['bestilling', 'designfase', 'etablering'];
    for (let i = 0; i < 53; i++) {
      builder.saved(1 + i * 3, [sections[i % 3]]);
    }
    builder.event(200, 'submitted');
    expect(historyStory(builder.events)).toHaveLength(3);
  });
});
