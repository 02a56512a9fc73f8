import { getField } from '../schema/fields';
import { fieldText, getTexts } from '../texts';
import { Locale } from '../types';

/**
 * How an error message names the field at a dotted path, in the given language:
 * `«Tittel»`, `«Beløp (NOK)» i «Kostnadslinjer», rad 2`, `«Er varsling satt opp?» (Svar)`.
 */
export function fieldLabel(path: string, locale: Locale): string {
  const { common } = getTexts(locale);
  if (path === '') return common.document;
  if (path === 'schemaVersion') return common.quote(common.schemaVersion);
  const segments = path.split('.');
  const rowAt = segments.findIndex(segment => /^\d+$/.test(segment));
  if (rowAt > 0) {
    const listPath = segments.slice(0, rowAt).join('.');
    const row = Number(segments[rowAt]) + 1;
    const listTitle = fieldText(locale, listPath).title;
    const rest = segments.slice(rowAt + 1);
    if (rest.length === 0)
      return `${common.quote(listTitle)}, ${common.row(row)}`;
    const columnTitle = fieldText(locale, `${listPath}.${rest[0]}`).title;
    return common.inRows(columnTitle, listTitle, row);
  }
  const last = segments[segments.length - 1];
  const parentPath = segments.slice(0, -1).join('.');
  if (
    (last === 'svar' || last === 'forklaring') &&
    getField(parentPath)?.kind === 'yesNo'
  ) {
    const part = last === 'svar' ? common.answer : common.explanation;
    return `${common.quote(fieldText(locale, parentPath).title)} (${part})`;
  }
  return common.quote(fieldText(locale, path).title);
}
