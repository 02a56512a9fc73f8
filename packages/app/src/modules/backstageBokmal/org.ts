import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { orgTranslationRef } from '@backstage/plugin-org/alpha';

/**
 * Bokmål for the group and user cards on the catalog's group and user pages.
 * `full` makes a key Backstage adds a type error.
 */
const nb = createTranslationMessages({
  ref: orgTranslationRef,
  full: true,
  messages: {
    'groupProfileCard.groupNotFound': 'Fant ikke gruppen',
    'groupProfileCard.editIconButtonTitle': 'Rediger metadata',
    'groupProfileCard.refreshIconButtonTitle':
      'Be om ny innlesing av oppføringen',
    'groupProfileCard.refreshIconButtonAriaLabel': 'Oppdater',
    'groupProfileCard.listItemTitle.entityRef': 'Referanse',
    'groupProfileCard.listItemTitle.email': 'E-post',
    'groupProfileCard.listItemTitle.parentGroup': 'Overordnet gruppe',
    'groupProfileCard.listItemTitle.childGroups': 'Undergrupper',
    'membersListCard.cardLabel': 'Brukerside for {{memberName}}',
    'membersListCard.title': 'Medlemmer i {{groupName}}',
    'membersListCard.noMembersDescription': 'Gruppen har ingen medlemmer.',
    'membersListCard.noSearchResult':
      'Fant ingen medlemmer som passer med «{{searchTerm}}».',
    'membersListCard.aggregateMembersToggle.label': 'Ta med undergrupper',
    'ownershipCard.title': 'Eierskap',
    'ownershipCard.aggregateRelationsToggle.label': 'Ta med indirekte eierskap',
    'userProfileCard.userNotFound': 'Fant ikke brukeren',
    'userProfileCard.editIconButtonTitle': 'Rediger metadata',
    'userProfileCard.listItemTitle.email': 'E-post',
    'userProfileCard.listItemTitle.memberOf': 'Medlem av',
    'userProfileCard.moreGroupButtonTitle': '… flere ({{number}})',
    'userProfileCard.allGroupDialog.title': 'Alle gruppene til {{name}}:',
    'userProfileCard.allGroupDialog.closeButtonTitle': 'Lukk',
  },
});

export default nb;
