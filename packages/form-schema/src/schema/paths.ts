/**
 * Document paths that are part of the API contract: other tools read them, and the approver
 * seats that come from the form are resolved from them.
 *
 * @public
 */
export const FIXED_PATHS = Object.freeze({
  title: 'bestilling.tittel',
  service: 'designfase.tjeneste',
  fagansvarlig: 'designfase.fagansvarlig',
  tjenesteutvikler: 'designfase.tjenesteutvikler',
  seksjonsleder: 'designfase.seksjonsleder',
  plannedDate: 'bestilling.planlagtProduksjonsdato',
} as const) as {
  readonly title: 'bestilling.tittel';
  readonly service: 'designfase.tjeneste';
  readonly fagansvarlig: 'designfase.fagansvarlig';
  readonly tjenesteutvikler: 'designfase.tjenesteutvikler';
  readonly seksjonsleder: 'designfase.seksjonsleder';
  readonly plannedDate: 'bestilling.planlagtProduksjonsdato';
};

/**
 * Reads the value at a dotted path (`driftskostnader.kostnader.0.belop`). Returns undefined
 * when any step is missing or not a container; only own properties are followed, so a path
 * such as `__proto__.x` never reaches the prototype.
 *
 * @public
 */
export function getValueAtPath(doc: unknown, path: string): unknown {
  if (path === '') return doc;
  let current: unknown = doc;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
