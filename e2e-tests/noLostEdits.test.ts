import { expect, test, type Page } from '@playwright/test';
import {
  actAs,
  apiAs,
  expectAccessible,
  people,
  sectionButton,
  type HandoverJson,
} from './portal';

type Stored = HandoverJson & { document: Record<string, any> };

/** Leaves the form through the portal's menu, as a person does. */
async function leaveThroughMenu(page: Page, phone: boolean) {
  if (phone) {
    // On a phone the menu is behind the bottom bar's "Meny".
    await page.getByRole('button', { name: 'Meny' }).click();
    await page.getByRole('link', { name: 'Mine overleveringer' }).click();
    return;
  }
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Mine overleveringer' })
    .click();
}

for (const [screen, viewport] of [
  ['a wide screen', { width: 1400, height: 1000 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${screen}: no answer is made up, a bad link holds nothing else back, and leaving at once still saves`, async ({
    browser,
  }) => {
    const api = await apiAs(people.owner);
    const draft = await api.post<Stored>('/handovers', {
      document: {
        bestilling: { tittel: `Ingen tapte endringer ${Date.now()}` },
      },
    });
    const kari = await actAs(browser, people.owner);
    await kari.setViewportSize(viewport);
    await kari.goto(`/overlevering/h/${draft.id}/skjema`);
    await sectionButton(kari, 'Designfase').click();

    // Nobody has answered a yes/no question here: none is ticked.
    await expect(
      kari.getByRole('radiogroup').first().getByRole('radio').first(),
    ).toBeVisible();
    await expect(
      kari.locator('main form input[type="radio"]:checked'),
    ).toHaveCount(0);
    await expectAccessible(kari, `the form, Designfase, on ${screen}`);

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
          ).document.designfase?.systemeierOmrade,
      )
      .toBe('Pasientlogistikk');
    await expect(link).toHaveValue('wiki.hemit.no/pasientflyt');

    // Corrected, it is saved too.
    await link.fill('https://wiki.hemit.no/pasientflyt');
    await expect(kari.getByRole('status').first()).toHaveText('Lagret');

    // Typing and leaving through the menu at once still reaches the backend.
    await area.fill('Pasientlogistikk og flyt');
    await leaveThroughMenu(kari, viewport.width < 600);
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
    // And the questions nobody answered are still unanswered in the backend.
    const { designfase } = (await api.get<Stored>(`/handovers/${draft.id}`))
      .document;
    for (const question of [
      'rosGjennomfort',
      'dpiaGjennomfort',
      'personopplysninger',
    ]) {
      expect(designfase[question]?.svar, question).toBeUndefined();
    }
  });
}
