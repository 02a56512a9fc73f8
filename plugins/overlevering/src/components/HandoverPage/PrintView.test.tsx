import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Handover } from '@hemit/plugin-overlevering-common';
import {
  completeDocument,
  FIXED_SEAT_HOLDERS,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { HandoverPage } from './HandoverPage';

// The print view of an approved handover is what an auditor is handed: the
// form, then the decision record, then the handover laid beside Normen's
// fact sheet 20b, all in the reader's language, as the backend exports it.

jest.setTimeout(60_000);

const ARCHITECTURE = 'https://wiki.hemit.no/pacs';

describe('the print view of an approved handover', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  /** A handover answering part of what fact sheet 20b asks, approved by all. */
  async function approvedHandover(): Promise<Handover> {
    const base = completeDocument('PACS 3');
    const { handover } = await portal.submitted({
      ...base,
      designfase: {
        ...base.designfase,
        rosGjennomfort: { svar: true, forklaring: 'I Risk Manager' },
        arkitekturdokumentasjon: ARCHITECTURE,
      },
    });
    for (const [person, role] of FIXED_SEAT_HOLDERS) {
      await portal.decide(handover, person, role, 'approve');
    }
    const approved = await portal.reload(handover);
    expect(approved.status).toBe('approved');
    return approved;
  }

  /** The print view opened from the handover page. */
  async function openPrintView(button: string) {
    await userEvent.click(await screen.findByRole('button', { name: button }));
    const print = await screen.findByRole('dialog');
    await within(print).findByRole('heading', { level: 1, name: 'PACS 3' });
    return print;
  }

  const headings = (print: HTMLElement, level: number) =>
    within(print)
      .getAllByRole('heading', { level })
      .map(h => h.textContent);

  it('ends with the decision record, the follow-up after approval and the Normen section, in Norwegian', async () => {
    const handover = await approvedHandover();
    await portal.render(<HandoverPage handoverId={handover.id} />);
    const print = await openPrintView('Utskriftsvisning');

    expect(headings(print, 2).slice(-3)).toEqual([
      'Beslutningsprotokoll',
      'Driftsoppfølging',
      'Normen, faktaark 20b',
    ]);
    expect(headings(print, 3).slice(-4)).toEqual([
      'Risikovurdert',
      'Testet',
      'Dokumentert',
      'Godkjent',
    ]);
    // A group's seat: the group it was decided for, and who decided.
    expect(
      within(print).getByRole('cell', {
        name: 'Hanne Hjelp på vegne av Hemithjelp',
      }),
    ).toBeInTheDocument();
    const answers = within(print)
      .getAllByRole('listitem')
      .map(item => item.textContent);
    expect(answers).toContain(
      'Risiko- og sårbarhetsanalyse (ROS) gjennomført? Ja — I Risk Manager',
    );
    expect(answers).toContain(
      'Personvernkonsekvensvurdering (DPIA) gjennomført? Ikke besvart',
    );
    expect(answers).toContainEqual(
      expect.stringMatching(
        /^Hemithjelp: Hanne Hjelp på vegne av Hemithjelp, \d\d\.\d\d\.\d{4}/,
      ),
    );
    expect(print).toHaveTextContent(/Godkjent av alle 6 godkjennere, sist/);
    // The link the form gave opens away from the portal, as every link of
    // the export does.
    const links = within(print)
      .getAllByRole('link')
      .filter(link => link.getAttribute('href') === ARCHITECTURE);
    // In the form, and again under "Dokumentert".
    expect(links).toHaveLength(2);
    for (const link of links) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('ends with the same in English for an English reader', async () => {
    const handover = await approvedHandover();
    await portal.render(<HandoverPage handoverId={handover.id} />, {
      language: 'en',
    });
    const print = await openPrintView('Print view');

    expect(headings(print, 2).slice(-3)).toEqual([
      'Decision record',
      'Follow-up after approval',
      'Normen, fact sheet 20b',
    ]);
    expect(headings(print, 3).slice(-4)).toEqual([
      'Risk assessed',
      'Tested',
      'Documented',
      'Approved',
    ]);
    expect(
      within(print).getByRole('cell', {
        name: 'Hanne Hjelp on behalf of Hemithjelp',
      }),
    ).toBeInTheDocument();
    expect(
      within(print)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toContain('Data protection impact assessment (DPIA) done? Not answered');
    expect(print).not.toHaveTextContent('Ikke besvart');
  });
});
