import { Route, Routes } from 'react-router-dom';
import {
  cleanup,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { HandoverPage } from '../HandoverPage';
import { DecisionPage } from './DecisionPage';

jest.setTimeout(60_000);

// Approval "med forbehold" from the decision bar, and its conditions on the
// handover page, against the real backend.

describe('approval with conditions', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** Round 1 where every fixed seat but Hemithjelp approved. */
  async function waitingForHemithjelp() {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      if (role !== 'hemithjelp') {
        await portal.decide(handover, person, role, 'approve');
      }
    }
    return handover;
  }

  it('approves with a condition picked from the catalog, and refuses to send one without a date', async () => {
    const handover = await waitingForHemithjelp();
    portal.signIn(PEOPLE.hanne);
    portal.render(
      <Routes>
        <Route
          path="/overlevering/godkjenninger/:id/:round/:role"
          element={<DecisionPage />}
        />
      </Routes>,
      {
        routeEntries: [
          `/overlevering/godkjenninger/${handover.id}/1/hemithjelp`,
        ],
      },
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Godkjenn med forbehold' }),
    );
    const condition = screen.getByRole('group', { name: 'Forbehold 1' });
    await userEvent.type(
      within(condition).getByLabelText(/Hva må gjøres/),
      'Kurs for servicedesk',
    );
    await userEvent.type(
      within(condition).getByLabelText(/Følges opp av/),
      'Nils',
    );
    await userEvent.click(await screen.findByText('Nils Nettverk'));
    const send = screen.getByRole('button', {
      name: 'Send godkjenning med forbehold',
    });
    await userEvent.click(send);
    expect(
      screen.getByText(
        'Hvert forbehold trenger en tekst, en person som følger opp og en frist.',
      ),
    ).toBeInTheDocument();
    expect((await portal.reload(handover)).status).toBe('in_review');

    fireEvent.change(within(condition).getByLabelText(/Frist/), {
      target: { value: '2026-12-20' },
    });
    await userEvent.click(send);

    expect(
      await screen.findByText('Du godkjente med forbehold.'),
    ).toBeInTheDocument();
    const stored = await portal.reload(handover);
    expect(stored.status).toBe('approved');
    expect(stored.conditions).toEqual([
      expect.objectContaining({
        text: 'Kurs for servicedesk',
        followUp: PEOPLE.nils,
        due: '2026-12-20',
        status: 'open',
        setBy: PEOPLE.hanne,
      }),
    ]);
  });

  it('lists the conditions on the handover page, closable by whoever follows them up and not by the owner', async () => {
    const handover = await waitingForHemithjelp();
    await portal.client(PEOPLE.hanne).decide(handover.id, 1, {
      role: 'hemithjelp',
      decision: 'approve',
      conditions: [
        {
          text: 'Publiser KB-2 Utskrift',
          followUp: PEOPLE.nils,
          due: '2026-12-20',
        },
      ],
    });

    portal.signIn(PEOPLE.kari);
    portal.render(<HandoverPage handoverId={handover.id} />);
    const item = await screen.findByRole('listitem', {
      name: 'Publiser KB-2 Utskrift',
    });
    expect(item).toHaveTextContent('Åpent');
    expect(
      await within(item).findByText(
        /Følges opp av Nils Nettverk · frist 20.12.2026/,
      ),
    ).toBeInTheDocument();
    expect(
      within(item).queryByRole('button', { name: 'Lukk forbehold' }),
    ).not.toBeInTheDocument();
    cleanup();

    portal.signIn(PEOPLE.nils);
    portal.render(<HandoverPage handoverId={handover.id} />);
    const his = await screen.findByRole('listitem', {
      name: 'Publiser KB-2 Utskrift',
    });
    await userEvent.click(
      within(his).getByRole('button', { name: 'Lukk forbehold' }),
    );
    await userEvent.type(
      within(his).getByLabelText(/Hvordan forbeholdet er oppfylt/),
      'Publisert i går',
    );
    await userEvent.click(within(his).getByRole('button', { name: 'Lukk' }));

    await waitFor(() => expect(his).toHaveTextContent('Lukket'));
    expect(his).toHaveTextContent(
      /Lukket av Nils Nettverk .*: Publisert i går/,
    );
    expect(
      within(his).queryByRole('button', { name: 'Lukk forbehold' }),
    ).not.toBeInTheDocument();
    const stored = await portal.reload(handover);
    expect(stored.conditions?.[0]).toMatchObject({
      status: 'closed',
      closedBy: PEOPLE.nils,
      closingComment: 'Publisert i går',
    });
  });
});
