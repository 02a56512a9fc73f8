/**
 * The catalog kinds a handover can be for unless `overlevering.serviceKinds`
 * says otherwise: the kinds a service is modelled as.
 *
 * @public
 */
export const DEFAULT_SERVICE_KINDS: readonly string[] = Object.freeze([
  'Component',
  'System',
]);

/**
 * Whether an entity of `kind` can be what a handover is for; kinds compare
 * as the catalog compares them, without regard to case.
 *
 * @public
 */
export function isServiceKind(
  kind: string,
  serviceKinds: readonly string[] = DEFAULT_SERVICE_KINDS,
): boolean {
  const wanted = kind.toLocaleLowerCase('en-US');
  return serviceKinds.some(k => k.toLocaleLowerCase('en-US') === wanted);
}
