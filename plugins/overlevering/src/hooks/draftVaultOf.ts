import type { IdentityApi } from '@backstage/core-plugin-api';
import type { OverleveringApi } from '../api';
import { DraftVault, removeSealedEdits } from '../lib/draftVault';

/** One vault per person and page load: the key is fetched once. */
const vaults = new Map<string, Promise<DraftVault | undefined>>();

/**
 * The signed-in person's vault for unsaved edits. Without one (a browser
 * without Web Crypto, as on a page served over plain http, or a backend that
 * gives no key) edits are still saved, only no copy waits in the browser.
 */
export async function draftVaultOf(
  api: OverleveringApi,
  identityApi: IdentityApi,
): Promise<DraftVault | undefined> {
  const { userEntityRef } = await identityApi.getBackstageIdentity();
  let vault = vaults.get(userEntityRef);
  if (!vault) {
    vault = (async () => {
      try {
        if (!globalThis.crypto?.subtle) return undefined;
        const { key } = await api.getDraftKey();
        return await DraftVault.open({ key, userRef: userEntityRef });
      } catch {
        return undefined;
      }
    })();
    vaults.set(userEntityRef, vault);
    // A failed attempt is tried again next time.
    vault.then(v => v ?? vaults.delete(userEntityRef));
  }
  return vault;
}

/**
 * Forgets every unsaved edit this browser keeps, and the keys this page
 * holds: call it when a person signs out, so the next person at the same PC
 * finds nothing of theirs.
 *
 * @public
 */
export function forgetUnsavedEdits(): void {
  vaults.clear();
  removeSealedEdits();
}
