import {
  createTranslationMessages,
  createTranslationRef,
  createTranslationResource,
} from '@backstage/core-plugin-api/alpha';

/** The sidebar's labels, Norwegian bokmål by default. */
const bokmal = {
  catalog: 'Katalog',
  menu: 'Meny',
  newHandover: 'Ny overlevering',
  myHandovers: 'Mine overleveringer',
  approvals: 'Godkjenninger',
  search: 'Søk',
  newService: 'Ny tjeneste',
  notifications: 'Varsler',
  settings: 'Innstillinger',
} as const;

export const navTranslationRef = createTranslationRef({
  id: 'portal.nav',
  messages: bokmal,
});

/** English, for users who pick English in the settings. */
export const navTranslations = createTranslationResource({
  ref: navTranslationRef,
  translations: {
    en: () => import('./translations/en'),
    // Backstage files default messages under English; bokmål needs its own
    // resource, or switching back from English keeps English.
    nb: async () => ({
      default: createTranslationMessages({
        ref: navTranslationRef,
        messages: bokmal,
      }),
    }),
  },
});
