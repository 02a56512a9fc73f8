import type { ApproverRole } from './types';

/**
 * The ten approver roles of the user guide, the backend's default for
 * `overlevering.approverRoles`: six fixed seats and four the owner may tick.
 * Each says what its approvers are expected to check (`guidance`), and the
 * roles that answer for one part of the form name it (`vouchesFor`), so the
 * decision page can show that part first.
 *
 * @public
 */
export const DEFAULT_APPROVER_ROLES: readonly ApproverRole[] = [
  {
    id: 'hemithjelp',
    title: 'Hemithjelp',
    titleEn: 'Service desk (Hemithjelp)',
    kind: 'fixed',
    group: 'group:default/hemithjelp',
    vouchesFor: [
      'produksjonssetting.hemithjelpOrientert',
      'produksjonssetting.kunnskapsartikler',
      'produksjonssetting.kjenteFeil',
    ],
    guidance:
      'Sjekk at Hemithjelp er orientert, at kunnskapsartiklene finnes, og at hver kjente feil har en omgåelse dere kan gi brukerne.',
    guidanceEn:
      'Check that the service desk has been briefed, that the knowledge articles exist, and that each known error has a workaround you can give users.',
  },
  {
    id: 'tilgangsadministrasjon',
    title: 'Tilgangsadministrasjon',
    titleEn: 'Access administration',
    kind: 'fixed',
    group: 'group:default/tilgangsadministrasjon',
    vouchesFor: ['etablering.tilgangsroller'],
    guidance:
      'Sjekk at tilgangsrollene er beskrevet godt nok til at dere kan gi og fjerne tilganger.',
    guidanceEn:
      'Check that the access roles are described well enough for you to grant and remove access.',
  },
  {
    id: 'config-manager',
    title: 'Config Manager',
    titleEn: 'Config Manager',
    kind: 'fixed',
    group: 'group:default/config-manager',
    guidance:
      'Sjekk at tjenesten og de ansvarlige er riktig oppgitt, slik at tjenesten kan registreres riktig i konfigurasjonsdatabasen.',
    guidanceEn:
      'Check that the service and the people responsible for it are given correctly, so that the service can be registered correctly in the configuration database.',
  },
  {
    id: 'tjenesteutvikler',
    title: 'Tjenesteutvikler',
    titleEn: 'Service developer',
    kind: 'fixed',
    field: 'designfase.tjenesteutvikler',
    guidance:
      'Sjekk at løsningsbeskrivelsen, driftsdokumentasjonen og planene for produksjonssetting og tilbakerulling stemmer med det som faktisk leveres.',
    guidanceEn:
      'Check that the solution description, the operations documentation and the go-live and rollback plans match what is actually delivered.',
  },
  {
    id: 'seksjonsleder',
    title: 'Seksjonsleder tjenesten',
    titleEn: 'Section head of the service',
    kind: 'fixed',
    field: 'designfase.seksjonsleder',
    guidance:
      'Sjekk at seksjonen kan drifte tjenesten: at driftskostnadene er dekket i budsjettet, og at fravik og restanser er til å leve med.',
    guidanceEn:
      'Check that your section can run the service: that the operating costs are covered by the budget, and that deviations and outstanding items are acceptable.',
  },
  {
    id: 'fagansvarlig',
    title: 'Fagansvarlig',
    titleEn: 'Subject-matter responsible',
    kind: 'fixed',
    field: 'designfase.fagansvarlig',
    guidance:
      'Sjekk at leveransen dekker det som ble bestilt, og at risikovurdering (ROS) og personvernvurdering (DPIA) er gjort.',
    guidanceEn:
      'Check that the delivery covers what was ordered, and that the risk assessment (ROS) and the data-protection assessment (DPIA) have been done.',
  },
  {
    id: 'lokalservice',
    title: 'Lokalservice',
    titleEn: 'Local IT service',
    kind: 'optional',
    group: 'group:default/lokalservice',
    vouchesFor: ['etablering.klientprogramvare'],
    guidance:
      'Sjekk at klientprogramvaren er beskrevet godt nok til at dere kan installere og støtte den på arbeidsstasjonene.',
    guidanceEn:
      'Check that the client software is described well enough for you to install and support it on the workstations.',
  },
  {
    id: 'server',
    title: 'Server',
    titleEn: 'Server',
    kind: 'optional',
    group: 'group:default/server',
    vouchesFor: ['etablering.servere'],
    guidance:
      'Sjekk at serverne og infrastrukturen er beskrevet godt nok til at dere kan drifte dem.',
    guidanceEn:
      'Check that the servers and infrastructure are described well enough for you to run them.',
  },
  {
    id: 'nettverk',
    title: 'Nettverk',
    titleEn: 'Network',
    kind: 'optional',
    group: 'group:default/nettverk',
    vouchesFor: ['etablering.nettverksbehov'],
    guidance:
      'Sjekk at nettverksbehovene, som brannmuråpninger, er beskrevet godt nok til at dere kan sette dem opp.',
    guidanceEn:
      'Check that the network needs, such as firewall openings, are described well enough for you to set them up.',
  },
  {
    id: 'integrasjon',
    title: 'Integrasjon',
    titleEn: 'Integration',
    kind: 'optional',
    group: 'group:default/integrasjon',
    vouchesFor: ['etablering.integrasjoner'],
    guidance:
      'Sjekk at integrasjonene er beskrevet godt nok til at dere kan sette dem opp og følge med på dem.',
    guidanceEn:
      'Check that the integrations are described well enough for you to set them up and keep an eye on them.',
  },
];

/**
 * A role's name in the reader's language: English where the role has an
 * English name, else its bokmål title.
 *
 * @public
 */
export function approverRoleTitle(
  role: Pick<ApproverRole, 'title' | 'titleEn'>,
  language: string,
): string {
  return language === 'en' && role.titleEn ? role.titleEn : role.title;
}

/**
 * What a role's approvers are expected to check, in the reader's language:
 * English where the role has English guidance, else its bokmål guidance;
 * undefined when the role has none.
 *
 * @public
 */
export function approverRoleGuidance(
  role: Pick<ApproverRole, 'guidance' | 'guidanceEn'>,
  language: string,
): string | undefined {
  return language === 'en' && role.guidanceEn ? role.guidanceEn : role.guidance;
}

/**
 * The top-level sections of the form a role vouches for (`etablering` for
 * `etablering.servere`), once each, in the order the role names them: where a
 * rejection of that role points when the approver names no sections.
 *
 * @public
 */
export function sectionsVouchedFor(
  role: Pick<ApproverRole, 'vouchesFor'>,
): string[] {
  return [...new Set((role.vouchesFor ?? []).map(path => path.split('.')[0]))];
}
