import { expect, test, type Page } from '@playwright/test';
import { expectNoBokmal } from './language';
import {
  actAs,
  apiAs,
  expectAccessible,
  people,
  prepareDraft,
  type HandoverJson,
} from './portal';

/** Chooses the portal's language on the settings page, as a person does. */
async function chooseLanguage(
  page: Page,
  language: 'English' | 'Norsk bokmål',
) {
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: /Innstillinger|Settings/ })
    .click();
  // Backstage's language select shows the current language as its name.
  await page
    .getByRole('listitem')
    .filter({ hasText: /Språk|Language/ })
    .getByRole('button', { name: /Norsk bokmål|English/ })
    .click();
  await page.getByRole('option', { name: language }).click();
}

test('an approver reads and decides a handover in an English portal', async ({
  browser,
}) => {
  const title = `Patient flow API ${Date.now()}`;
  const draft = await prepareDraft(title);
  await (
    await apiAs(people.owner)
  ).post<HandoverJson>(`/handovers/${draft.id}/submit`, {
    revision: draft.revision,
    optionalRoles: ['server'],
    message: 'Ready for operations',
  });

  const server = await actAs(browser, people.server);
  await chooseLanguage(server, 'English');
  const sidebar = server.getByRole('navigation', { name: 'sidebar nav' });
  await expect(sidebar.getByRole('link', { name: 'Approvals' })).toBeVisible();
  await expectNoBokmal(server, 'the settings page');

  await sidebar.getByRole('link', { name: 'Approvals' }).click();
  const row = server.getByRole('row').filter({ hasText: title });
  await expect(row).toBeVisible();
  await expectNoBokmal(server, 'Approvals', {
    userContent: [server.getByRole('link', { name: title })],
  });
  await row.getByRole('link', { name: title }).click();

  await expect(
    server.getByRole('button', { name: 'Approve', exact: true }),
  ).toBeVisible();
  const snapshot = server.getByRole('region', {
    name: /What you approve \(round 1\)/,
  });
  // The summary and the role's part quote what the owner wrote.
  const summary = server.getByRole('region', { name: 'The delivery in brief' });
  // The answers are the portal's words, the explanations the owner's.
  await expect(summary).toContainText('Yes —');
  const quoted = [
    summary.getByRole('heading', { name: title }),
    summary.locator('dd'),
    server
      .getByRole('region', { name: 'What you should look at' })
      .locator('li, td'),
  ];
  await expectNoBokmal(server, 'the decision page', {
    // What the owner typed is the owner's own text, not the portal's.
    userContent: [
      snapshot.locator('p, li, td, a, h1, h2, h3, h4, h5, h6'),
      server.getByRole('heading', { level: 1 }),
      server.getByText('Ready for operations'),
      ...quoted,
    ],
  });
  await expectAccessible(server, 'the decision page in English');
  await server.getByRole('textbox', { name: 'Comment' }).fill('Disk too small');
  await server.getByRole('button', { name: 'Reject' }).click();
  await expect(server.getByText('You rejected.')).toBeVisible();
  await expectNoBokmal(server, 'the decision page, decided', {
    userContent: [
      snapshot.locator('p, li, td, a, h1, h2, h3, h4, h5, h6'),
      server.getByRole('heading', { level: 1 }),
      server.getByText('Ready for operations'),
      server.getByText('Disk too small'),
      ...quoted,
    ],
  });

  // Back to bokmål: the portal follows the choice at once.
  await chooseLanguage(server, 'Norsk bokmål');
  await expect(
    sidebar.getByRole('link', { name: 'Godkjenninger' }),
  ).toBeVisible();
});
