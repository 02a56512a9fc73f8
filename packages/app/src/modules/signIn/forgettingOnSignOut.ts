import type { IdentityApi } from '@backstage/core-plugin-api';
import { forgetUnsavedEdits } from '@hemit/plugin-overlevering';

/**
 * The identity of a signed-in person, whose sign-out also removes what they
 * left in this browser: hospital PCs are shared, so the next person must not
 * find the unsaved edits of the last one. `alsoForget` removes what a
 * sign-in page keeps of its own.
 */
export function forgettingOnSignOut(
  identity: IdentityApi,
  alsoForget?: () => void,
): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      forgetUnsavedEdits();
      alsoForget?.();
      await identity.signOut();
    },
  };
}
