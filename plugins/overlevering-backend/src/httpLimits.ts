import { CustomErrorBase, serializeError } from '@backstage/errors';
import type { Locale } from '@hemit/overlevering-form-schema';
import express from 'express';
import { limitTexts } from './service/limitTexts';
import { TooManyRequestsError } from './service/TooManyRequestsError';

/** A request body larger than the backend reads. @internal */
export class PayloadTooLargeError extends CustomErrorBase {
  override readonly name = 'PayloadTooLargeError' as const;
  readonly statusCode = 413;
}

/**
 * Parses a JSON body of at most `limit` (such as `1mb`). A larger one is
 * answered here with 413 and a message in the request's language: passed on,
 * the OpenAPI validator that follows would turn it into a 400.
 *
 * @internal
 */
export function jsonBody(options: {
  limit: string;
  /** The language the request asks for. */
  localeOf: (req: express.Request) => Locale;
  /** The limit as people read it, such as `1 MB`. */
  limitText: string;
}): express.RequestHandler {
  const parse = express.json({ limit: options.limit });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (
        (error as { type?: string } | undefined)?.type !== 'entity.too.large'
      ) {
        next(error);
        return;
      }
      const refusal = new PayloadTooLargeError(
        limitTexts(options.localeOf(req)).bodyTooLarge({
          limit: options.limitText,
        }),
      );
      // Backstage's error shape, as its error middleware would send it.
      res
        .status(413)
        .set('Connection', 'close')
        .json({
          error: serializeError(refusal),
          request: { method: req.method, url: req.originalUrl },
          response: { statusCode: 413 },
        });
    });
  };
}

/**
 * Tells a client refused for going over a limit when to try again, in
 * `Retry-After`; the refusal itself goes on to Backstage's error middleware.
 *
 * @internal
 */
export function retryAfterHeader(): express.ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (error instanceof TooManyRequestsError && !res.headersSent) {
      res.set('Retry-After', String(error.retryAfterSeconds));
    }
    next(error);
  };
}
