import type { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { ENTITY_REF_PATTERN } from '@hemit/overlevering-form-schema';
import { entityDisplayName } from '@hemit/plugin-overlevering-common';

const ENTITY_REF = new RegExp(ENTITY_REF_PATTERN);

/** The entity refs written anywhere in a document, normalized. */
function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && ENTITY_REF.test(value)) {
    try {
      found.add(stringifyEntityRef(parseEntityRef(value)));
    } catch {
      // Looked like a ref but is not one the catalog could name.
    }
  } else if (Array.isArray(value)) {
    value.forEach(v => refsIn(v, found));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach(v => refsIn(v, found));
  }
  return found;
}

/**
 * The names of people, groups and services as the catalog knows them, for
 * text the backend writes for people (exports, notifications), so nobody
 * reads a raw `user:default/…` ref. A ref the catalog cannot name keeps its
 * own name part.
 *
 * @internal
 */
export class EntityNames {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  /** The name of one entity. */
  async of(ref: string): Promise<string> {
    const names = await this.lookUp([ref]);
    return names.get(ref) ?? parseEntityRef(ref).name;
  }

  /** A namer for every entity ref in `document`, in one catalog lookup. */
  async forDocument(
    document: unknown,
  ): Promise<(ref: string) => string | undefined> {
    const names = await this.lookUp([...refsIn(document)]);
    return ref => {
      try {
        return names.get(stringifyEntityRef(parseEntityRef(ref)));
      } catch {
        return undefined;
      }
    };
  }

  private async lookUp(refs: string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (refs.length === 0) {
      return names;
    }
    try {
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: refs,
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'metadata.title',
            'spec.profile.displayName',
          ],
        },
        { credentials: await this.auth.getOwnServiceCredentials() },
      );
      items.forEach((entity, i) => {
        if (entity) names.set(refs[i], entityDisplayName(entity));
      });
    } catch {
      // Without the catalog the text shows refs rather than failing.
    }
    return names;
  }
}
