import { ConfigReader } from '@backstage/config';
import { readOutboxConfig } from './outboxConfig';

describe('readOutboxConfig', () => {
  it('gives up on a delivery after ten attempts unless configured', () => {
    expect(readOutboxConfig(new ConfigReader({}))).toEqual({ maxAttempts: 10 });
    expect(
      readOutboxConfig(
        new ConfigReader({ overlevering: { outbox: { maxAttempts: 3 } } }),
      ),
    ).toEqual({ maxAttempts: 3 });
  });

  it('stops the backend at startup on a count that is no whole number above 0', () => {
    for (const maxAttempts of [0, -1, 2.5]) {
      expect(() =>
        readOutboxConfig(
          new ConfigReader({ overlevering: { outbox: { maxAttempts } } }),
        ),
      ).toThrow('overlevering.outbox.maxAttempts');
    }
  });
});
