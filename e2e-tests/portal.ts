import {
  expect,
  type Browser,
  type Locator,
  type Page,
} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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

/**
 * WCAG 2.1 AA checks of the page as it is now; 0 violations expected. A
 * finding fails the test at its end, after the rest of the story has run, so
 * one run reports every page's findings.
 */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    v =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map(n => `${n.target.join(' ')} ${n.html.slice(0, 120)}`)
        .join(' | ')}`,
  );
  expect.soft(summary, `accessibility violations on ${what}`).toEqual([]);
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

/**
 * Answers "Ja" to every yes/no question of the section nobody has answered
 * yet: the form leaves a question unanswered until a person answers it.
 */
export async function answerEmptyQuestions(page: Page) {
  const groups = page.locator('main form [role="radiogroup"]');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    if (!(await group.isVisible())) continue;
    if ((await group.locator('input[type="radio"]:checked').count()) > 0) {
      continue;
    }
    await group.getByRole('radio', { name: 'Ja' }).check();
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
 * Opens Varsler from the sidebar and follows the newest notification with
 * this title, as a person does.
 */
export async function openNotification(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: /Varsler/ })
    .click();
  await page.getByRole('link', { name: title }).first().click();
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
  await expect(
    page.getByRole('button', { name: 'Godkjenn', exact: true }),
  ).toBeVisible();
}

/** Approves the waiting seat of the handover as the page's person. */
export async function approve(page: Page, title: string) {
  await openDecision(page, title);
  await page.getByRole('button', { name: 'Godkjenn', exact: true }).click();
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

/**
 * The Overlevering backend as one demo person, for preparing what a test is
 * not about (a filled-in draft, earlier decisions) without the browser.
 */
export async function apiAs(user: string) {
  const refresh = await fetch(
    'http://localhost:7007/api/auth/demo/refresh?env=development',
    {
      headers: {
        'x-overlevering-demo-user': user,
        'x-requested-with': 'XMLHttpRequest',
      },
    },
  );
  if (!refresh.ok) {
    throw new Error(`Signing in ${user} failed: HTTP ${refresh.status}`);
  }
  const { backstageIdentity } = (await refresh.json()) as {
    backstageIdentity: { token: string };
  };
  const call = async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(
      `http://localhost:7007/api/overlevering${path}`,
      {
        method,
        headers: {
          authorization: `Bearer ${backstageIdentity.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
    );
    if (!response.ok) {
      throw new Error(
        `${method} ${path} as ${user}: HTTP ${
          response.status
        } ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown) => call<T>('POST', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
  };
}

/** A handover as the backend returns it, as far as the tests read it. */
export interface HandoverJson {
  id: string;
  title: string;
  status: string;
  revision: number;
}

/** The complete example document of the form schema, with its own title. */
export function completeDocument(title: string): Record<string, any> {
  const document = JSON.parse(
    readFileSync(
      resolve(__dirname, '../packages/form-schema/examples/complete.json'),
      'utf8',
    ),
  );
  document.bestilling.tittel = title;
  return document;
}

/**
 * A draft of the owner with the complete example document, ready to submit,
 * for the web front end, so that the story's screenshot of the API's tab
 * shows only the story's own handovers.
 */
export async function prepareDraft(title: string): Promise<HandoverJson> {
  const owner = await apiAs(people.owner);
  const entityRef = 'component:default/pasientflyt-web';
  const document = completeDocument(title);
  document.designfase.tjeneste = entityRef;
  return owner.post<HandoverJson>('/handovers', { entityRef, document });
}

