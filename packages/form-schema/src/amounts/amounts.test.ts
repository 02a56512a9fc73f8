import { couldBecomeAmount, formatAmount, parseAmount } from './amounts';

const nb = (text: string) => parseAmount(text, 'nb');
const en = (text: string) => parseAmount(text, 'en');
const number = (value: number) => ({ kind: 'number', value });
const invalid = { kind: 'invalid' };

describe('parseAmount in bokmål', () => {
  it.each([
    ['1 200,50', 1200.5],
    ['1\u00a0200,50', 1200.5],
    ['1\u2009200,50', 1200.5],
    ['1\u202f200\u202f000', 1200000],
    [' 12 345 678 ', 12345678],
    ['1200', 1200],
    ['0,5', 0.5],
    ['250000,5', 250000.5],
    ['−1 200', -1200],
    ['-1 000', -1000],
    // Pasted from elsewhere: a decimal point with øre.
    ['1200.50', 1200.5],
    ['99.9', 99.9],
    // As a Norwegian spreadsheet or list writes amounts.
    ['1.200,50', 1200.5],
    ['3.450', 3450],
    ['12 000,-', 12000],
    ['kr 450', 450],
    ['450 kr', 450],
    ['8 400,50 NOK', 8400.5],
  ])('reads %j as %d', (text, value) => {
    expect(nb(text)).toEqual(number(value));
  });

  it.each([
    '12,3,4',
    '1 20',
    '1 2000',
    '1,200',
    '1 200,505',
    '1.20.000',
    '12a',
    'tolv',
    'tolv tusen',
    '1e5',
    ',5',
    'kr',
    '12,5%',
  ])('refuses %j instead of storing another number', text => {
    expect(nb(text)).toEqual(invalid);
  });

  it('reads blank text as no amount', () => {
    expect(nb('')).toEqual({ kind: 'empty' });
    expect(nb('  ')).toEqual({ kind: 'empty' });
  });
});

describe('parseAmount in English', () => {
  it('reads thousands by commas or spaces and a decimal point', () => {
    expect(en('1,200.50')).toEqual(number(1200.5));
    expect(en('1 200.50')).toEqual(number(1200.5));
    expect(en('1,200')).toEqual(number(1200));
    // A Norwegian habit with øre cannot be read as anything else.
    expect(en('1 200,50')).toEqual(number(1200.5));
  });

  it('refuses what could be read two ways or not at all', () => {
    for (const text of ['12,3,4', '1.200', '1,200,50', '1,20,000']) {
      expect({ text, parsed: en(text) }).toEqual({ text, parsed: invalid });
    }
  });
});

describe('couldBecomeAmount', () => {
  it('lets an amount be typed key by key without calling it wrong', () => {
    for (const text of ['1 2', '1 20', '1 200,', '-', '1 200,5']) {
      expect({ text, ok: couldBecomeAmount(text, 'nb') }).toEqual({
        text,
        ok: true,
      });
    }
    for (const text of ['12,3,4', '1 2000', 'abc', '1 200,505']) {
      expect({ text, ok: couldBecomeAmount(text, 'nb') }).toEqual({
        text,
        ok: false,
      });
    }
  });
});

describe('formatAmount', () => {
  it('writes amounts as the language does, reading back to the same number', () => {
    expect(formatAmount(1200.5, 'nb')).toMatch(/^1\s200,50$/);
    expect(formatAmount(240000, 'nb')).toMatch(/^240\s000$/);
    expect(formatAmount(1200.5, 'en')).toBe('1,200.50');
    for (const value of [1200.5, 240000, 0.05, -1200, 1234567.89]) {
      for (const locale of ['nb', 'en'] as const) {
        expect(parseAmount(formatAmount(value, locale), locale)).toEqual(
          number(value),
        );
      }
    }
  });
});
