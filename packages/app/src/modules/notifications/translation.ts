import { flattenMessages } from '@hemit/plugin-overlevering/alpha';
import {
  createTranslationMessages,
  createTranslationRef,
  createTranslationResource,
} from '@backstage/core-plugin-api/alpha';

/** The notifications page's texts in Norwegian bokmål, the default. */
export const bokmal = {
  // The language the texts are in, so times are written in it too.
  languageCode: 'nb',
  title: 'Varsler',
  subtitle:
    'Det som har skjedd med overleveringene dine og godkjenningene du venter på',
  filters: {
    title: 'Filtre',
    view: {
      label: 'Vis',
      unread: 'Uleste',
      read: 'Leste',
      saved: 'Lagrede',
      all: 'Alle',
    },
    search: 'Søk i varsler',
    createdAfter: {
      label: 'Sendt',
      last24h: 'Siste døgn',
      lastWeek: 'Siste uke',
      anyTime: 'Når som helst',
    },
    severity: {
      label: 'Minste alvorlighet',
      low: 'Lav',
      normal: 'Normal',
      high: 'Høy',
      critical: 'Kritisk',
    },
    topic: {
      label: 'Emne',
      any: 'Alle emner',
    },
    sort: {
      label: 'Rekkefølge',
      newest: 'Nyeste først',
      oldest: 'Eldste først',
    },
  },
  list: {
    heading: {
      unread: 'Uleste varsler ({{total}})',
      read: 'Leste varsler ({{total}})',
      saved: 'Lagrede varsler ({{total}})',
      all: 'Alle varsler ({{total}})',
    },
    empty: {
      unread: 'Du har ingen uleste varsler.',
      read: 'Du har ingen leste varsler.',
      saved: 'Du har ikke lagret noen varsler.',
      all: 'Du har ingen varsler.',
    },
    emptyFiltered: 'Ingen varsler passer med filtrene.',
    columns: {
      select: 'Velg',
      notification: 'Varsel',
      actions: 'Handlinger',
    },
    selectAll: 'Velg alle varsler på siden',
    selectOne: 'Velg «{{title}}»',
    unread: 'Ulest',
    saved: 'Lagret',
    broadcast: 'Til alle',
    severity: {
      low: 'Lav',
      normal: 'Normal',
      high: 'Høy',
      critical: 'Kritisk',
    },
    rowsPerPage: 'Varsler per side:',
    displayedRows: '{{from}}–{{to}} av {{total}}',
    pageLabel: 'Gå til {{type}} side',
    pageTypes: {
      first: 'første',
      last: 'siste',
      next: 'neste',
      previous: 'forrige',
    },
  },
  actions: {
    markRead: 'Merk «{{title}}» som lest',
    markUnread: 'Merk «{{title}}» som ulest',
    save: 'Lagre «{{title}}»',
    unsave: 'Fjern «{{title}}» fra lagrede',
    markReadShort: 'Merk som lest',
    markUnreadShort: 'Merk som ulest',
    saveShort: 'Lagre',
    unsaveShort: 'Fjern fra lagrede',
    selected: '{{number}} valgt',
    markSelectedRead: 'Merk valgte som lest',
    markSelectedUnread: 'Merk valgte som ulest',
    saveSelected: 'Lagre valgte',
    unsaveSelected: 'Fjern valgte fra lagrede',
    markAllRead: 'Merk alle som lest',
    failed: 'Varslene kunne ikke oppdateres. Prøv igjen.',
  },
  markAllDialog: {
    title: 'Merke alle varsler som lest?',
    text: 'Alle {{unread}} uleste varsler blir merket som lest, også de som ikke vises med filtrene.',
    confirm: 'Merk alle som lest',
    cancel: 'Avbryt',
  },
} as const;

export const notificationsPageTranslationRef = createTranslationRef({
  id: 'portal.notifications',
  messages: bokmal,
});

/** English, for users who pick English in the settings. */
export const notificationsPageTranslations = createTranslationResource({
  ref: notificationsPageTranslationRef,
  translations: {
    en: () => import('./translations/en'),
    // Backstage files default messages under English; bokmål needs its own
    // resource, or switching back from English keeps English.
    nb: async () => ({
      default: createTranslationMessages({
        ref: notificationsPageTranslationRef,
        messages: flattenMessages(bokmal),
      }),
    }),
  },
});