/**
 * Moves the keyboard focus with Tab (or Shift+Tab) until it is on the
 * target, as a keyboard user would; fails, naming every stop on the way, if
 * the target is not reached within `max` presses (unreachable, or a trap).
 * Returns the ids of the elements the focus passed.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; max?: number } = {},
): Promise<string[]> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  await expect(target).toBeVisible();
  const element = await target.elementHandle();
  const stops: string[] = [];
  const passed: string[] = [];
  for (let i = 0; i <= (options.max ?? 60); i++) {
    const focus = await page.evaluate(wanted => {
      const active = document.activeElement as HTMLElement | null;
      const reached = Boolean(
        wanted && active && (wanted === active || wanted.contains(active)),
      );
      if (!active || active === document.body) {
        return { reached, id: '', description: '(nothing)' };
      }
      const role = active.getAttribute('role') ?? active.tagName.toLowerCase();
      const name =
        active.getAttribute('aria-label') ??
        (active as HTMLInputElement).labels?.[0]?.textContent ??
        active.textContent ??
        '';
      return {
        reached,
        id: active.id,
        description: `${role} "${name.trim().slice(0, 60)}"`,
      };
    }, element);
    if (focus.reached) return passed;
    if (i > 0) {
      stops.push(focus.description);
      passed.push(focus.id);
    }
    if (i < (options.max ?? 60)) await page.keyboard.press(key);
  }
  throw new Error(
    `${key} did not reach ${target}; the focus went:\n  ${stops.join('\n  ')}`,
  );
}

/**
 * The visible, enabled fields of the form's current section, by id; the
 * radio buttons of one question come as one entry (Tab stops at one of them,
 * the arrow keys move between them).
 */
export async function sectionFields(page: Page): Promise<string[][]> {
  return page
    .locator('main form')
    .locator('input, textarea, [role="combobox"], button')
    .evaluateAll(elements => {
      const fields = new Map<string, string[]>();
      for (const element of elements as HTMLInputElement[]) {
        if (
          !element.id ||
          element.disabled ||
          element.type === 'hidden' ||
          element.tabIndex < 0 ||
          element.getAttribute('aria-hidden') === 'true' ||
          element.offsetParent === null
        ) {
          continue;
        }
        const key =
          element.type === 'radio' ? `radio:${element.name}` : element.id;
        fields.set(key, [...(fields.get(key) ?? []), element.id]);
      }
      return [...fields.values()];
    });
}

/**
 * Fails when the page is wider than the screen (the phone user would have
 * to scroll sideways to read it) or when a word is broken over two lines
 * ("Tilga ngsa dmini strasj on"): each word of the main content must be on
 * one line. Words are what whitespace and hyphens separate.
 */
export async function expectReadableLayout(page: Page, what: string) {
  const found = await page.evaluate(() => {
    const root = document.querySelector('main') ?? document.body;
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[aria-hidden="true"], script, style')) {
        continue;
      }
      const text = node.textContent ?? '';
      const words = /[^\s\-–—/]{2,}/g;
      for (let m = words.exec(text); m; m = words.exec(text)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set(
          [...range.getClientRects()]
            .filter(r => r.width > 0 && r.height > 0)
            .map(r => Math.round(r.top)),
        );
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return {
      broken: [...new Set(broken)].slice(0, 10),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
  expect.soft(found.broken, `words broken over lines on ${what}`).toEqual([]);
  expect
    .soft(found.overflow, `pixels wider than the screen on ${what}`)
    .toBeLessThanOrEqual(0);
}

/** Who holds each seat of the demo organisation, by role. */
export const seatHolders: Record<string, string> = {
  hemithjelp: people.hemithjelp,
  tilgangsadministrasjon: people.access,
  'config-manager': people.configManager,
  tjenesteutvikler: people.developer,
  seksjonsleder: people.sectionHead,
  fagansvarlig: people.subjectMatter,
  server: people.server,
};

/**
 * Every seat of the round decides through the API, each as its holder:
 * approve unless `decisions` says otherwise for the role.
 */
export async function decideRound(
  handoverId: string,
  round: number,
  decisions: Record<
    string,
    { decision: 'reject'; comment: string; sections?: string[] }
  > = {},
) {
  const owner = await apiAs(people.owner);
  const handover = await owner.get<{
    rounds: { number: number; seats: { role: string }[] }[];
  }>(`/handovers/${handoverId}`);
  const seats = handover.rounds.find(r => r.number === round)!.seats;
  for (const { role } of seats) {
    await (
      await apiAs(seatHolders[role])
    ).post(`/handovers/${handoverId}/rounds/${round}/decisions`, {
      role,
      ...(decisions[role] ?? { decision: 'approve' }),
    });
  }
}
