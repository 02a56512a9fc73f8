/**
 * How people know a catalog entity: a person's or group's display name, else
 * the entity's title, else its name. Takes any entity of the catalog.
 *
 * @public
 */
export function entityDisplayName(entity: {
  metadata: { name: string; title?: string };
  spec?: unknown;
}): string {
  const spec = entity.spec as
    | { profile?: { displayName?: string } }
    | undefined;
  return (
    spec?.profile?.displayName ?? entity.metadata.title ?? entity.metadata.name
  );
}
