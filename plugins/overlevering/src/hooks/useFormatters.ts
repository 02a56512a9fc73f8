import { useMemo } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { getTexts } from '@hemit/overlevering-form-schema';
import { overleveringTranslationRef } from '../translation';

/**
 * The language the plugin's texts are shown in: Norwegian bokmål unless the
 * app uses English and offers the English translation.
 */
export function useLanguage(): string {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return t('languageCode');
}

/** Dates and amounts in the user's locale. */
export function useFormatters() {
  const language = useLanguage();
  return useMemo(() => {
    const locale = language === 'en' ? 'en-GB' : 'nb-NO';
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const money = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'NOK',
    });
    return {
      locale,
      dateTime: (iso?: string) => (iso ? dateTime.format(new Date(iso)) : ''),
      /** A date field's value (`2026-11-28`) as the export writes it: 28.11.2026. */
      date: getTexts(language === 'en' ? 'en' : 'nb').common.formatDate,
      money: (amount: number) => money.format(amount),
    };
  }, [language]);
}
