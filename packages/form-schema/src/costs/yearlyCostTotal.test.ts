import complete from '../../examples/complete.json';
import { yearlyCostTotal } from './yearlyCostTotal';

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
