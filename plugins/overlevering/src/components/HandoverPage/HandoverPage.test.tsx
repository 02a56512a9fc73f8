import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { registerMswTestHooks } from '@backstage/test-utils';
import { getForm } from '@hemit/overlevering-form-schema';
import type { Round } from '@hemit/plugin-overlevering-common';
import { FakeOverleveringBackend } from '../../__testUtils__/fakeBackend';
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
    // The form the backend really serves, with its lists of cost lines.
    const nb = getForm({ locale: 'nb' });
    backend.form = {
      ...backend.form,
      schema: nb.schema,
      uiSchema: nb.uiSchema,
    };
    const cost = { beskrivelse: 'Lisens', kategori: 'lisens', belop: 100 };
    const handover = backend.seed({
      status: 'rejected',
      revision: 3,
      document: {
        bestilling: { tittel: 'PACS' },
        etablering: { servere: 'app01, db01' },
        driftskostnader: { kostnader: [cost, { ...cost, belop: 250 }] },
      },
      rounds: [rejectedRound],
    });
    // What round 1 decided on, before the owner fixed what was rejected.
    backend.keepRevision(handover.id, rejectedRound.revision, {
      bestilling: { tittel: 'PACS' },
      etablering: { servere: 'Ikke avklart' },
      driftskostnader: { kostnader: [cost, cost] },
    });
    backend.events.get(handover.id)!.push({
      id: 'e2',
      at: '2026-11-21T08:00:00Z',
      actor: backend.user,
      type: 'saved',
      data: { revision: 3, sections: ['etablering'] },
    });
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
    expect(changed).toHaveLength(3);
    expect(within(changed[1]).getByRole('rowheader')).toHaveTextContent(
      /^Etablering av tjenesten › Server/,
    );
    expect(
      within(changed[1])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['Ikke avklart', 'app01, db01']);
    // One changed amount is one row of the comparison, named by its line.
    expect(within(changed[2]).getByRole('rowheader')).toHaveTextContent(
      'Driftskostnader › Kostnadslinjer, rad 2 › Beløp (NOK)',
    );
    expect(
      within(changed[2])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['100', '250']);

    const history = screen.getByRole('list', { name: 'Historikk' });
    expect(history).toHaveTextContent('Opprettet');
    // A save names the sections it changed by their titles.
    expect(history).toHaveTextContent('Lagret — Etablering av tjenesten');
    expect(
      screen.getByRole('button', { name: 'Rediger skjema' }),
    ).toBeInTheDocument();
  });

  it('says so when nothing changed since the rejected round', async () => {
    const handover = backend.seed({
      status: 'rejected',
      document: { bestilling: { tittel: 'PACS' } },
      rounds: [rejectedRound],
    });
    await renderWithBackend(<HandoverPage handoverId={handover.id} />, {
      backend,
    });
    const changes = await screen.findByRole('region', {
      name: 'Endret siden runde 1',
    });
    expect(
      await within(changes).findByText('Ingen endringer siden runde 1.'),
    ).toBeInTheDocument();
    expect(within(changes).queryByRole('table')).toBeNull();
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
