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

/**
 * The signed-in user behind a request. `holderRefs` are the refs a seat can
 * name for this user: the user and every group they belong to.
 *
 * @internal
 */
export interface Caller {
  userRef: string;
  holderRefs: string[];
  credentials: BackstageCredentials<BackstageUserPrincipal>;
}

/**
 * Resolves who the caller is from the credentials alone: the ownership refs
 * of the sign-in, plus the groups the catalog says the user is a member of
 * (a sign-in resolver may put fewer groups in the token than the catalog
 * knows).
 *
 * @internal
 */
export class CallerResolver {
  constructor(
    private readonly userInfo: UserInfoService,
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  async resolve(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<Caller> {
    const info = await this.userInfo.getUserInfo(credentials);
    const userRef = info.userEntityRef;
    const refs = new Set<string>([userRef, ...info.ownershipEntityRefs]);
    const entity = await this.catalog.getEntityByRef(userRef, {
      credentials: await this.auth.getOwnServiceCredentials(),
    });
    if (entity) {
      for (const group of groupsOf(entity)) {
        refs.add(group);
      }
    }
    return { userRef, holderRefs: [...refs], credentials };
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
