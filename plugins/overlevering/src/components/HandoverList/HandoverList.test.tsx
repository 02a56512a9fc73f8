import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { OVERLEVERING_USER_SIGNAL_CHANNEL } from '@hemit/plugin-overlevering-common';
import { FakeOverleveringBackend } from '../../__testUtils__/fakeBackend';
import {
  ManualSignalApi,
  renderWithBackend,
} from '../../__testUtils__/renderWithBackend';
import { HandoverList } from './HandoverList';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

const round = {
  number: 2,
  status: 'open' as const,
  revision: 4,
  submittedBy: 'user:default/kari.nordmann',
  submittedAt: '2026-11-21T08:00:00Z',
  optionalRoles: [],
  assignments: [
    {
      role: 'hemithjelp',
      approver: 'group:default/hemithjelp',
      status: 'approved' as const,
    },
    {
      role: 'fagansvarlig',
      approver: 'user:default/ola',
      status: 'rejected' as const,
      comment: 'ROS',
    },
    {
      role: 'server',
      approver: 'group:default/server',
      status: 'pending' as const,
    },
  ],
};

describe('HandoverList', () => {
  let backend: FakeOverleveringBackend;

  beforeEach(() => {
    backend = new FakeOverleveringBackend();
    server.use(...backend.handlers);
  });

  it('shows my handovers with status, the current round tally and the service', async () => {
    backend.seed({
      document: { bestilling: { tittel: 'Ny PACS' } },
      status: 'in_review',
      entityRef: 'component:default/dips-arena',
      rounds: [round],
    });
    backend.seed({ document: { bestilling: { tittel: 'Utkastet' } } });
    backend.seed({
      owner: 'user:default/noen.andre',
      document: { bestilling: { tittel: 'Ikke min' } },
    });
    await renderWithBackend(<HandoverList />, { backend });

    const table = await screen.findByRole('table', {
      name: 'Mine overleveringer',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['Utkastet', 'Ny PACS']);
    expect(rows[1]).toHaveTextContent('Til godkjenning');
    expect(rows[1]).toHaveTextContent(
      'Runde 2: 1 godkjent, 1 avslått, 1 venter',
    );
    expect(rows[1]).toHaveTextContent(/dips-arena/);
    expect(rows[0]).toHaveTextContent('Ikke sendt');
  });

  it('filters by status and searches by title', async () => {
    backend.seed({
      document: { bestilling: { tittel: 'Ny PACS' } },
      status: 'approved',
    });
    backend.seed({ document: { bestilling: { tittel: 'Ny kurve' } } });
    backend.seed({ document: { bestilling: { tittel: 'Labsvar' } } });
    await renderWithBackend(<HandoverList />, { backend });
    await screen.findByText('Labsvar');

    await userEvent.type(screen.getByLabelText('Søk i tittel'), 'ny');
    await waitFor(() => expect(screen.queryByText('Labsvar')).toBeNull());
    expect(screen.getByText('Ny PACS')).toBeInTheDocument();
    expect(screen.getByText('Ny kurve')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(screen.getByRole('option', { name: 'Godkjent' }));
    await waitFor(() => expect(screen.queryByText('Ny kurve')).toBeNull());
    expect(screen.getByText('Ny PACS')).toBeInTheDocument();
  });

  it('pages forwards and back', async () => {
    for (let i = 1; i <= 3; i++) {
      backend.seed({ document: { bestilling: { tittel: `Leveranse ${i}` } } });
    }
    await renderWithBackend(<HandoverList pageSize={2} />, { backend });
    expect(await screen.findByText('Leveranse 3')).toBeInTheDocument();
    expect(screen.queryByText('Leveranse 1')).toBeNull();
    expect(screen.getByRole('button', { name: 'Forrige side' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Neste side' }));
    expect(await screen.findByText('Leveranse 1')).toBeInTheDocument();
    expect(screen.queryByText('Leveranse 3')).toBeNull();
    expect(screen.getByRole('button', { name: 'Neste side' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Forrige side' }));
    expect(await screen.findByText('Leveranse 3')).toBeInTheDocument();
  });

  it('refetches when a signal says a handover changed, without a page refresh', async () => {
    const signals = new ManualSignalApi();
    const handover = backend.seed({
      document: { bestilling: { tittel: 'PACS' } },
    });
    await renderWithBackend(<HandoverList />, { backend, signals });
    expect(await screen.findByText('Utkast')).toBeInTheDocument();

    backend.handovers.set(handover.id, {
      ...backend.handovers.get(handover.id)!,
      status: 'approved',
    });
    const before = backend.calls.filter(c => c === 'GET /handovers').length;
    act(() =>
      signals.publish(OVERLEVERING_USER_SIGNAL_CHANNEL, {
        handoverId: handover.id,
        type: 'round_closed',
        status: 'approved',
        revision: 1,
      }),
    );
    expect(await screen.findByText('Godkjent')).toBeInTheDocument();
    expect(backend.calls.filter(c => c === 'GET /handovers').length).toBe(
      before + 1,
    );
  });

  it('renders in English', async () => {
    backend.seed({
      document: { bestilling: { tittel: 'PACS' } },
      status: 'rejected',
    });
    await renderWithBackend(<HandoverList />, { backend, language: 'en' });
    expect(
      await screen.findByRole('table', { name: 'My handovers' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Rejected — needs changes')).toBeInTheDocument();
    expect(screen.getByText('Not submitted')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'New handover' }),
    ).toBeInTheDocument();
  });
});
