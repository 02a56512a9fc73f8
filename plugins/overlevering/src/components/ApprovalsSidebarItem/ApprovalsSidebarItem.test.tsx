import { screen } from '@testing-library/react';
import { SidebarOpenStateProvider } from '@backstage/core-components';
import {
  completeDocument,
  PEOPLE,
  TestPortal,
} from '../../__testUtils__/testPortal';
import { ApprovalsSidebarItem } from './ApprovalsSidebarItem';

jest.setTimeout(60_000);

/** A handover whose fagansvarlig is `person`, titled `title`. */
function documentFor(title: string, fagansvarlig: string) {
  const doc = completeDocument(title);
  return { ...doc, designfase: { ...doc.designfase, fagansvarlig } };
}

describe('ApprovalsSidebarItem', () => {
  let portal: TestPortal;

  beforeEach(async () => {
    portal = await TestPortal.start();
  });

  afterEach(async () => {
    await portal.stop();
  });

  function renderSidebarItem(options: { language?: 'nb' | 'en' } = {}) {
    return portal.render(
      <SidebarOpenStateProvider value={{ isOpen: true, setOpen: () => {} }}>
        <ApprovalsSidebarItem />
      </SidebarOpenStateProvider>,
      options,
    );
  }

  it('shows how many approvals wait for me and my groups, and follows them live', async () => {
    // Erik holds the server and the hemithjelp seats through his groups.
    const { handover } = await portal.submitted(
      documentFor('Pasientflyt', PEOPLE.per),
      { optionalRoles: ['server'] },
    );
    portal.signIn(PEOPLE.erik);
    await renderSidebarItem();

    const link = await screen.findByRole('link', {
      name: 'Godkjenninger, 2 venter på deg',
    });
    expect(link).toHaveAttribute('href', '/overlevering/godkjenninger');

    // A new round for his group: one more.
    await portal.submitted(documentFor('Timebok', PEOPLE.per));
    expect(
      await screen.findByRole('link', {
        name: 'Godkjenninger, 3 venter på deg',
      }),
    ).toBeInTheDocument();

    // Hanne, also in hemithjelp, decides that seat of the first round.
    await portal.decide(handover, PEOPLE.hanne, 'hemithjelp', 'approve');
    expect(
      await screen.findByRole('link', {
        name: 'Godkjenninger, 2 venter på deg',
      }),
    ).toBeInTheDocument();
  });

  it('shows no number when nothing waits', async () => {
    portal.signIn(PEOPLE.eva);
    await renderSidebarItem({ language: 'en' });
    const link = await screen.findByRole('link', { name: 'Approvals' });
    // Still nothing once the count has been read.
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(link).toHaveAccessibleName('Approvals');
  });
});
