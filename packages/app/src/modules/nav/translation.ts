import {
  createTranslationRef,
  createTranslationResource,
} from '@backstage/core-plugin-api/alpha';

/** The sidebar's labels, Norwegian bokmål by default. */
export const navTranslationRef = createTranslationRef({
  id: 'portal.nav',
  messages: {
    catalog: 'Katalog',
    menu: 'Meny',
    newHandover: 'Ny overlevering',
    myHandovers: 'Mine overleveringer',
    approvals: 'Godkjenninger',
    notifications: 'Varsler',
    settings: 'Innstillinger',
  },
});

/** English, for users who pick English in the settings. */
export const navTranslations = createTranslationResource({
  ref: navTranslationRef,
  translations: {
    en: () => import('./translations/en'),
  },
});
