import { expect, test } from '@playwright/test';
import {
  actAs,
  apiAs,
  people,
  prepareDraft,
  sectionButton,
  type HandoverJson,
} from './portal';

type Stored = HandoverJson & { document: Record<string, any> };

test('no edit is lost: a bad link holds nothing else back, and leaving at once still saves', async ({
  browser,
}) => {
  const draft = await prepareDraft(`Ingen tapte endringer ${Date.now()}`);
  const api = await apiAs(people.owner);
  const kari = await actAs(browser, people.owner);
  await kari.goto(`/overlevering/h/${draft.id}/skjema`);
  await sectionButton(kari, 'Designfase').click();

  // A link typed without https:// is refused; what follows it is saved.
  const link = kari.getByRole('textbox', {
    name: /Arkitektur- og designdokumentasjon/,
  });
  await link.fill('wiki.hemit.no/pasientflyt');
  const area = kari.getByRole('textbox', { name: /Systemeierområde/ });
  await area.fill('Pasientlogistikk');
  await expect(kari.getByRole('status').first()).toHaveText(
    /Ikke lagret: «Arkitektur- og designdokumentasjon» må være en nettadresse.*Alt annet er lagret/,
  );
  await expect
    .poll(
      async () =>
        (
          await api.get<Stored>(`/handovers/${draft.id}`)
        ).document.designfase.systemeierOmrade,
    )
    .toBe('Pasientlogistikk');
  await expect(link).toHaveValue('wiki.hemit.no/pasientflyt');

  // Corrected, it is saved too.
  await link.fill('https://wiki.hemit.no/pasientflyt');
  await expect(kari.getByRole('status').first()).toHaveText('Lagret');

  // Typing and leaving through the sidebar at once still reaches the backend.
  await area.fill('Pasientlogistikk og flyt');
  await kari
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Mine overleveringer' })
    .click();
  await expect
    .poll(
      async () =>
        (
          await api.get<Stored>(`/handovers/${draft.id}`)
        ).document.designfase,
    )
    .toMatchObject({
      systemeierOmrade: 'Pasientlogistikk og flyt',
      arkitekturdokumentasjon: 'https://wiki.hemit.no/pasientflyt',
    });
});
