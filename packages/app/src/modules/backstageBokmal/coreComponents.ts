import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { coreComponentsTranslationRef } from '@backstage/core-components/alpha';

/**
 * Bokmål for Backstage's shared components: tables, error pages, sign-in,
 * dialogs. `full` makes a key Backstage adds a type error.
 *
 * The table's `{from}`, `{to}` and `{count}` have single braces on purpose:
 * the table fills them in itself, not i18next.
 */
const nb = createTranslationMessages({
  ref: coreComponentsTranslationRef,
  full: true,
  messages: {
    'signIn.title': 'Logg inn',
    'signIn.loginFailed': 'Innloggingen mislyktes',
    'signIn.customProvider.title': 'Egendefinert bruker',
    'signIn.customProvider.subtitle':
      'Skriv inn din egen bruker-ID og påloggingsinformasjon.\n Valget blir ikke lagret.',
    'signIn.customProvider.userId': 'Bruker-ID',
    'signIn.customProvider.tokenInvalid':
      'Tokenet er ikke et gyldig OpenID Connect JWT-token',
    'signIn.customProvider.continue': 'Fortsett',
    'signIn.customProvider.idToken': 'ID-token (valgfritt)',
    'signIn.guestProvider.title': 'Gjest',
    'signIn.guestProvider.subtitle':
      'Logg inn som gjest.\n Du får ingen bekreftet identitet, så noen funksjoner kan være utilgjengelige.',
    'signIn.guestProvider.enter': 'Gå inn',
    skipToContent: 'Hopp til hovedinnhold',
    'copyTextButton.tooltipText': 'Teksten er kopiert til utklippstavlen',
    'simpleStepper.reset': 'Tilbakestill',
    'simpleStepper.finish': 'Fullfør',
    'simpleStepper.next': 'Neste',
    'simpleStepper.skip': 'Hopp over',
    'simpleStepper.back': 'Tilbake',
    'errorPage.subtitle': 'FEIL {{status}}: {{statusMessage}}',
    'errorPage.title': 'Beklager, her gikk noe galt.',
    'errorPage.goBack': 'Gå tilbake',
    'errorPage.showMoreDetails': 'Vis flere detaljer',
    'errorPage.showLessDetails': 'Vis færre detaljer',
    'emptyState.missingAnnotation.title': 'Annotasjon mangler',
    'emptyState.missingAnnotation.actionTitle':
      'Legg til annotasjonen i YAML-filen til komponenten, som vist i det uthevede eksempelet nedenfor:',
    'emptyState.missingAnnotation.readMore': 'Les mer',
    'supportConfig.default.title': 'Brukerstøtte er ikke satt opp',
    'supportConfig.default.linkTitle':
      'Legg til konfigurasjonsnøkkelen `app.support`',
    'errorBoundary.title': 'Kontakt {{slackChannel}} for å få hjelp.',
    'oauthRequestDialog.title': 'Innlogging kreves',
    'oauthRequestDialog.authRedirectTitle':
      'Du blir sendt videre til OAuth-innlogging.',
    'oauthRequestDialog.login': 'Logg inn',
    'oauthRequestDialog.rejectAll': 'Avvis alle',
    'oauthRequestDialog.message':
      'Logg inn for å gi {{appTitle}} tilgang til API-er og identiteter hos {{provider}}.',
    'supportButton.title': 'Brukerstøtte',
    'supportButton.close': 'Lukk',
    'table.filter.title': 'Filtre',
    'table.filter.clearAll': 'Fjern alle',
    'table.filter.placeholder': 'Alle resultater',
    'table.body.emptyDataSourceMessage': 'Ingen rader å vise',
    'table.pagination.firstTooltip': 'Første side',
    'table.pagination.labelDisplayedRows': '{from}–{to} av {count}',
    'table.pagination.labelRowsSelect': 'rader',
    'table.pagination.lastTooltip': 'Siste side',
    'table.pagination.nextTooltip': 'Neste side',
    'table.pagination.previousTooltip': 'Forrige side',
    'table.toolbar.search': 'Filtrer',
    'table.header.actions': 'Handlinger',
    'alertDisplay.message_one': '({{ count }} nyere melding)',
    'alertDisplay.message_other': '({{ count }} nyere meldinger)',
    'autoLogout.stillTherePrompt.title':
      'Du blir logget ut fordi du har vært inaktiv',
    'autoLogout.stillTherePrompt.buttonText': 'Ja! Ikke logg meg ut',
    'dependencyGraph.fullscreenTooltip': 'Fullskjerm av/på',
    'proxiedSignInPage.title':
      'Det ser ikke ut til at du er logget inn. Prøv å laste inn siden på nytt.',
    'logViewer.downloadBtn.tooltip': 'Last ned logger',
    'logViewer.copyBtn.tooltip': 'Kopier logger til utklippstavlen',
    'logViewer.searchField.placeholder': 'Søk',
  },
});

export default nb;
