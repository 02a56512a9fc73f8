import complete from '../../examples/complete.json';
import { sectionProgress } from './sectionProgress';

describe('sectionProgress', () => {
  it('counts every field of the complete example as filled', () => {
    expect(sectionProgress(complete)).toEqual([
      { id: 'bestilling', filled: 8, total: 8 },
      { id: 'designfase', filled: 10, total: 10 },
      { id: 'etablering', filled: 12, total: 12 },
      { id: 'driftskostnader', filled: 2, total: 2 },
      { id: 'produksjonssetting', filled: 12, total: 12 },
    ]);
  });

  it('counts a list once when it has a row, and a yes/no by its answer', () => {
    const progress = sectionProgress({
      bestilling: { tittel: 'Timebok', beskrivelse: '  ' },
      driftskostnader: {
        kostnader: [{ belop: 1 }, { belop: 2 }],
        dekketIBudsjett: { forklaring: 'Avklares i januar' },
      },
      produksjonssetting: {
        varsling: { svar: false },
        fravik: [],
      },
    });
    expect(progress.map(p => [p.id, p.filled])).toEqual([
      ['bestilling', 1],
      ['designfase', 0],
      ['etablering', 0],
      ['driftskostnader', 1],
      ['produksjonssetting', 1],
    ]);
  });

  it('counts a stored version 1 document in its current shape', () => {
    const version1 = {
      bestilling: { leveringsdato: '2026-09-01' },
      produksjonssetting: { varslingEtablert: false },
    };
    expect(sectionProgress(version1).map(p => p.filled)).toEqual([
      1, 0, 0, 0, 1,
    ]);
  });

  it('counts anything that is not a document as empty', () => {
    for (const input of [undefined, null, 'x', [], { bestilling: 'x' }]) {
      expect(
        sectionProgress(input).every(p => p.filled === 0 && p.total > 0),
      ).toBe(true);
    }
  });
});
