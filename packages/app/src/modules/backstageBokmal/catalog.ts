import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { catalogTranslationRef } from '@backstage/plugin-catalog/alpha';

/**
 * Bokmål for the catalog page and the entity pages' cards (About, Links,
 * Labels, relations …). `full` makes a key Backstage adds a type error.
 * Same words as in `catalogReact.ts`: an entity is an "oppføring", its kind
 * a "Kategori".
 */
const nb = createTranslationMessages({
  ref: catalogTranslationRef,
  full: true,
  messages: {
    'indexPage.title': 'Katalog for {{orgName}}',
    'indexPage.createButtonTitle': 'Opprett',
    'indexPage.supportButtonContent':
      'Alle oppføringene i programvarekatalogen',
    'entityPage.notFoundMessage':
      'Det finnes ingen {{kind}} med angitt {{link}}.',
    'entityPage.notFoundLinkText': 'kategori, navnerom og navn',
    'aboutCard.title': 'Om',
    'aboutCard.refreshButtonTitle': 'Be om ny innlesing av oppføringen',
    'aboutCard.editButtonTitle': 'Rediger metadata',
    'aboutCard.editButtonAriaLabel': 'Rediger',
    'aboutCard.createSimilarButtonTitle': 'Lag noe lignende',
    'aboutCard.refreshScheduledMessage': 'Ny innlesing er bestilt',
    'aboutCard.refreshButtonAriaLabel': 'Oppdater',
    'aboutCard.launchTemplate': 'Start malen',
    'aboutCard.viewTechdocs': 'Vis TechDocs',
    'aboutCard.viewSource': 'Vis kilde',
    'aboutCard.unknown': 'ukjent',
    'aboutCard.descriptionField.label': 'Beskrivelse',
    'aboutCard.descriptionField.value': 'Ingen beskrivelse',
    'aboutCard.ownerField.label': 'Eier',
    'aboutCard.ownerField.value': 'Ingen eier',
    'aboutCard.domainField.label': 'Domene',
    'aboutCard.domainField.value': 'Intet domene',
    'aboutCard.systemField.label': 'System',
    'aboutCard.systemField.value': 'Intet system',
    'aboutCard.parentComponentField.label': 'Overordnet komponent',
    'aboutCard.parentComponentField.value': 'Ingen overordnet komponent',
    'aboutCard.kindField.label': 'Kategori',
    'aboutCard.typeField.label': 'Type',
    'aboutCard.lifecycleField.label': 'Livssyklus',
    'aboutCard.tagsField.label': 'Stikkord',
    'aboutCard.tagsField.value': 'Ingen stikkord',
    'aboutCard.targetsField.label': 'Mål',
    'searchResultItem.kind': 'Kategori',
    'searchResultItem.type': 'Type',
    'searchResultItem.lifecycle': 'Livssyklus',
    'searchResultItem.owner': 'Eier',
    'catalogTable.warningPanelTitle':
      'Kunne ikke hente oppføringene i katalogen.',
    'catalogTable.viewActionTitle': 'Vis',
    'catalogTable.editActionTitle': 'Rediger',
    'catalogTable.starActionTitle': 'Legg til i favoritter',
    'catalogTable.unStarActionTitle': 'Fjern fra favoritter',
    'catalogTable.allFilters': 'Alle',
    'dependencyOfComponentsCard.title': 'Komponenter som avhenger av denne',
    'dependencyOfComponentsCard.emptyMessage':
      'Ingen komponenter avhenger av denne komponenten.',
    'dependsOnComponentsCard.title': 'Avhenger av komponenter',
    'dependsOnComponentsCard.emptyMessage':
      'Komponenten avhenger ikke av andre komponenter.',
    'dependsOnResourcesCard.title': 'Avhenger av ressurser',
    'dependsOnResourcesCard.emptyMessage':
      'Komponenten avhenger ikke av noen ressurser.',
    'entityContextMenu.copiedMessage': 'Kopiert!',
    'entityContextMenu.moreButtonTitle': 'Mer',
    'entityContextMenu.inspectMenuTitle': 'Inspiser oppføringen',
    'entityContextMenu.copyURLMenuTitle': 'Kopier lenken til oppføringen',
    'entityContextMenu.unregisterMenuTitle': 'Avregistrer oppføringen',
    'entityContextMenu.moreButtonAriaLabel': 'Flere handlinger',
    'entityLabelsCard.title': 'Etiketter',
    'entityLabelsCard.columnKeyLabel': 'Etikett',
    'entityLabelsCard.columnValueLabel': 'Verdi',
    'entityLabelsCard.emptyDescription':
      'Oppføringen har ingen etiketter. Du kan legge til etiketter i YAML-filen til oppføringen, som vist i det uthevede eksempelet nedenfor:',
    'entityLabelsCard.readMoreButtonTitle': 'Les mer',
    'entityLabels.warningPanelTitle': 'Fant ikke oppføringen',
    'entityLabels.ownerLabel': 'Eier',
    'entityLabels.lifecycleLabel': 'Livssyklus',
    'entityLabels.systemLabel': 'System',
    'entityLabels.domainLabel': 'Domene',
    'entityLabels.partOfLabel': 'Del av',
    'entityLinksCard.title': 'Lenker',
    'entityLinksCard.emptyDescription':
      'Oppføringen har ingen lenker. Du kan legge til lenker i YAML-filen til oppføringen, som vist i det uthevede eksempelet nedenfor:',
    'entityLinksCard.readMoreButtonTitle': 'Les mer',
    'entityNotFound.title': 'Fant ikke oppføringen',
    'entityNotFound.description':
      'Vil du hjelpe oss å lage dette? Se dokumentasjonen om hvordan du kommer i gang.',
    'entityNotFound.docButtonTitle': 'DOKUMENTASJON',
    'entityTabs.tabsAriaLabel': 'Faner',
    'deleteEntity.dialogTitle':
      'Er du sikker på at du vil slette denne oppføringen?',
    'deleteEntity.deleteButtonTitle': 'Slett',
    'deleteEntity.cancelButtonTitle': 'Avbryt',
    'deleteEntity.description':
      'Ingen plassering viser til denne oppføringen, så den blir ikke oppdatert.',
    'deleteEntity.actionButtonTitle': 'Slett oppføringen',
    'catalogExportButton.triggerButtonTitle': 'Eksporter utvalget',
    'catalogExportButton.dialogTitle': 'Eksporter utvalget fra katalogen',
    'catalogExportButton.formatLabel': 'Format',
    'catalogExportButton.columnsLabel': 'Kolonner',
    'catalogExportButton.cancelButtonTitle': 'Avbryt',
    'catalogExportButton.confirmButtonTitle': 'Bekreft',
    'catalogExportButton.exportingButtonTitle': 'Eksporterer …',
    'catalogExportButton.successMessage': 'Katalogen er eksportert',
    'catalogExportButton.errorMessage':
      'Kunne ikke eksportere katalogen: {{errorMessage}}',
    entityProcessingErrorsDescription: 'Feilen nedenfor kommer fra',
    entityRelationWarningDescription:
      'Oppføringen har relasjoner til andre oppføringer som ikke finnes i katalogen.\n Disse ble ikke funnet: ',
    'hasComponentsCard.title': 'Har komponenter',
    'hasComponentsCard.emptyMessage':
      'Ingen komponenter er del av dette systemet.',
    'hasResourcesCard.title': 'Har ressurser',
    'hasResourcesCard.emptyMessage':
      'Ingen ressurser er del av dette systemet.',
    'hasSubcomponentsCard.title': 'Har underkomponenter',
    'hasSubcomponentsCard.emptyMessage':
      'Ingen underkomponenter er del av denne komponenten.',
    'hasSubdomainsCard.title': 'Har underdomener',
    'hasSubdomainsCard.emptyMessage':
      'Ingen underdomener er del av dette domenet.',
    'hasSystemsCard.title': 'Har systemer',
    'hasSystemsCard.emptyMessage': 'Ingen systemer er del av dette domenet.',
    'relatedEntitiesCard.emptyHelpLinkTitle': 'Les hvordan du endrer dette.',
    'systemDiagramCard.title': 'Systemdiagram',
    'systemDiagramCard.description':
      'Knip og zoom for å bevege deg rundt i diagrammet.',
    'systemDiagramCard.edgeLabels.partOf': 'del av',
    'systemDiagramCard.edgeLabels.provides': 'tilbyr',
    'systemDiagramCard.edgeLabels.dependsOn': 'avhenger av',
  },
});

export default nb;
