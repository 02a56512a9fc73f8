import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { navTranslationRef } from '../translation';

/** The complete English translation; `full` makes a missing key a type error. */
const en = createTranslationMessages({
  ref: navTranslationRef,
  full: true,
  messages: {
    catalog: 'Catalog',
    menu: 'Menu',
    newHandover: 'New handover',
    myHandovers: 'My handovers',
    approvals: 'Approvals',
    search: 'Search',
    newService: 'New service',
    notifications: 'Notifications',
    settings: 'Settings',
  },
});

export default en;
