import { expect, test, type Page } from '@playwright/test';
import { actAs, apiAs, expectAccessible, people, prepareDraft } from './portal';

/** The decision bar and its buttons are on screen and can be pressed. */
async function expectDecisionInReach(page: Page) {
  const bar = page.getByRole('region', { name: 'Din beslutning' });
  await expect(bar).toBeInViewport({ ratio: 1 });
  for (const name of ['Godkjenn', 'Kommentar']) {
    const control =
      name === 'Kommentar'
        ? bar.getByLabel(name)
        : bar.getByRole('button', { name, exact: true });
    // A trial click fails if anything, such as the phone's menu bar, covers it.
    await control.click({ trial: true });
  }
}

for (const [screen, viewport] of [
  ['a wide screen', { width: 1400, height: 1000 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test(`on ${screen}, the approver sees the delivery in brief first and can always reach Godkjenn and Avslå`, async ({
    browser,
  }) => {
    const title = `Beslutning ${screen} ${Date.now()}`;
    const draft = await prepareDraft(title);
    await (
      await apiAs(people.owner)
    ).post(`/handovers/${draft.id}/submit`, {
      revision: draft.revision,
      optionalRoles: ['server'],
    });

    const sara = await actAs(browser, people.server);
    await sara.setViewportSize(viewport);
    await sara.goto(`/overlevering/godkjenninger/${draft.id}/1/server`);
    const summary = sara.getByRole('region', { name: 'Kort om leveransen' });
    await expect(summary.getByRole('heading', { name: title })).toBeVisible();
    await expect(summary).not.toContainText(/(user|component):default\//);
    await expectDecisionInReach(sara);

    // Down through the role's part and the whole form: the bar stays.
    await expect(
      sara.getByRole('region', { name: 'Dette bør du se på' }),
    ).toContainText('Servere');
    await sara.getByRole('button', { name: /Vis hele skjemaet/ }).click();
    await sara.mouse.move(viewport.width / 2, viewport.height / 3);
    await sara.mouse.wheel(0, 4000);
    await expectDecisionInReach(sara);
    await expectAccessible(sara, `the decision page on ${screen}`);

    // Rejecting names the role's section; it is stored with the seat.
    const bar = sara.getByRole('region', { name: 'Din beslutning' });
    await bar.getByLabel('Kommentar').fill('Disken er for liten.');
    await expect(
      bar.getByRole('checkbox', { name: 'Etablering av tjenesten' }),
    ).toBeChecked();
    await bar.getByRole('button', { name: 'Avslå' }).click();
    await expect(sara.getByText('Du har avslått.')).toBeVisible();
    await expect(
      sara.getByRole('region', { name: 'Dette må rettes' }),
    ).toContainText('Avslaget gjelder: Etablering av tjenesten');
  });
}
