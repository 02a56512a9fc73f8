import complete from '../../examples/complete.json';
import { yearlyCostOfLine, yearlyCostTotal } from './yearlyCostTotal';

describe('yearlyCostTotal', () => {
  it('adds monthly lines times twelve and yearly lines, keeping one-off apart', () => {
    // 240 000 yearly + (6 500 + 3 000) × 12 monthly; 85 000 one-off.
    expect(yearlyCostTotal(complete)).toEqual({
      yearly: 354000,
      oneOff: 85000,
    });
  });

  it('skips lines it cannot place on a year, and handles øre without noise', () => {
    expect(
      yearlyCostTotal({
        driftskostnader: {
          kostnader: [
            { belop: 0.1, periode: 'maanedlig' },
            { belop: 0.2, periode: 'aarlig' },
            { belop: '100', periode: 'aarlig' },
            { belop: 100 },
            null,
          ],
        },
      }),
    ).toEqual({ yearly: 1.4, oneOff: 0 });
    expect(yearlyCostTotal({})).toEqual({ yearly: 0, oneOff: 0 });
    expect(yearlyCostTotal(null)).toEqual({ yearly: 0, oneOff: 0 });
  });
});

describe('yearlyCostOfLine', () => {
  it('counts a monthly line twelve times and a yearly line once', () => {
    expect(yearlyCostOfLine({ belop: 1200.5, periode: 'maanedlig' })).toBe(
      14406,
    );
    expect(yearlyCostOfLine({ belop: 0.1, periode: 'maanedlig' })).toBe(1.2);
    expect(yearlyCostOfLine({ belop: 240000, periode: 'aarlig' })).toBe(240000);
  });

  it('has no yearly figure for a one-off line or a line not yet placed on a year', () => {
    expect(
      yearlyCostOfLine({ belop: 85000, periode: 'engangs' }),
    ).toBeUndefined();
    // A new line: no period chosen yet.
    expect(yearlyCostOfLine({ belop: 500 })).toBeUndefined();
    // Text that is no number is never read as one.
    expect(
      yearlyCostOfLine({ belop: '12,3,4', periode: 'aarlig' }),
    ).toBeUndefined();
    expect(yearlyCostOfLine({})).toBeUndefined();
    expect(yearlyCostOfLine(null)).toBeUndefined();
  });
});
