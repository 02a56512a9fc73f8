import { expect, test, type Page } from '@playwright/test';
import {
  actAs,
  apiAs,
  people,
  prepareDraft,
  sectionFields,
  tabTo,
  type HandoverJson,
} from './portal';

/** Opens "Godkjenninger" from the sidebar and a seat's decision page, by keys. */
async function openDecisionByKeyboard(page: Page, title: string) {
  await tabTo(
    page,
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Godkjenninger' }),
  );
  await page.keyboard.press('Enter');
  const link = page
    .getByRole('row')
    .filter({ hasText: title })
    .getByRole('link', { name: title });
  await expect(link).toBeVisible();
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Godkjenn', exact: true }),
  ).toBeVisible();
}

test('by keyboard alone: the owner sends a handover, one approver approves and another rejects with a comment', async ({
  browser,
}) => {
  const title = `Tastatur ${Date.now()}`;
  const draft = await prepareDraft(title);

  // The owner: from the handover page to the form's Godkjenning step.
  const owner = await actAs(browser, people.owner);
  await owner.goto(`/overlevering/h/${draft.id}`);
  await expect(owner.getByRole('heading', { name: title })).toBeVisible();
  await tabTo(owner, owner.getByRole('button', { name: 'Rediger skjema' }));
  await owner.keyboard.press('Enter');
  await expect(owner).toHaveURL(/\/skjema$/);
  // Every section, field by field: the Tab key reaches each field, forward
  // through one section and backward through the next, and "Neste seksjon"
  // (Enter) moves on.
  const steps = owner
    .getByRole('navigation', { name: 'Seksjoner' })
    .getByRole('button');
  // The form loads after the page: count the steps once the last is there.
  await expect(steps.last()).toHaveText(/Godkjenning$/);
  const sections = (await steps.count()) - 1;
  expect(sections).toBeGreaterThan(1);
  for (let i = 0; i < sections; i++) {
    await expect(steps.nth(i)).toHaveAttribute('aria-current', 'step');
    const fields = await sectionFields(owner);
    expect(fields.length, `fields of section ${i + 1}`).toBeGreaterThan(0);
    const next = owner.getByRole('button', {
      name: i === sections - 1 ? 'Til godkjenning' : 'Neste seksjon',
      exact: true,
    });
    let passed: string[];
    if (i % 2 === 0) {
      passed = await tabTo(owner, next, { max: 120 });
      await owner.keyboard.press('Enter');
    } else {
      // From "Neste seksjon" back up through this section to the next step.
      passed = await tabTo(owner, steps.nth(i + 1), {
        backwards: true,
        max: 120,
      });
      await owner.keyboard.press('Enter');
    }
    const missed = fields.filter(ids => !ids.some(id => passed.includes(id)));
    expect(missed, `fields of section ${i + 1} Tab did not reach`).toEqual([]);
  }
  await expect(steps.last()).toHaveAttribute('aria-current', 'step');
  const open = owner.getByRole('button', { name: 'Send til godkjenning …' });
  await tabTo(owner, open);
  await owner.keyboard.press('Enter');

  // The submit dialog: tick Server, write a message, send.
  const dialog = owner.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const server = dialog.getByRole('checkbox', { name: /Server/ });
  await tabTo(owner, server);
  await owner.keyboard.press('Space');
  await expect(server).toBeChecked();
  await tabTo(owner, dialog.getByRole('textbox', { name: 'Melding' }));
  await owner.keyboard.type('Klar for drift, sendt med tastaturet.');
  await tabTo(owner, dialog.getByRole('button', { name: 'Send' }));
  await owner.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(owner).toHaveURL(new RegExp(`/overlevering/h/${draft.id}$`));
  await expect(owner.getByText('Til godkjenning').first()).toBeVisible();

  // Every seat but Server and Hemithjelp approves (through the API).
  const handover = await (
    await apiAs(people.owner)
  ).get<HandoverJson & { rounds: { seats: { role: string }[] }[] }>(
    `/handovers/${draft.id}`,
  );
  const keyboardSeats = new Set<string>();
  for (const person of [people.server, people.hemithjelp]) {
    const { items } = await (
      await apiAs(person)
    ).get<{ items: { handover: { id: string }; role: string }[] }>(
      '/approvals',
    );
    for (const item of items) {
      if (item.handover.id === draft.id) keyboardSeats.add(item.role);
    }
  }
  expect(keyboardSeats.size).toBe(2);
  for (const person of [
    people.access,
    people.configManager,
    people.developer,
    people.sectionHead,
    people.subjectMatter,
  ]) {
    const api = await apiAs(person);
    const { items } = await api.get<{
      items: { handover: { id: string }; round: number; role: string }[];
    }>('/approvals');
    for (const item of items) {
      if (item.handover.id !== draft.id || keyboardSeats.has(item.role)) {
        continue;
      }
      await api.post(`/handovers/${draft.id}/rounds/${item.round}/decisions`, {
        role: item.role,
        decision: 'approve',
      });
    }
  }
  expect(handover.rounds[0].seats.length).toBe(7);

  // The Server member approves by keyboard.
  const sara = await actAs(browser, people.server);
  await openDecisionByKeyboard(sara, title);
  await tabTo(
    sara,
    sara.getByRole('button', { name: 'Godkjenn', exact: true }),
  );
  await sara.keyboard.press('Enter');
  await expect(sara.getByText('Du har godkjent.')).toBeVisible();

  // The Hemithjelp member rejects by keyboard, with a comment.
  const hanne = await actAs(browser, people.hemithjelp);
  await openDecisionByKeyboard(hanne, title);
  const reject = hanne.getByRole('button', { name: 'Avslå' });
  await expect(reject).toBeDisabled();
  await tabTo(hanne, hanne.getByRole('textbox', { name: 'Kommentar' }));
  const comment = 'Mangler kontaktperson for nattevakt.';
  await hanne.keyboard.type(comment);
  await tabTo(hanne, reject);
  await hanne.keyboard.press('Enter');
  await expect(hanne.getByText('Du har avslått.')).toBeVisible();

  // The last answer closes the round: the owner sees it rejected, with why.
  await expect(owner.getByText('Avslått — må rettes').first()).toBeVisible();
  await expect(owner.getByText(comment).first()).toBeVisible();
});
