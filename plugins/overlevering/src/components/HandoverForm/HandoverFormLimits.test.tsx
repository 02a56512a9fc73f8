import { Route, Routes } from 'react-router-dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestPortal } from '../../__testUtils__/testPortal';
import { HandoverFormPage } from './HandoverFormPage';

jest.setTimeout(60_000);

// A person who saves more often than the backend takes (one save a second
// here, none held in reserve) loses nothing: the form waits as long as the
// backend says and saves everything typed, without showing a failure.
describe('HandoverFormPage over the limit of saves', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    window.localStorage.clear();
    portal = await TestPortal.start({
      config: {
        overlevering: {
          limits: { saves: { count: 60, per: '1 minute', burst: 1 } },
        },
      },
    });
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await portal.stop();
  });

  /** The statuses of the saves sent from now on. */
  function recordSaves() {
    const statuses: number[] = [];
    const realFetch = globalThis.fetch;
    jest
      .spyOn(globalThis, 'fetch')
      .mockImplementation(
        async (input: RequestInfo | URL, init?: RequestInit) => {
          const response = await realFetch(input, init);
          if (init?.method === 'PUT' && String(input).endsWith('/document')) {
            statuses.push(response.status);
          }
          return response;
        },
      );
    return statuses;
  }

  it('waits as long as the backend says and then saves everything typed', async () => {
    const handover = await portal.draft({
      bestilling: { leveransetype: 'ny-versjon' },
    });
    const saves = recordSaves();
    await portal.render(
      <Routes>
        <Route
          path="/overlevering/h/:id/skjema"
          element={<HandoverFormPage autosaveDelayMs={50} />}
        />
      </Routes>,
      { routeEntries: [`/overlevering/h/${handover.id}/skjema`] },
    );
    const title = await screen.findByRole('textbox', { name: /^Tittel/ });

    await userEvent.type(title, 'Ny PACS');
    await waitFor(() => expect(saves).toContain(200));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Lagret'),
    );
    // The next save comes within the second: refused, and it waits.
    await userEvent.type(title, ' for røntgen');
    await waitFor(() => expect(saves).toContain(429));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Ikke lagret'),
    );
    expect(screen.queryByText(/Lagring feilet/)).not.toBeInTheDocument();

    await waitFor(
      async () =>
        expect((await portal.reload(handover)).document.bestilling).toEqual({
          leveransetype: 'ny-versjon',
          tittel: 'Ny PACS for røntgen',
        }),
      { timeout: 5_000 },
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Lagret'),
    );
    expect(saves[saves.length - 1]).toBe(200);
  });
});
