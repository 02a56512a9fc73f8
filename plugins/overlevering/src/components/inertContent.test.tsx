import { Route, Routes } from 'react-router-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { http, HttpResponse } from 'msw';
import { registerMswTestHooks } from '@backstage/test-utils';
import { toMarkdown } from '@hemit/overlevering-form-schema';
import type { Round } from '@hemit/plugin-overlevering-common';
import {
  FakeOverleveringBackend,
  TEST_BASE_URL,
} from '../__testUtils__/fakeBackend';
import { renderWithBackend } from '../__testUtils__/renderWithBackend';
import { DecisionPage } from './Approvals/DecisionPage';
import { HandoverList } from './HandoverList';
import { HandoverPage } from './HandoverPage';

// Whatever people type is shown as text: a title, a comment or a form field
// holding HTML, script or Markdown never becomes an element on the page,
// whether the page renders it directly or through the Markdown export.

const server = setupServer();
registerMswTestHooks(server);
jest.setTimeout(30_000);

const HOSTILE = `<img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const MARKDOWN = '**fet** [lenke](javascript:alert(1)) <b>tykk</b>';

const owner = 'user:default/kari.nordmann';
const approver = 'user:default/ola.hansen';

/** A document with hostile text in a title, free text, a link title and a table. */
const hostileDocument = {
  bestilling: {
    tittel: HOSTILE,
    beskrivelse: `${MARKDOWN}\n# ikke en overskrift`,
    formal: HOSTILE,
  },
  produksjonssetting: {
    kjenteFeil: [{ beskrivelse: HOSTILE, omgaelse: 'a | b' }],
  },
};

function round(status: Round['status']): Round {
  return {
    number: 1,
    status,
    revision: 1,
    submittedBy: owner,
    submittedAt: '2026-11-20T08:00:00Z',
    message: HOSTILE,
    optionalRoles: [],
    assignments: [
      {
        role: 'fagansvarlig',
        approver,
        status: status === 'open' ? 'pending' : 'rejected',
        ...(status === 'open'
          ? {}
          : {
              decidedBy: approver,
              decidedAt: '2026-11-20T09:00:00Z',
              comment: `${HOSTILE} ${MARKDOWN}`,
            }),
      },
    ],
  };
}

/** Nothing the user typed became an element, and no script ran. */
function expectNothingInjected() {
  expect(document.querySelector('img[src="x"]')).toBeNull();
  expect(document.querySelector('script')).toBeNull();
  expect(document.querySelector('b')).toBeNull();
  expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  expect(document.querySelectorAll('[onerror]')).toHaveLength(0);
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

describe('stored content is inert', () => {
  let backend: FakeOverleveringBackend;

  beforeEach(() => {
    backend = new FakeOverleveringBackend();
    server.use(
      // The real export, as the backend makes it from the stored document.
      http.get(`${TEST_BASE_URL}/handovers/:id/export`, ({ params }) => {
        const handover = backend.handovers.get(String(params.id));
        return new HttpResponse(toMarkdown(handover?.document ?? {}), {
          headers: { 'Content-Type': 'text/markdown' },
        });
      }),
      ...backend.handlers,
    );
  });

  it('shows a hostile title as text in the list', async () => {
    backend.seed({ document: hostileDocument });
    await renderWithBackend(<HandoverList />, { backend });
    const table = await screen.findByRole('table', {
      name: 'Mine overleveringer',
    });
    expect(within(table).getByText(HOSTILE)).toBeInTheDocument();
    expectNothingInjected();
  });

  it('shows hostile text as text on the handover page and in its print view', async () => {
    const handover = backend.seed({
      status: 'rejected',
      document: hostileDocument,
      rounds: [round('rejected')],
    });
    await renderWithBackend(<HandoverPage handoverId={handover.id} />, {
      backend,
    });
    expect(
      (await screen.findAllByText(HOSTILE, { exact: false })).length,
    ).toBeGreaterThanOrEqual(1);
    const rejections = await screen.findByRole('region', {
      name: 'Dette må rettes',
    });
    expect(rejections).toHaveTextContent(`${HOSTILE} ${MARKDOWN}`);
    expectNothingInjected();

    await userEvent.click(
      screen.getByRole('button', { name: 'Utskriftsvisning' }),
    );
    const print = await screen.findByRole('dialog');
    // The export's heading is the title as typed, and the Markdown in the
    // description is shown, not followed.
    expect(
      await within(print).findByRole('heading', { level: 1 }),
    ).toHaveTextContent(HOSTILE);
    expect(print).toHaveTextContent(MARKDOWN);
    expect(print).toHaveTextContent('# ikke en overskrift');
    expect(within(print).queryByRole('link')).toBeNull();
    expectNothingInjected();
  });

  it('shows hostile text as text on the decision page', async () => {
    const handover = backend.seed({
      owner,
      status: 'in_review',
      document: hostileDocument,
      rounds: [round('open')],
    });
    backend.signIn(approver);
    await renderWithBackend(
      <Routes>
        <Route
          path="/overlevering/godkjenninger/:id/:round/:role"
          element={<DecisionPage />}
        />
      </Routes>,
      {
        backend,
        routeEntries: [
          `/overlevering/godkjenninger/${handover.id}/1/fagansvarlig`,
        ],
      },
    );
    // The round's snapshot, rendered from the export.
    expect(
      await screen.findByRole('heading', { level: 1, name: HOSTILE }),
    ).toBeInTheDocument();
    expect(document.body).toHaveTextContent(MARKDOWN);
    const table = screen
      .getAllByRole('table')
      .find(t => within(t).queryByText(HOSTILE));
    expect(table).toBeDefined();
    expect(within(table!).getByText('a | b')).toBeInTheDocument();
    expectNothingInjected();
  });
});
