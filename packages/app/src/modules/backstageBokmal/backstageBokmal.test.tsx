import { screen } from '@testing-library/react';
import { Table } from '@backstage/core-components';
import { coreComponentsTranslationRef } from '@backstage/core-components/alpha';
import {
  type TranslationRef,
  useTranslationRef,
} from '@backstage/core-plugin-api/alpha';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogTranslationRef } from '@backstage/plugin-catalog/alpha';
import { catalogReactTranslationRef } from '@backstage/plugin-catalog-react/alpha';
import { notificationsTranslationRef } from '@backstage/plugin-notifications/alpha';
import { orgTranslationRef } from '@backstage/plugin-org/alpha';
import { searchTranslationRef } from '@backstage/plugin-search/alpha';
import { searchReactTranslationRef } from '@backstage/plugin-search-react/alpha';
import { userSettingsTranslationRef } from '@backstage/plugin-user-settings/alpha';
import { backstageBokmalModule, backstageBokmalResources } from '.';
import catalog from './catalog';
import catalogReact from './catalogReact';
import coreComponents from './coreComponents';
import notifications from './notifications';
import org from './org';
import search from './search';
import searchReact from './searchReact';
import userSettings from './userSettings';

/** Each Backstage ref with its bokmål messages. */
const translations: Array<{
  id: string;
  ref: TranslationRef;
  nb: { messages: object };
}> = [
  [coreComponentsTranslationRef, coreComponents] as const,
  [catalogTranslationRef, catalog] as const,
  [catalogReactTranslationRef, catalogReact] as const,
  [orgTranslationRef, org] as const,
  [userSettingsTranslationRef, userSettings] as const,
  [notificationsTranslationRef, notifications] as const,
  [searchTranslationRef, search] as const,
  [searchReactTranslationRef, searchReact] as const,
].map(([ref, nb]) => ({ id: ref.id, ref, nb }));

/**
 * The English messages of the installed Backstage version, by dotted key.
 * Not public API, but the only way to see what a ref says; if Backstage
 * renames it, this fails loudly rather than letting every check pass.
 */
function englishOf(ref: TranslationRef): Record<string, string> {
  const internal = ref as unknown as {
    getDefaultMessages?: () => Record<string, string>;
  };
  expect(typeof internal.getDefaultMessages).toBe('function');
  return internal.getDefaultMessages!();
}

/** `{{ name }}` for i18next, and `{name}` that the core table fills in. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{[^{}]*\}\}|\{[^{}]*\}/g)].map(m => m[0]).sort();

/** Texts that read the same in bokmål and English. */
const SAME_IN_BOTH = new Set([
  'Format',
  'Metadata',
  'Normal',
  'Status',
  'System',
  'Type',
  'mailto {{email}}',
]);

describe.each(translations)('bokmål for $id', ({ ref, nb }) => {
  const english = englishOf(ref);
  const bokmal = nb.messages as Record<string, string | null>;

  it('has a text for every key of the English messages, and no other', () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
    expect(Object.keys(bokmal).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(bokmal)) {
      expect([key, typeof text === 'string' && text.trim() !== '']).toEqual([
        key,
        true,
      ]);
    }
  });

  it('keeps every placeholder of the English text', () => {
    for (const [key, text] of Object.entries(english)) {
      expect([key, placeholders(bokmal[key] ?? '')]).toEqual([
        key,
        placeholders(text),
      ]);
    }
  });

  it('translates every text but the few that read the same', () => {
    const untranslated = Object.keys(english).filter(
      key => bokmal[key] === english[key] && !SAME_IN_BOTH.has(english[key]),
    );
    expect(untranslated).toEqual([]);
  });

  it('is registered for bokmål', () => {
    const resource = backstageBokmalResources.find(r => r.id === ref.id) as
      | { resources: Array<{ language: string }> }
      | undefined;
    expect(resource?.resources.map(r => r.language)).toEqual(['nb']);
  });
});

