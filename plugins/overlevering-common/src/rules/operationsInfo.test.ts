import { approvalOf, latestApproval, operationsInfo } from './operationsInfo';

const EMPTY = {
  contacts: {},
  escalation: {},
  monitoring: {},
  knownErrors: {},
  outstandingItems: {},
  deviations: {},
  serviceDesk: {},
  documentation: {},
};

describe('operationsInfo', () => {
  it("picks what the service desk needs from the document, by topic, under each field's name", () => {
    const info = operationsInfo({
      bestilling: { tittel: 'PACS 2.0', beskrivelse: 'Ikke for drift' },
      designfase: {
        fagansvarlig: 'user:default/per.fag',
        tjenesteutvikler: 'user:default/ola.utvikler',
        seksjonsleder: 'user:default/siri.leder',
        systemeier: 'group:default/team-pasientflyt',
        rosGjennomfort: { svar: true },
      },
      etablering: {
        driftsdokumentasjon: 'https://wiki.hemit.no/pacs/runbook',
        losningsdokumentasjon: [
          { tittel: 'Arkitektur', url: 'https://wiki.hemit.no/pacs' },
        ],
        leverandor: 'Sectra',
        supportavtale: 'Døgnvakt, 1 t responstid',
        deltDriftsansvar: { svar: true, forklaring: 'Sectra drifter appen' },
        deltDriftsansvarMed: 'Sectra',
        servere: 'app01',
      },
      driftskostnader: { kostnader: [{ belop: 100 }] },
      produksjonssetting: {
        varsling: { svar: true, forklaring: 'OpsGenie' },
        overvaking: 'Grafana-tavla PACS',
        kjenteFeil: [
          {
            beskrivelse: 'Treg innlogging',
            omgaelse: 'Logg inn på nytt',
            saksreferanse: 'INC1',
          },
        ],
        restanser: [
          {
            beskrivelse: 'Backup av arkiv',
            ansvarlig: 'user:default/ola.utvikler',
            frist: '2027-01-31',
          },
        ],
        fravik: [
          {
            beskrivelse: 'Ingen testmiljø',
            begrunnelse: 'Lisens',
            godkjentAv: 'user:default/siri.leder',
            frist: '2027-06-30',
          },
        ],
        hemithjelpOrientert: { svar: true, forklaring: 'Møte 1. des.' },
        kunnskapsartikler: 'KB-1 Pålogging',
        tilbakerullingsplan: 'Rull tilbake til 1.9',
      },
    });
    expect(info).toEqual({
      contacts: {
        fagansvarlig: 'user:default/per.fag',
        tjenesteutvikler: 'user:default/ola.utvikler',
        deltDriftsansvar: { svar: true, forklaring: 'Sectra drifter appen' },
        deltDriftsansvarMed: 'Sectra',
      },
      escalation: {
        seksjonsleder: 'user:default/siri.leder',
        systemeier: 'group:default/team-pasientflyt',
        leverandor: 'Sectra',
        supportavtale: 'Døgnvakt, 1 t responstid',
      },
      monitoring: {
        varsling: { svar: true, forklaring: 'OpsGenie' },
        overvaking: 'Grafana-tavla PACS',
      },
      knownErrors: {
        kjenteFeil: [
          {
            beskrivelse: 'Treg innlogging',
            omgaelse: 'Logg inn på nytt',
            saksreferanse: 'INC1',
          },
        ],
      },
      outstandingItems: {
        restanser: [
          {
            beskrivelse: 'Backup av arkiv',
            ansvarlig: 'user:default/ola.utvikler',
            frist: '2027-01-31',
          },
        ],
      },
      deviations: {
        fravik: [
          {
            beskrivelse: 'Ingen testmiljø',
            begrunnelse: 'Lisens',
            godkjentAv: 'user:default/siri.leder',
            frist: '2027-06-30',
          },
        ],
      },
      serviceDesk: {
        hemithjelpOrientert: { svar: true, forklaring: 'Møte 1. des.' },
        kunnskapsartikler: 'KB-1 Pålogging',
      },
      documentation: {
        driftsdokumentasjon: 'https://wiki.hemit.no/pacs/runbook',
        losningsdokumentasjon: [
          { tittel: 'Arkitektur', url: 'https://wiki.hemit.no/pacs' },
        ],
      },
    });
  });

  it('leaves what was not answered unanswered, and never fills in a default', () => {
    expect(operationsInfo({})).toEqual(EMPTY);
    expect(operationsInfo(undefined)).toEqual(EMPTY);
    expect(
      operationsInfo({
        designfase: { fagansvarlig: '', seksjonsleder: '   ' },
        etablering: { deltDriftsansvar: {}, losningsdokumentasjon: [{}] },
        produksjonssetting: {
          varsling: { forklaring: '' },
          kjenteFeil: [],
          restanser: [{ beskrivelse: '', frist: null }],
          fravik: null,
        },
      }),
    ).toEqual(EMPTY);
  });

  it('keeps a "no" as an answer, and only the answered columns of a row', () => {
    const info = operationsInfo({
      produksjonssetting: {
        varsling: { svar: false },
        kjenteFeil: [{}, { beskrivelse: 'Utskrift henger', omgaelse: '' }],
      },
    });
    expect(info.monitoring).toEqual({ varsling: { svar: false } });
    expect(info.knownErrors).toEqual({
      kjenteFeil: [{ beskrivelse: 'Utskrift henger' }],
    });
  });
});

describe('approvalOf', () => {
  const round = (
    number: number,
    status: 'approved' | 'rejected' | 'withdrawn' | 'open',
    closedAt?: string,
  ) => ({ number, revision: number + 1, status, closedAt });

  it('is the last round, approved, with the time it closed', () => {
    expect(
      approvalOf({
        status: 'approved',
        updatedAt: '2026-12-03T10:00:00.000Z',
        rounds: [
          round(2, 'approved', '2026-12-02T09:00:00.000Z'),
          round(1, 'rejected', '2026-12-01T09:00:00.000Z'),
        ],
      }),
    ).toEqual({
      approvedAt: '2026-12-02T09:00:00.000Z',
      round: { number: 2, revision: 3 },
    });
  });

  it('is nothing for a handover that is not approved', () => {
    for (const status of ['draft', 'in_review', 'rejected'] as const) {
      expect(
        approvalOf({
          status,
          updatedAt: '2026-12-03T10:00:00.000Z',
          rounds: [round(1, 'approved', '2026-12-01T09:00:00.000Z')],
        }),
      ).toBeUndefined();
    }
  });

  it("is the list's last change for an item approved in the old SharePoint list", () => {
    expect(
      approvalOf({
        status: 'approved',
        updatedAt: '2024-05-01T08:00:00.000Z',
        rounds: [],
      }),
    ).toEqual({ approvedAt: '2024-05-01T08:00:00.000Z' });
  });
});

describe('latestApproval', () => {
  it('lets the newer approval replace the older, whatever the order given', () => {
    const older = { id: 'a', approval: { approvedAt: '2026-01-01T00:00:00Z' } };
    const newer = { id: 'b', approval: { approvedAt: '2026-06-01T00:00:00Z' } };
    expect(latestApproval([older, newer])).toBe(newer);
    expect(latestApproval([newer, older])).toBe(newer);
    expect(latestApproval([])).toBeUndefined();
  });
});
