/** What an amount typed by a person reads as. */
export type ParsedAmount =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'invalid' };

// Spaces people and programs put between thousands: normal, no-break,
// thin and narrow no-break space.
const SPACES = /[\u0020\u00a0\u2009\u202f]/g;
// Intl writes a negative number with the minus sign, not a hyphen.
const MINUS = /^[-\u2212]/;

/**
 * Grouped or plain whole kroner, then at most two decimals (øre). A mark
 * followed by exactly three digits is never read as decimals, so "1.200" or
 * "1,200" is never taken as 1.2 where it could mean 1200: such text is either
 * a thousands group the language uses or refused.
 *
 * Bokmål: thousands by spaces, decimal comma ("1 200,50"); a decimal point
 * with one or two decimals is read too ("1200.50" pasted from elsewhere).
 * English: thousands by spaces or commas, decimal point ("1,200.50"); a
 * decimal comma with one or two decimals is read too, when no comma groups
 * the thousands.
 */
const PATTERNS: Record<'nb' | 'en', RegExp[]> = {
  nb: [/^(\d+|\d{1,3}(?: \d{3})+)(?:[,.](\d{1,2}))?$/],
  en: [
    /^(\d+|\d{1,3}(?:[ ,]\d{3})+)(?:\.(\d{1,2}))?$/,
    /^(\d+|\d{1,3}(?: \d{3})+),(\d{1,2})$/,
  ],
};

/**
 * Reads an amount as a person types it in the user's language. Text that
 * is not a number in that language is `invalid`, never a different number.
 */
export function parseAmount(text: string, language: string): ParsedAmount {
  const normalized = text.trim().replace(SPACES, ' ');
  if (normalized === '') return { kind: 'empty' };
  const negative = MINUS.test(normalized);
  const unsigned = negative ? normalized.slice(1) : normalized;
  for (const pattern of PATTERNS[language === 'en' ? 'en' : 'nb']) {
    const match = pattern.exec(unsigned);
    if (match) {
      const whole = match[1].replace(/[ ,]/g, '');
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
 */
export function couldBecomeAmount(text: string, language: string): boolean {
  return ['', '0', '00', '000'].some(
    more => parseAmount(text + more, language).kind === 'number',
  );
}

/**
 * An amount as the user's locale writes it: "1 200,50" in bokmål,
 * "1,200.50" in English; whole kroner without decimals ("240 000"). Never
 * rounded: what is shown is what is stored.
 */
export function formatAmount(value: number, language: string): string {
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 10,
  }).format(value);
}
