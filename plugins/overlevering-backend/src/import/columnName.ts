/**
 * A column name or a value as it is compared: Unicode-normalised, without surrounding spaces,
 * inner runs of spaces (also non-breaking ones) as one space, in lower case. Exports differ in
 * exactly these ways from the names shown in SharePoint.
 *
 * @internal
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('nb');
}
