import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Pages render through the whole test app and MUI; on a busy CI machine a
// first render can take seconds, so waits get room without changing what
// they check.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
