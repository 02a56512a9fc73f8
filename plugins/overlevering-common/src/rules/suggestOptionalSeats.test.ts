import type { ApproverRole } from '../types';
import { DEFAULT_APPROVER_ROLES } from '../approverRoles';
import { suggestOptionalSeats } from './suggestOptionalSeats';

const suggested = (document: unknown, roles = DEFAULT_APPROVER_ROLES) =>
  suggestOptionalSeats(document, roles).map(s => [s.role.id, s.because]);

describe('suggestOptionalSeats', () => {
  it('suggests Server, Nettverk, Integrasjon and Lokalservice when the form describes servers, network needs, integrations and client software', () => {
    expect(
      suggested({
        etablering: {
          servere: 'app01 og db01 i Hemit sitt datasenter',
          nettverksbehov: 'Åpning fra klientnett til app01 på 443',
          integrasjoner: 'HL7 fra DIPS',
          klientprogramvare: 'Citrix-klient på arbeidsstasjonene',
          // Access roles are for a fixed seat: nobody optional to suggest.
          tilgangsroller: 'Lege, sykepleier',
        },
      }),
    ).toEqual([
      ['lokalservice', ['etablering.klientprogramvare']],
      ['server', ['etablering.servere']],
      ['nettverk', ['etablering.nettverksbehov']],
      ['integrasjon', ['etablering.integrasjoner']],
    ]);
  });

  it('suggests nobody for an empty form or blank answers', () => {
    expect(suggested({})).toEqual([]);
    expect(suggested(undefined)).toEqual([]);
    expect(
      suggested({ etablering: { servere: '  \n', nettverksbehov: '' } }),
    ).toEqual([]);
  });

  it('reads a section or a list the role vouches for, and a yes/no answer alone is no content', () => {
    const roles: ApproverRole[] = [
      {
        id: 'drift',
        title: 'Drift',
        kind: 'optional',
        group: 'group:default/drift',
        vouchesFor: ['produksjonssetting', 'etablering.deltDriftsansvar'],
      },
      {
        id: 'fast',
        title: 'Fast',
        kind: 'fixed',
        group: 'group:default/fast',
        vouchesFor: ['produksjonssetting'],
      },
    ];
    expect(
      suggested({ etablering: { deltDriftsansvar: { svar: false } } }, roles),
    ).toEqual([]);
    expect(
      suggested(
        {
          etablering: {
            deltDriftsansvar: { svar: true, forklaring: 'Med Sykehuspartner' },
          },
          produksjonssetting: { restanser: [{ beskrivelse: 'Ny rapport' }] },
        },
        roles,
      ),
    ).toEqual([
      ['drift', ['produksjonssetting', 'etablering.deltDriftsansvar']],
    ]);
  });
});
