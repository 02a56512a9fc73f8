import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { searchTranslationRef } from '@backstage/plugin-search/alpha';

/**
 * Bokmål for the search page's own texts (result types, the search dialog).
 * `full` makes a key Backstage adds a type error.
 */
const nb = createTranslationMessages({
  ref: searchTranslationRef,
  full: true,
  messages: {
    'searchModal.viewFullResults': 'Vis alle treff',
    'searchType.allResults': 'Alle treff',
    'searchType.tabs.allTitle': 'Alle',
    'searchType.accordion.allTitle': 'Alle',
    'searchType.accordion.collapse': 'Skjul',
    'searchType.accordion.numberOfResults': '{{number}} treff',
    'sidebarSearchModal.title': 'Søk',
  },
});

export default nb;
