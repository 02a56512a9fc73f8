import { valueAtPath } from './documentPaths';

/**
 * The answers of a value with every empty answer left out: an absent value,
 * null, empty text, an empty list and an object of empty answers all mean
 * that nothing was answered. Keys are sorted, so their order means nothing.
 */
function answers(value: unknown): unknown {
  if (value === null || value === undefined || value === '') {
    return undefined;
  }
  if (Array.isArray(value)) {
    // A row keeps its place even when empty: rows are told apart by position.
    const rows = value.map(row => answers(row) ?? null);
    return rows.length > 0 ? rows : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.keys(value as object)
      .sort()
      .map(key => [key, answers((value as Record<string, unknown>)[key])])
      .filter(([, answer]) => answer !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/**
 * The fields among `paths` whose answers differ between two versions of a
 * document, in the order of `paths`. A section id covers the whole section, a
 * dotted path that field and everything below it. Opening a section can make
 * a form write empty values the user never gave (an empty object, an empty
 * text); those are no change.
 *
 * @public
 */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  paths: readonly string[],
): string[] {
  return paths.filter(
    path =>
      JSON.stringify(answers(valueAtPath(before, path)) ?? null) !==
      JSON.stringify(answers(valueAtPath(after, path)) ?? null),
  );
}

/**
 * The sections of the form whose answers differ between two versions of a
 * document, so a save that only carries empty values changes no section.
 *
 * @public
 */
export function changedSections(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  sectionIds: readonly string[],
): string[] {
  return changedFields(before, after, sectionIds);
}
