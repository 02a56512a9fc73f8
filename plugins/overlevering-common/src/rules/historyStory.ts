import type { HandoverEvent, HandoverEventType } from '../types';

/**
 * Saves further apart than this are two sittings: someone who comes back
 * after a break has started a new piece of work.
 *
 * @public
 */
export const SITTING_GAP_MINUTES = 30;

/**
 * What an entry of the history is about, for the history's filter:
 * `approval` for sending, decisions, closed and withdrawn rounds; `edit` for
 * the editing of the form; `other` for the rest (created, new owner,
 * deleted).
 *
 * @public
 */
export type HistoryKind = 'approval' | 'edit' | 'other';

/**
 * One sitting of editing: the saves of one person, with no longer pause than
 * {@link SITTING_GAP_MINUTES} and nothing else happening between them.
 *
 * @public
 */
export interface EditingSitting {
  kind: 'edit';
  /** The id of the sitting's last save, unique in the history. */
  id: string;
  actor: string;
  /** When the first save of the sitting was. */
  from: string;
  /** When the last save of the sitting was. */
  to: string;
  /** The sections the sitting changed, in the order they were first changed. */
  sections: string[];
  /** How many saves the sitting holds. */
  saves: number;
}

/** An event that stands as its own entry of the history. @public */
export interface HistoryMoment {
  kind: 'approval' | 'other';
  event: HandoverEvent;
}

/** @public */
export type HistoryEntry = EditingSitting | HistoryMoment;

const APPROVAL_EVENTS: ReadonlySet<HandoverEventType> = new Set([
  'submitted',
  'decided',
  'round_closed',
  'withdrawn',
  'condition_set',
  'condition_closed',
]);

/** The sections a save event changed; undefined when it does not say. */
function sectionsOf(event: HandoverEvent): string[] | undefined {
  const sections = (event.data as { sections?: unknown }).sections;
  return Array.isArray(sections) ? sections.map(String) : undefined;
}

/**
 * The history as people read it, newest first: the saves of one sitting
 * merged into one entry with the sections touched and the time span;
 * sending, decisions, closed and withdrawn rounds, and every other event
 * each their own entry. A save that changed no section (only looked at)
 * is left out; it also does not split a sitting.
 *
 * @param events - the handover's events in the order they happened, as
 *   `GET /handovers/{id}/history` returns them.
 * @public
 */
export function historyStory(
  events: readonly HandoverEvent[],
  options: { gapMinutes?: number } = {},
): HistoryEntry[] {
  const gapMs = (options.gapMinutes ?? SITTING_GAP_MINUTES) * 60_000;
  const entries: HistoryEntry[] = [];
  // The sitting that the next save may join; any other event ends it.
  let sitting: EditingSitting | undefined;
  for (const event of events) {
    if (event.type !== 'saved') {
      sitting = undefined;
      entries.push({
        kind: APPROVAL_EVENTS.has(event.type) ? 'approval' : 'other',
        event,
      });
      continue;
    }
    const sections = sectionsOf(event);
    if (sections && sections.length === 0) {
      continue;
    }
    const joins =
      sitting !== undefined &&
      sitting.actor === event.actor &&
      Date.parse(event.at) - Date.parse(sitting.to) <= gapMs;
    if (sitting && joins) {
      sitting.id = event.id;
      sitting.to = event.at;
      sitting.saves += 1;
      for (const section of sections ?? []) {
        if (!sitting.sections.includes(section)) sitting.sections.push(section);
      }
      continue;
    }
    sitting = {
      kind: 'edit',
      id: event.id,
      actor: event.actor,
      from: event.at,
      to: event.at,
      sections: [...(sections ?? [])],
      saves: 1,
    };
    entries.push(sitting);
  }
  return entries.reverse();
}

/** The id of an entry, unique in the history. @public */
export function historyEntryId(entry: HistoryEntry): string {
  return entry.kind === 'edit' ? entry.id : entry.event.id;
}

/** When an entry happened; for a sitting, when it ended. @public */
export function historyEntryTime(entry: HistoryEntry): string {
  return entry.kind === 'edit' ? entry.to : entry.event.at;
}
