import { Route, Routes } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { DecisionPage } from './DecisionPage';

jest.setTimeout(60_000);

/** Intl writes thousands with a no-break space; compare with ordinary spaces. */
const plain = (text: string | null) =>
  (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** What the summary says for `label`. */
function summaryValue(label: string | RegExp): string {
  const summary = screen.getByRole('region', { name: 'Kort om leveransen' });
  const term = within(summary).getByText(label, { selector: 'dt' });
  return plain(term.nextElementSibling?.textContent ?? null);
}

/** Writes `text` in the comment field at once, as pasting does. */
async function writeComment(text: string) {
  await userEvent.click(await screen.findByLabelText('Kommentar'));
  await userEvent.paste(text);
}

describe('DecisionPage', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  function renderDecision(id: string, round: number, role: string) {
    return portal.render(
      <Routes>
        <Route
          path="/overlevering/godkjenninger/:id/:round/:role"
          element={<DecisionPage />}
        />
      </Routes>,
      { routeEntries: [`/overlevering/godkjenninger/${id}/${round}/${role}`] },
    );
  }

  it('sums the delivery up at the top: names, Norwegian dates, costs, and unanswered questions as unanswered', async () => {
    const doc = completeDocument('PACS');
    const { handover } = await portal.submitted({
      ...doc,
      bestilling: { ...doc.bestilling, planlagtProduksjonsdato: '2026-11-28' },
      designfase: {
        ...doc.designfase,
        rosGjennomfort: { svar: true, forklaring: 'Arkivert i P360' },
        dpiaGjennomfort: { svar: false },
      },
      driftskostnader: {
        kostnader: [
          { beskrivelse: 'Drift', belop: 10000, periode: 'maanedlig' },
          { beskrivelse: 'Oppsett', belop: 50000, periode: 'engangs' },
        ],
      },
      produksjonssetting: {
        fravik: [
          { beskrivelse: 'Ingen redundans mot Metavision' },
          { beskrivelse: 'Logger lagres bare i 30 dager' },
        ],
      },
    });
    portal.signIn(PEOPLE.per);
    await renderDecision(handover.id, 1, 'fagansvarlig');

    await waitFor(() =>
      expect(summaryValue('Leveranseansvarlig')).toBe('Kari Nordmann'),
    );
    const summary = screen.getByRole('region', { name: 'Kort om leveransen' });
    expect(
      within(summary).getByRole('heading', { name: 'PACS' }),
    ).toBeInTheDocument();
    expect(summaryValue('Tjeneste')).toBe('Pasientflyt');
    expect(summaryValue('Planlagt produksjonssetting')).toBe('28.11.2026');
    expect(summaryValue('Driftskostnad per år')).toMatch(/^120 000(,00)? kr$/);
    expect(summaryValue(/\(ROS\) gjennomført\?$/)).toBe('Ja — Arkivert i P360');
    expect(summaryValue(/\(DPIA\) gjennomført\?$/)).toBe('Nei');
    // Nobody answered it: never shown as a no.
    expect(summaryValue('Behandles person- eller helseopplysninger?')).toBe(
      'Ikke besvart',
    );
    expect(summaryValue('Fravik (2)')).toBe(
      'Ingen redundans mot MetavisionLogger lagres bare i 30 dager',
    );
    expect(summaryValue('Kjente feil (0)')).toBe('Ingen registrert');
    expect(summary).not.toHaveTextContent(/(user|component):default\//);
  });

  it('shows first what the role is expected to check, and the rest of the form one click away', async () => {
    const doc = completeDocument('PACS');
    const { handover } = await portal.submitted(
      {
        ...doc,
        etablering: {
          servere: 'To virtuelle servere i Azure',
          tilgangsroller: 'Leser og skriver',
        },
      },
      { optionalRoles: ['server'] },
    );
    portal.signIn(PEOPLE.sara);
    await renderDecision(handover.id, 1, 'server');

    const focus = await screen.findByRole('region', {
      name: 'Dette bør du se på',
    });
    expect(focus).toHaveTextContent(
      'Sjekk at serverne og infrastrukturen er beskrevet godt nok',
    );
    expect(
      await within(focus).findByText(/To virtuelle servere i Azure/),
    ).toBeInTheDocument();
    expect(focus).not.toHaveTextContent('Leser og skriver');

    // The whole form waits behind one click, after the role's part.
    const wholeForm = screen.getByRole('button', {
      name: 'Vis hele skjemaet (runde 1)',
    });
    expect(
      focus.compareDocumentPosition(wholeForm) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.queryByText(/Leser og skriver/)).not.toBeInTheDocument();
    await userEvent.click(wholeForm);
    const snapshot = await screen.findByRole('region', {
      name: 'Dette godkjenner du (runde 1)',
    });
    expect(
      await within(snapshot).findByText(/Leser og skriver/),
    ).toBeInTheDocument();
  });

  it('rejects pointing at sections, the role’s own ticked to start with, and shows them on the round', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'), {
      optionalRoles: ['server'],
    });
    portal.signIn(PEOPLE.sara);
    await renderDecision(handover.id, 1, 'server');

    await writeComment('Serverne er ikke beskrevet');
    const concerns = screen.getByRole('group', {
      name: 'Hvis du avslår, gjelder det',
    });
    expect(
      within(concerns).getByRole('checkbox', {
        name: 'Etablering av tjenesten',
      }),
    ).toBeChecked();
    expect(
      within(concerns).getByRole('checkbox', { name: 'Bestilling' }),
    ).not.toBeChecked();
    await userEvent.click(
      within(concerns).getByRole('checkbox', {
        name: 'Forberede produksjonssetting',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Avslå' }));

    expect(await screen.findByText('Du har avslått.')).toBeInTheDocument();
    const stored = await portal.reload(handover);
    expect(
      stored.rounds[0].seats.find(seat => seat.role === 'server'),
    ).toMatchObject({
      status: 'rejected',
      comment: 'Serverne er ikke beskrevet',
      sections: ['etablering', 'produksjonssetting'],
    });
    const rejections = await screen.findByRole('region', {
      name: 'Dette må rettes',
    });
    expect(rejections).toHaveTextContent(
      'Avslaget gjelder: Etablering av tjenesten, Forberede produksjonssetting',
    );
  });

  it('keeps a typed comment on screen, and says who decided what, when a colleague decides the seat first', async () => {
    const user = userEvent.setup();
    const { handover } = await portal.submitted(completeDocument('PACS'));
    portal.signIn(PEOPLE.erik);
    await renderDecision(handover.id, 1, 'hemithjelp');
    await writeComment('Kunnskapsartikkelen mangler');

    await portal.decide(handover, PEOPLE.hanne, 'hemithjelp', 'approve');

    expect(
      await screen.findByText(
        /^Hanne Hjelp har allerede besluttet denne godkjenningen: godkjent \d/,
      ),
    ).toBeInTheDocument();
    const kept = screen.getByLabelText('Kommentaren din ble ikke sendt');
    expect(kept).toHaveValue('Kunnskapsartikkelen mangler');
    expect(kept).toHaveAttribute('readonly');
    expect(
      screen.queryByRole('button', { name: 'Godkjenn' }),
    ).not.toBeInTheDocument();

    const copied = jest
      .spyOn(window.navigator.clipboard, 'writeText')
      .mockResolvedValue();
    await user.click(
      screen.getByRole('button', { name: 'Kopier kommentaren' }),
    );
    expect(copied).toHaveBeenCalledWith('Kunnskapsartikkelen mangler');
    expect(screen.getByText('Kopiert.')).toBeInTheDocument();
  });

  it('keeps the comment when sending it finds the seat already decided, with the colleague’s rejection', async () => {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    portal.signIn(PEOPLE.erik);
    await renderDecision(handover.id, 1, 'hemithjelp');
    await writeComment('Ser greit ut');

    portal.setSignalsConnected(false);
    await portal.client(PEOPLE.hanne).decide(handover.id, 1, {
      role: 'hemithjelp',
      decision: 'reject',
      comment: 'Hemithjelp er ikke orientert',
      sections: ['produksjonssetting'],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Godkjenn' }));

    const told = await screen.findByRole('alert');
    expect(told).toHaveTextContent(
      /Hanne Hjelp har allerede besluttet denne godkjenningen: avslått/,
    );
    expect(told).toHaveTextContent(
      'Kommentaren til Hanne Hjelp: Hemithjelp er ikke orientert',
    );
    expect(told).toHaveTextContent(
      'Avslaget gjelder: Forberede produksjonssetting',
    );
    expect(screen.getByLabelText('Kommentaren din ble ikke sendt')).toHaveValue(
      'Ser greit ut',
    );
    const stored = await portal.reload(handover);
    expect(
      stored.rounds[0].seats.find(seat => seat.role === 'hemithjelp'),
    ).toMatchObject({ status: 'rejected', decidedBy: PEOPLE.hanne });
  });

  it('shows a seat asked again what changed in its own part since it approved, and nothing else', async () => {
    const doc = {
      ...completeDocument('PACS'),
      etablering: { servere: 'app01' },
      produksjonssetting: { kunnskapsartikler: 'KB-1 Pålogging' },
    };
    const { handover } = await portal.submitted(doc, {
      optionalRoles: ['server'],
    });
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      await portal.decide(handover, person, role, 'approve');
    }
    await portal.decide(handover, PEOPLE.sara, 'server', 'reject', 'Mangler db01');
    // Fixing Server's point, the owner also rewrites Hemithjelp's articles.
    const owner = portal.client(PEOPLE.kari);
    const rejected = await owner.getHandover(handover.id);
    const saved = await owner.saveDocument(handover.id, {
      revision: rejected.revision,
      document: {
        ...doc,
        etablering: { servere: 'app01, db01' },
        produksjonssetting: { kunnskapsartikler: 'KB-2 Utskrift' },
      },
    });
    const round2 = await owner.submit(handover.id, {
      revision: saved.revision,
      optionalRoles: ['server'],
    });
    expect(round2.seats.map(seat => seat.role).sort()).toEqual([
      'hemithjelp',
      'server',
    ]);

    portal.signIn(PEOPLE.hanne);
    await renderDecision(handover.id, 2, 'hemithjelp');
    const changes = await screen.findByRole('region', {
      name: 'Endret i din del siden du godkjente i runde 1',
    });
    await waitFor(() =>
      expect(within(changes).getByRole('table')).toHaveTextContent(
        /KB-1 Pålogging.*KB-2 Utskrift/,
      ),
    );
    expect(changes).not.toHaveTextContent('db01');
  });
});
