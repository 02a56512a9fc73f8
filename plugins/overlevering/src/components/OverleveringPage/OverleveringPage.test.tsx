import { Route, Routes } from 'react-router-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { OverleveringPage } from './OverleveringPage';

jest.setTimeout(60_000);

/** A handover whose fagansvarlig is `person`, titled `title`. */
function documentFor(title: string, fagansvarlig: string) {
  const doc = completeDocument(title);
  return { ...doc, designfase: { ...doc.designfase, fagansvarlig } };
}

describe('where the page opens', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** The page as the portal's home opens it. */
  function openPage() {
    return portal.render(
      <Routes>
        <Route path="/overlevering/*" element={<OverleveringPage />} />
      </Routes>,
      { routeEntries: ['/overlevering'] },
    );
  }

  const selectedTab = () =>
    screen
      .getAllByRole('tab')
      .find(tab => tab.getAttribute('aria-selected') === 'true')?.textContent;

  it('opens Godkjenninger, with the count, for an approver without handovers of their own', async () => {
    await portal.submitted(documentFor('Pasientflyt', PEOPLE.per));
    await portal.submitted(documentFor('Timebok', PEOPLE.per));
    portal.signIn(PEOPLE.per);
    await openPage();

    expect(
      await screen.findByRole('table', {
        name: 'Venter på meg og mine grupper',
      }),
    ).toBeInTheDocument();
    expect(selectedTab()).toBe('Godkjenninger (2)');
    expect(screen.getByText('Pasientflyt')).toBeInTheDocument();

    // A click on "Mine overleveringer" is not overruled.
    await userEvent.click(
      screen.getByRole('tab', { name: 'Mine overleveringer' }),
    );
    expect(
      await screen.findByText('Du har ingen overleveringer ennå.'),
    ).toBeInTheDocument();
    expect(selectedTab()).toBe('Mine overleveringer');
  });

  it('opens her own handovers for an owner, with what waits for her counted on the tab', async () => {
    await portal.draft(completeDocument('Karis utkast'));
    await portal.submitted(documentFor('Olas', PEOPLE.kari), {
      owner: PEOPLE.ola,
    });
    portal.signIn(PEOPLE.kari);
    await openPage();

    expect(await screen.findByText('Karis utkast')).toBeInTheDocument();
    expect(
      await screen.findByRole('tab', { name: 'Godkjenninger (1)' }),
    ).toBeInTheDocument();
    expect(selectedTab()).toBe('Mine overleveringer');
  });

  it('opens "Mine overleveringer" when nothing waits', async () => {
    portal.signIn(PEOPLE.eva);
    await openPage();

    expect(
      await screen.findByText('Du har ingen overleveringer ennå.'),
    ).toBeInTheDocument();
    expect(selectedTab()).toBe('Mine overleveringer');
    expect(screen.getByRole('tab', { name: 'Godkjenninger' })).toBeVisible();
  });

  it('counts a newly opened round on the tab at once', async () => {
    await portal.submitted(documentFor('Første', PEOPLE.per));
    portal.signIn(PEOPLE.per);
    await openPage();
    expect(
      await screen.findByRole('tab', { name: 'Godkjenninger (1)' }),
    ).toBeInTheDocument();

    await portal.submitted(documentFor('Andre', PEOPLE.per));

    expect(
      await screen.findByRole('tab', { name: 'Godkjenninger (2)' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Andre')).toBeInTheDocument();
  });
});
