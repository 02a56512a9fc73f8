import { createHash } from 'node:crypto';
import {
  FIXED_PATHS,
  getValueAtPath,
  Locale,
  SCHEMA_VERSION,
} from '@hemit/overlevering-form-schema';
import type {
  ImportedItem,
  KnownImportedItem,
} from '../database/HandoverStore';
import { importTexts } from './importTexts';
import type { MappedRow } from './mapRow';
import type { PersonResolution } from './people';

/** An item of the list as it will be stored, and what to tell the importer about it. @internal */
export interface PlannedItem {
  item: ImportedItem;
  /** What was imported with a reservation, in the locale: the row's `reason`. */
  notes: string[];
  /** That the importer becomes the owner, since the list names no creator the catalog knows. */
  ownerNote?: string;
}

/** A person of the history: the catalog user, or the name the list wrote. */
function personOf(person: PersonResolution | undefined) {
  if (!person) return undefined;
  return 'ref' in person ? { ref: person.ref } : { name: person.unresolved };
}

/** When and by whom, leaving out what the list did not say. */
function moment(at: string | undefined, by: PersonResolution | undefined) {
  const who = personOf(by);
  return { ...(at ? { at } : {}), ...(who ? { by: who } : {}) };
}

/** JSON with the keys of every object sorted, so equal content has one text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => Number(a > b) - Number(a < b));
    return `{${entries
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * How an item of the old list is stored as a handover.
 *
 * - The owner is the item's creator ("Opprettet av") when the catalog knows
 *   them, else the importer, and the note says so.
 * - The status is the list's, except that an item awaiting approval becomes
 *   a draft: approval happens in the portal, and a round whose seats nobody
 *   was asked in the portal could never close. Approved and rejected items
 *   keep their status without a round: nobody decided in the portal, and the
 *   history's `imported` event says where the decision was made.
 * - The item's own times are the handover's created and updated times, and
 *   the event keeps them with the people, a person the catalog does not know
 *   as the name the list wrote.
 * - The service is linked when the catalog has the form's service, of a
 *   kind a handover can be for.
 *
 * The fingerprint covers what the list says, not the importer or the time,
 * so the same item read again, from CSV or Excel, has the same fingerprint.
 *
 * @internal
 */
export function planImportedItem(
  row: MappedRow,
  options: {
    /** The user entity ref of the importer. */
    importer: string;
    /** The time of the import, for an item the list gives no times. */
    now: string;
    /**
     * The services the rows name that the catalog has, as a handover can be
     * for them: each as the form wrote it, to its full entity ref.
     */
    services: ReadonlyMap<string, string>;
    locale?: Locale;
  },
): PlannedItem {
  const texts = importTexts(options.locale);
  const notes = [...row.problems];
  const owner =
    row.createdBy && 'ref' in row.createdBy ? row.createdBy.ref : undefined;
  const ownerNote = owner
    ? undefined
    : texts.ownerIsImporter({
        creator:
          row.createdBy && 'unresolved' in row.createdBy
            ? row.createdBy.unresolved
            : undefined,
      });
  const status = row.status === 'in_review' ? 'draft' : row.status;
  if (row.status === 'in_review') {
    notes.push(texts.reviewImportedAsDraft);
  }
  const service = getValueAtPath(row.document, FIXED_PATHS.service);
  const entityRef =
    typeof service === 'string' ? options.services.get(service) : undefined;
  const event = {
    sharePointId: row.sharePointId,
    listStatus: row.status,
    created: moment(row.createdAt, row.createdBy),
    modified: moment(row.modifiedAt, row.modifiedBy),
  };
  const fingerprint = createHash('sha256')
    .update(
      canonicalJson({
        ...event,
        owner,
        entityRef,
        title: row.title,
        status,
        document: row.document,
      }),
    )
    .digest('hex');
  const createdAt = row.createdAt ?? options.now;
  return {
    item: {
      sharePointId: row.sharePointId,
      fingerprint,
      owner,
      entityRef,
      title: row.title,
      status,
      schemaVersion: SCHEMA_VERSION,
      document: row.document as Record<string, unknown>,
      createdAt,
      updatedAt: row.modifiedAt ?? createdAt,
      event,
    },
    notes,
    ...(ownerNote ? { ownerNote } : {}),
  };
}

/**
 * What an import does with an item, given what an earlier import stored:
 * create it; leave it when the list has not changed it; bring the change in
 * when the portal has not touched the handover since; else leave the
 * portal's work alone.
 *
 * @internal
 */
export function importDecision(
  known: KnownImportedItem | undefined,
  fingerprint: string,
): 'created' | 'unchanged' | 'updated' | 'changedInPortal' {
  if (!known) return 'created';
  if (known.fingerprint === fingerprint) return 'unchanged';
  const handover = known.handover;
  const untouched =
    handover !== undefined &&
    handover.revision === known.revision &&
    handover.updatedAt === known.updatedAt &&
    handover.currentRound === 0;
  return untouched ? 'updated' : 'changedInPortal';
}
