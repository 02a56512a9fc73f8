import type { TranslationApi } from '@backstage/core-plugin-api/alpha';
import en from '../translations/en';

/** The plugin's English messages, as an app whose language is `en` shows them. */
export function englishTranslationApi(): TranslationApi {
  const messages = en.messages as Record<string, string>;
  const t = (key: string, options?: Record<string, unknown>) =>
    (messages[key] ?? key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) =>
      String(options?.[name] ?? ''),
    );
  return {
    getTranslation: () => ({ ready: true, t }),
    translation$: () => ({
      subscribe: () => ({ unsubscribe() {}, closed: false }),
      [Symbol.observable]() {
        return this;
      },
    }),
  } as unknown as TranslationApi;
}
