import { useCallback } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { useEntityNames } from '../../hooks';

/**
 * Names people, groups and services as the catalog knows them. Until the
 * catalog answers, or for an entity it does not know, a ref shows its own
 * name part (`kari.nordmann`), never the whole `user:default/…` ref.
 */
export function useEntityNamer(refs: readonly string[]) {
  const { names } = useEntityNames(refs);
  return useCallback(
    (ref: string) => names?.get(ref) ?? namePart(ref),
    [names],
  );
}

function namePart(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}
