/**
 * Regex source for a catalog entity reference `kind:namespace/name`, with the namespace optional
 * (`user:jdoe`, `component:default/dips-arena`). Kept close to the catalog's own naming rules so
 * a value accepted here resolves in the catalog.
 *
 * @public
 */
export const ENTITY_REF_PATTERN =
  '^[A-Za-z][A-Za-z0-9]*:(?:[a-z0-9]+(?:-[a-z0-9]+)*/)?[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$';
