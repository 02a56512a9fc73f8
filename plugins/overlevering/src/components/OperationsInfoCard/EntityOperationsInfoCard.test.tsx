import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { Handover } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  DEMO_ENTITIES,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { EntityOperationsInfoCard } from './EntityOperationsInfoCard';

jest.setTimeout(60_000);

const service = DEMO_ENTITIES.find(e => e.kind === 'Component')!;
const SERVICE_REF = stringifyEntityRef(service);

/** A handover of the demo service with what the service desk reads. */
function serviceDeskDocument(title: string, workaround: string) {
  return {
    ...completeDocument(title),
    etablering: {
      driftsdokumentasjon: 'https://wiki.hemit.no/pasientflyt/drift',
    },
    produksjonssetting: {
      varsling: { svar: true, forklaring: 'OpsGenie' },
      kjenteFeil: [{ beskrivelse: 'Innlogging henger', omgaelse: workaround }],
      restanser: [
        {
          beskrivelse: 'Backup av arkivet',
          ansvarlig: PEOPLE.ola,
          frist: '2027-01-31',
        },
      ],
    },
  };
}

describe('EntityOperationsInfoCard', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  async function approved(document: Record<string, unknown>) {
    const kari = portal.client(PEOPLE.kari);
    const draft = await kari.createHandover({
      entityRef: SERVICE_REF,
      document,
    });
    await kari.submit(draft.id, {
      revision: draft.revision,
      optionalRoles: [],
    });
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      await portal.decide(draft, person, role, 'approve');
    }
    return portal.reload(draft);
  }

  function renderCard(options: { language?: 'nb' | 'en' } = {}) {
    return portal.render(
      <EntityProvider entity={service}>
        <EntityOperationsInfoCard />
      </EntityProvider>,
      options,
    );
  }

  it('says there is no approved handover yet while the service has only drafts', async () => {
    await portal
      .client(PEOPLE.kari)
      .createHandover({ entityRef: SERVICE_REF, document: completeDocument() });
    await renderCard();
    expect(
      await screen.findByText('Ingen godkjent overlevering ennå.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Markdown/ })).toBeNull();
  });

  it('shows what the newest approved handover says, people by name, and links to it', async () => {
    await approved(serviceDeskDocument('Pasientflyt 1.0', 'Start på nytt'));
    const newer: Handover = await approved(
      serviceDeskDocument('Pasientflyt 2.0', 'Logg inn på nytt'),
    );
    portal.signIn(PEOPLE.hanne);
    await renderCard();

    const link = await screen.findByRole('link', { name: 'Pasientflyt 2.0' });
    expect(link).toHaveAttribute('href', `/overlevering/h/${newer.id}`);
    expect(link.closest('p')).toHaveTextContent(
      /^Fra overleveringen Pasientflyt 2.0, godkjent .+\.$/,
    );

    const contacts = screen.getByRole('region', { name: 'Kontaktpunkter' });
    expect(
      await within(contacts).findByText('Per Fagansvarlig'),
    ).toBeInTheDocument();
    // What the handover left unanswered stays unanswered.
    expect(within(contacts).getAllByText('Ikke utfylt')).toHaveLength(2);

    const escalation = screen.getByRole('region', { name: 'Eskalering' });
    expect(
      await within(escalation).findByText('Siri Leder'),
    ).toBeInTheDocument();

    const monitoring = screen.getByRole('region', {
      name: 'Varsling og overvåking',
    });
    expect(within(monitoring).getByText('Ja — OpsGenie')).toBeInTheDocument();

    const knownErrors = screen.getByRole('table', { name: 'Kjente feil' });
    expect(
      within(knownErrors).getByRole('row', {
        name: 'Innlogging henger Logg inn på nytt',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Start på nytt')).toBeNull();

    const outstanding = screen.getByRole('table', { name: 'Restanser' });
    expect(
      await within(outstanding).findByText('Ola Utvikler'),
    ).toBeInTheDocument();
    expect(within(outstanding).getByText('31.01.2027')).toBeInTheDocument();

    expect(
      screen.getByRole('link', {
        name: /^https:\/\/wiki\.hemit\.no\/pasientflyt\/drift/,
      }),
    ).toHaveAttribute('href', 'https://wiki.hemit.no/pasientflyt/drift');
  });

  it('downloads the same as Markdown for the knowledge base', async () => {
    await approved(serviceDeskDocument('Pasientflyt 2.0', 'Logg inn på nytt'));
    const saved: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:driftsinformasjon';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    try {
      await renderCard();
      await userEvent.click(
        await screen.findByRole('button', { name: 'Last ned som Markdown' }),
      );
      await waitFor(() => expect(click).toHaveBeenCalled());
      const anchor = click.mock.instances[0] as unknown as HTMLAnchorElement;
      expect(anchor.download).toBe('driftsinformasjon-pasientflyt.md');
      const text = await saved[0].text();
      expect(text).toMatch(/^# Driftsinformasjon: Pasientflyt\n/);
      expect(text).toContain('Logg inn på nytt');
    } finally {
      click.mockRestore();
    }
  });

  it('speaks English to an English reader', async () => {
    await approved(serviceDeskDocument('Pasientflyt 2.0', 'Logg inn på nytt'));
    await renderCard({ language: 'en' });
    expect(
      await screen.findByText('Operations information'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', {
        name: 'Known errors and workarounds',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Download as Markdown' }),
    ).toBeInTheDocument();
  });
});
