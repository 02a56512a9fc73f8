import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react/alpha';

/**
 * Bokmål for the catalog's filters, table columns and entity dialogs.
 * `full` makes a key Backstage adds a type error.
 *
 * A catalog entity is an "oppføring"; its kind is "Kategori" (Component,
 * Group, User …) so that it differs from its type ("Type": service,
 * website …), which the catalog shows next to it.
 */
const nb = createTranslationMessages({
  ref: catalogReactTranslationRef,
  full: true,
  messages: {
    'catalogFilter.title': 'Filtre',
    'catalogFilter.buttonTitle': 'Filtre',
    'entityKindPicker.title': 'Kategori',
    'entityKindPicker.errorMessage': 'Kunne ikke hente kategoriene',
    'entityLifecyclePicker.title': 'Livssyklus',
    'entityNamespacePicker.title': 'Navnerom',
    'entityOwnerPicker.title': 'Eier',
    'entityProcessingStatusPicker.title': 'Behandlingsstatus',
    'entityTagPicker.title': 'Stikkord',
    'entityPeekAheadPopover.title':
      'Åpne oppføringen for å se alle stikkordene.',
    'entityPeekAheadPopover.emailCardAction.title': 'Send e-post til {{email}}',
    'entityPeekAheadPopover.emailCardAction.subTitle': 'mailto {{email}}',
    'entityPeekAheadPopover.emailCardAction.ariaLabel': 'E-post',
    'entityPeekAheadPopover.entityCardActionsAriaLabel': 'Vis',
    'entityPeekAheadPopover.entityCardActionsTitle': 'Vis detaljer',
    'entitySearchBar.placeholder': 'Søk',
    'entityTypePicker.title': 'Type',
    'entityTypePicker.errorMessage': 'Kunne ikke hente typene',
    'entityTypePicker.optionAllTitle': 'alle',
    'favoriteEntity.addToFavorites': 'Legg til i favoritter',
    'favoriteEntity.removeFromFavorites': 'Fjern fra favoritter',
    'inspectEntityDialog.title': 'Inspiser oppføringen',
    'inspectEntityDialog.closeButtonTitle': 'Lukk',
    'inspectEntityDialog.ancestryPage.title': 'Opphav',
    'inspectEntityDialog.ancestryPage.description':
      'Dette er opphavet til oppføringen, altså kjeden (eller kjedene) av oppføringer ned til denne, der {{processorsLink}} underordnede oppføringer som til slutt førte til at denne finnes. Merk at dette er en helt annen mekanisme enn relasjoner.',
    'inspectEntityDialog.ancestryPage.processorsLink': 'prosessorer sendte ut',
    'inspectEntityDialog.colocatedPage.title': 'Samme kilde',
    'inspectEntityDialog.colocatedPage.description':
      'Dette er oppføringene som kommer fra samme sted som denne, altså fra samme datakilde (for eksempel samme YAML-fil) eller samme opprinnelse (for eksempel den opprinnelig registrerte URL-en).',
    'inspectEntityDialog.colocatedPage.alertNoLocation':
      'Oppføringen har ingen informasjon om plassering.',
    'inspectEntityDialog.colocatedPage.alertNoEntity':
      'Det finnes ingen andre oppføringer på denne plasseringen.',
    'inspectEntityDialog.colocatedPage.locationHeader': 'På samme plassering',
    'inspectEntityDialog.colocatedPage.originHeader': 'Med samme opprinnelse',
    'inspectEntityDialog.colocatedPage.entityListAriaLabel':
      'Oppføringer fra samme kilde',
    'inspectEntityDialog.jsonPage.title': 'Oppføringen som JSON',
    'inspectEntityDialog.jsonPage.description':
      'Dette er rådataene for oppføringen slik katalogen leverer dem, i JSON-format.',
    'inspectEntityDialog.overviewPage.title': 'Oversikt',
    'inspectEntityDialog.overviewPage.relation.title': 'Relasjoner',
    'inspectEntityDialog.overviewPage.status.title': 'Status',
    'inspectEntityDialog.overviewPage.identity.title': 'Identitet',
    'inspectEntityDialog.overviewPage.metadata.title': 'Metadata',
    'inspectEntityDialog.overviewPage.annotations': 'Annotasjoner',
    'inspectEntityDialog.overviewPage.labels': 'Etiketter',
    'inspectEntityDialog.overviewPage.tags': 'Stikkord',
    'inspectEntityDialog.overviewPage.copyAriaLabel': 'Kopier {{label}}',
    'inspectEntityDialog.overviewPage.copiedStatus': 'Kopiert',
    'inspectEntityDialog.overviewPage.helpLinkAriaLabel': 'Les mer',
    'inspectEntityDialog.yamlPage.title': 'Oppføringen som YAML',
    'inspectEntityDialog.yamlPage.description':
      'Dette er rådataene for oppføringen slik katalogen leverer dem, i YAML-format.',
    'inspectEntityDialog.tabNames.overview': 'Oversikt',
    'inspectEntityDialog.tabNames.ancestry': 'Opphav',
    'inspectEntityDialog.tabNames.colocated': 'Samme kilde',
    'inspectEntityDialog.tabNames.json': 'Rå JSON',
    'inspectEntityDialog.tabNames.yaml': 'Rå YAML',
    'inspectEntityDialog.tabsAriaLabel': 'Visninger',
    'unregisterEntityDialog.title':
      'Er du sikker på at du vil avregistrere denne oppføringen?',
    'unregisterEntityDialog.cancelButtonTitle': 'Avbryt',
    'unregisterEntityDialog.deleteButtonTitle': 'Slett oppføringen',
    'unregisterEntityDialog.deleteEntitySuccessMessage':
      'Oppføringen {{entityName}} er fjernet',
    'unregisterEntityDialog.bootstrapState.title':
      'Du kan ikke avregistrere denne oppføringen, fordi den kommer fra en beskyttet Backstage-konfigurasjon (plassering «{{location}}»). Mener du at dette er feil, kontakt dem som drifter {{appTitle}}.',
    'unregisterEntityDialog.bootstrapState.advancedDescription':
      'Du kan velge å slette selve oppføringen fra katalogen. Gjør det bare hvis du vet at katalogfilen er slettet fra eller flyttet bort fra den opprinnelige plasseringen. Hvis ikke, dukker oppføringen snart opp igjen når katalogen leser inn på nytt.',
    'unregisterEntityDialog.bootstrapState.advancedOptions': 'Avanserte valg',
    'unregisterEntityDialog.onlyDeleteStateTitle':
      'Denne oppføringen ser ikke ut til å komme fra en registrert plassering. Du kan derfor bare slette den helt fra katalogen.',
    'unregisterEntityDialog.unregisterState.title':
      'Dette avregistrerer følgende oppføringer:',
    'unregisterEntityDialog.unregisterState.subTitle':
      'Fra følgende plassering:',
    'unregisterEntityDialog.unregisterState.description':
      'Vil du angre, registrerer du oppføringen på nytt i {{appTitle}}.',
    'unregisterEntityDialog.unregisterState.unregisterButtonTitle':
      'Avregistrer plasseringen',
    'unregisterEntityDialog.unregisterState.advancedOptions': 'Avanserte valg',
    'unregisterEntityDialog.unregisterState.advancedDescription':
      'Du kan også velge å slette selve oppføringen fra katalogen. Gjør det bare hvis du vet at katalogfilen er slettet fra eller flyttet bort fra den opprinnelige plasseringen. Hvis ikke, dukker oppføringen snart opp igjen når katalogen leser inn på nytt.',
    'unregisterEntityDialog.errorStateTitle': 'Intern feil: ukjent tilstand',
    'userListPicker.defaultOrgName': 'Virksomheten',
    'userListPicker.personalFilter.title': 'Personlig',
    'userListPicker.personalFilter.ownedLabel': 'Eid av meg',
    'userListPicker.personalFilter.starredLabel': 'Favoritter',
    'userListPicker.orgFilterAllLabel': 'Alle',
    'entityTableColumnTitle.name': 'Navn',
    'entityTableColumnTitle.system': 'System',
    'entityTableColumnTitle.owner': 'Eier',
    'entityTableColumnTitle.type': 'Type',
    'entityTableColumnTitle.lifecycle': 'Livssyklus',
    'entityTableColumnTitle.namespace': 'Navnerom',
    'entityTableColumnTitle.description': 'Beskrivelse',
    'entityTableColumnTitle.tags': 'Stikkord',
    'entityTableColumnTitle.targets': 'Mål',
    'entityTableColumnTitle.title': 'Tittel',
    'entityTableColumnTitle.label': 'Etikett',
    'entityTableColumnTitle.domain': 'Domene',
    'entityRelationCard.emptyHelpLinkTitle': 'Les hvordan du endrer dette.',
    'missingAnnotationEmptyState.title': 'Annotasjon mangler',
    'missingAnnotationEmptyState.readMore': 'Les mer',
    'missingAnnotationEmptyState.annotationYaml':
      'Legg til annotasjonen i YAML-filen for {{entityKind}}, som vist i det uthevede eksempelet nedenfor:',
    'missingAnnotationEmptyState.generateDescription_one':
      'Annotasjonen {{annotations}} mangler. Du må legge annotasjonen til i {{entityKind}} hvis du vil ta i bruk dette verktøyet.',
    'missingAnnotationEmptyState.generateDescription_other':
      'Annotasjonene {{annotations}} mangler. Du må legge annotasjonene til i {{entityKind}} hvis du vil ta i bruk dette verktøyet.',
  },
});

export default nb;
