import type {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Waits until the catalog knows `entityRef`. A template registers the new
 * service just before it opens the handover, and the catalog reads a new
 * location a few seconds later; the handover backend refuses a service the
 * catalog does not know.
 */
export async function waitForEntity(options: {
  catalog: CatalogService;
  entityRef: string;
  credentials: BackstageCredentials;
  timeoutMs: number;
  intervalMs: number;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<void> {
  const { catalog, entityRef, credentials } = options;
  const deadline = Date.now() + options.timeoutMs;
  let announced = false;
  for (;;) {
    if (await catalog.getEntityByRef(entityRef, { credentials })) {
      return;
    }
    if (Date.now() >= deadline || options.signal?.aborted) {
      throw new InputError(
        `${entityRef} is not in the catalog; register the service before overlevering:create, or leave entityRef out`,
      );
    }
    if (!announced) {
      options.logger.info(`Waiting for the catalog to know ${entityRef}`);
      announced = true;
    }
    await new Promise(resolve => setTimeout(resolve, options.intervalMs));
  }
}
