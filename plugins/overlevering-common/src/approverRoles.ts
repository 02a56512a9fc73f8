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
    kind: 'fixed',
    group: 'group:default/hemithjelp',
  },
  {
    id: 'tilgangsadministrasjon',
    title: 'Tilgangsadministrasjon',
    kind: 'fixed',
    group: 'group:default/tilgangsadministrasjon',
  },
  {
    id: 'config-manager',
    title: 'Config Manager',
    kind: 'fixed',
    group: 'group:default/config-manager',
  },
  {
    id: 'tjenesteutvikler',
    title: 'Tjenesteutvikler',
    kind: 'fixed',
    field: 'designfase.tjenesteutvikler',
  },
  {
    id: 'seksjonsleder',
    title: 'Seksjonsleder tjenesten',
    kind: 'fixed',
    field: 'designfase.seksjonsleder',
  },
  {
    id: 'fagansvarlig',
    title: 'Fagansvarlig',
    kind: 'fixed',
    field: 'designfase.fagansvarlig',
  },
  {
    id: 'lokalservice',
    title: 'Lokalservice',
    kind: 'optional',
    group: 'group:default/lokalservice',
  },
  {
    id: 'server',
    title: 'Server',
    kind: 'optional',
    group: 'group:default/server',
  },
  {
    id: 'nettverk',
    title: 'Nettverk',
    kind: 'optional',
    group: 'group:default/nettverk',
  },
  {
    id: 'integrasjon',
    title: 'Integrasjon',
    kind: 'optional',
    group: 'group:default/integrasjon',
  },
];
