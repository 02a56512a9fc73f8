import { expect, test } from '@playwright/test';
import {
  actAs,
  apiAs,
  expectAccessible,
  people,
  prepareDraft,
  seatHolders,
} from './portal';

/** Tomorrow in Oslo, as a date field takes it (yyyy-mm-dd). */
function tomorrow(): string {
  const day = new Date(Date.now() + 24 * 60 * 60 * 1000);
  return day.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
}

test('after Godkjent: Hemithjelp approves with a condition, the owner closes it and confirms, Hemithjelp hands the service over to operations, and the service page shows Driftsinformasjon', async ({
  browser,
}) => {
  const title = `Etter produksjonssetting ${Date.now()}`;
  const draft = await prepareDraft(title);
  const owner = await apiAs(people.owner);
  await owner.post(`/handovers/${draft.id}/submit`, {
    revision: draft.revision,
    optionalRoles: [],
  });
  // Every seat but Hemithjelp approves; Hemithjelp's answer closes the round.
  const handover = await owner.get<{
    rounds: { seats: { role: string }[] }[];
  }>(`/handovers/${draft.id}`);
  for (const { role } of handover.rounds[0].seats) {
    if (role === 'hemithjelp') continue;
    await (
      await apiAs(seatHolders[role])
    ).post(`/handovers/${draft.id}/rounds/1/decisions`, {
      role,
      decision: 'approve',
    });
  }

  // Hanne approves "med forbehold": a knowledge article must be published.
  const hanne = await actAs(browser, people.hemithjelp);
  await hanne.goto(`/overlevering/godkjenninger/${draft.id}/1/hemithjelp`);
  await hanne.getByRole('button', { name: 'Godkjenn med forbehold' }).click();
  const condition = hanne.getByRole('group', { name: 'Forbehold 1' });
  await condition
    .getByRole('textbox', { name: /^Hva må gjøres/ })
    .fill('Publiser KB0012002 Pasientflyt – feilsøking.');
  await condition.getByRole('combobox', { name: /^Følges opp av/ }).click();
  await hanne.getByRole('option', { name: /Kari Nordmann/ }).click();
  await condition.getByLabel(/^Frist/).fill(tomorrow());
  await hanne
    .getByRole('button', { name: 'Send godkjenning med forbehold' })
    .click();
  await expect(hanne.getByText('Du godkjente med forbehold.')).toBeVisible();

  // The owner closes the condition once the article is out, and confirms
  // the follow-up with the criterion the form had answered no.
  const kari = await actAs(browser, people.owner);
  await kari.goto(`/overlevering/h/${draft.id}`);
  await expect(
    kari.getByText('Godkjent – i driftsoppfølging').first(),
  ).toBeVisible();
  const open = kari.getByRole('listitem', {
    name: 'Publiser KB0012002 Pasientflyt – feilsøking.',
  });
  await expect(open).toContainText('Åpent');
  await open.getByRole('button', { name: 'Lukk forbehold' }).click();
  await open
    .getByRole('textbox', { name: /^Hvordan forbeholdet er oppfylt/ })
    .fill('Publisert 29.11.');
  await open.getByRole('button', { name: 'Lukk', exact: true }).click();
  await expect(open).toContainText('Lukket');
  await kari
    .getByRole('checkbox', { name: 'Kunnskapsartiklene er publisert' })
    .check();
  await kari.getByRole('button', { name: 'Bekreft oppfølgingen' }).click();
  await expect(
    kari.getByText(/Leveranseansvarlig bekreftet: Kari Nordmann/),
  ).toBeVisible();
  await expectAccessible(kari, 'the handover page in its follow-up');

  // Hemithjelp hands it over to operations.
  await hanne.goto(`/overlevering/h/${draft.id}`);
  const handOver = hanne.getByRole('button', { name: 'Overlevert til drift' });
  await expect(handOver).toBeEnabled();
  await handOver.click();
  await expect(
    hanne.getByText(/Overlevert til drift av Hanne Hjelp/),
  ).toBeVisible();

  // The service's page shows the service desk's view of the approved handover.
  await hanne.goto('/catalog/default/component/pasientflyt-web');
  const card = hanne
    .locator('[class*="MuiCard-root"]')
    .filter({ hasText: 'Driftsinformasjon' });
  await expect(card).toBeVisible();
  await expect(card).toContainText(title);
});
