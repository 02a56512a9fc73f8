import type {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { Locale } from '@hemit/overlevering-form-schema';

/**
 * The signed-in user behind a request. `holderRefs` are the refs a seat can
 * name for this user: the user and every group they belong to. `locale` is
 * the language the request asks for, which the messages of a refusal are
 * written in (bokmål when unset).
 *
 * @internal
 */
export interface Caller {
  userRef: string;
  holderRefs: string[];
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  locale?: Locale;
  /**
   * The people away right now who named this user their deputy: their
   * person seats are this user's to decide, on their behalf.
   */
  standsInFor?: string[];
}

/** How long the catalog's answer about a user's groups is reused. */
export const CATALOG_GROUPS_TTL_MS = 5_000;

/** Users whose groups are remembered at most; older entries go first. */
const MAX_REMEMBERED_USERS = 1_000;

/**
 * Resolves who the caller is from the credentials alone: the ownership refs
 * of the sign-in, plus the groups the catalog says the user is a member of
 * (a sign-in resolver may put fewer groups in the token than the catalog
 * knows).
 *
 * The catalog's answer is reused for a few seconds, so a busy user costs one
 * catalog lookup per interval rather than one per request; the groups in the
 * token itself are fixed for the token's whole lifetime anyway.
 *
 * @internal
 */
export class CallerResolver {
  private readonly groups = new Map<
    string,
    { expires: number; groups: Promise<string[]> }
  >();

  constructor(
    private readonly userInfo: UserInfoService,
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly options: { ttlMs?: number; now?: () => number } = {},
  ) {}

  async resolve(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<Caller> {
    const info = await this.userInfo.getUserInfo(credentials);
    const userRef = info.userEntityRef;
    const refs = new Set<string>([userRef, ...info.ownershipEntityRefs]);
    for (const group of await this.catalogGroups(userRef)) {
      refs.add(group);
    }
    return { userRef, holderRefs: [...refs], credentials };
  }

  /** The groups the catalog lists for the user, from one recent lookup. */
  private catalogGroups(userRef: string): Promise<string[]> {
    const now = (this.options.now ?? Date.now)();
    const known = this.groups.get(userRef);
    if (known && known.expires > now) {
      return known.groups;
    }
    const groups = this.lookUpGroups(userRef);
    // A failed lookup is not remembered.
    groups.catch(() => {
      if (this.groups.get(userRef)?.groups === groups) {
        this.groups.delete(userRef);
      }
    });
    this.groups.delete(userRef);
    this.groups.set(userRef, {
      expires: now + (this.options.ttlMs ?? CATALOG_GROUPS_TTL_MS),
      groups,
    });
    if (this.groups.size > MAX_REMEMBERED_USERS) {
      // Maps iterate in insertion order: the first entry is the oldest.
      this.groups.delete(this.groups.keys().next().value!);
    }
    return groups;
  }

  private async lookUpGroups(userRef: string): Promise<string[]> {
    const entity = await this.catalog.getEntityByRef(userRef, {
      credentials: await this.auth.getOwnServiceCredentials(),
    });
    return entity ? groupsOf(entity) : [];
  }
}

/** The groups a user entity is a member of, by relation or by spec. */
function groupsOf(entity: Entity): string[] {
  const namespace = entity.metadata.namespace ?? 'default';
  const fromRelations = (entity.relations ?? [])
    .filter(r => r.type === RELATION_MEMBER_OF)
    .map(r => r.targetRef);
  const memberOf = (entity.spec as { memberOf?: unknown } | undefined)
    ?.memberOf;
  const fromSpec = Array.isArray(memberOf)
    ? memberOf
        .filter((m): m is string => typeof m === 'string')
        .map(m =>
          stringifyEntityRef(
            parseEntityRef(m, {
              defaultKind: 'group',
              defaultNamespace: namespace,
            }),
          ),
        )
    : [];
  return [...fromRelations, ...fromSpec];
}
