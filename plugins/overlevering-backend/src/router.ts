import type {
  AuditorService,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { InputError, NotFoundError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import type { HandoverStatus } from '@hemit/plugin-overlevering-common';
import type { Locale } from '@hemit/overlevering-form-schema';
import express from 'express';
import type { CallerResolver } from './service/Caller';
import type { HandoverService } from './service/HandoverService';
import { spec } from './schema/openapi.generated';

/**
 * The HTTP face of the plugin: requests are validated against the OpenAPI
 * document, the caller comes from the credentials, and the work is the
 * service's. Errors are thrown and shaped by Backstage's error middleware.
 *
 * @internal
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  callers: CallerResolver;
  service: HandoverService;
}): Promise<express.Router> {
  const { httpAuth, auditor, callers, service } = options;
  const router = createValidatedOpenApiRouter(spec as any, {
    // Room for the largest document the form allows (512 KiB, checked by
    // validateDocument), above express's default of 100 KiB.
    middleware: [express.json({ limit: '1mb' }), refuseNulCharacters],
  }) as unknown as express.Router;

  async function callerOf(req: express.Request) {
    return callers.resolve(
      await httpAuth.credentials(req, { allow: ['user'] }),
    );
  }

  /** Runs a mutation as an auditor event that succeeds or fails with it. */
  async function audited<T>(
    req: express.Request,
    eventId: string,
    meta: JsonObject,
    action: () => Promise<T>,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const result = await action();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/form', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(service.getForm(localeOf(req)));
  });

  router.get('/handovers', async (req, res) => {
    const caller = await callerOf(req);
    res.json(
      await service.list(caller, {
        owner: stringParam(req, 'owner'),
        entityRef: stringParam(req, 'entityRef'),
        status: stringParam(req, 'status') as HandoverStatus | undefined,
        q: stringParam(req, 'q'),
        limit: intParam(req, 'limit'),
        cursor: stringParam(req, 'cursor'),
      }),
    );
  });

  router.post('/handovers', async (req, res) => {
    const caller = await callerOf(req);
    const handover = await audited(
      req,
      'handover-create',
      { entityRef: req.body.entityRef },
      () => service.create(caller, req.body),
    );
    res.status(201).json(handover);
  });

  router.get('/handovers/:id', async (req, res) => {
    const caller = await callerOf(req);
    res.json(await service.get(caller, req.params.id));
  });

  router.put('/handovers/:id/document', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    res.json(
      await audited(
        req,
        'handover-save',
        { handoverId: id, revision: req.body.revision },
        () => service.save(caller, id, req.body),
      ),
    );
  });

  router.post('/handovers/:id/submit', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    const round = await audited(
      req,
      'handover-submit',
      { handoverId: id, revision: req.body.revision },
      () => service.submit(caller, id, req.body),
    );
    res.status(201).json(round);
  });

  router.post('/handovers/:id/withdraw', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    res.json(
      await audited(req, 'handover-withdraw', { handoverId: id }, () =>
        service.withdraw(caller, id),
      ),
    );
  });

  router.post('/handovers/:id/rounds/:number/decisions', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    const round = Number(req.params.number);
    res.json(
      await audited(
        req,
        'handover-decide',
        {
          handoverId: id,
          round,
          role: req.body.role,
          decision: req.body.decision,
        },
        () => service.decide(caller, id, round, req.body),
      ),
    );
  });

  router.delete('/handovers/:id', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    await audited(req, 'handover-delete', { handoverId: id }, () =>
      service.delete(caller, id),
    );
    res.status(204).end();
  });

  router.put('/handovers/:id/owner', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    res.json(
      await audited(
        req,
        'handover-owner-change',
        { handoverId: id, owner: req.body.owner },
        () => service.changeOwner(caller, id, req.body),
      ),
    );
  });

  router.get('/handovers/:id/rounds/:number/snapshot', async (req, res) => {
    const caller = await callerOf(req);
    res.json(
      await service.snapshot(caller, req.params.id, Number(req.params.number)),
    );
  });

  router.get('/handovers/:id/history', async (req, res) => {
    const caller = await callerOf(req);
    res.json({ items: await service.history(caller, req.params.id) });
  });

  router.get('/handovers/:id/export', async (req, res) => {
    const caller = await callerOf(req);
    const markdown = await service.exportMarkdown(caller, req.params.id, {
      round: intParam(req, 'round'),
      locale: localeOf(req),
    });
    res.type('text/markdown; charset=utf-8').send(markdown);
  });

  router.get('/approvals', async (req, res) => {
    const caller = await callerOf(req);
    res.json(
      await service.approvals(caller, {
        limit: intParam(req, 'limit'),
        cursor: stringParam(req, 'cursor'),
      }),
    );
  });

  // A path no route matches (such as an empty id, `/handovers//history`)
  // answers in the same error shape as every other refusal, not with the
  // server's bare 404.
  router.use(req => {
    throw new NotFoundError(`No route for ${req.method} ${req.path}`);
  });

  return router;
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in the path, query or
 * body is refused up front as bad input rather than failing in the database.
 */
function refuseNulCharacters(
  req: express.Request,
  _res: express.Response,
  next: express.NextFunction,
) {
  if (/%00/.test(req.path) || containsNul(req.query) || containsNul(req.body)) {
    next(new InputError('The request contains a NUL character (U+0000)'));
    return;
  }
  next();
}

/** Whether any string or key in a parsed JSON value or query holds U+0000. */
function containsNul(value: unknown): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (item && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

function stringParam(req: express.Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined || value === '') {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new InputError(`${name} must be given once`);
  }
  return value;
}

function intParam(req: express.Request, name: string): number | undefined {
  const value = stringParam(req, name);
  return value === undefined ? undefined : Number(value);
}

function localeOf(req: express.Request): Locale {
  return stringParam(req, 'locale') === 'en' ? 'en' : 'nb';
}
