import en from './translations/en';
import { bokmal } from './translation';

function flatten(messages: object, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>(
    (flat, [key, value]) =>
      typeof value === 'string'
        ? { ...flat, [`${prefix}${key}`]: value }
        : { ...flat, ...flatten(value, `${prefix}${key}.`) },
    {},
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(m => m[1]).sort();

describe('the English notifications page', () => {
  it('says everything the bokmål page says, with the same numbers and titles filled in', () => {
    const nb = flatten(bokmal);
    const english = en.messages as Record<string, string>;
    expect(Object.keys(english).sort()).toEqual(Object.keys(nb).sort());
    for (const [key, text] of Object.entries(nb)) {
      expect([key, placeholders(english[key])]).toEqual([
        key,
        placeholders(text),
      ]);
    }
    expect(english.languageCode).toBe('en');
  });
});
