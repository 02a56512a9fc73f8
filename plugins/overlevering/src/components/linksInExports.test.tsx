import { Route, Routes } from 'react-router-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  completeDocument,
  PEOPLE,
  TestPortal,
} from '../__testUtils__/testPortal';
import { DecisionPage } from './Approvals/DecisionPage';
import { HandoverPage } from './HandoverPage';

jest.setTimeout(60_000);

// A web address in the form, typed in a link field or in free text, is shown
// in the print view and on the decision page with the host it really leads
// to, and opens in a new tab that can neither reach back into the portal nor
// learn where it came from.

const DRESSED_UP = 'https://wiki.hemit.no@example.com/runbook';
const IN_TEXT = 'https://intra.hemit.no/rutiner';

function documentWithLinks() {
  const doc = completeDocument('Lenker');
  return {
    ...doc,
    bestilling: {
      ...doc.bestilling,
      beskrivelse: `Les rutinene på ${IN_TEXT} før oppstart.`,
    },
    designfase: { ...doc.designfase, arkitekturdokumentasjon: DRESSED_UP },
  };
}

/** The text that follows the link to `href`: where it says the link leads. */
function besideLink(container: HTMLElement, href: string): string {
  const link = within(container)
    .getAllByRole('link')
    .find(l => l.getAttribute('href') === href);
  expect(link).toBeDefined();
  expect(link).toHaveTextContent(href);
  return link!.nextSibling?.textContent ?? '';
}

/** Every link in `container` opens in a new tab without opener or referrer. */
function expectSafeLinks(container: HTMLElement, hrefs: string[]) {
  const links = within(container).getAllByRole('link');
  expect(links.map(link => link.getAttribute('href')).sort()).toEqual(
    [...hrefs].sort(),
  );
  for (const link of links) {
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
  }
}

describe('links in the print view and on the decision page', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  it('shows where each link leads in the print view', async () => {
    const handover = await portal.draft(documentWithLinks());
    await portal.render(<HandoverPage handoverId={handover.id} />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Utskriftsvisning' }),
    );
    const print = await screen.findByRole('dialog');
    await within(print).findByRole('heading', { level: 1, name: 'Lenker' });

    expect(besideLink(print, DRESSED_UP)).toMatch(/^ \(example\.com\)/);
    expect(besideLink(print, IN_TEXT)).toMatch(
      /^ \(intra\.hemit\.no\) før oppstart\./,
    );
    expectSafeLinks(print, [
      'https://wiki.hemit.no@example.com/runbook',
      IN_TEXT,
    ]);
  });

  it('shows where each link leads in the form on the decision page', async () => {
    const { handover } = await portal.submitted(documentWithLinks());
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
    await userEvent.click(
      await screen.findByRole('button', { name: /Vis hele skjemaet/ }),
    );
    const form = await screen.findByRole('region', {
      name: 'Dette godkjenner du (runde 1)',
    });
    expect(besideLink(form, DRESSED_UP)).toMatch(/^ \(example\.com\)/);
    expectSafeLinks(form, [DRESSED_UP, IN_TEXT]);
  });
});
