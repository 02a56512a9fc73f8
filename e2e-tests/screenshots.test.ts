import { expect, test } from '@playwright/test';
import {
  actAs,
  apiAs,
  completeDocument,
  people,
  sectionButton,
  type HandoverJson,
} from './portal';

/**
 * The demo portal reminds a seat a minute after its round opens, and the
 * reminders pop up as toasts over whatever page is open; the pictures show
 * the page as a person reads it, under them.
 */
const WITHOUT_TOASTS =
  '.notistack-SnackbarContainer { display: none !important; }';

/** Ida holds the Integrasjon seat, which no other browser test asks. */
const integration = 'ida.integrasjon';

/**
 * The README's pictures, from handovers a team could have written: the
 * form's complete example, linked to the Pasientflyt system, sent for
 * approval with Integrasjon ticked.
 */
test('the README pictures show realistic handovers', async ({ browser }) => {
  const owner = await apiAs(people.owner);
  const sent: HandoverJson[] = [];
  for (const [title, entityRef] of [
    [
      'Pasientflyt – samlet oversikt over pasientforløp',
      'system:default/pasientflyt',
    ],
    [
      'Pasientflyt API – første produksjonssetting',
      'system:default/pasientflyt',
    ],
  ]) {
    const document = completeDocument(title);
    const draft = await owner.post<HandoverJson>('/handovers', {
      entityRef,
      document,
    });
    await owner.post(`/handovers/${draft.id}/submit`, {
      revision: draft.revision,
      optionalRoles: ['integrasjon', 'server'],
      message: 'Klar for drift fra 15. februar; driftshåndboken er oppdatert.',
    });
    sent.push(draft);
  }
  const draft = await owner.post<HandoverJson>('/handovers', {
    entityRef: 'system:default/pasientflyt',
    document: completeDocument('Pasientflyt web – mobilvisning for sengepost'),
  });

  // The system's Overlevering tab.
  const kari = await actAs(browser, people.owner);
  await kari.goto('/catalog/default/system/pasientflyt/overlevering');
  await expect(
    kari.getByRole('row').filter({ hasText: 'Pasientflyt web' }),
  ).toBeVisible();
  await kari.screenshot({
    path: 'docs/screenshots/service-tab.png',
    style: WITHOUT_TOASTS,
  });

  // The form at its operating costs.
  await kari.goto(`/overlevering/h/${draft.id}/skjema`);
  await sectionButton(kari, 'Driftskostnader').click();
  await expect(
    kari.getByRole('heading', { name: 'Kostnadslinjer', exact: true }),
  ).toBeVisible();
  await kari.screenshot({
    path: 'docs/screenshots/form.png',
    style: WITHOUT_TOASTS,
  });

  // Godkjenninger of the Integrasjon seat.
  const ida = await actAs(browser, integration);
  await ida
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Godkjenninger' })
    .click();
  for (const handover of sent) {
    await expect(
      ida.getByRole('row').filter({ hasText: handover.title }),
    ).toBeVisible();
  }
  await ida.screenshot({
    path: 'docs/screenshots/approvals.png',
    style: WITHOUT_TOASTS,
  });

  // The decision page: the delivery in brief, what Integrasjon should look
  // at, and the decision bar; then the same on a phone.
  await ida
    .getByRole('row')
    .filter({ hasText: sent[0].title })
    .getByRole('link', { name: sent[0].title })
    .click();
  await expect(
    ida.getByRole('region', { name: 'Dette bør du se på' }),
  ).toBeVisible();
  await ida.screenshot({
    path: 'docs/screenshots/decision.png',
    style: WITHOUT_TOASTS,
  });
  await ida.setViewportSize({ width: 390, height: 844 });
  await expect(
    ida.getByRole('region', { name: 'Din beslutning' }),
  ).toBeInViewport();
  await ida.screenshot({
    path: 'docs/screenshots/decision-phone.png',
    style: WITHOUT_TOASTS,
  });
});
