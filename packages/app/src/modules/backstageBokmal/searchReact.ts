import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { searchReactTranslationRef } from '@backstage/plugin-search-react/alpha';

/**
 * Bokmål for the search field, the filters, the pages of results and the
 * empty result. `full` makes a key Backstage adds a type error.
 */
const nb = createTranslationMessages({
  ref: searchReactTranslationRef,
  full: true,
  messages: {
    'searchBar.title': 'Søk',
    'searchBar.placeholder': 'Søk i {{org}}',
    'searchBar.clearButtonTitle': 'Tøm',
    'searchFilter.allOptionTitle': 'Alle',
    'searchPagination.limitLabel': 'Treff per side:',
    'searchPagination.limitText': 'av {{num}}',
    noResultsDescription: 'Ingen treff',
    'searchResultGroup.linkTitle': 'Se alle',
    'searchResultGroup.addFilterButtonTitle': 'Legg til filter',
    'searchResultPager.previous': 'Forrige',
    'searchResultPager.next': 'Neste',
  },
});

export default nb;