/** One text of every ref, as Backstage's own components ask for them. */
function Probe() {
  const core = useTranslationRef(coreComponentsTranslationRef).t;
  const cat = useTranslationRef(catalogTranslationRef).t;
  const catReact = useTranslationRef(catalogReactTranslationRef).t;
  const orgT = useTranslationRef(orgTranslationRef).t;
  const settings = useTranslationRef(userSettingsTranslationRef).t;
  const notes = useTranslationRef(notificationsTranslationRef).t;
  return (
    <ul>
      <li>{core('errorPage.goBack')}</li>
      <li>{cat('aboutCard.title')}</li>
      <li>{catReact('entityOwnerPicker.title')}</li>
      <li>{catReact('entityKindPicker.title')}</li>
      <li>{orgT('membersListCard.title', { groupName: 'Team Drift' })}</li>
      <li>{settings('signOutMenu.title')}</li>
      <li>{notes('unreadCard.title', { count: 1 })}</li>
      <li>{notes('unreadCard.title', { count: 3 })}</li>
    </ul>
  );
}

/** The portal's language settings, as in app-config.yaml. */
const portalConfig = {
  app: {
    baseUrl: 'http://localhost:3000',
    extensions: [
      {
        'api:app/app-language': {
          config: { defaultLanguage: 'nb', availableLanguages: ['nb', 'en'] },
        },
      },
    ],
  },
  backend: { baseUrl: 'http://localhost:7007' },
};

describe('the bokmål module in the app', () => {
  // Backstage keeps the language a user picks in local storage.
  beforeEach(() => window.localStorage.clear());
  afterAll(() => window.localStorage.clear());

  it('gives a bokmål user Backstage’s texts in bokmål', async () => {
    await renderInTestApp(<Probe />, {
      features: [backstageBokmalModule],
      config: portalConfig,
    });
    expect(await screen.findByText('Gå tilbake')).toBeInTheDocument();
    expect(screen.getByText('Om')).toBeInTheDocument();
    expect(screen.getByText('Eier')).toBeInTheDocument();
    expect(screen.getByText('Kategori')).toBeInTheDocument();
    expect(screen.getByText('Medlemmer i Team Drift')).toBeInTheDocument();
    expect(screen.getByText('Logg ut')).toBeInTheDocument();
    expect(screen.getByText('Siste uleste varsel (1)')).toBeInTheDocument();
    expect(screen.getByText('Siste uleste varsler (3)')).toBeInTheDocument();
  });

  it('leaves a user who picked English Backstage’s English', async () => {
    window.localStorage.setItem('language', 'en');
    await renderInTestApp(<Probe />, {
      features: [backstageBokmalModule],
      config: portalConfig,
    });
    expect(await screen.findByText('Go back')).toBeInTheDocument();
    expect(screen.getByText('About')).toBeInTheDocument();
    expect(screen.getByText('Owner')).toBeInTheDocument();
    expect(screen.getByText('Kind')).toBeInTheDocument();
    expect(screen.getByText('Team Drift members')).toBeInTheDocument();
    expect(screen.getByText('Sign Out')).toBeInTheDocument();
    expect(screen.queryByText('Logg ut')).not.toBeInTheDocument();
  });

  // The table's screen-reader labels ("Search", "Next Page" …) are not part
  // of Backstage's translation ref in this release, so they stay English.
  it('shows a Backstage table’s search and paging in bokmål', async () => {
    await renderInTestApp(
      <Table
        title="Tjenester"
        options={{ search: true, paging: true, pageSize: 5 }}
        columns={[{ title: 'Navn', field: 'name' }]}
        data={[{ name: 'Pasientflyt' }]}
      />,
      { features: [backstageBokmalModule], config: portalConfig },
    );
    expect(await screen.findByPlaceholderText('Filtrer')).toBeInTheDocument();
    expect(screen.getAllByText('1–1 av 1').length).toBeGreaterThan(0);
    expect(screen.getAllByText('5 rader').length).toBeGreaterThan(0);
    expect(screen.queryByText(/\brows\b|\bof 1\b/)).toBeNull();
  });
});
