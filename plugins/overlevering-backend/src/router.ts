import type {
  AuditorService,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { InputError, NotFoundError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import { spec } from '@hemit/plugin-overlevering-common';
import type { Locale } from '@hemit/overlevering-form-schema';
import express from 'express';
import type { AbsenceService } from './service/AbsenceService';
import type { FollowUpService } from './service/FollowUpService';
import type { Caller, CallerResolver } from './service/Caller';
import type { HandoverService } from './service/HandoverService';
import type { HandoverSearchDocuments } from './service/HandoverSearchDocuments';
import type { ImportService } from './service/ImportService';
import type { OperationsInfoService } from './service/OperationsInfoService';
import type { DraftKeyStore } from './database/DraftKeyStore';
import { importBody, refuseTooLargeImport } from './importBody';
import { jsonBody, retryAfterHeader } from './httpLimits';
import type { UsageLimiter } from './service/UsageLimiter';
import type { ParkedDeliveries } from './service/ParkedDeliveries';

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
  searchDocuments: HandoverSearchDocuments;
  importer: ImportService;
  operationsInfo: OperationsInfoService;
  draftKeys: DraftKeyStore;
  parkedDeliveries: ParkedDeliveries;
  limiter: UsageLimiter;
  absences: AbsenceService;
  followUps: FollowUpService;
}): Promise<express.Router> {
  const { httpAuth, auditor, callers, service, importer, draftKeys } = options;
  const { limiter } = options;
  // Each route's path parameters, query, body and answer are typed from the
  // OpenAPI document, which the router also validates every request against.
  const router = createValidatedOpenApiRouter<typeof spec>(spec, {
    // Room for the largest document the form allows (512 KiB, checked by
    // validateDocument), above express's default of 100 KiB.
    // The import of the old SharePoint list takes the exported file as is.
    middleware: [
      jsonBody({ limit: '1mb', limitText: '1 MB', localeOf }),
      importBody(),
      refuseNulCharacters,
    ],
  });

  /** The signed-in user behind the request, and the language they read. */
  async function callerOf(req: AnyRequest): Promise<Caller> {
    const caller = await callers.resolve(
      await httpAuth.credentials(req, { allow: ['user'] }),
    );
    // Whose seats the caller decides as deputy is read on every request, so
    // an absence ended a moment ago hands them back at once.
    const standsInFor = await options.absences.standsInFor(caller.userRef);
    return { ...caller, locale: localeOf(req), standsInFor };
  }

  /** Runs a mutation as an auditor event that succeeds or fails with it. */
  async function audited<T>(
    req: AnyRequest,
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
    const { query } = req;
    res.json(
      await service.list(caller, {
        owner: once('owner', query.owner),
        entityRef: once('entityRef', query.entityRef),
        status: once('status', query.status) || undefined,
        q: once('q', query.q),
        limit: int(once('limit', query.limit)),
        cursor: once('cursor', query.cursor),
      }),
    );
  });

  router.post('/handovers', async (req, res) => {
    const caller = await callerOf(req);
    await limiter.take(caller, 'creates');
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
    await limiter.take(caller, 'saves');
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

  router.post('/handovers/:id/discard', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    res.json(
      await audited(req, 'handover-discard', { handoverId: id }, () =>
        service.discard(caller, id),
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

  router.post(
    '/handovers/:id/conditions/:conditionId/close',
    async (req, res) => {
      const caller = await callerOf(req);
      const { id, conditionId } = req.params;
      res.json(
        await audited(
          req,
          'handover-condition-close',
          { handoverId: id, conditionId },
          () => service.closeCondition(caller, id, conditionId, req.body),
        ),
      );
    },
  );

  router.post('/handovers/:id/follow-up/confirm', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    res.json(
      await audited(
        req,
        'handover-follow-up-confirm',
        { handoverId: id, met: req.body.met ?? [] },
        () => options.followUps.confirm(caller, id, req.body),
      ),
    );
  });

  router.post('/handovers/:id/follow-up/hand-over', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    res.json(
      await audited(req, 'handover-hand-over', { handoverId: id }, () =>
        options.followUps.handOver(caller, id, req.body),
      ),
    );
  });

  router.post('/handovers/:id/follow-up/extend', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    res.json(
      await audited(
        req,
        'handover-follow-up-extend',
        { handoverId: id, until: req.body.until },
        () => options.followUps.extend(caller, id, req.body),
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

  router.get('/handovers/:id/audit', async (req, res) => {
    const caller = await callerOf(req);
    res.json(await service.decisionRecord(caller, req.params.id));
  });

  router.get('/handovers/:id/export', async (req, res) => {
    const caller = await callerOf(req);
    const markdown = await service.exportMarkdown(caller, req.params.id, {
      round: int(once('round', req.query.round)),
      locale: localeOf(req),
    });
    res.type('text/markdown; charset=utf-8').send(markdown);
  });

  router.get(
    '/services/:namespace/:kind/:name/operations-info',
    async (req, res) => {
      const caller = await callerOf(req);
      res.json(await options.operationsInfo.get(caller, req.params));
    },
  );

  router.get(
    '/services/:namespace/:kind/:name/operations-info.md',
    async (req, res) => {
      const caller = await callerOf(req);
      const markdown = await options.operationsInfo.markdown(
        caller,
        req.params,
        localeOf(req),
      );
      res.type('text/markdown; charset=utf-8').send(markdown);
    },
  );

  router.get('/approvals', async (req, res) => {
    const caller = await callerOf(req);
    res.json(
      await service.approvals(caller, {
        limit: int(once('limit', req.query.limit)),
        cursor: once('cursor', req.query.cursor),
      }),
    );
  });

  router.get('/approvals/count', async (req, res) => {
    const caller = await callerOf(req);
    res.json(await service.approvalCount(caller));
  });

  router.get('/absences/mine', async (req, res) => {
    const caller = await callerOf(req);
    res.json(await options.absences.mine(caller));
  });

  router.post('/absences', async (req, res) => {
    const caller = await callerOf(req);
    const absence = await audited(
      req,
      'absence-create',
      { deputy: req.body.deputy, from: req.body.from, to: req.body.to },
      () => options.absences.create(caller, req.body),
    );
    res.status(201).json(absence);
  });

  router.post('/absences/:id/end', async (req, res) => {
    const caller = await callerOf(req);
    const { id } = req.params;
    res.json(
      await audited(req, 'absence-end', { absenceId: id }, () =>
        options.absences.end(caller, id),
      ),
    );
  });

  router.get('/search/documents', async (req, res) => {
    // The search collator's crawl reads every handover: backend services
    // only, so a signed-in user is refused whatever a policy says.
    await httpAuth.credentials(req, { allow: ['service'] });
    res.json(
      await options.searchDocuments.page(once('cursor', req.query.cursor)),
    );
  });

  router.get('/me/draft-key', async (req, res) => {
    const caller = await callerOf(req);
    const key = await draftKeys.keyOf({ userRef: caller.userRef });
    // A key must never stay in a shared cache or the browser's.
    res.set('Cache-Control', 'no-store');
    res.json({ key });
  });

  router.post('/import', async (req, res) => {
    const caller = await callerOf(req);
    refuseTooLargeImport(res, caller.locale);
    const dryRun = once('dryRun', req.query.dryRun) === 'true';
    // The contract lists only file types, so the body is the raw file here.
    const bytes: unknown = req.body;
    res.json(
      await audited(req, 'handover-import', { dryRun }, () =>
        importer.importList(
          caller,
          {
            bytes: Buffer.isBuffer(bytes) ? bytes : new Uint8Array(),
            contentType: req.get('content-type') ?? '',
          },
          { dryRun },
        ),
      ),
    );
  });

  router.get('/outbox/parked', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json({ items: await options.parkedDeliveries.list(credentials) });
  });

  router.post('/outbox/parked/:id/retry', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { id } = req.params;
    await audited(req, 'outbox-retry', { id }, () =>
      options.parkedDeliveries.retry(credentials, id),
    );
    res.status(204).end();
  });

  // A path no route matches (such as an empty id, `/handovers//history`)
  // answers in the same error shape as every other refusal, not with the
  // server's bare 404.
  router.use(req => {
    throw new NotFoundError(`No route for ${req.method} ${req.path}`);
  });
  router.use(retryAfterHeader());

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
    if (Buffer.isBuffer(item)) {
      // A file's raw bytes: what they hold is the file reader's to judge.
      continue;
    }
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

/** A request of any route, as the helpers shared by the routes take it. */
type AnyRequest = express.Request<any, any, any, any>;

/**
 * A query parameter given at most once, empty as absent. The document types
 * each parameter as a string, but a repeated one (`?q=a&q=b`) still arrives
 * as an array; it is refused here.
 */
function once<T extends string>(
  name: string,
  value: T | undefined,
): T | undefined {
  const given: unknown = value;
  if (given === undefined || given === '') {
    return undefined;
  }
  if (typeof given !== 'string') {
    throw new InputError(`${name} must be given once`);
  }
  return value;
}

function int(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/**
 * The language the request asks for: `?locale=` where the route takes it,
 * else the `Accept-Language` header (English for `en…`, else bokmål).
 */
function localeOf(req: AnyRequest): Locale {
  const locale: unknown = req.query.locale;
  if (locale === 'en' || locale === 'nb') {
    return locale;
  }
  return /^\s*en/i.test(req.get('accept-language') ?? '') ? 'en' : 'nb';
}
