import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { entityDisplayName } from '@hemit/plugin-overlevering-common';

/**
 * How the catalog names each of `refs` (people, groups, services), by ref:
 * the display name, or null when the catalog does not know the entity.
 * `names` is undefined while the catalog is asked and when it could not be.
 */
export function useEntityNames(refs: readonly string[]): {
  names?: Map<string, string | null>;
  loading: boolean;
} {
  const catalogApi = useApi(catalogApiRef);
  const unique = [...new Set(refs)].sort();
  const { value, loading } = useAsync(async () => {
    if (unique.length === 0) return new Map<string, string | null>();
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: unique,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
      ],
    });
    return new Map(
      unique.map((ref, i) => {
        const entity = items[i];
        return [ref, entity ? entityDisplayName(entity) : null] as const;
      }),
    );
  }, [catalogApi, unique.join('\n')]);
  return { names: value, loading };
}
