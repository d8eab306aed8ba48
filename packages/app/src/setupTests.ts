import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Busy 2-core CI machines run suites in parallel: give tests room.
jest.setTimeout(30_000);

// findBy/waitFor give up after 1 s by default; a whole app's first render
// (lazy extensions, translations) on that busy machine can take longer.
configure({ asyncUtilTimeout: 10_000 });
