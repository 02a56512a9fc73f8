import { expect, test } from '@playwright/test';
import { actAs, people, save, sectionButton } from './portal';

test('two windows edit the same draft: the stale save is refused and the typed text survives', async ({
  browser,
}) => {
  const tag = `e2e-samtidig-${Date.now()}`;

  const first = await actAs(browser, people.owner);
  await first.goto('/catalog/default/component/timebok/overlevering');
  await first.getByRole('button', { name: 'Ny overlevering' }).click();
  const dialog = first.getByRole('dialog', { name: 'Ny overlevering' });
  await dialog.getByRole('textbox', { name: 'Tittel' }).fill('Timebok');
  await dialog.getByRole('button', { name: 'Opprett' }).click();
  await expect(first).toHaveURL(/\/skjema$/);
  await expect(sectionButton(first, 'Bestilling')).toBeVisible();

  // The same draft in a second window, opened before the first one saves.
  const second = await actAs(browser, people.owner);
  await second.goto(first.url());
  await expect(sectionButton(second, 'Bestilling')).toBeVisible();

  // The second window types while its connection is down (a train tunnel),
  // so its autosave cannot get in before the first window saves.
  const typed = `Skrevet i det andre vinduet ${tag}`;
  const whatSecond = second.getByRole('textbox', { name: 'Hva er bestilt' });
  await second.context().setOffline(true);
  await whatSecond.fill(typed);

  await first.getByRole('textbox', { name: 'Tittel' }).fill(`Timebok ${tag}`);
  await save(first);
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(
    `Timebok ${tag}`,
  );

  await second.context().setOffline(false);
  // Saving now (by hand, or by the autosave retrying) is refused as stale.
  const saveSecond = second.getByRole('button', { name: 'Lagre' });
  if (await saveSecond.isEnabled()) {
    await saveSecond.click().catch(() => undefined);
  }

  // Refused: the second window's version is stale.
  await expect(
    second.getByText('Noen andre har endret overleveringen'),
  ).toBeVisible();
  await expect(whatSecond).toHaveValue(typed);

  // Loading the newest keeps what was typed on top of it, and then it saves.
  await second
    .getByRole('button', { name: 'Last inn nyeste og behold mine endringer' })
    .click();
  await expect(second.getByRole('textbox', { name: 'Tittel' })).toHaveValue(
    `Timebok ${tag}`,
  );
  await expect(whatSecond).toHaveValue(typed);
  await save(second);

  // Both changes are stored.
  await first.reload();
  await expect(first.getByRole('textbox', { name: 'Tittel' })).toHaveValue(
    `Timebok ${tag}`,
  );
  await expect(
    first.getByRole('textbox', { name: 'Hva er bestilt' }),
  ).toHaveValue(typed);
});
