import {
  type Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import type { CreateHandoverRequest } from '@hemit/plugin-overlevering-common';

/**
 * The annotation by which a service opts in to or out of handovers:
 * `enabled` or `disabled`. Without it the app's default decides.
 *
 * @public
 */
export const OVERLEVERING_ANNOTATION = 'hemit.no/overlevering';

/**
 * How an app decides for services without the annotation.
 *
 * @public
 */
export interface OverleveringAvailabilityOptions {
  /**
   * Whether a Component or System without the annotation has the tab and
   * the card. Defaults to true; an app that wants services to opt in sets
   * it to false.
   */
  defaultEnabled?: boolean;
}

/**
 * A service is something a handover can be about: a Component or a System.
 * Its `hemit.no/overlevering` annotation opts it in or out (a library has no
 * go-live to hand over); without it, `defaultEnabled` decides.
 *
 * @public
 */
export function isOverleveringAvailable(
  entity: Entity,
  options: OverleveringAvailabilityOptions = {},
): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  if (kind !== 'component' && kind !== 'system') {
    return false;
  }
  const choice =
    entity.metadata.annotations?.[
      OVERLEVERING_ANNOTATION
    ]?.trim().toLocaleLowerCase('en-US');
  if (choice === 'enabled') return true;
  if (choice === 'disabled') return false;
  return options.defaultEnabled ?? true;
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
