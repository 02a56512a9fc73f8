import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ForwardedError, ResponseError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  type CreateHandoverRequest,
  type Handover,
  overleveringPagePath,
} from '@hemit/plugin-overlevering-common';
import { waitForEntity } from './waitForEntity';

/** The action's id, as a template's step names it. @public */
export const OVERLEVERING_CREATE_ACTION_ID = 'overlevering:create';

/**
 * The scaffolder action `overlevering:create`: opens a draft handover for
 * the person who runs the template, as if they had started it themselves
 * (they own it, and the backend checks their permission to start one). Its
 * outputs are the handover's id and the address of its page.
 *
 * @public
 */
export function createOverleveringCreateAction(options: {
  auth: AuthService;
  discovery: DiscoveryService;
  catalog: CatalogService;
  /** The app's address and the plugin's path in it: where `url` points. */
  appBaseUrl: string;
  frontendPath: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** How often to look for a service the catalog does not know yet. */
  pollIntervalMs?: number;
}) {
  const { auth, discovery, catalog } = options;
  const fetchFn = options.fetch ?? fetch;
  const pageUrl = (id: string) =>
    `${options.appBaseUrl}${options.frontendPath}${overleveringPagePath(
      'handover',
      { id },
    )}`;

  return createTemplateAction({
    id: OVERLEVERING_CREATE_ACTION_ID,
    description:
      'Opens a draft handover (Overlevering til produksjon) for the person running the template, with the title and any answers of the form filled in.',
    examples: [
      {
        description: 'The handover of the service a template just registered',
        example: [
          'steps:',
          '  - id: handover',
          '    action: overlevering:create',
          '    input:',
          '      title: ${{ parameters.title }}',
          "      entityRef: ${{ steps['register'].output.entityRef }}",
          '      document:',
          '        designfase:',
          '          systemeier: ${{ parameters.owner }}',
        ].join('\n'),
      },
    ],
    supportsDryRun: true,
    schema: {
      input: {
        title: z =>
          z
            .string()
            .min(1)
            .describe('The title of the handover (bestilling.tittel)'),
        entityRef: z =>
          z
            .string()
            .optional()
            .describe(
              'The service the handover is about, e.g. component:default/pasientflyt; it must be in the catalog (the action waits for a service registered just before)',
            ),
        document: z =>
          z
            .record(z.string(), z.unknown())
            .optional()
            .describe(
              'Answers of the form to fill in, by section, e.g. { designfase: { systemeier: group:default/team-a } }',
            ),
        waitForEntitySeconds: z =>
          z
            .number()
            .int()
            .min(0)
            .max(600)
            .optional()
            .describe(
              'How long to wait for the catalog to know entityRef; 60 by default',
            ),
      },
      output: {
        id: z => z.string().describe('The id of the new handover'),
        url: z => z.string().describe('The address of its page in the portal'),
      },
    },
    async handler(ctx) {
      const { title, entityRef, waitForEntitySeconds = 60 } = ctx.input;
      const document = prefilledDocument(ctx.input.document, title, entityRef);
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Would open the handover '${title}'${
            entityRef ? ` of ${entityRef}` : ''
          }`,
        );
        ctx.output('id', 'dry-run');
        ctx.output('url', `${options.appBaseUrl}${options.frontendPath}`);
        return;
      }
      const credentials = await ctx.getInitiatorCredentials();
      if (entityRef) {
        await waitForEntity({
          catalog,
          entityRef,
          credentials,
          timeoutMs: waitForEntitySeconds * 1000,
          intervalMs: options.pollIntervalMs ?? 2000,
          logger: ctx.logger,
          signal: ctx.signal,
        });
      }
      // A task resumed after a restart must not open a second handover.
      const id = await ctx.checkpoint({
        key: `overlevering-create-${ctx.step?.id ?? 'step'}`,
        fn: async () => {
          const created = await postHandover(credentials, {
            ...(entityRef ? { entityRef } : {}),
            document,
          });
          return created.id;
        },
      });
      ctx.logger.info(`Opened the handover '${title}': ${pageUrl(id)}`);
      ctx.output('id', id);
      ctx.output('url', pageUrl(id));
    },
  });

  /** Starts the handover on behalf of the person who ran the template. */
  async function postHandover(
    onBehalfOf: BackstageCredentials,
    body: CreateHandoverRequest,
  ): Promise<Handover> {
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf,
      targetPluginId: 'overlevering',
    });
    const response = await fetchFn(
      `${await discovery.getBaseUrl('overlevering')}/handovers`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      },
    );
    if (!response.ok) {
      // The backend's own reason (such as which answer it refused) is what
      // the person who ran the template needs to read in the task log.
      const error = await ResponseError.fromResponse(response);
      throw new ForwardedError('The handover was not opened', error.cause);
    }
    return (await response.json()) as Handover;
  }
}

/**
 * The answers to start from: the template's, with the title, and the service
 * where the template names one and did not say otherwise (as a handover
 * started from the service's page).
 */
function prefilledDocument(
  given: Record<string, unknown> | undefined,
  title: string,
  entityRef: string | undefined,
): Record<string, unknown> {
  const section = (name: string) =>
    (given?.[name] as Record<string, unknown> | undefined) ?? {};
  const designfase = section('designfase');
  return {
    ...given,
    bestilling: { ...section('bestilling'), tittel: title },
    ...(entityRef && !designfase.tjeneste
      ? { designfase: { ...designfase, tjeneste: entityRef } }
      : {}),
  };
}
