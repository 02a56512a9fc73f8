/**
 * A number as a Norwegian list or spreadsheet writes it: `1 200,50`, `1.200,50`, `12 000,-`,
 * `kr 450`, `1200.50`. Spaces (also non-breaking ones) and dots between groups of three digits
 * separate thousands; a comma is the decimal sign. A lone dot that is not followed by exactly
 * three digits is a decimal point, as an English export writes it. `undefined` when the text
 * is no number.
 *
 * @internal
 */
export function parseNorwegianNumber(text: string): number | undefined {
  let s = text.replace(/[\s\u00a0\u202f]/g, '');
  s = s.replace(/^(kr\.?|nok)/i, '').replace(/(kr\.?|nok)$/i, '');
  s = s.replace(/[,.]-$/, '');
  let sign = 1;
  if (/^[-\u2212]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  }
  let plain: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) {
    plain = s.replace(/\./g, '').replace(',', '.');
  } else if (/^\d+(,\d+)?$/.test(s) || /^\d+\.\d+$/.test(s)) {
    plain = s.replace(',', '.');
  } else {
    return undefined;
  }
  return sign * Number(plain);
}
