import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { osloDate } from '@hemit/plugin-overlevering-common';
import { PEOPLE, TestPortal } from '../../__testUtils__/testPortal';
import { ApprovalsInbox } from '../Approvals';
import { HandoverPage } from '../HandoverPage';
import { AbsenceCard } from './AbsenceCard';

jest.setTimeout(60_000);

/** An Oslo calendar day `days` from today. */
function day(days: number): string {
  return osloDate(new Date(Date.now() + days * 86_400_000));
}

describe('Fravær og stedfortreder', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('registers an absence with a deputy picked from the catalog, lists it and ends it early', async () => {
    portal.signIn(PEOPLE.siri);
    await portal.render(<AbsenceCard />);
    await screen.findByText('Du har ikke registrert fravær.');

    const deputy = screen.getByRole('combobox', { name: /^Stedfortreder/ });
    await userEvent.type(deputy, 'Per');
    await userEvent.click(
      await screen.findByRole('option', { name: /Per Fagansvarlig/ }),
    );
    // The first day is today unless changed.
    expect(screen.getByLabelText(/^Første dag/)).toHaveValue(day(0));
    fireEvent.change(screen.getByLabelText(/^Siste dag/), {
      target: { value: day(3) },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Registrer fravær' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Fraværet er registrert, og stedfortrederen er varslet.',
    );
    const mine = screen.getByRole('heading', { name: 'Mitt fravær' })
      .parentElement!;
    const [line] = await within(mine).findAllByRole('listitem');
    await waitFor(() =>
      expect(line).toHaveTextContent(/Stedfortreder: Per Fagansvarlig/),
    );
    expect(line).toHaveTextContent('Pågår nå');
    // Per sees whom he stands in for, by name.
    const his = await portal.client(PEOPLE.per).listMyAbsences();
    expect(his.deputyFor.map(a => a.person)).toEqual([PEOPLE.siri]);

    await userEvent.click(
      within(line).getByRole('button', { name: 'Avslutt nå' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Fraværet er avsluttet.',
    );
    await screen.findByText('Du har ikke registrert fravær.');
    expect(
      (await portal.client(PEOPLE.per).listMyAbsences()).deputyFor,
    ).toEqual([]);
  });

  it('shows why the backend refuses an absence that names oneself as deputy', async () => {
    portal.signIn(PEOPLE.siri);
    await portal.render(<AbsenceCard />);
    const deputy = await screen.findByRole('combobox', {
      name: /^Stedfortreder/,
    });
    await userEvent.type(deputy, 'Siri');
    await userEvent.click(
      await screen.findByRole('option', { name: /Siri Leder/ }),
    );
    fireEvent.change(screen.getByLabelText(/^Siste dag/), {
      target: { value: day(1) },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Registrer fravær' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'du kan ikke være din egen stedfortreder',
    );
  });

  it('marks in the deputy’s inbox the seat decided on behalf of the absent person', async () => {
    await portal.submitted();
    await portal
      .client(PEOPLE.siri)
      .createAbsence({ deputy: PEOPLE.per, from: day(0), to: day(2) });
    portal.signIn(PEOPLE.per);
    await portal.render(
      <>
        <ApprovalsInbox />
        <AbsenceCard />
      </>,
    );
    const table = await screen.findByRole('table', {
      name: 'Venter på meg og mine grupper',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    const seksjonsleder = rows.find(row =>
      row.textContent?.includes('Seksjonsleder'),
    )!;
    await waitFor(() =>
      expect(seksjonsleder).toHaveTextContent('på vegne av Siri Leder'),
    );
    const fagansvarlig = rows.find(row =>
      row.textContent?.includes('Fagansvarlig'),
    )!;
    expect(fagansvarlig).not.toHaveTextContent('på vegne av');
    // The card lists whom Per stands in for.
    const deputyFor = screen.getByRole('heading', {
      name: 'Du er stedfortreder for',
    }).parentElement!;
    await waitFor(() =>
      expect(within(deputyFor).getByRole('listitem')).toHaveTextContent(
        /Siri Leder/,
      ),
    );
  });

  it('names the deputy and the absent person on the handover page seat', async () => {
    const { handover } = await portal.submitted();
    await portal
      .client(PEOPLE.siri)
      .createAbsence({ deputy: PEOPLE.per, from: day(0), to: day(2) });
    await portal.decide(handover, PEOPLE.per, 'seksjonsleder', 'approve');
    portal.signIn(PEOPLE.kari);
    await portal.render(<HandoverPage handoverId={handover.id} />);

    const roundCard = await screen.findByRole('region', { name: 'Runde 1' });
    const row = within(within(roundCard).getByRole('table'))
      .getAllByRole('row')
      .find(r => r.textContent?.startsWith('Seksjonsleder'))!;
    await waitFor(() =>
      expect(row).toHaveTextContent('Per Fagansvarlig på vegne av Siri Leder'),
    );
    // The history says it too.
    const history = await screen.findByRole('list', { name: 'Historikk' });
    const decision = within(history)
      .getAllByRole('listitem')
      .find(item => item.textContent?.includes('Seksjonsleder'))!;
    await waitFor(() =>
      expect(decision).toHaveTextContent(
        'Per Fagansvarlig på vegne av Siri Leder',
      ),
    );
  });
});
