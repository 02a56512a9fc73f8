/**
 * The value at a dotted path of a document (`etablering.servere`, a number
 * for a row of a list); undefined where the document has nothing there.
 */
export function valueAtPath(document: unknown, path: string): unknown {
  let current = document;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
