import {
  type Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CreateHandoverRequest } from '@hemit/plugin-overlevering-common';

/**
 * A service is something a handover can be about: a Component or a System.
 *
 * @public
 */
export function isOverleveringAvailable(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  return kind === 'component' || kind === 'system';
}

function relationTarget(entity: Entity, type: string, kind: string) {
  return entity.relations?.find(
    r => r.type === type && r.targetRef.startsWith(`${kind}:`),
  )?.targetRef;
}

/**
 * "Ny overlevering" from a service page: links the entity and fills in the
 * service, its owner group and its system.
 */
export function prefillFromEntity(entity: Entity): CreateHandoverRequest {
  const entityRef = stringifyEntityRef(entity);
  const spec = (entity.spec ?? {}) as { owner?: string; system?: string };
  const owner =
    relationTarget(entity, RELATION_OWNED_BY, 'group') ??
    (spec.owner ? normalizeRef(spec.owner, 'group', entity) : undefined);
  const system =
    entity.kind.toLocaleLowerCase('en-US') === 'system'
      ? entityRef
      : relationTarget(entity, RELATION_PART_OF, 'system') ??
        (spec.system ? normalizeRef(spec.system, 'system', entity) : undefined);
  // The form has no field for the system itself; its name is the
  // system-owner area, and the owning group is the system owner.
  const designfase: Record<string, string> = { tjeneste: entityRef };
  if (owner) designfase.systemeier = owner;
  if (system) designfase.systemeierOmrade = parseEntityRef(system).name;
  return { entityRef, document: { designfase } };
}

/** A ref as the entity's spec may write it (`team-a`, `group:team-a`), in full. */
function normalizeRef(ref: string, kind: string, entity: Entity): string {
  return stringifyEntityRef(
    parseEntityRef(ref, {
      defaultKind: kind,
      defaultNamespace: entity.metadata.namespace ?? 'default',
    }),
  );
}
