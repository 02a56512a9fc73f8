import { ConfigSources } from '@backstage/config-loader';
import { REPO_ROOT } from './backendProcess';

/** The portal's config as the backend reads it, from these files in order. */
export async function portalConfig(files: string[]) {
  const source = ConfigSources.default({
    argv: files.flatMap(f => ['--config', `${REPO_ROOT}/${f}`]),
  });
  return ConfigSources.toConfig(source);
}
