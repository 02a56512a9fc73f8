import fc from 'fast-check';
import { applyPatch, diffDocuments, jsonEqual } from './documentDelta';

describe('document deltas', () => {
  it('turn any document into any other', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (before, after) => {
        const patch = diffDocuments(before, after);
        expect(jsonEqual(applyPatch(before, patch), after)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('turn a document into an edited copy of itself, rows added and removed anywhere', () => {
    const row = fc.record({ navn: fc.string(), antall: fc.integer() });
    const document = fc.record({
      bestilling: fc.record({ tittel: fc.string(), beskrivelse: fc.string() }),
      rader: fc.array(row, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(
        document,
        fc.nat(8),
        fc.nat(8),
        row,
        fc.string(),
        (before, at, remove, added, title) => {
          const rader = [...before.rader];
          rader.splice(Math.min(at, rader.length), remove % 3, added);
          const after = {
            ...before,
            bestilling: { ...before.bestilling, tittel: title },
            rader,
          };
          const patch = diffDocuments(before, after);
          expect(applyPatch(before, patch)).toEqual(after);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('cost what changed: one row added in the middle of many is one operation', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ navn: `rad ${i}` }));
    const after = [...rows.slice(0, 100), { navn: 'ny' }, ...rows.slice(100)];
    expect(diffDocuments({ rader: rows }, { rader: after })).toEqual([
      { op: 'add', path: '/rader/100', value: { navn: 'ny' } },
    ]);
    expect(
      diffDocuments({ a: { b: 'x', c: 1 } }, { a: { b: 'y', c: 1 } }),
    ).toEqual([{ op: 'replace', path: '/a/b', value: 'y' }]);
    expect(diffDocuments({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('keeps keys that look like paths or prototypes as plain keys', () => {
    const before = JSON.parse('{"a/b":{"~c":1},"x":{}}');
    const after = JSON.parse(
      '{"a/b":{"~c":2},"x":{"__proto__":{"admin":true}}}',
    );
    const patched = applyPatch(before, diffDocuments(before, after)) as any;
    expect(JSON.stringify(patched)).toBe(JSON.stringify(after));
    expect(Object.keys(patched.x)).toEqual(['__proto__']);
    expect(patched.x.admin).toBeUndefined();
    expect(({} as any).admin).toBeUndefined();
    // The document the patch starts from is left as it was.
    expect(before).toEqual(JSON.parse('{"a/b":{"~c":1},"x":{}}'));
  });

  it('refuses a patch that does not fit the document', () => {
    expect(() =>
      applyPatch({ a: 1 }, [{ op: 'replace', path: '/b/c', value: 1 }]),
    ).toThrow('not in the document');
    expect(() => applyPatch([1], [{ op: 'remove', path: '/3' }])).toThrow(
      'not in the document',
    );
  });
});
