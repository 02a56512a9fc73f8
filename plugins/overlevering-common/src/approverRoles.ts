import type { ApproverRole } from './types';

/**
 * The ten approver roles of the user guide, the backend's default for
 * `overlevering.approverRoles`: six fixed seats and four the owner may tick.
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
  },
  {
    id: 'tilgangsadministrasjon',
    title: 'Tilgangsadministrasjon',
    titleEn: 'Access administration',
    kind: 'fixed',
    group: 'group:default/tilgangsadministrasjon',
  },
  {
    id: 'config-manager',
    title: 'Config Manager',
    titleEn: 'Config Manager',
    kind: 'fixed',
    group: 'group:default/config-manager',
  },
  {
    id: 'tjenesteutvikler',
    title: 'Tjenesteutvikler',
    titleEn: 'Service developer',
    kind: 'fixed',
    field: 'designfase.tjenesteutvikler',
  },
  {
    id: 'seksjonsleder',
    title: 'Seksjonsleder tjenesten',
    titleEn: 'Section head of the service',
    kind: 'fixed',
    field: 'designfase.seksjonsleder',
  },
  {
    id: 'fagansvarlig',
    title: 'Fagansvarlig',
    titleEn: 'Subject-matter responsible',
    kind: 'fixed',
    field: 'designfase.fagansvarlig',
  },
  {
    id: 'lokalservice',
    title: 'Lokalservice',
    titleEn: 'Local IT service',
    kind: 'optional',
    group: 'group:default/lokalservice',
  },
  {
    id: 'server',
    title: 'Server',
    titleEn: 'Server',
    kind: 'optional',
    group: 'group:default/server',
  },
  {
    id: 'nettverk',
    title: 'Nettverk',
    titleEn: 'Network',
    kind: 'optional',
    group: 'group:default/nettverk',
  },
  {
    id: 'integrasjon',
    title: 'Integrasjon',
    titleEn: 'Integration',
    kind: 'optional',
    group: 'group:default/integrasjon',
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
