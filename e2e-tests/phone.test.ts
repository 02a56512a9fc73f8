import { expect, test, type Page } from '@playwright/test';
import {
  actAs,
  apiAs,
  decideRound,
  expectAccessible,
  expectReadableLayout,
  people,
  prepareDraft,
  sectionButton,
} from './portal';

const PHONE = { width: 390, height: 844 };

/** A page as a phone shows it, checked and pictured for the record. */
async function check(page: Page, what: string, picture: string) {
  await expectReadableLayout(page, `${what} at 390 px`);
  await expectAccessible(page, `${what} at 390 px`);
  await page.screenshot({ path: `test-results/phone/${picture}.png` });
}

test('on a phone, the owner reads the rejection and fixes it, and the approver finds what waits', async ({
  browser,
}) => {
  const title = `Pasientflyt mobil ${Date.now()}`;
  const rejected = await prepareDraft(title);
  const owner = await apiAs(people.owner);
  await owner.post(`/handovers/${rejected.id}/submit`, {
    revision: rejected.revision,
    optionalRoles: ['server'],
  });
  await decideRound(rejected.id, 1, {
    server: {
      decision: 'reject',
      comment: 'Disken er for liten for databasen.',
      sections: ['etablering'],
    },
  });
  // A second handover that waits for Server.
  const waiting = await prepareDraft(`${title} (venter)`);
  await owner.post(`/handovers/${waiting.id}/submit`, {
    revision: waiting.revision,
    optionalRoles: ['server'],
  });

  const kari = await actAs(browser, people.owner);
  await kari.setViewportSize(PHONE);

  // Mine overleveringer: cards, every word whole.
  await kari.goto('/overlevering');
  await expect(
    kari.getByRole('link', { name: title, exact: true }),
  ).toBeVisible();
  await check(kari, 'Mine overleveringer', 'mine-overleveringer');

  // The handover page.
  await kari.getByRole('link', { name: title, exact: true }).click();
  await expect(
    kari.getByRole('heading', { name: 'Runde 1', exact: true }),
  ).toBeVisible();
  await check(kari, 'the handover page', 'overlevering');

  // The form opens where the rejection points, with its comment on top.
  await kari.getByRole('button', { name: 'Rediger skjema' }).click();
  const toFix = kari.getByRole('region', { name: 'Dette må rettes' });
  await expect(toFix).toContainText('Disken er for liten for databasen.');
  await expect(toFix).toContainText('Sara Server');
  await expect(sectionButton(kari, 'Etablering av tjenesten')).toContainText(
    'Må rettes',
  );
  await expect(
    kari.getByRole('heading', { name: 'Etablering av tjenesten' }).first(),
  ).toBeVisible();
  await check(kari, 'the form after a rejection', 'skjema-avslag');

  // The stepper scrolls to the last section instead of being cut.
  const last = sectionButton(kari, 'Godkjenning');
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await expect(last).toBeInViewport();

  // Cost lines as cards, amounts whole.
  await sectionButton(kari, 'Driftskostnader').click();
  await expect(kari.getByText('Sum per år:')).toBeVisible();
  await check(kari, 'the cost lines', 'driftskostnader');

  // Sara starts where her work is: the count in the menu, the inbox as cards.
  const sara = await actAs(browser, people.server);
  await sara.setViewportSize(PHONE);
  await sara.goto('/overlevering/godkjenninger');
  await expect(
    sara.getByRole('link', { name: `${title} (venter)` }),
  ).toBeVisible();
  await check(sara, 'Godkjenninger', 'godkjenninger');
  await sara.getByRole('link', { name: `${title} (venter)` }).click();
  await expect(
    sara.getByRole('region', { name: 'Kort om leveransen' }),
  ).toBeVisible();
  await check(sara, 'the decision page', 'beslutning');
});
