import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { cleanup, waitFor } from '@testing-library/react';
import type { FetchApi } from '@backstage/core-plugin-api';
import { identityApiRef } from '@backstage/core-plugin-api';
import { translationApiRef } from '@backstage/core-plugin-api/alpha';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  catalogApiRef,
  entityPresentationApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { DefaultEntityPresentationApi } from '@backstage/plugin-catalog';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { signalApiRef, type SignalApi } from '@backstage/plugin-signals-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { JsonObject } from '@backstage/types';
import {
  deliveryManagePermission,
  handoverImportPermission,
  type Handover,
  type Round,
} from '@hemit/plugin-overlevering-common';
// eslint-disable-next-line @backstage/no-mixed-plugin-imports -- the pages are tested against the real backend plugin
import {
  completeDocument,
  DEMO_ENTITIES,
  FIXED_SEAT_HOLDERS,
  membershipOf,
  PEOPLE,
  startTestPortalBackend,
  type TestPortalBackend,
} from '@internal/overlevering-test-backend';
import { overleveringApiRef, OverleveringClient } from '../api';
import { rootRouteRef } from '../routes';
import { forgetUnsavedEdits } from '../hooks/draftVaultOf';
import { englishTranslationApi } from './englishTranslationApi';

export { completeDocument, DEMO_ENTITIES, FIXED_SEAT_HOLDERS, PEOPLE };

/**
 * A request body Node's fetch can send: a file chosen in the test browser
 * (jsdom's Blob, which Node's fetch does not know) as its bytes.
 */
async function nodeBodyOf(
  body: BodyInit | null | undefined,
): Promise<BodyInit | null | undefined> {
  const tag = Object.prototype.toString.call(body);
  if (tag !== '[object Blob]' && tag !== '[object File]') return body;
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(body as Blob);
  });
}

/**
 * The signals API of a browser under test: hears what the real backend
 * publishes for the person signed in there.
 */
class RelayedSignalApi implements SignalApi {
  constructor(
    private readonly backend: TestPortalBackend,
    private readonly user: () => string,
  ) {}

  subscribe(channel: string, onMessage: (message: any) => void) {
    const stop = this.backend.relay.listen(this.user(), (on, message) => {
      if (on === channel) onMessage(message);
    });
    return { unsubscribe: stop };
  }
}

/**
 * A portal for component and page tests: the real Overlevering backend plugin
 * (in this process, on SQLite) behind the real client, the demo catalog, and
 * a browser signed in as one person at a time. Handovers are set up through
 * the same API the pages use, as the people who would do it.
 */
export class TestPortal {
  /** The person signed in to the browser under test. */
  user: string = PEOPLE.kari;

  /** Requests of the portal's clients still on their way. */
  private pending = 0;

  private constructor(private readonly backend: TestPortalBackend) {}

  static async start(options: { config?: JsonObject } = {}) {
    // A fresh browser: no unsaved edits or keys of an earlier test's people.
    forgetUnsavedEdits();
    return new TestPortal(await startTestPortalBackend(options));
  }

  /**
   * Unmounts what the test rendered, waits for the requests its pages still
   * have on their way (a signal may have started a reload), then stops the
   * backend.
   */
  async stop() {
    cleanup();
    await waitFor(() => {
      if (this.pending > 0) throw new Error(`${this.pending} requests pending`);
    });
    await this.backend.stop();
  }

  /** The notifications the backend has sent so far. */
  get notifications() {
    return this.backend.notifications;
  }

  /** Whether live signals reach the browser under test. */
  setSignalsConnected(connected: boolean) {
    this.backend.relay.setMuted(!connected);
  }

  signIn(user: string) {
    this.user = user;
  }

  /**
   * The real client, signed in as `user` (by default the browser's person),
   * asking for texts in `language` as an app in that language does.
   */
  client(
    user?: string,
    options: { language?: 'nb' | 'en' } = {},
  ): OverleveringClient {
    const authorization = () => this.backend.authorization(user ?? this.user);
    const fetchApi: FetchApi = {
      fetch: async (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', authorization());
        this.pending += 1;
        try {
          return await fetch(input, {
            ...init,
            headers,
            body: await nodeBodyOf(init?.body),
          });
        } finally {
          this.pending -= 1;
        }
      },
    };
    return new OverleveringClient({
      discoveryApi: mockApis.discovery({ baseUrl: this.backend.baseUrl }),
      fetchApi,
      appLanguageApi: {
        getLanguage: () => ({ language: options.language ?? 'nb' }),
      },
    });
  }

