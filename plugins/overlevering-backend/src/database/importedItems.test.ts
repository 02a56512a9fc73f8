import { ConflictError } from '@backstage/errors';
import { SCHEMA_VERSION } from '@hemit/overlevering-form-schema';
import type { Knex } from 'knex';
import { dumpTables } from '../__testUtils__/tableDump';
import {
  createTestDatabases,
  databaseServiceFor,
} from '../__testUtils__/testDatabases';
import { DatabaseHandoverStore } from './DatabaseHandoverStore';
import type { ImportedItem } from './HandoverStore';

jest.setTimeout(180_000);

const ERIK = 'user:default/erik.drift';
const KARI = 'user:default/kari.nordmann';

function item(overrides: Partial<ImportedItem> = {}): ImportedItem {
  return {
    sharePointId: 12,
    fingerprint: 'a'.repeat(64),
    owner: KARI,
    title: 'Timebok',
    status: 'draft',
    schemaVersion: SCHEMA_VERSION,
    document: { bestilling: { tittel: 'Timebok' } },
    createdAt: '2023-01-03T08:15:00.000Z',
    updatedAt: '2023-03-20T13:02:37.000Z',
    event: { sharePointId: 12 },
    ...overrides,
  };
}

describe('the store of imported SharePoint items', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let store: DatabaseHandoverStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseHandoverStore.create({
        database: databaseServiceFor(knex),
      });
    });

    it('never leaves half a handover: an item imported twice at once is stored once', async () => {
      const created = await store.createImportedHandover({
        item: item(),
        actor: ERIK,
      });
      const before = await dumpTables(knex);
      // A second import that missed the first (they ran side by side) fails
      // on the item's ID after writing its handover, revision and event:
      // all of it is rolled back.
      const second = await store
        .createImportedHandover({
          item: item({ title: 'Timebok (kopi)' }),
          actor: ERIK,
        })
        .then(
          () => 'stored',
          () => 'refused',
        );
      expect(second).toBe('refused');
      expect(await dumpTables(knex)).toEqual(before);
      expect(await store.findImportedItem({ sharePointId: 12 })).toMatchObject({
        handoverId: created.id,
        revision: 1,
        handover: { title: 'Timebok' },
      });
    });

    it('updates only from what the last import wrote', async () => {
      const known = (await store.findImportedItem({ sharePointId: 12 }))!;
      const changed = item({
        fingerprint: 'b'.repeat(64),
        title: 'Timebok 2',
        owner: undefined,
        document: { bestilling: { tittel: 'Timebok 2' } },
      });
      const updated = await store.updateImportedHandover({
        item: changed,
        known,
        changedSections: ['bestilling'],
        actor: ERIK,
      });
      // The list names no creator the catalog knows: the owner stays.
      expect(updated).toMatchObject({
        title: 'Timebok 2',
        revision: 2,
        owner: KARI,
      });

      // Another import read the item before this update: refused, unchanged.
      const before = await dumpTables(knex);
      await expect(
        store.updateImportedHandover({
          item: item({ fingerprint: 'c'.repeat(64), title: 'Timebok 3' }),
          known,
          changedSections: ['bestilling'],
          actor: ERIK,
        }),
      ).rejects.toThrow(ConflictError);
      expect(await dumpTables(knex)).toEqual(before);
    });
  });
});
