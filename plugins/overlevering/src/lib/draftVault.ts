/**
 * Where unsaved edits wait in the browser until the backend has them:
 * sealed (AES-GCM) with a key that the backend hands out to the signed-in
 * person only. On a shared PC the next person, signed in or not, finds
 * nothing they can read, and signing out removes the sealed copies too.
 */

const PREFIX = 'overlevering:unsaved:';

const storageKey = (userRef: string, handoverId: string) =>
  `${PREFIX}${userRef}:${handoverId}`;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  bytes.forEach(b => {
    binary += String.fromCharCode(b);
  });
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), c => c.charCodeAt(0));
}

/** The sealed edits of one person, one entry per handover. */
export class DraftVault {
  private constructor(
    private readonly key: CryptoKey,
    private readonly userRef: string,
    private readonly storage: Storage,
  ) {}

  /**
   * A vault for `userRef` with the key the backend gave them (32 bytes,
   * base64). The key lives only in this page's memory.
   */
  static async open(options: {
    key: string;
    userRef: string;
    storage?: Storage;
  }): Promise<DraftVault> {
    const key = await crypto.subtle.importKey(
      'raw',
      fromBase64(options.key),
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    );
    return new DraftVault(
      key,
      options.userRef,
      options.storage ?? window.localStorage,
    );
  }

  /** Seals `value` for the handover; `undefined` removes what was kept. */
  async keep(handoverId: string, value: unknown): Promise<void> {
    const name = storageKey(this.userRef, handoverId);
    try {
      if (value === undefined) {
        this.storage.removeItem(name);
        return;
      }
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv },
        this.key,
        new TextEncoder().encode(JSON.stringify(value)),
      );
      this.storage.setItem(
        name,
        JSON.stringify({
          iv: toBase64(iv),
          data: toBase64(new Uint8Array(sealed)),
        }),
      );
    } catch {
      // A full or disabled storage only loses the safety copy, not the save.
    }
  }

  /** What was kept for the handover, if this person's key opens it. */
  async read<T>(handoverId: string): Promise<T | undefined> {
    try {
      const raw = this.storage.getItem(storageKey(this.userRef, handoverId));
      if (!raw) return undefined;
      const { iv, data } = JSON.parse(raw) as { iv: string; data: string };
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(iv) },
        this.key,
        fromBase64(data),
      );
      return JSON.parse(new TextDecoder().decode(plain)) as T;
    } catch {
      return undefined;
    }
  }
}

/** Removes every sealed copy of unsaved edits from the browser, whoever typed them. */
export function removeSealedEdits(storage: Storage = window.localStorage) {
  const names: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const name = storage.key(i);
    if (name?.startsWith(PREFIX)) names.push(name);
  }
  names.forEach(name => storage.removeItem(name));
}
