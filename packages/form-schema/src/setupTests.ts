import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The React form renders the whole schema through rjsf; on a busy CI machine
// typing into it can take seconds, so waits and tests get room without
// changing what they check.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
