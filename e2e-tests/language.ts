import { expect, type Locator, type Page } from '@playwright/test';
import { getTexts } from '../packages/form-schema/src';
import { overleveringTranslationRef } from '../plugins/overlevering/src/translation';
import en from '../plugins/overlevering/src/translations/en';

/** Strings of a nested text object, by dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof value === 'string') {
    result.set(prefix, value);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key).forEach((v, k) =>
        result.set(k, v),
      );
    }
  }
  return result;
}

/**
 * Every text the plugin and the form show in bokmål that reads differently
 * in English: a page of an English portal that shows one of these has text
 * left untranslated. Placeholders are cut off, so "Runde {{number}}" is
 * recognised as "Runde".
 */
export function bokmalOnlyTexts(): string[] {
  const nb = (
    overleveringTranslationRef as unknown as {
      getDefaultMessages(): Record<string, string>;
    }
  ).getDefaultMessages();
  const english = en.messages as Record<string, string>;
  const pairs: Array<[string, string | undefined]> = Object.entries(nb).map(
    ([key, text]) => [text, english[key]],
  );
  const nbForm = flatten(getTexts('nb'));
  const enForm = flatten(getTexts('en'));
  for (const [key, text] of nbForm) {
    pairs.push([text, enForm.get(key)]);
  }
  const words = new Set<string>();
  for (const [text, translated] of pairs) {
    if (text === translated) continue;
    const fixed = text.split('{{')[0].trim();
    // Short fragments ("av", "og") would match English words by chance.
    if (fixed.length >= 5) words.add(fixed);
  }
  return [...words];
}

/** Entity refs as people should never see them. */
const RAW_REF = /\b(?:user|group|component|system):[a-z0-9-]+\/[\w.-]+/i;

/**
 * Fails when the visible text of `scope` holds a bokmål text of the plugin
 * or the form, or a raw entity ref. `people` content (what users typed) is
 * left out by passing the locators that show it.
 */
export async function expectNoBokmal(
  page: Page,
  what: string,
  options: { scope?: Locator; userContent?: Locator[] } = {},
) {
  const scope = options.scope ?? page.locator('body');
  for (const content of options.userContent ?? []) {
    await content.evaluateAll(elements =>
      elements.forEach(e => e.setAttribute('data-user-content', '')),
    );
  }
  const { text, names } = await scope.evaluate(root => {
    const clone = root.cloneNode(true) as HTMLElement;
    // Names of people, groups and services are theirs, in any language; they
    // are checked for raw refs only.
    const links = [...clone.querySelectorAll('a[href*="/catalog/"]')];
    const linkTexts = links.map(a => a.textContent ?? '');
    links.forEach(a => a.remove());
    clone
      .querySelectorAll(
        '[data-user-content], script, style, [aria-hidden="true"]',
      )
      .forEach(e => e.remove());
    return {
      text: clone.innerText ?? clone.textContent ?? '',
      names: linkTexts.join('\n'),
    };
  });
  const found = bokmalOnlyTexts().filter(t => text.includes(t));
  expect.soft(found, `bokmål text on ${what}`).toEqual([]);
  expect
    .soft(
      `${text}\n${names}`.match(RAW_REF)?.[0],
      `a raw entity ref on ${what}`,
    )
    .toBe(undefined);
}
