import { expect, test, type Page } from '@playwright/test';
import { prepareDraft } from './portal';

/** Signs in on the development sign-in page by picking the person. */
async function signInAs(page: Page, displayName: string) {
  await page.getByRole('button', { name: new RegExp(displayName) }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Godkjenninger' }),
  ).toBeVisible({ timeout: 120_000 });
}

/** Everything the browser keeps for the portal's origin, as text. */
async function browserStorage(page: Page): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify({
      local: { ...window.localStorage },
      session: { ...window.sessionStorage },
    }),
  );
}

test('on a shared PC, what one person typed offline is gone for the next person after sign-out', async ({
  browser,
}) => {
  const secret = `Pasientliste for avdeling 7 (${Date.now()})`;
  const draft = await prepareDraft(`Delt PC ${Date.now()}`);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await signInAs(page, 'Kari Nordmann');
  await page.goto(`/overlevering/h/${draft.id}/skjema`);
  const purpose = page.getByRole('textbox', { name: 'Formål og bruk' });
  await expect(purpose).toBeVisible();

  // The network drops while Kari types: the text cannot reach the backend.
  await context.setOffline(true);
  await purpose.fill(secret);
  await expect(page.getByRole('status')).not.toHaveText('Lagret', {
    timeout: 10_000,
  });
  // A copy waits in the browser, sealed: the text itself is nowhere in it.
  await expect
    .poll(async () => browserStorage(page))
    .toContain(`overlevering:unsaved:user:default/kari.nordmann:${draft.id}`);
  expect(await browserStorage(page)).not.toContain('Pasientliste');

  // Kari signs out under Settings and leaves the PC.
  await context.setOffline(false);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Innstillinger' })
    .click();
  await page.getByRole('button', { name: /^(mer|more)$/i }).click();
  await page.getByRole('menuitem', { name: /Logg ut|Sign Out/ }).click();
  await expect(page.getByText('Hvem vil du være?')).toBeVisible();
  expect(await browserStorage(page)).not.toContain('overlevering:unsaved');

  // Ola signs in at the same PC and opens the same handover.
  await signInAs(page, 'Ola Utvikler');
  await page.goto(`/overlevering/h/${draft.id}/skjema`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Pasientliste')).toHaveCount(0);
  expect(await browserStorage(page)).not.toContain('Pasientliste');
  expect(await browserStorage(page)).not.toContain('overlevering:unsaved');
  await context.close();
});