  /** A draft owned by `owner`, holding `document`. */
  async draft(
    document: Record<string, unknown> = completeDocument(),
    owner: string = PEOPLE.kari,
  ): Promise<Handover> {
    return this.client(owner).createHandover({ document });
  }

  /** A handover of `owner` sent for approval: its draft and its first round. */
  async submitted(
    document: Record<string, unknown> = completeDocument(),
    options: {
      owner?: string;
      optionalRoles?: string[];
      message?: string;
    } = {},
  ): Promise<{ handover: Handover; round: Round }> {
    const owner = options.owner ?? PEOPLE.kari;
    const draft = await this.draft(document, owner);
    const round = await this.client(owner).submit(draft.id, {
      revision: draft.revision,
      optionalRoles: options.optionalRoles ?? [],
      message: options.message,
    });
    return {
      handover: await this.client(owner).getHandover(draft.id),
      round,
    };
  }

  /** `person` decides their seat `role` in the handover's current round. */
  async decide(
    handover: Handover,
    person: string,
    role: string,
    decision: 'approve' | 'reject',
    comment?: string,
  ): Promise<Round> {
    const current = await this.client(person).getHandover(handover.id);
    const round = current.currentRound?.number ?? 0;
    return this.client(person).decide(handover.id, round, {
      role,
      decision,
      comment,
    });
  }

  /** The handover as it is stored now. */
  reload(handover: Handover): Promise<Handover> {
    return this.client(handover.owner).getHandover(handover.id);
  }

  /**
   * Renders plugin components in a test app that talks to the real backend
   * as the signed-in person.
   */
  render(
    element: ReactNode,
    options: {
      language?: 'nb' | 'en';
      /** Whether the permission policy lets the user start a handover. */
      canCreate?: boolean;
      /** Whether the permission policy lets the user import the old list (no, unless said). */
      canImport?: boolean;
      /** Whether the policy lets the user manage deliveries (no, unless said). */
      canManageDeliveries?: boolean;
      routeEntries?: string[];
    } = {},
  ) {
    const catalogApi = catalogApiMock({ entities: DEMO_ENTITIES });
    const apis: any[] = [
      [
        overleveringApiRef,
        this.client(undefined, { language: options.language }),
      ],
      [
        identityApiRef,
        // The person and their groups, as the portal's sign-in resolves them.
        mockApis.identity({
          userEntityRef: this.user,
          ownershipEntityRefs: membershipOf(this.user),
        }),
      ],
      [catalogApiRef, catalogApi],
      // People, groups and services by their catalog names, as in the portal.
      [
        entityPresentationApiRef,
        DefaultEntityPresentationApi.create({ catalogApi }),
      ],
      [
        permissionApiRef,
        mockApis.permission({
          authorize: request => {
            // Administrators' permissions only when said; the rest unless said.
            const adminOnly: Record<string, boolean | undefined> = {
              [handoverImportPermission.name]: options.canImport,
              [deliveryManagePermission.name]: options.canManageDeliveries,
            };
            const allowed =
              request.permission.name in adminOnly
                ? adminOnly[request.permission.name] === true
                : options.canCreate !== false;
            return allowed ? AuthorizeResult.ALLOW : AuthorizeResult.DENY;
          },
        }),
      ],
      [signalApiRef, new RelayedSignalApi(this.backend, () => this.user)],
    ];
    if (options.language === 'en') {
      apis.push([translationApiRef, englishTranslationApi()]);
    }
    return renderInTestApp(
      // A fresh cache of permission answers per render: each test's policy,
      // not an earlier test's, decides what the page shows.
      <SWRConfig value={{ provider: () => new Map() }}>
        <TestApiProvider apis={apis}>{element}</TestApiProvider>
      </SWRConfig>,
      {
        mountedRoutes: {
          '/overlevering': rootRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
        routeEntries: options.routeEntries,
      },
    );
  }
}
