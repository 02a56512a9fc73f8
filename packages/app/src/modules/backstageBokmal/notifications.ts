import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { notificationsTranslationRef } from '@backstage/plugin-notifications/alpha';

/**
 * Bokmål for Backstage's notifications plugin. The portal shows its own
 * notifications page and passes its own text to the plugin's sidebar item
 * (whose toasts are hard-coded English in this release), so none of these
 * texts is on screen today; they are here so that nothing falls back to
 * English if a part of the plugin that uses them (its page, settings card or
 * home widget) is added. Same words as the portal's page
 * (`../notifications/translation.ts`). `full` makes a key Backstage adds a
 * type error.
 */
const nb = createTranslationMessages({
  ref: notificationsTranslationRef,
  full: true,
  messages: {
    'notificationsPage.title': 'Varsler',
    'notificationsPage.tableTitle.all_one': 'Alle varsler ({{count}})',
    'notificationsPage.tableTitle.all_other': 'Alle varsler ({{count}})',
    'notificationsPage.tableTitle.saved_one': 'Lagrede varsler ({{count}})',
    'notificationsPage.tableTitle.saved_other': 'Lagrede varsler ({{count}})',
    'notificationsPage.tableTitle.unread_one': 'Uleste varsler ({{count}})',
    'notificationsPage.tableTitle.unread_other': 'Uleste varsler ({{count}})',
    'notificationsPage.tableTitle.read_one': 'Leste varsler ({{count}})',
    'notificationsPage.tableTitle.read_other': 'Leste varsler ({{count}})',
    'filters.title': 'Filtre',
    'filters.view.label': 'Vis',
    'filters.view.unread': 'Uleste varsler',
    'filters.view.read': 'Leste varsler',
    'filters.view.saved': 'Lagrede',
    'filters.view.all': 'Alle',
    'filters.createdAfter.label': 'Sendt',
    'filters.createdAfter.placeholder': 'Varsler siden',
    'filters.createdAfter.last24h': 'Siste døgn',
    'filters.createdAfter.lastWeek': 'Siste uke',
    'filters.createdAfter.anyTime': 'Når som helst',
    'filters.sortBy.label': 'Sorter etter',
    'filters.sortBy.placeholder': 'Felt å sortere etter',
    'filters.sortBy.newest': 'Nyeste først',
    'filters.sortBy.oldest': 'Eldste først',
    'filters.sortBy.topic': 'Emne',
    'filters.sortBy.origin': 'Kilde',
    'filters.severity.label': 'Minste alvorlighet',
    'filters.severity.critical': 'Kritisk',
    'filters.severity.high': 'Høy',
    'filters.severity.normal': 'Normal',
    'filters.severity.low': 'Lav',
    'filters.topic.label': 'Emne',
    'filters.topic.anyTopic': 'Alle emner',
    'table.emptyMessage': 'Ingen varsler å vise',
    'table.pagination.firstTooltip': 'Første side',
    'table.pagination.labelDisplayedRows': '{from}–{to} av {count}',
    'table.pagination.labelRowsSelect': 'rader',
    'table.pagination.lastTooltip': 'Siste side',
    'table.pagination.nextTooltip': 'Neste side',
    'table.pagination.previousTooltip': 'Forrige side',
    'table.bulkActions.markAllRead': 'Merk alle som lest',
    'table.bulkActions.markSelectedAsRead': 'Merk valgte som lest',
    'table.bulkActions.returnSelectedAmongUnread': 'Merk valgte som ulest',
    'table.bulkActions.saveSelectedForLater': 'Lagre valgte til senere',
    'table.bulkActions.undoSaveForSelected': 'Fjern valgte fra lagrede',
    'table.confirmDialog.title': 'Er du sikker?',
    'table.confirmDialog.markAllReadDescription':
      'Alle varsler blir merket som lest.',
    'table.confirmDialog.markAllReadConfirmation': 'Merk alle',
    'table.confirmDialog.cancel': 'Avbryt',
    'table.errors.markAllReadFailed': 'Kunne ikke merke alle varsler som lest',
    'sidebar.title': 'Varsler',
    'sidebar.errors.markAsReadFailed': 'Kunne ikke merke varselet som lest',
    'sidebar.errors.fetchNotificationFailed': 'Kunne ikke hente varselet',
    'settings.title': 'Varslingsinnstillinger',
    'settings.errorTitle': 'Kunne ikke hente innstillingene',
    'settings.noSettingsAvailable':
      'Ingen varslingsinnstillinger er tilgjengelige ennå. Prøv igjen senere.',
    'settings.table.origin': 'Kilde',
    'settings.table.topic': 'Emne',
    'settings.errors.useNotificationFormat':
      'useNotificationFormat må brukes inne i en NotificationFormatProvider',
    'unreadCard.title_one': 'Siste uleste varsel ({{count}})',
    'unreadCard.title_other': 'Siste uleste varsler ({{count}})',
    'unreadCard.viewAll': 'Vis alle',
    'unreadCard.emptyState': 'Du har lest alt!',
    'unreadCard.columnNotification': 'Varsel',
    'unreadCard.columnActions': 'Handlinger',
    'unreadCard.resultsCount': '{{displayed}} av {{total}} resultater',
  },
});

export default nb;
