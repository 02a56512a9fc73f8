import { Locale } from '../types';
import { enCommon, enFields } from './en';
import { nbCommon, nbFields, TextKey } from './nb';
import { CommonTexts, FieldText } from './types';

export type { CommonTexts, FieldText } from './types';
export type { TextKey } from './nb';

/** All texts of one language. @public */
export interface FormTexts {
  fields: Record<TextKey, FieldText>;
  common: CommonTexts;
}

const texts: Record<Locale, FormTexts> = {
  nb: { fields: nbFields, common: nbCommon },
  en: { fields: enFields, common: enCommon },
};

/** The texts of a language; unknown locales fall back to Norwegian. @public */
export function getTexts(locale: Locale = 'nb'): FormTexts {
  return texts[locale] ?? texts.nb;
}

/**
 * The text of a field by dotted path, ignoring row indices. Falls back to the path itself, so a
 * missing translation shows up as a path rather than as nothing.
 */
export function fieldText(locale: Locale, path: string): FieldText {
  const key = path
    .split('.')
    .filter(segment => !/^\d+$/.test(segment))
    .join('.');
  return (
    (getTexts(locale).fields as Record<string, FieldText>)[key] ?? {
      title: path,
    }
  );
}
