import { CustomErrorBase } from '@backstage/errors';
import type { Locale } from '@hemit/overlevering-form-schema';
import express from 'express';
import { importTexts } from './import/importTexts';

/** The largest export of the old list the import reads. */
export const IMPORT_LIMIT_MEGABYTES = 10;

/** The content types of the files `POST /import` takes, as the contract lists them. */
const IMPORT_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** A request body above what the route takes: 413, in Backstage's error shape. */
class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  statusCode = 413;
}

/**
 * Reads the body of an import, the exported file, as raw bytes, up to
 * {@link IMPORT_LIMIT_MEGABYTES}; no more of a larger file is kept in memory.
 * A larger file is not refused here: the OpenAPI validator after this would
 * turn any refusal into a 400, so the route refuses it with
 * {@link refuseTooLargeImport}.
 */
export function importBody() {
  const raw = express.raw({
    type: IMPORT_TYPES,
    limit: `${IMPORT_LIMIT_MEGABYTES}mb`,
  });
  return (
    req: express.Request,
    res: express.Response,
    next: express.NextFunction,
  ) =>
    raw(req, res, error => {
      if (
        (error as { type?: string } | undefined)?.type === 'entity.too.large'
      ) {
        res.locals.importTooLarge = true;
        req.body = undefined;
        next();
        return;
      }
      next(error);
    });
}

/** Throws 413 in `locale` when {@link importBody} found the file too large. */
export function refuseTooLargeImport(
  res: express.Response,
  locale: Locale | undefined,
): void {
  if (res.locals.importTooLarge) {
    throw new PayloadTooLargeError(
      importTexts(locale).tooLarge({ megabytes: IMPORT_LIMIT_MEGABYTES }),
    );
  }
}
