import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings/alpha';

/**
 * Bokmål for Backstage's settings page and sign-out menu. `full` makes a key
 * Backstage adds a type error.
 */
const nb = createTranslationMessages({
  ref: userSettingsTranslationRef,
  full: true,
  messages: {
    'languageToggle.title': 'Språk',
    'languageToggle.description': 'Endre språk',
    'languageToggle.select': 'Velg språket {{language}}',
    'themeToggle.title': 'Tema',
    'themeToggle.description': 'Endre fargetema',
    'themeToggle.select': 'Velg {{theme}}',
    'themeToggle.selectAuto': 'Velg automatisk tema',
    'themeToggle.names.light': 'Lys',
    'themeToggle.names.dark': 'Mørk',
    'themeToggle.names.auto': 'Automatisk',
    'signOutMenu.title': 'Logg ut',
    'signOutMenu.moreIconTitle': 'mer',
    'pinToggle.title': 'Fest sidemenyen',
    'pinToggle.description': 'Hindre at sidemenyen felles sammen',
    'pinToggle.switchTitles.unpin': 'Løsne sidemenyen',
    'pinToggle.switchTitles.pin': 'Fest sidemenyen',
    'pinToggle.ariaLabelTitle': 'Bryter for å feste sidemenyen',
    'identityCard.title': 'Backstage-identitet',
    'identityCard.noIdentityTitle': 'Ingen Backstage-identitet',
    'identityCard.userEntity': 'Bruker',
    'identityCard.ownershipEntities': 'Eierskap gjennom',
    'defaultProviderSettings.description':
      'Gir innlogging mot API-er og identiteter hos {{provider}}',
    'emptyProviders.title': 'Ingen innloggingstjenester',
    'emptyProviders.description':
      'Du kan legge til innloggingstjenester i Backstage, slik at du kan logge inn med dem.',
    'emptyProviders.action.title':
      'Åpne app-config.yaml og gjør endringene som er uthevet nedenfor:',
    'emptyProviders.action.readMoreButtonTitle': 'Les mer',
    'providerSettingsItem.title.signIn': 'Logg inn på {{title}}',
    'providerSettingsItem.title.signOut': 'Logg ut av {{title}}',
    'providerSettingsItem.buttonTitle.signIn': 'Logg inn',
    'providerSettingsItem.buttonTitle.signOut': 'Logg ut',
    'authProviders.title': 'Tilgjengelige innloggingstjenester',
    'defaultSettingsPage.tabsTitle.general': 'Generelt',
    'defaultSettingsPage.tabsTitle.authProviders': 'Innloggingstjenester',
    'defaultSettingsPage.tabsTitle.featureFlags': 'Funksjonsflagg',
    'featureFlags.title': 'Funksjonsflagg',
    'featureFlags.description':
      'Last inn siden på nytt når du slår et funksjonsflagg av eller på',
    'featureFlags.emptyFlags.title': 'Ingen funksjonsflagg',
    'featureFlags.emptyFlags.description':
      'Med funksjonsflagg kan utvidelser registrere funksjoner i Backstage som brukerne selv kan slå på. Du kan bruke dem til å skille ut logikk i koden, for eksempel for manuell A/B-testing.',
    'featureFlags.emptyFlags.action.title':
      'Et eksempel på hvordan du legger til et funksjonsflagg, er uthevet nedenfor:',
    'featureFlags.emptyFlags.action.readMoreButtonTitle': 'Les mer',
    'featureFlags.filterTitle': 'Filtrer',
    'featureFlags.clearFilter': 'Tøm filteret',
    'featureFlags.flagItem.title.disable': 'Slå av',
    'featureFlags.flagItem.title.enable': 'Slå på',
    'featureFlags.flagItem.subtitle.registeredInApplication':
      'Registrert i applikasjonen',
    'featureFlags.flagItem.subtitle.registeredInPlugin':
      'Registrert i utvidelsen {{pluginId}}',
    'settingsLayout.title': 'Innstillinger',
    sidebarTitle: 'Innstillinger',
    'profileCard.title': 'Profil',
    'appearanceCard.title': 'Utseende',
  },
});

export default nb;
