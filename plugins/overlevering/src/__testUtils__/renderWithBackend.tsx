import type { ReactNode } from 'react';
import { identityApiRef } from '@backstage/core-plugin-api';
import {
  translationApiRef,
  type TranslationApi,
} from '@backstage/core-plugin-api/alpha';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { signalApiRef, type SignalApi } from '@backstage/plugin-signals-react';
import type { Entity } from '@backstage/catalog-model';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { overleveringApiRef, OverleveringClient } from '../api';
import { rootRouteRef } from '../routes';
import en from '../translations/en';
import { FakeOverleveringBackend, TEST_BASE_URL } from './fakeBackend';

/** Catalog entities the pickers can choose from. */
export const testEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'kari.nordmann', namespace: 'default' },
    spec: { profile: { displayName: 'Kari Nordmann' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'ola.hansen', namespace: 'default' },
    spec: { profile: { displayName: 'Ola Hansen' } },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'dips-arena', namespace: 'default', title: 'DIPS Arena' },
    spec: {
      owner: 'group:default/team-klinikk',
      system: 'system:default/pasientjournal',
    },
  },
];

/** A signal API whose messages the test sends by hand. */
export class ManualSignalApi implements SignalApi {
  private readonly listeners = new Map<string, Set<(m: any) => void>>();

  subscribe(channel: string, onMessage: (message: any) => void) {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(onMessage);
    this.listeners.set(channel, set);
    return { unsubscribe: () => set.delete(onMessage) };
  }

  publish(channel: string, message: object) {
    this.listeners.get(channel)?.forEach(listener => listener(message));
  }
}

/** The English messages, as an app whose language is `en` would show them. */
function englishTranslationApi(): TranslationApi {
  const messages = en.messages as Record<string, string>;
  const t = (key: string, options?: Record<string, unknown>) =>
    (messages[key] ?? key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) =>
      String(options?.[name] ?? ''),
    );
  return {
    getTranslation: () => ({ ready: true, t }),
    translation$: () => ({
      subscribe: () => ({ unsubscribe() {}, closed: false }),
      [Symbol.observable]() {
        return this;
      },
    }),
  } as unknown as TranslationApi;
}

/**
 * Renders plugin components in a test app that talks to the in-memory
 * backend through the real client, as the signed-in user of `backend`.
 */
export async function renderWithBackend(
  element: ReactNode,
  options: {
    backend: FakeOverleveringBackend;
    signals?: ManualSignalApi;
    language?: 'nb' | 'en';
    /** Whether the permission policy lets the user start a handover. */
    canCreate?: boolean;
    routeEntries?: string[];
  },
) {
  const client = new OverleveringClient({
    discoveryApi: mockApis.discovery({
      baseUrl: TEST_BASE_URL.replace(/\/api\/overlevering$/, ''),
    }),
    fetchApi: { fetch: (input, init) => fetch(input, init) },
  });
  const apis: any[] = [
    [overleveringApiRef, client],
    [
      identityApiRef,
      mockApis.identity({ userEntityRef: options.backend.user }),
    ],
    [catalogApiRef, catalogApiMock({ entities: testEntities })],
    [
      permissionApiRef,
      mockApis.permission({
        authorize:
          options.canCreate === false
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      }),
    ],
  ];
  if (options.signals) {
    apis.push([signalApiRef, options.signals]);
  }
  if (options.language === 'en') {
    apis.push([translationApiRef, englishTranslationApi()]);
  }
  return renderInTestApp(
    <TestApiProvider apis={apis}>{element}</TestApiProvider>,
    {
      mountedRoutes: {
        '/overlevering': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
      routeEntries: options.routeEntries,
    },
  );
}
