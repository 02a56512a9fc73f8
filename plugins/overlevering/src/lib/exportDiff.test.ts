import { toMarkdown } from '@hemit/overlevering-form-schema';
import { changedFields } from './exportDiff';

describe('changedFields', () => {
  it('names each changed field of two real exports by section and label', () => {
    const before = toMarkdown({
      bestilling: { tittel: 'PACS', formal: 'Bilder' },
      etablering: { servere: 'Ikke avklart' },
    });
    const after = toMarkdown({
      bestilling: { tittel: 'PACS', formal: 'Bilder' },
      etablering: { servere: 'app01, db01' },
      produksjonssetting: { restanser: [{ beskrivelse: 'Backup-test' }] },
    });
    const changes = changedFields(before, after);
    expect(changes).toEqual([
      expect.objectContaining({
        section: 'Etablering av tjenesten',
        before: 'Ikke avklart',
        after: 'app01, db01',
      }),
      expect.objectContaining({
        section: 'Forberede produksjonssetting',
        before: '',
        after: expect.stringContaining('Backup-test'),
      }),
    ]);
    expect(changes[0].field).toMatch(/Server/);
  });

  it('finds nothing when the document is unchanged', () => {
    const doc = { bestilling: { tittel: 'PACS' } };
    expect(changedFields(toMarkdown(doc), toMarkdown(doc))).toEqual([]);
  });
});
