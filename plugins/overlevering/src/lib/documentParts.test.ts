import { documentParts } from './documentParts';

describe('documentParts', () => {
  const document = {
    bestilling: { tittel: 'PACS' },
    etablering: { servere: 'app01', tilgangsroller: 'Les' },
    produksjonssetting: { kunnskapsartikler: 'KB-1' },
  };

  it('keeps the named fields and sections in their places, and nothing else', () => {
    expect(
      documentParts(document, ['etablering.servere', 'produksjonssetting']),
    ).toEqual({
      etablering: { servere: 'app01' },
      produksjonssetting: { kunnskapsartikler: 'KB-1' },
    });
  });

  it('leaves out parts the document has no answer for', () => {
    expect(documentParts(document, ['etablering.integrasjoner'])).toEqual({});
  });
});
