import { Route, Routes } from 'react-router-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { PEOPLE, TestPortal } from '../../__testUtils__/testPortal';
import { OverleveringPage } from './OverleveringPage';

jest.setTimeout(60_000);

// A portal that runs on the default approver roles tells its administrators
// which roles those are and how to map them to their own groups.
describe('the notice of the default approver roles', () => {
  let portal: TestPortal;

  afterEach(async () => {
    await portal.stop();
  });

  function openPage(options: { canImport: boolean; language?: 'nb' | 'en' }) {
    portal.signIn(PEOPLE.kari);
    return portal.render(
      <Routes>
        <Route path="/overlevering/*" element={<OverleveringPage />} />
      </Routes>,
      { routeEntries: ['/overlevering'], ...options },
    );
  }

  it('shows an administrator the default roles and a config to map them', async () => {
    portal = await TestPortal.start();
    await openPage({ canImport: true });

    expect(
      await screen.findByText('Portalen godkjenner med standardrollene'),
    ).toBeInTheDocument();
    const roles = screen.getByRole('list', { name: 'Standardrollene' });
    const hemithjelp = within(roles).getByText('Hemithjelp').closest('li')!;
    expect(hemithjelp).toHaveTextContent(
      'Hemithjelp (hemithjelp): medlemmene i gruppen hemithjelp',
    );
    expect(
      within(roles).getByText('Fagansvarlig').closest('li'),
    ).toHaveTextContent(
      'Fagansvarlig (fagansvarlig): personen i feltet «Fagansvarlig»',
    );
    expect(
      within(roles).getByText('Lokalservice').closest('li'),
    ).toHaveTextContent('(lokalservice, valgfri)');
    const snippet = screen.getByLabelText('Eksempel på konfigurasjon');
    expect(snippet).toHaveTextContent('overlevering: approverRoles:');
    expect(snippet).toHaveTextContent('group: group:default/<your-group>');
  });

  it('speaks English to English readers', async () => {
    portal = await TestPortal.start();
    await openPage({ canImport: true, language: 'en' });
    expect(
      await screen.findByText('The portal approves with the default roles'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'The default roles' }))
        .getByText('Service desk (Hemithjelp)')
        .closest('li'),
    ).toHaveTextContent('the members of the group hemithjelp');
  });

  it('shows others nothing', async () => {
    portal = await TestPortal.start();
    await openPage({ canImport: false });
    expect(
      await screen.findByRole('tab', { name: 'Mine overleveringer' }),
    ).toBeInTheDocument();
    await screen.findByText('Du har ingen overleveringer ennå.');
    // The permission hook may first answer from what an earlier page asked;
    // what counts is the answer for this person.
    await waitFor(() =>
      expect(
        screen.queryByText('Portalen godkjenner med standardrollene'),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows nothing once the roles are configured', async () => {
    portal = await TestPortal.start({
      config: {
        overlevering: {
          approverRoles: [
            {
              id: 'team',
              title: 'Team',
              kind: 'fixed',
              group: 'group:default/team-pasientflyt',
            },
          ],
        },
      },
    });
    await openPage({ canImport: true });
    await screen.findByText('Du har ingen overleveringer ennå.');
    expect(
      screen.queryByText('Portalen godkjenner med standardrollene'),
    ).not.toBeInTheDocument();
  });
});
