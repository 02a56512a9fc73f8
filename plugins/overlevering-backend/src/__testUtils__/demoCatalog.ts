import type { Entity } from '@backstage/catalog-model';

// The demo organisation of examples/org.yaml, trimmed to what the tests need:
// one person per seat, a person in two groups, and the service.

function user(name: string, memberOf: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf },
  };
}

function group(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  };
}

export const DEMO_ENTITIES: Entity[] = [
  ...[
    'hemithjelp',
    'tilgangsadministrasjon',
    'config-manager',
    'lokalservice',
    'server',
    'nettverk',
    'integrasjon',
    'team-pasientflyt',
  ].map(group),
  user('kari.nordmann', ['team-pasientflyt']),
  user('ola.utvikler', ['team-pasientflyt']),
  user('siri.leder', ['team-pasientflyt']),
  user('per.fag', []),
  user('hanne.hjelp', ['hemithjelp']),
  user('tor.tilgang', ['tilgangsadministrasjon']),
  user('conny.config', ['config-manager']),
  user('sara.server', ['server']),
  user('nils.nett', ['nettverk']),
  user('erik.drift', ['server', 'hemithjelp']),
  user('eva.ekstern', []),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'pasientflyt', namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-pasientflyt',
    },
  },
];

export const PEOPLE = {
  kari: 'user:default/kari.nordmann',
  ola: 'user:default/ola.utvikler',
  siri: 'user:default/siri.leder',
  per: 'user:default/per.fag',
  hanne: 'user:default/hanne.hjelp',
  tor: 'user:default/tor.tilgang',
  conny: 'user:default/conny.config',
  sara: 'user:default/sara.server',
  nils: 'user:default/nils.nett',
  erik: 'user:default/erik.drift',
  eva: 'user:default/eva.ekstern',
};

/** One holder of each fixed seat of the default roles, as [person, role]. */
export const FIXED_SEAT_HOLDERS: ReadonlyArray<[string, string]> = [
  [PEOPLE.hanne, 'hemithjelp'],
  [PEOPLE.tor, 'tilgangsadministrasjon'],
  [PEOPLE.conny, 'config-manager'],
  [PEOPLE.ola, 'tjenesteutvikler'],
  [PEOPLE.siri, 'seksjonsleder'],
  [PEOPLE.per, 'fagansvarlig'],
];

export const SERVICE_REF = 'component:default/pasientflyt';

/** A document that fills every seat that comes from the form. */
export function completeDocument(title = 'Pasientflyt 2.0') {
  return {
    bestilling: { tittel: title },
    designfase: {
      tjeneste: SERVICE_REF,
      tjenesteutvikler: PEOPLE.ola,
      seksjonsleder: PEOPLE.siri,
      fagansvarlig: PEOPLE.per,
    },
  };
}
