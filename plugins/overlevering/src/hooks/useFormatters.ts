import { useMemo } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';

/** Norwegian bokmål unless the app says otherwise. */
export function useLanguage(): string {
  const languageApi = useApiHolder().get(appLanguageApiRef);
  return languageApi?.getLanguage().language ?? 'nb';
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
      money: (amount: number) => money.format(amount),
    };
  }, [language]);
}
