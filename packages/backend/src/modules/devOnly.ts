import { NotAllowedError } from '@backstage/errors';

/** Whether the backend runs in development (`backstage-cli package start`). */
export function isDevelopment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'development';
}

/**
 * Throws unless the backend runs in development. Every dev-only feature calls
 * this when it starts, so adding one to a production backend fails loudly
 * instead of opening a door.
 */
export function assertDevelopment(
  feature: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (!isDevelopment(env)) {
    throw new NotAllowedError(
      `${feature} is for development only and refuses to start with NODE_ENV=${
        env.NODE_ENV ?? '(unset)'
      }`,
    );
  }
}
