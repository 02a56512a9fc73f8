import { parseFormDate, parseInstant } from './dates';

describe('parseFormDate', () => {
  it.each([
    ['14.03.2023', '2023-03-14'],
    ['4.3.2023', '2023-03-04'],
    ['14.03.2023 00:00', '2023-03-14'],
    ['14.03.2023 23:59:59', '2023-03-14'],
    ['2023-03-14', '2023-03-14'],
    ['2023-03-14T00:00:00', '2023-03-14'],
    // An instant with a zone is on its date in Oslo: 23:00 UTC is midnight the next day there.
    ['2023-03-13T23:00:00Z', '2023-03-14'],
    ['2023-06-13T22:30:00.000Z', '2023-06-14'],
    ['2023-03-14T01:00:00+02:00', '2023-03-14'],
  ])('reads %s as %s', (text, date) => {
    expect(parseFormDate(text)).toBe(date);
  });

  it.each([
    '31.02.2024',
    '14.13.2023',
    '14.03.23',
    'neste uke',
    '2023-3-14',
    '',
  ])('refuses %j', text => {
    expect(parseFormDate(text)).toBeUndefined();
  });
});

describe('parseInstant', () => {
  it('reads a dd.mm.yyyy time as Oslo time, winter and summer', () => {
    expect(parseInstant('03.01.2023 09:15')).toBe('2023-01-03T08:15:00.000Z');
    expect(parseInstant('20.06.2023 14:02:37')).toBe(
      '2023-06-20T12:02:37.000Z',
    );
    expect(parseInstant('20.06.2023 kl. 14.02')).toBe(
      '2023-06-20T12:02:00.000Z',
    );
  });

  it('reads a date alone as midnight in Oslo', () => {
    expect(parseInstant('02.11.2023')).toBe('2023-11-01T23:00:00.000Z');
    expect(parseInstant('2022-04-20')).toBe('2022-04-19T22:00:00.000Z');
  });

  it('reads ISO times with a zone as they are, and without one as Oslo time', () => {
    expect(parseInstant('2022-03-01T08:30:00Z')).toBe(
      '2022-03-01T08:30:00.000Z',
    );
    expect(parseInstant('2022-08-10T09:05:00+02:00')).toBe(
      '2022-08-10T07:05:00.000Z',
    );
    expect(parseInstant('2022-10-01T10:00')).toBe('2022-10-01T08:00:00.000Z');
    expect(parseInstant('2022-05-04 12:00')).toBe('2022-05-04T10:00:00.000Z');
  });

  it('settles the nights summer time begins and ends', () => {
    // 26 March 2023: 02:00 became 03:00.
    expect(parseInstant('26.03.2023 01:30')).toBe('2023-03-26T00:30:00.000Z');
    expect(parseInstant('26.03.2023 03:30')).toBe('2023-03-26T01:30:00.000Z');
    expect(parseInstant('26.03.2023 02:30')).toBe('2023-03-26T01:30:00.000Z');
    // 29 October 2023: 03:00 became 02:00; 02:30 happened twice, first in summer time.
    expect(parseInstant('29.10.2023 02:30')).toBe('2023-10-29T00:30:00.000Z');
    expect(parseInstant('29.10.2023 03:30')).toBe('2023-10-29T02:30:00.000Z');
  });

  it('refuses what is no time', () => {
    expect(parseInstant('03.01.2023 25:00')).toBeUndefined();
    expect(parseInstant('i går')).toBeUndefined();
  });
});
