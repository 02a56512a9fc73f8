import {
  expect,
  type Browser,
  type Locator,
  type Page,
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The demo people of examples/org.yaml the story needs. */
export const people = {
  owner: 'kari.nordmann',
  developer: 'ola.utvikler',
  sectionHead: 'siri.leder',
  subjectMatter: 'per.fag',
  hemithjelp: 'hanne.hjelp',
  access: 'tor.tilgang',
  configManager: 'conny.config',
  server: 'sara.server',
} as const;

/**
 * A browser context signed in as one demo person, as the development sign-in
 * page does it: the chosen person is kept in the browser's local storage.
 */
export async function actAs(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(name => {
    window.localStorage.setItem('overlevering.demoUser', name);
  }, user);
  const page = await context.newPage();
  // A new context loads the development bundle from scratch, which takes a
  // while; later pages of the same context come from its cache.
  await page.goto('/');
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Godkjenninger' }),
  ).toBeVisible({ timeout: 120_000 });
  return page;
}

/** WCAG 2.1 AA checks of the page as it is now; 0 violations expected. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    v =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map(n => n.target.join(' '))
        .join(' | ')}`,
  );
  expect(summary, `accessibility violations on ${what}`).toEqual([]);
}

/** The section buttons of the form's stepper. */
export function sectionButton(page: Page, section: string): Locator {
  return page
    .getByRole('navigation', { name: 'Seksjoner' })
    .getByRole('button', { name: new RegExp(`^${section}`) });
}

/** "3 av 13 felt utfylt" of one section, as numbers. */
export async function sectionProgress(page: Page, section: string) {
  const text = (await sectionButton(page, section).textContent()) ?? '';
  const match = /(\d+) av (\d+) felt utfylt/.exec(text);
  if (!match) throw new Error(`No progress in "${text}"`);
  return { filled: Number(match[1]), total: Number(match[2]) };
}

/** Picks a catalog entity in one of the form's catalog pickers. */
export async function pickFromCatalog(
  page: Page,
  label: string,
  search: string,
  option: RegExp,
) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  // The picker's search sends a full-text term without fields, which the
  // catalog matches against nothing useful; pick from the opened list, which
  // holds every demo person.
  void search;
  const wanted = page.getByRole('option', { name: option });
  await expect(wanted).toBeVisible();
  await wanted.click();
  await expect(box).toHaveValue(option);
}

/**
 * Fills every empty text field of the visible section: dates, web links and
 * free text each get a value the schema accepts, tagged with the field's id
 * so the export can be checked for exactly what was typed.
 */
export async function fillEmptyFields(page: Page, tag: string) {
  const fields = await page
    .locator(
      'main form input[type="text"]:not([role="combobox"]), main form input[type="url"], main form input[type="date"], main form input[type="number"], main form textarea',
    )
    .evaluateAll(elements =>
      elements
        .map(element => element as HTMLInputElement)
        .filter(
          input =>
            input.id &&
            input.value === '' &&
            !input.readOnly &&
            !input.disabled &&
            input.getAttribute('aria-hidden') !== 'true' &&
            input.offsetParent !== null,
        )
        .map(input => ({ id: input.id, type: input.type })),
    );
  for (const [i, field] of fields.entries()) {
    const input = page.locator(`[id="${field.id}"]`);
    const name = field.id.replace(/^root_/, '');
    if (field.type === 'date') {
      await input.fill('2026-12-01');
    } else if (field.type === 'number') {
      await input.fill(String(1000 * (i + 1)));
    } else if (field.type === 'url' || /dokumentasjon|url/i.test(name)) {
      await input.fill(`https://wiki.hemit.no/${tag}/${name}`);
    } else {
      await input.fill(`${tag} ${name}`);
    }
  }
}

/** Chooses the first value of every empty select (enum) of the section. */
export async function chooseEmptySelects(page: Page) {
  const selects = page.locator(
    'main form [role="combobox"][aria-haspopup="listbox"]',
  );
  const count = await selects.count();
  for (let i = 0; i < count; i++) {
    const select = selects.nth(i);
    if (!(await select.isVisible())) continue;
    const text = ((await select.textContent()) ?? '')
      .replace(/\u200b/g, '')
      .trim();
    if (text !== '') continue;
    await select.click();
    await page.getByRole('option').nth(1).click();
  }
}

/** Picks the first catalog entity in every empty catalog picker of the section. */
export async function pickEmptyCatalogRefs(page: Page) {
  const pickers = page.locator('main form input[role="combobox"]');
  const count = await pickers.count();
  for (let i = 0; i < count; i++) {
    const picker = pickers.nth(i);
    if (!(await picker.isVisible()) || (await picker.inputValue()) !== '') {
      continue;
    }
    await picker.click();
    const first = page.getByRole('option').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(picker).not.toHaveValue('');
  }
}

/**
 * Opens Godkjenninger as the page's person and the waiting seat of the
 * handover with this title; returns the decision page.
 */
export async function openDecision(page: Page, title: string, role?: string) {
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Godkjenninger' })
    .click();
  const row = page.getByRole('row').filter({ hasText: title });
  const wanted = role ? row.filter({ hasText: role }) : row;
  await expect(wanted.first()).toBeVisible();
  await wanted.first().getByRole('link', { name: title }).click();
  await expect(page.getByRole('button', { name: 'Godkjenn' })).toBeVisible();
}

/** Approves the waiting seat of the handover as the page's person. */
export async function approve(page: Page, title: string) {
  await openDecision(page, title);
  await page.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(page.getByText('Du har godkjent.')).toBeVisible();
}

/**
 * Saves the form: the autosave may already have saved it; either way the
 * form ends saved, which its status line says.
 */
export async function save(page: Page) {
  const button = page.getByRole('button', { name: 'Lagre' });
  if (await button.isEnabled()) {
    await button.click().catch(() => undefined);
  }
  await expect(
    page.getByRole('status').filter({ hasText: /^Lagret$/ }),
  ).toBeVisible();
}
