import type { Entity } from '@backstage/catalog-model';

// The demo organisation of examples/org.yaml, trimmed to what the tests need:
// one person per seat, a person in two groups, and the service.

function user(name: string, displayName: string, memberOf: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { displayName }, memberOf },
  };
}

function group(name: string, displayName: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', title: displayName },
    spec: { type: 'team', profile: { displayName }, children: [] },
  };
}

const GROUPS: Array<[name: string, displayName: string]> = [
  ['hemithjelp', 'Hemithjelp'],
  ['tilgangsadministrasjon', 'Tilgangsadministrasjon'],
  ['config-manager', 'Config Manager'],
  ['lokalservice', 'Lokalservice'],
  ['server', 'Server'],
  ['nettverk', 'Nettverk'],
  ['integrasjon', 'Integrasjon'],
  ['team-pasientflyt', 'Team Pasientflyt'],
];

const USERS: Array<[name: string, displayName: string, memberOf: string[]]> = [
  ['kari.nordmann', 'Kari Nordmann', ['team-pasientflyt']],
  ['ola.utvikler', 'Ola Utvikler', ['team-pasientflyt']],
  ['siri.leder', 'Siri Leder', ['team-pasientflyt']],
  ['per.fag', 'Per Fagansvarlig', []],
  ['hanne.hjelp', 'Hanne Hjelp', ['hemithjelp']],
  ['tor.tilgang', 'Tor Tilgang', ['tilgangsadministrasjon']],
  ['conny.config', 'Conny Config', ['config-manager']],
  ['sara.server', 'Sara Server', ['server']],
  ['nils.nett', 'Nils Nettverk', ['nettverk']],
  ['erik.drift', 'Erik Drift', ['server', 'hemithjelp']],
  ['eva.ekstern', 'Eva Ekstern', []],
];

export const DEMO_ENTITIES: Entity[] = [
  ...GROUPS.map(([name, displayName]) => group(name, displayName)),
  ...USERS.map(([name, displayName, memberOf]) =>
    user(name, displayName, memberOf),
  ),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'pasientflyt',
      namespace: 'default',
      title: 'Pasientflyt',
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-pasientflyt',
    },
  },
];

/** How the catalog names each demo person, by user ref. */
export const DISPLAY_NAMES: Readonly<Record<string, string>> =
  Object.fromEntries(
    USERS.map(([name, displayName]) => [`user:default/${name}`, displayName]),
  );

/** A user's own ref and the refs of the groups they belong to. */
export function membershipOf(userRef: string): string[] {
  const name = userRef.replace(/^user:default\//, '');
  const groups = USERS.find(([n]) => n === name)?.[2] ?? [];
  return [userRef, ...groups.map(g => `group:default/${g}`)];
}

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
