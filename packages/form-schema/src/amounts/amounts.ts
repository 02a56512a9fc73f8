import type { Locale } from '../types';

/**
 * What an amount written by a person or a spreadsheet reads as.
 *
 * @public
 */
export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid' };

// Spaces people and programs put between thousands: normal, no-break, thin
// and narrow no-break space.
const SPACES = /[\u0020\u00a0\u2009\u202f]+/g;
// Intl writes a negative number with the minus sign, not a hyphen.
const MINUS = /^[-\u2212]/;
// "kr 450", "450 kr", "8 400,50 NOK", "12 000,-": the currency said aloud.
const CURRENCY_BEFORE = /^(?:kr\.?|nok) ?/i;
const CURRENCY_AFTER = /(?: ?(?:kr\.?|nok)|[,.]-)$/i;

/**
 * Whole kroner — plain or grouped by threes — then at most two decimals
 * (øre). A mark followed by exactly three digits is never read as decimals,
 * so "1,200" is never taken as 1.2 where it could mean 1200.
 *
 * Bokmål: thousands by spaces, or by dots as spreadsheets write them
 * ("1.200,50"); the decimal comma; a decimal point with one or two decimals
 * is read too ("1200.50" pasted from elsewhere).
 * English: thousands by spaces or commas, the decimal point; a decimal
 * comma with one or two decimals is read too, when no comma groups the
 * thousands.
 */
const PATTERNS: Record<Locale, RegExp[]> = {
  nb: [
    /^(\d+|\d{1,3}(?: \d{3})+)(?:[,.](\d{1,2}))?$/,
    /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/,
  ],
  en: [
    /^(\d+|\d{1,3}(?:[ ,]\d{3})+)(?:\.(\d{1,2}))?$/,
    /^(\d+|\d{1,3}(?: \d{3})+),(\d{1,2})$/,
  ],
};

/**
 * Reads an amount in kroner as the language writes it. Text that is not a
 * number in that language is `invalid`, never a different number: the one
 * rule for the form's amount fields and for amounts imported from a list.
 *
 * @public
 */
export function parseAmount(text: string, locale: Locale): ParsedAmount {
  let normalized = text.trim().replace(SPACES, ' ');
  if (normalized === '') return { kind: 'empty' };
  normalized = normalized
    .replace(CURRENCY_BEFORE, '')
    .replace(CURRENCY_AFTER, '')
    .trim();
  const negative = MINUS.test(normalized);
  const unsigned = negative ? normalized.slice(1) : normalized;
  for (const pattern of PATTERNS[locale === 'en' ? 'en' : 'nb']) {
    const match = pattern.exec(unsigned);
    if (match) {
      const whole = match[1].replace(/[ ,.]/g, '');
      const value = Number(`${whole}.${match[2] ?? '0'}`);
      if (Number.isFinite(value)) {
        return { kind: 'number', value: negative ? -value : value };
      }
    }
  }
  return { kind: 'invalid' };
}

/**
 * Whether typing more could still make the text an amount ("1 2" on its way
 * to "1 200"), so a half-typed amount is not called wrong while it is typed.
 *
 * @public
 */
export function couldBecomeAmount(text: string, locale: Locale): boolean {
  return ['', '0', '00', '000'].some(
    more => parseAmount(text + more, locale).kind === 'number',
  );
}

/**
 * An amount as the language writes it: "1 200,50" in bokmål, "1,200.50" in
 * English; whole kroner without decimals ("240 000"). Never rounded: what is
 * shown is what is stored.
 *
 * @public
 */
export function formatAmount(value: number, locale: Locale): string {
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 10,
  }).format(value);
}
