import { expect, test, type Page } from '@playwright/test';
import {
  actAs,
  answerEmptyQuestions,
  approve,
  chooseEmptySelects,
  expectAccessible,
  expectReadableLayout,
  fillEmptyFields,
  openDecision,
  openNotification,
  people,
  pickEmptyCatalogRefs,
  pickFromCatalog,
  sectionButton,
  sectionProgress,
} from './portal';

/** The rows of a repeated part of the form ("Kostnadslinjer", "Kjente feil"). */
async function addRow(page: Page, heading: string) {
  // The first add button after the part's heading is the part's own.
  await page
    .getByRole('heading', { name: heading, exact: true })
    .locator(
      'xpath=following::button[@title="Legg til rad" or @aria-label="Legg til rad"][1]',
    )
    .click();
}

/** The "Fravær og stedfortreder" card of Godkjenninger. */
async function absenceCard(page: Page) {
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Godkjenninger' })
    .click();
  const card = page.getByRole('region', { name: 'Fravær og stedfortreder' });
  await expect(
    card.getByText(/Du har ikke registrert fravær|Pågår|Kommer/).first(),
  ).toBeVisible();
  return card;
}

/** Ends every absence of the page's person ("Avslutt nå"). */
async function endAbsences(page: Page) {
  const card = await absenceCard(page);
  const end = card.getByRole('button', { name: 'Avslutt nå' });
  for (let left = await end.count(); left > 0; left--) {
    await end.first().click();
    await expect(card.getByRole('status')).toHaveText('Fraværet er avsluttet.');
    // The list is read again before the next one is ended.
    await expect(end).toHaveCount(left - 1);
  }
  await expect(card.getByText('Du har ikke registrert fravær.')).toBeVisible();
}

/** Registers an absence from today to tomorrow with `deputy` as deputy. */
async function registerAbsence(page: Page, deputy: RegExp) {
  // A run stopped half-way may have left one; absences may not overlap.
  await endAbsences(page);
  const card = await absenceCard(page);
  await card.getByRole('combobox', { name: /^Stedfortreder/ }).click();
  await page.getByRole('option', { name: deputy }).click();
  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString(
    'sv-SE',
    { timeZone: 'Europe/Oslo' },
  );
  await card.getByLabel(/^Siste dag/).fill(tomorrow);
  await expectAccessible(page, 'Godkjenninger, Fravær og stedfortreder');
  await card.getByRole('button', { name: 'Registrer fravær' }).click();
  await expect(card.getByRole('status')).toHaveText(
    'Fraværet er registrert, og stedfortrederen er varslet.',
  );
  await expect(card.getByRole('listitem').first()).toContainText(deputy);
}

