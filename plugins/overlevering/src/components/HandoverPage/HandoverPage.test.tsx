import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { registerMswTestHooks } from '@backstage/test-utils';
import { toMarkdown } from '@hemit/overlevering-form-schema';
import type { Round } from '@hemit/plugin-overlevering-common';
import {
  FakeOverleveringBackend,
  TEST_BASE_URL,
} from '../../__testUtils__/fakeBackend';
import { renderWithBackend } from '../../__testUtils__/renderWithBackend';
import { HandoverPage } from './HandoverPage';

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

const rejectedRound: Round = {
  number: 1,
  status: 'rejected',
  revision: 2,
  submittedBy: 'user:default/kari.nordmann',
  submittedAt: '2026-11-20T08:00:00Z',
  closedAt: '2026-11-20T12:00:00Z',
  message: 'Klar for drift',
  optionalRoles: ['server'],
  assignments: [
    {
      role: 'hemithjelp',
      approver: 'group:default/hemithjelp',
      status: 'approved',
      decidedBy: 'user:default/per',
      decidedAt: '2026-11-20T09:00:00Z',
    },
    {
      role: 'server',
      approver: 'group:default/server',
      status: 'rejected',
      decidedBy: 'user:default/ola.hansen',
      decidedAt: '2026-11-20T10:00:00Z',
      comment: 'Serverlisten mangler',
    },
  ],
};

describe('HandoverPage', () => {
  let backend: FakeOverleveringBackend;

  beforeEach(() => {
    backend = new FakeOverleveringBackend();
    server.use(...backend.handlers);
  });

  it('shows each round with every seat, the rejection comment first, and what changed since', async () => {
    const handover = backend.seed({
      status: 'rejected',
      document: { bestilling: { tittel: 'PACS' } },
      rounds: [rejectedRound],
    });
    backend.events.get(handover.id)!.push({
      id: 'e2',
      at: '2026-11-21T08:00:00Z',
      actor: backend.user,
      type: 'saved',
      data: { revision: 3, sections: ['etablering'] },
    });
    server.use(
      http.get(
        `${TEST_BASE_URL}/handovers/:id/export`,
        ({ request }) =>
          new HttpResponse(
            new URL(request.url).searchParams.get('round')
              ? toMarkdown({ etablering: { servere: 'Ikke avklart' } })
              : toMarkdown({ etablering: { servere: 'app01, db01' } }),
          ),
      ),
    );
    await renderWithBackend(<HandoverPage handoverId={handover.id} />, {
      backend,
    });

    const rejections = await screen.findByRole('region', {
      name: 'Dette må rettes',
    });
    expect(rejections).toHaveTextContent('Server');
    expect(rejections).toHaveTextContent('Serverlisten mangler');

    const roundCard = screen.getByRole('region', { name: 'Runde 1' });
    const rows = within(within(roundCard).getByRole('table')).getAllByRole(
      'row',
    );
    expect(rows[1]).toHaveTextContent('Hemithjelp');
    expect(rows[1]).toHaveTextContent('Godkjent');
    expect(rows[2]).toHaveTextContent('Avslått');
    expect(rows[2]).toHaveTextContent('Serverlisten mangler');

    const changes = await screen.findByRole('region', {
      name: 'Endret siden runde 1',
    });
    const changed = await within(changes).findAllByRole('row');
    expect(changed).toHaveLength(2);
    expect(within(changed[1]).getByRole('rowheader')).toHaveTextContent(
      /^Etablering av tjenesten › Server/,
    );
    expect(
      within(changed[1])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['Ikke avklart', 'app01, db01']);

    const history = screen.getByRole('list', { name: 'Historikk' });
    expect(history).toHaveTextContent('Opprettet');
    // A save names the sections it changed by their titles.
    expect(history).toHaveTextContent('Lagret — Etablering av tjenesten');
    expect(
      screen.getByRole('button', { name: 'Rediger skjema' }),
    ).toBeInTheDocument();
  });

  it('lets the owner withdraw an open round', async () => {
    const handover = backend.seed({
      status: 'in_review',
      document: { bestilling: { tittel: 'PACS' } },
      rounds: [
        {
          ...rejectedRound,
          status: 'open',
          closedAt: undefined,
          assignments: [
            {
              role: 'hemithjelp',
              approver: 'group:default/hemithjelp',
              status: 'pending',
            },
          ],
        },
      ],
    });
    await renderWithBackend(<HandoverPage handoverId={handover.id} />, {
      backend,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Trekk runden' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Trekk runden' }),
    );

    await waitFor(() =>
      expect(backend.handovers.get(handover.id)!.status).toBe('draft'),
    );
    const roundCard = await screen.findByRole('region', { name: 'Runde 1' });
    await waitFor(() => expect(roundCard).toHaveTextContent('Trukket'));
    expect(screen.queryByRole('button', { name: 'Trekk runden' })).toBeNull();
  });

  it('offers no owner actions to others', async () => {
    const handover = backend.seed({
      status: 'in_review',
      owner: 'user:default/noen.andre',
      document: { bestilling: { tittel: 'PACS' } },
      rounds: [{ ...rejectedRound, status: 'open' }],
    });
    await renderWithBackend(<HandoverPage handoverId={handover.id} />, {
      backend,
    });
    expect(
      await screen.findByRole('button', { name: 'Last ned som Markdown' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trekk runden' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rediger skjema' })).toBeNull();
  });

  it('says plainly when the handover does not exist', async () => {
    await renderWithBackend(<HandoverPage handoverId="finnes-ikke" />, {
      backend,
    });
    expect(
      await screen.findByText('Fant ikke overleveringen.'),
    ).toBeInTheDocument();
  });
});
