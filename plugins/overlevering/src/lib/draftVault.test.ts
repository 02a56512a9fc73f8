import { webcrypto } from 'node:crypto';
import { DraftVault, removeSealedEdits } from './draftVault';

const keyOf = () =>
  Buffer.from(webcrypto.getRandomValues(new Uint8Array(32))).toString('base64');

const kari = 'user:default/kari.nordmann';
const ola = 'user:default/ola.utvikler';
const edits = { base: {}, document: { bestilling: { formal: 'Hemmelig' } } };

describe('DraftVault', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps unsaved edits sealed: the browser holds no readable text', async () => {
    const vault = await DraftVault.open({ key: keyOf(), userRef: kari });
    await vault.keep('h1', edits);
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(
      'Hemmelig',
    );
    expect(await vault.read('h1')).toEqual(edits);
    await vault.keep('h1', undefined);
    expect(await vault.read('h1')).toBeUndefined();
    expect(window.localStorage).toHaveLength(0);
  });

  it('gives another person nothing, even with a key of their own for the same slot', async () => {
    const karisKey = keyOf();
    await (
      await DraftVault.open({ key: karisKey, userRef: kari })
    ).keep('h1', edits);
    // Someone else at the same PC, or the same name with another key.
    const olas = await DraftVault.open({ key: keyOf(), userRef: ola });
    expect(await olas.read('h1')).toBeUndefined();
    const forged = await DraftVault.open({ key: keyOf(), userRef: kari });
    expect(await forged.read('h1')).toBeUndefined();
    // Kari with her key still finds it.
    const karis = await DraftVault.open({ key: karisKey, userRef: kari });
    expect(await karis.read('h1')).toEqual(edits);
  });

  it('forgets every sealed copy at sign-out, and nothing else', async () => {
    const vault = await DraftVault.open({ key: keyOf(), userRef: kari });
    await vault.keep('h1', edits);
    await vault.keep('h2', edits);
    window.localStorage.setItem('language', 'en');
    removeSealedEdits();
    expect(await vault.read('h1')).toBeUndefined();
    expect(await vault.read('h2')).toBeUndefined();
    expect({ ...window.localStorage }).toEqual({ language: 'en' });
  });
});
