import { Route, Routes } from 'react-router-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Handover } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  PEOPLE,
  TestPortal,
} from '../__testUtils__/testPortal';
import { DecisionPage } from './Approvals/DecisionPage';
import { HandoverList } from './HandoverList';
import { HandoverPage } from './HandoverPage';

// Whatever people type is shown as text: a title, a comment, a message to the
// approvers or a form field holding HTML, script or Markdown never becomes an
// element on the page, whether the page renders it directly or through the
// Markdown export the backend makes.

jest.setTimeout(60_000);

const HOSTILE = `<img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const MARKDOWN = '**fet** [lenke](javascript:alert(1)) <b>tykk</b>';
const LINK = 'https://example.org/losning';

/**
 * The real form with hostile text in the title, free text, a link's title
 * and a table, and the seats filled so that it can be sent.
 */
function hostileDocument() {
  const doc = completeDocument();
  return {
    ...doc,
    bestilling: {
      tittel: HOSTILE,
      beskrivelse: `${MARKDOWN}\n# ikke en overskrift`,
      formal: HOSTILE,
    },
    etablering: {
      losningsdokumentasjon: [{ tittel: `${HOSTILE} ${MARKDOWN}`, url: LINK }],
    },
    produksjonssetting: {
      kjenteFeil: [{ beskrivelse: HOSTILE, omgaelse: 'a | b' }],
    },
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
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** Kari's draft, into whose form the hostile text was typed and saved. */
  async function savedHostileDraft(): Promise<Handover> {
    const draft = await portal.draft(completeDocument('Ny overlevering'));
    return portal.client(PEOPLE.kari).saveDocument(draft.id, {
      revision: draft.revision,
      document: hostileDocument(),
    });
  }

  /** The saved hostile draft, sent with a hostile message to the approvers. */
  async function sentHostileHandover(): Promise<Handover> {
    const draft = await savedHostileDraft();
    await portal.client(PEOPLE.kari).submit(draft.id, {
      revision: draft.revision,
      optionalRoles: [],
      message: HOSTILE,
    });
    return portal.reload(draft);
  }

  it('shows a hostile title as text in the list', async () => {
    await savedHostileDraft();
    await portal.render(<HandoverList />);
    const table = await screen.findByRole('table', {
      name: 'Mine overleveringer',
    });
    expect(await within(table).findByText(HOSTILE)).toBeInTheDocument();
    expectNothingInjected();
  });

  it('shows hostile text as text on the handover page and in its print view', async () => {
    const handover = await sentHostileHandover();
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      if (role === 'fagansvarlig') {
        await portal.decide(
          handover,
          person,
          role,
          'reject',
          `${HOSTILE} ${MARKDOWN}`,
        );
      } else {
        await portal.decide(handover, person, role, 'approve');
      }
    }
    // The owner corrects the purpose with more hostile text.
    const rejected = await portal.reload(handover);
    expect(rejected.status).toBe('rejected');
    const hostile = hostileDocument();
    await portal.client(PEOPLE.kari).saveDocument(handover.id, {
      revision: rejected.revision,
      document: {
        ...hostile,
        bestilling: { ...hostile.bestilling, formal: MARKDOWN },
      },
    });
    await portal.render(<HandoverPage handoverId={handover.id} />);

    const rejections = await screen.findByRole('region', {
      name: 'Dette må rettes',
    });
    expect(rejections).toHaveTextContent(`${HOSTILE} ${MARKDOWN}`);
    expect(
      screen.getAllByText(HOSTILE, { exact: false }).length,
    ).toBeGreaterThanOrEqual(1);
    expect(screen.getByRole('region', { name: 'Runde 1' })).toHaveTextContent(
      `Melding: ${HOSTILE}`,
    );
    const changes = await screen.findByRole('region', {
      name: 'Endret siden runde 1',
    });
    const [, purpose] = await within(changes).findAllByRole('row');
    expect(within(purpose).getByRole('rowheader')).toHaveTextContent(
      'Bestilling › Formål og bruk',
    );
    expect(
      within(purpose)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([HOSTILE, MARKDOWN]);
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
    expect(
      within(print).queryByRole('heading', { name: 'ikke en overskrift' }),
    ).toBeNull();
    // The link's title is text beside its address; the only link is the
    // address itself.
    const linkRow = within(print)
      .getAllByRole('row')
      .find(row => row.textContent?.includes(LINK));
    expect(linkRow).toHaveTextContent(`${HOSTILE} ${MARKDOWN}`);
    expect(
      within(print)
        .getAllByRole('link')
        .map(link => link.getAttribute('href')),
    ).toEqual([LINK]);
    expectNothingInjected();
  });

  it('shows hostile text as text on the decision page', async () => {
    const handover = await sentHostileHandover();
    await portal.decide(
      handover,
      PEOPLE.per,
      'fagansvarlig',
      'reject',
      `${HOSTILE} ${MARKDOWN}`,
    );
    portal.signIn(PEOPLE.hanne);
    await portal.render(
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
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: `${HOSTILE} — Hemithjelp`,
      }),
    ).toBeInTheDocument();
    // The round's snapshot, rendered from the export, one click away.
    await userEvent.click(
      screen.getByRole('button', { name: /Vis hele skjemaet/ }),
    );
    expect(document.body).toHaveTextContent(MARKDOWN);
    const table = screen
      .getAllByRole('table')
      .find(t => within(t).queryByText(HOSTILE));
    expect(table).toBeDefined();
    expect(within(table!).getByText('a | b')).toBeInTheDocument();
    // The owner's message and another seat's rejection, as typed.
    expect(document.body).toHaveTextContent(`Melding: ${HOSTILE}`);
    expect(
      screen.getByRole('region', { name: 'Dette må rettes' }),
    ).toHaveTextContent(`${HOSTILE} ${MARKDOWN}`);
    expect(
      screen.getByRole('button', { name: 'Godkjenn' }),
    ).toBeInTheDocument();
    expectNothingInjected();
  });
});
