import {
  couldBecomeAmount,
  formatAmount,
  parseAmount,
} from './norwegianNumber';

const nb = (text: string) => parseAmount(text, 'nb');
const en = (text: string) => parseAmount(text, 'en');
const number = (value: number) => ({ kind: 'number', value });
const invalid = { kind: 'invalid' };

describe('parseAmount in bokmål', () => {
  it('reads thousands separated by any kind of space and a decimal comma', () => {
    expect(nb('1 200,50')).toEqual(number(1200.5));
    expect(nb('1\u00a0200,50')).toEqual(number(1200.5));
    expect(nb('1\u2009200,50')).toEqual(number(1200.5));
    expect(nb('1\u202f200,50')).toEqual(number(1200.5));
    expect(nb(' 12 345 678 ')).toEqual(number(12345678));
    expect(nb('1200')).toEqual(number(1200));
    expect(nb('0,5')).toEqual(number(0.5));
    expect(nb('−1 200')).toEqual(number(-1200));
  });

  it('reads a decimal point with øre, as pasted from elsewhere', () => {
    expect(nb('1200.50')).toEqual(number(1200.5));
    expect(nb('99.9')).toEqual(number(99.9));
  });

  it('refuses what is no amount instead of storing another number', () => {
    for (const text of [
      '12,3,4',
      '1 20',
      '1 2000',
      '1.200',
      '1,200',
      '1 200,505',
      '12a',
      'tolv',
      '1e5',
      ',5',
      '1 200,50 kr',
    ]) {
      expect({ text, parsed: nb(text) }).toEqual({ text, parsed: invalid });
    }
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
      for (const language of ['nb', 'en']) {
        expect(parseAmount(formatAmount(value, language), language)).toEqual(
          number(value),
        );
      }
    }
  });
});
