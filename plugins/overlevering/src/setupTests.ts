import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The form renders through rjsf and MUI; on a busy CI machine a first render
// can take seconds, so waits and tests get room without changing what they check.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

// Web Crypto as a browser has it (jsdom brings getRandomValues only): the
// form seals unsaved edits with AES-GCM.
if (!globalThis.crypto.subtle) {
  Object.defineProperty(globalThis.crypto, 'subtle', {
    value: require('node:crypto').webcrypto.subtle,
  });
}
