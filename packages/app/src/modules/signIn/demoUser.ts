import { parseEntityRef } from '@backstage/catalog-model';

/** Where the browser remembers which demo person it acts as. */
export const DEMO_USER_STORAGE_KEY = 'overlevering.demoUser';

/** Must match the backend's demo sign-in provider (packages/backend). */
export const DEMO_PROVIDER_ID = 'demo';
export const DEMO_USER_HEADER = 'x-overlevering-demo-user';

/** One person of the demo catalog, as `GET /api/demo-people` lists them. */
export interface DemoPerson {
  name: string;
  displayName: string;
  groups: string[];
}

export function readDemoUser(storage: Storage = window.localStorage) {
  return storage.getItem(DEMO_USER_STORAGE_KEY) ?? undefined;
}

export function writeDemoUser(
  name: string | undefined,
  storage: Storage = window.localStorage,
) {
  if (name) {
    storage.setItem(DEMO_USER_STORAGE_KEY, name);
  } else {
    storage.removeItem(DEMO_USER_STORAGE_KEY);
  }
}

/** "team-pasientflyt, hemithjelp" from `group:default/...` or plain names. */
export function groupNames(groups: string[]): string {
  return groups
    .map(g => parseEntityRef(g, { defaultKind: 'group' }).name)
    .join(', ');
}
