import { ConfigReader } from '@backstage/config';
import { readUsageLimits } from './limitsConfig';

const read = (limits: object) =>
  readUsageLimits(new ConfigReader({ limits }).getOptionalConfig('limits'));

describe('readUsageLimits', () => {
  it('gives a save a second with a burst of twenty, and thirty new handovers an hour, without config', () => {
    expect(readUsageLimits(undefined)).toEqual({
      saves: { count: 60, periodMs: 60_000, burst: 20 },
      creates: { count: 30, periodMs: 3_600_000, burst: 10 },
    });
  });

  it('reads a count per duration and a burst, and keeps the defaults of what is left out', () => {
    expect(
      read({ saves: { count: 120, per: '2 minutes', burst: 40 } }),
    ).toEqual({
      saves: { count: 120, periodMs: 120_000, burst: 40 },
      creates: { count: 30, periodMs: 3_600_000, burst: 10 },
    });
    expect(read({ creates: { count: 5, per: { hours: 24 } } }).creates).toEqual(
      { count: 5, periodMs: 86_400_000, burst: 5 },
    );
  });

  it('refuses a limit that makes no sense at startup', () => {
    expect(() => read({ saves: { count: 0 } })).toThrow(
      'overlevering.limits.saves.count: must be a whole number of at least 1, got 0',
    );
    expect(() => read({ creates: { burst: 2.5 } })).toThrow(
      'overlevering.limits.creates.burst',
    );
    expect(() => read({ saves: { per: 'soon' } })).toThrow(/per/);
  });
});