test('the handover story of the user guide, from the service tab to Godkjent', async ({
  browser,
}) => {
  const tag = `e2e-${Date.now()}`;
  const title = `Pasientflyt API 2.0 ${tag}`;

  // The owner opens the service and starts a handover from its tab.
  const owner = await actAs(browser, people.owner);
  await owner.goto('/catalog/default/component/pasientflyt-api');
  await owner
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Overlevering' })
    .click();
  await expect(
    owner.getByRole('button', { name: 'Ny overlevering' }),
  ).toBeVisible();
  await expectAccessible(owner, 'the service page, Overlevering tab');
  await expectReadableLayout(owner, 'the service page, Overlevering tab');
  await owner.getByRole('button', { name: 'Ny overlevering' }).click();
  // The dialog asks for the title before anything is created.
  const newDialog = owner.getByRole('dialog', { name: 'Ny overlevering' });
  await newDialog.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await expectAccessible(owner, 'the new-handover dialog');
  await newDialog.getByRole('button', { name: 'Opprett' }).click();
  await expect(owner).toHaveURL(/\/overlevering\/h\/[^/]+\/skjema$/);
  const handoverUrl = owner.url().replace(/\/skjema$/, '');

  // Bestilling
  await expect(sectionButton(owner, 'Bestilling')).toBeVisible();
  const before = await sectionProgress(owner, 'Bestilling');
  await owner.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await pickFromCatalog(owner, 'Bestilt av', 'siri', /Siri Leder/);
  await chooseEmptySelects(owner);
  await fillEmptyFields(owner, tag);
  await owner.getByRole('button', { name: 'Lagre' }).click();
  await expect(owner.getByRole('status')).toHaveText('Lagret');
  const after = await sectionProgress(owner, 'Bestilling');
  expect(after.filled).toBeGreaterThan(before.filled);
  expect(after.filled).toBe(after.total);
  await expectAccessible(owner, 'the form, Bestilling');

  // Designfase: the three form-based seats are people picked here.
  await sectionButton(owner, 'Designfase').click();
  await pickFromCatalog(owner, 'Fagansvarlig', 'per', /Per Fagansvarlig/);
  await pickFromCatalog(owner, 'Tjenesteutvikler', 'ola', /Ola Utvikler/);
  await pickFromCatalog(owner, 'Seksjonsleder tjenesten', 'siri', /Siri Leder/);
  await answerEmptyQuestions(owner);
  await fillEmptyFields(owner, tag);
  // With a catalog picker's list open, too.
  await owner
    .getByRole('combobox', { name: 'Systemeier', exact: true })
    .click();
  await expect(owner.getByRole('option').first()).toBeVisible();
  await expectAccessible(owner, 'the form, Designfase, a picker open');
  await owner.keyboard.press('Escape');

  // Etablering av tjenesten
  await sectionButton(owner, 'Etablering av tjenesten').click();
  await addRow(owner, 'Løsningsdokumentasjon');
  await owner.getByRole('checkbox', { name: 'Produksjon' }).check();
  await owner.getByRole('checkbox', { name: 'Test' }).check();
  await answerEmptyQuestions(owner);
  await fillEmptyFields(owner, tag);
  await expectAccessible(owner, 'the form, Etablering av tjenesten');

  // Driftskostnader: two cost lines, amounts typed as people write them.
  await sectionButton(owner, 'Driftskostnader').click();
  const costLines = owner.getByRole('table', { name: 'Kostnadslinjer' });
  for (const [i, line] of [
    ['Lisens', 'Lisens', '240 000', 'Per år'],
    ['Serverdrift', 'Drift', '6 500,50', 'Per måned'],
  ].entries()) {
    const [description, category, amount, period] = line;
    await owner.getByRole('button', { name: 'Legg til kostnadslinje' }).click();
    const row = costLines.getByRole('row').nth(i + 1);
    await row
      .getByRole('textbox', { name: 'Beskrivelse' })
      .fill(`${tag} ${description}`);
    await row
      .getByRole('combobox', { name: 'Kategori' })
      .selectOption({ label: category });
    await row.getByRole('textbox', { name: 'Beløp (NOK)' }).fill(amount);
    await row
      .getByRole('combobox', { name: 'Periode' })
      .selectOption({ label: period });
  }
  // 240 000 + 12 × 6 500,50
  await expect(owner.getByText('Sum per år:').locator('..')).toContainText(
    /318\s006,00/,
  );
  await answerEmptyQuestions(owner);
  await fillEmptyFields(owner, tag);
  await chooseEmptySelects(owner);
  await expectAccessible(owner, 'the form, Driftskostnader');
  await expectReadableLayout(owner, 'the form, Driftskostnader');

  // Forberede produksjonssetting: a known error among the rows.
  await sectionButton(owner, 'Forberede produksjonssetting').click();
  await addRow(owner, 'Fravik');
  await addRow(owner, 'Restanser');
  await addRow(owner, 'Kjente feil');
  await answerEmptyQuestions(owner);
  await fillEmptyFields(owner, tag);
  await pickEmptyCatalogRefs(owner);
  await owner.getByRole('button', { name: 'Lagre' }).click();
  await expect(owner.getByRole('status')).toHaveText('Lagret');
  await expectAccessible(owner, 'the form, Forberede produksjonssetting');
  for (const section of [
    'Bestilling',
    'Designfase',
    'Etablering av tjenesten',
    'Driftskostnader',
    'Forberede produksjonssetting',
  ]) {
    const progress = await sectionProgress(owner, section);
    expect(progress, section).toEqual({
      filled: progress.total,
      total: progress.total,
    });
  }

  // Submit with Server ticked.
  await sectionButton(owner, 'Godkjenning').click();
  await expectAccessible(owner, 'the form, Godkjenning');
  await owner.getByRole('button', { name: 'Send til godkjenning …' }).click();
  const dialog = owner.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: /Server/ }).check();
  await expectAccessible(owner, 'the submit dialog');
  await dialog.getByRole('button', { name: 'Send' }).click();

  // The owner stays on the handover, as one would in another window.
  await expect(owner).toHaveURL(handoverUrl);
  await expect(owner.getByText('Til godkjenning').first()).toBeVisible();
  await expectAccessible(owner, 'the handover page, in review');
  await expectReadableLayout(owner, 'the handover page, in review');

  // The Server member and the Hemithjelp member each see it in Godkjenninger.
  const server = await actAs(browser, people.server);
  const hemithjelp = await actAs(browser, people.hemithjelp);
  await approve(server, title);

  await hemithjelp
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Godkjenninger' })
    .click();
  await expect(
    hemithjelp.getByRole('row').filter({ hasText: title }),
  ).toBeVisible();
  await expectAccessible(hemithjelp, 'Godkjenninger');
  await expectReadableLayout(hemithjelp, 'Godkjenninger');
  // The notification of her seat opens the page where she decides it.
  await openNotification(hemithjelp, `Overlevering til godkjenning: ${title}`);
  await expect(hemithjelp).toHaveURL(
    /\/overlevering\/godkjenninger\/[^/]+\/1\/hemithjelp$/,
  );
  await expect(
    hemithjelp.getByRole('heading', { name: `${title} — Hemithjelp` }),
  ).toBeVisible();
  await expectAccessible(hemithjelp, 'the decision page');
  await expectReadableLayout(hemithjelp, 'the decision page');
  const reject = hemithjelp.getByRole('button', { name: 'Avslå' });
  await expect(reject).toBeDisabled();
  const comment = `Driftshåndboken mangler rutine for nattlig restart (${tag})`;
  await hemithjelp.getByRole('textbox', { name: 'Kommentar' }).fill(comment);
  await expect(reject).toBeEnabled();
  await reject.click();
  await expect(hemithjelp.getByText('Du har avslått.')).toBeVisible();
  await expectAccessible(hemithjelp, 'the decision page, decided');

  // Siri Leder is away from today: on Godkjenninger she names Per
  // Fagansvarlig her deputy, who decides her seat on her behalf.
  const sectionHead = await actAs(browser, people.sectionHead);
  await registerAbsence(sectionHead, /Per Fagansvarlig/);

  // The remaining seats answer; the last answer closes the round.
  for (const person of [
    people.access,
    people.configManager,
    people.developer,
  ]) {
    const page = await actAs(browser, person);
    await approve(page, title);
    await page.context().close();
  }
  const last = await actAs(browser, people.subjectMatter);
  await last
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Godkjenninger' })
    .click();
  // Per's inbox holds Siri's seat, marked as hers, beside his own.
  const forSiri = last
    .getByRole('row')
    .filter({ hasText: title })
    .filter({ hasText: 'på vegne av Siri Leder' });
  await expect(forSiri).toHaveCount(1);
  await expect(forSiri).toContainText('Seksjonsleder tjenesten');
  await expect(
    last.getByRole('heading', { name: 'Du er stedfortreder for' }),
  ).toBeVisible();
  await expectAccessible(last, 'Godkjenninger, as a deputy');
  await openDecision(last, title, 'på vegne av Siri Leder');
  await last.getByRole('button', { name: 'Godkjenn', exact: true }).click();
  await expect(last.getByText('Du har godkjent.')).toBeVisible();
  // Back, Siri ends her absence early: her seats are hers again.
  await endAbsences(sectionHead);
  await sectionHead.context().close();
  await openDecision(last, title);
  await last.getByRole('button', { name: 'Godkjenn', exact: true }).click();
  await expect(last.getByText('Du har godkjent.')).toBeVisible();
  const decidedAt = Date.now();

  // The owner sees it without reloading, within a second or two of the
  // decision being stored.
  await expect(owner.getByText('Avslått — må rettes').first()).toBeVisible({
    timeout: 2_500,
  });
  expect(Date.now() - decidedAt).toBeLessThan(2_500);
  await expect(owner.getByText(comment).first()).toBeVisible();
  await last.context().close();
  await expectAccessible(owner, 'the handover page, rejected');
  // Her notification of the rejected round leads back to the handover.
  await openNotification(owner, `Overlevering avslått: ${title}`);
  await expect(owner).toHaveURL(handoverUrl);
  await expect(owner.getByText(comment).first()).toBeVisible();

  // The owner fixes what was asked and sends it again: only Hemithjelp, who
  // rejected, gets the new round.
  await owner.getByRole('button', { name: 'Rediger skjema' }).click();
  await sectionButton(owner, 'Etablering av tjenesten').click();
  const handbook = owner.getByRole('textbox', {
    name: 'Driftsdokumentasjon (driftshåndbok)',
  });
  await handbook.fill(`https://wiki.hemit.no/${tag}/driftshandbok-med-restart`);
  await owner.getByRole('button', { name: 'Lagre' }).click();
  await expect(owner.getByRole('status')).toHaveText('Lagret');
  await sectionButton(owner, 'Godkjenning').click();
  await owner.getByRole('button', { name: 'Send til godkjenning …' }).click();
  const resubmit = owner.getByRole('dialog');
  // The dialog names exactly the seat the server will ask, and why.
  const goesTo = resubmit.getByRole('list', { name: 'Denne runden går til' });
  await expect(goesTo.getByRole('listitem')).toHaveCount(1);
  await expect(goesTo).toContainText('Hemithjelp');
  await expect(goesTo).toContainText('avslo i runde 1');
  await expectAccessible(owner, 'the submit dialog, a new round');
  await resubmit.getByRole('button', { name: 'Send' }).click();

  // The new round's notification opens Hemithjelp's seat in round 2.
  await openNotification(hemithjelp, `Overlevering til godkjenning: ${title}`);
  await expect(hemithjelp).toHaveURL(
    /\/overlevering\/godkjenninger\/[^/]+\/2\/hemithjelp$/,
  );
  await hemithjelp
    .getByRole('button', { name: 'Godkjenn', exact: true })
    .click();
  await expect(hemithjelp.getByText('Du har godkjent.')).toBeVisible();
  await server
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Godkjenninger' })
    .click();
  await expect(server.getByText(/Venter på meg/)).toBeVisible();
  await expect(server.getByRole('row').filter({ hasText: title })).toHaveCount(
    0,
  );

  await expect(owner).toHaveURL(handoverUrl);
  await expect(owner.getByText('Godkjent').first()).toBeVisible();
  await expectAccessible(owner, 'the handover page, approved');
  // Siri's seat names both: Per decided it, on her behalf.
  await expect(
    owner.getByText('Per Fagansvarlig på vegne av Siri Leder').first(),
  ).toBeVisible();
  await expectReadableLayout(owner, 'the handover page, approved');

  // The service tab lists it as approved.
  await owner.getByRole('link', { name: 'Pasientflyt API' }).first().click();
  await owner
    .getByRole('navigation', { name: 'Content navigation' })
    .getByRole('link', { name: 'Overlevering' })
    .click();
  await expect(
    owner
      .getByRole('row')
      .filter({ hasText: title })
      .getByText('Godkjent – i driftsoppfølging', { exact: true }),
  ).toBeVisible();
  await owner.goBack();
  await owner.goBack();
  await expect(owner).toHaveURL(handoverUrl);

  // The Markdown export holds what was typed.
  const download = owner.waitForEvent('download');
  await owner.getByRole('button', { name: 'Last ned som Markdown' }).click();
  const markdown = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of markdown) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text).toContain(title);
  expect(text).toContain(
    `https://wiki.hemit.no/${tag}/driftshandbok-med-restart`,
  );
  // People appear by name, not as catalog refs.
  expect(text).toContain('Per Fagansvarlig');
  expect(text).not.toContain('user:default/');
  // Every free-text field was typed as "<tag> <field id>"; the cost rows and
  // the known error are among them.
  // (Markdown escapes the underscores of the ids.)
  const typed = text.split(tag).length - 1;
  expect(typed).toBeGreaterThan(30);
  // The cost lines as typed, the amount with its øre.
  expect(text).toMatch(
    new RegExp(`${tag} Serverdrift \\| Drift \\| 6\\s500,50 kr \\| Per måned`),
  );
  for (const field of [
    'kostnader_0_koststed',
    'kostnader_1_koststed',
    'kjenteFeil_0_beskrivelse',
    'kjenteFeil_0_omgaelse',
  ]) {
    expect(text).toContain(`${tag} ${field.replace(/_/g, '\\_')}`);
  }

  // Mine overleveringer lists it, and the notifications tell of each step.
  const sidebar = owner.getByRole('navigation', { name: 'sidebar nav' });
  // The sidebar speaks bokmål, Backstage's own entries included.
  for (const [name, path] of [
    ['Katalog', '/catalog'],
    ['Innstillinger', '/settings'],
  ]) {
    await expect(sidebar.getByRole('link', { name })).toHaveAttribute(
      'href',
      path,
    );
  }
  await sidebar.getByRole('link', { name: 'Mine overleveringer' }).click();
  await expect(
    owner
      .getByRole('row')
      .filter({ hasText: title })
      .getByText('Godkjent – i driftsoppfølging', { exact: true }),
  ).toBeVisible();
  await expectAccessible(owner, 'Mine overleveringer');
  await expectReadableLayout(owner, 'Mine overleveringer');
  await sidebar.getByRole('link', { name: /Varsler/ }).click();
  await expect(owner.getByText(title).first()).toBeVisible();
  await expectAccessible(owner, 'the notifications page');
  // Marking them all read empties the list and the sidebar's unread count.
  const unreadCount = sidebar.getByLabel('Unread notifications');
  await expect(unreadCount).toBeVisible();
  await owner.getByRole('button', { name: 'Merk alle som lest' }).click();
  const confirm = owner.getByRole('dialog', {
    name: 'Merke alle varsler som lest?',
  });
  await expectAccessible(owner, 'the mark-all-read question');
  await confirm.getByRole('button', { name: 'Merk alle som lest' }).click();
  await expect(owner.getByText('Du har ingen uleste varsler.')).toBeVisible();
  await expect(unreadCount).toHaveCount(0);
});
