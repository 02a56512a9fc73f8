import type { CreateHandoverRequest } from '@hemit/plugin-overlevering-common';
import { FIXED_PATHS } from '@hemit/overlevering-form-schema';
import { withValueAtPath } from '../../lib/document';

/**
 * What "Ny overlevering" asks the backend for: the start (what a service
 * fills in, or nothing) with the title the person gave.
 */
export function newHandoverRequest(options: {
  title: string;
  start?: CreateHandoverRequest;
}): CreateHandoverRequest {
  const start = options.start ?? {};
  return {
    ...start,
    document: withValueAtPath(
      (start.document ?? {}) as Record<string, unknown>,
      FIXED_PATHS.title,
      options.title.trim(),
    ),
  };
}
