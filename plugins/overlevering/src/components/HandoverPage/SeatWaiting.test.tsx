import { screen, within } from '@testing-library/react';
import {
  completeDocument,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { RoundCard } from './RoundCard';

jest.setTimeout(60_000);

// The owner sees under each waiting seat how long it has waited in working
// days, when it is reminded next and when it is escalated, as configured in
// the backend and counted by the same rule the backend sends them by.

/** Skjærtorsdag 2027, 10:00 in Oslo: Easter follows, then the working days. */
const OPENED = '2027-03-25T09:00:00.000Z';

function seatRow(title: string) {
  const row = screen
    .getAllByRole('row')
    .find(r => within(r).queryAllByRole('cell')[0]?.textContent === title);
  if (!row) throw new Error(`No seat titled ${title}`);
  return row;
}

describe('a waiting seat on the handover page', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start({
      config: {
        overlevering: {
          reminders: {
            remindAfterWorkingDays: 2,
            repeatEveryWorkingDays: 2,
            escalateAfterWorkingDays: 5,
            escalateTo: { field: 'designfase.seksjonsleder' },
          },
          approverRoles: [
            {
              id: 'hemithjelp',
              title: 'Hemithjelp',
              titleEn: 'Service desk',
              kind: 'fixed',
              group: 'group:default/hemithjelp',
            },
            {
              id: 'tilgangsadministrasjon',
              title: 'Tilgangsadministrasjon',
              kind: 'fixed',
              group: 'group:default/tilgangsadministrasjon',
              reminders: { escalateTo: { parentGroup: true } },
            },
            {
              id: 'fagansvarlig',
              title: 'Fagansvarlig',
              titleEn: 'Subject-matter responsible',
              kind: 'fixed',
              field: 'designfase.fagansvarlig',
            },
            {
              id: 'seksjonsleder',
              title: 'Seksjonsleder tjenesten',
              titleEn: 'Section head of the service',
              kind: 'fixed',
              field: 'designfase.seksjonsleder',
              reminders: { enabled: false },
            },
          ],
        },
      },
    });
  });

  afterEach(async () => {
    await portal.stop();
  });

  async function renderRound(now: string, language: 'nb' | 'en' = 'nb') {
    const { handover } = await portal.submitted(completeDocument('PACS'));
    await portal.decide(handover, PEOPLE.per, 'fagansvarlig', 'approve');
    const round = (await portal.reload(handover)).rounds[0];
    const form = await portal.client().getForm();
    await portal.render(
      <RoundCard
        round={{ ...round, submittedAt: OPENED }}
        roles={form.approverRoles}
        now={new Date(now)}
      />,
      { language },
    );
  }

  it('tells how long a seat has waited, when it is reminded and when it goes to the section head', async () => {
    // Thursday 1 April 2027: Tuesday, Wednesday and Thursday after Easter.
    await renderRound('2027-04-01T12:00:00.000Z');
    const hemithjelp = seatRow('Hemithjelp');
    expect(hemithjelp).toHaveTextContent('Venter i 3 arbeidsdager');
    expect(hemithjelp).toHaveTextContent('Påminnelse sendes 02.04.2027');
    expect(hemithjelp).toHaveTextContent(
      'Eskaleres til Seksjonsleder tjenesten 05.04.2027',
    );
    // A group seat may go to the group above it in the catalog.
    expect(
      await within(seatRow('Tilgangsadministrasjon')).findByText(
        'Eskaleres til gruppen over Tilgangsadministrasjon 05.04.2027',
      ),
    ).toBeInTheDocument();
    // A seat whose role is not reminded, and a decided seat, show none.
    expect(seatRow('Seksjonsleder tjenesten')).not.toHaveTextContent(
      /Venter i|Påminnelse|Eskal/,
    );
    expect(seatRow('Fagansvarlig')).not.toHaveTextContent(
      /Venter i|Påminnelse|Eskal/,
    );
  });

  it('counts no working days over Easter, and says so in English', async () => {
    await renderRound('2027-03-29T15:00:00.000Z', 'en');
    const hemithjelp = seatRow('Service desk');
    expect(hemithjelp).toHaveTextContent('Waiting since today');
    expect(hemithjelp).toHaveTextContent('Reminder goes out on 31 Mar 2027');
    expect(hemithjelp).toHaveTextContent(
      'Escalates to Section head of the service on 5 Apr 2027',
    );
  });

  it('shows a seat escalated once its day has passed', async () => {
    await renderRound('2027-04-06T12:00:00.000Z');
    const hemithjelp = seatRow('Hemithjelp');
    expect(hemithjelp).toHaveTextContent('Venter i 6 arbeidsdager');
    expect(hemithjelp).toHaveTextContent('Påminnelse sendes 08.04.2027');
    expect(hemithjelp).toHaveTextContent(
      'Eskalert til Seksjonsleder tjenesten 05.04.2027',
    );
  });
});
