import { ConflictError } from '@backstage/errors';
import type { HandoverEventType } from '@hemit/plugin-overlevering-common';
import type { Knex } from 'knex';
import { v4 as uuid } from 'uuid';
import type { ImportedItem, KnownImportedItem } from './HandoverStore';
import { writeFirstRevision, writeSavedRevision } from './revisionStorage';
import {
  HANDOVERS,
  HandoverRow,
  searchable,
  SHAREPOINT_ITEMS,
  SharePointItemRow,
  toHandoverRecord,
} from './rows';

// The handovers imported from the old SharePoint list, and the table that
// ties each to its item in the list. The store runs these inside its own
// transactions and writes the history through its own event writer.

/** Writes one event of a handover's history in the transaction. */
export type EventWriter = (
  tx: Knex.Transaction,
  handoverId: string,
  at: string,
  actor: string,
  type: HandoverEventType,
  data: Record<string, unknown>,
) => Promise<void>;

/** The item imported with `sharePointId`, and its handover as it is now. */
export async function findImportedItem(
  db: Knex,
  sharePointId: number,
): Promise<KnownImportedItem | undefined> {
  const item = await db<SharePointItemRow>(SHAREPOINT_ITEMS)
    .where({ sharepoint_id: sharePointId })
    .first();
  if (!item) {
    return undefined;
  }
  const handover = await db<HandoverRow>(HANDOVERS)
    .where({ id: item.handover_id })
    .whereNull('deleted_at')
    .first();
  return {
    sharePointId,
    handoverId: item.handover_id,
    fingerprint: item.fingerprint,
    revision: Number(item.handover_revision),
    updatedAt: item.handover_updated_at,
    ...(handover ? { handover: toHandoverRecord(handover) } : {}),
  };
}

/** Creates the handover of an item imported for the first time. */
export async function insertImportedHandover(
  tx: Knex.Transaction,
  options: {
    item: ImportedItem;
    actor: string;
    at: string;
    addEvent: EventWriter;
  },
): Promise<HandoverRow> {
  const { item, actor, at } = options;
  const row: HandoverRow = {
    id: uuid(),
    owner: item.owner ?? actor,
    entity_ref: item.entityRef ?? null,
    title: item.title,
    search_title: searchable(item.title),
    status: item.status,
    revision: 1,
    current_round: 0,
    schema_version: item.schemaVersion,
    document: JSON.stringify(item.document),
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    deleted_at: null,
  };
  await tx(HANDOVERS).insert(row);
  await writeFirstRevision(tx, {
    id: row.id,
    document: row.document,
    actor,
    at,
  });
  await options.addEvent(tx, row.id, at, actor, 'imported', {
    ...item.event,
    revision: 1,
  });
  const link: SharePointItemRow = {
    sharepoint_id: item.sharePointId,
    handover_id: row.id,
    fingerprint: item.fingerprint,
    handover_revision: 1,
    handover_updated_at: row.updated_at,
    imported_at: at,
    imported_by: actor,
  };
  await tx(SHAREPOINT_ITEMS).insert(link);
  return row;
}

/**
 * Writes a changed item over its handover as the next revision, guarded by
 * what the last import wrote: any change in the portal since (a save, a
 * round, a new owner, a discard or delete) moved the handover's revision or
 * update time, and another import moved the item's fingerprint.
 */
export async function updateImportedHandover(
  tx: Knex.Transaction,
  options: {
    item: ImportedItem;
    known: KnownImportedItem;
    changedSections: string[];
    actor: string;
    at: string;
    addEvent: EventWriter;
  },
): Promise<HandoverRow> {
  const { item, known, actor, at } = options;
  const revision = known.revision + 1;
  const document = JSON.stringify(item.document);
  // The revision the import writes over, as stored: the new one is kept as
  // the change from it.
  const previous = await tx<HandoverRow>(HANDOVERS)
    .where({ id: known.handoverId })
    .first('document');
  const moved = await tx(HANDOVERS)
    .where({
      id: known.handoverId,
      revision: known.revision,
      updated_at: known.updatedAt,
      current_round: 0,
    })
    .whereNull('deleted_at')
    .update({
      ...(item.owner ? { owner: item.owner } : {}),
      entity_ref: item.entityRef ?? null,
      title: item.title,
      search_title: searchable(item.title),
      status: item.status,
      revision,
      schema_version: item.schemaVersion,
      document,
      updated_at: item.updatedAt,
    });
  const relinked = await tx(SHAREPOINT_ITEMS)
    .where({
      sharepoint_id: known.sharePointId,
      fingerprint: known.fingerprint,
    })
    .update({
      fingerprint: item.fingerprint,
      handover_revision: revision,
      handover_updated_at: item.updatedAt,
      imported_at: at,
      imported_by: actor,
    });
  if (moved !== 1 || relinked !== 1) {
    throw new ConflictError(
      `Handover ${known.handoverId} changed after SharePoint item ${known.sharePointId} was last imported`,
    );
  }
  await writeSavedRevision(tx, {
    id: known.handoverId,
    revision,
    previous: previous!.document,
    document,
    actor,
    at,
  });
  await options.addEvent(tx, known.handoverId, at, actor, 'imported', {
    ...item.event,
    revision,
    sections: options.changedSections,
  });
  return (await tx<HandoverRow>(HANDOVERS)
    .where({ id: known.handoverId })
    .first())!;
}
