import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Dialog-heavy tests type and click a lot; on a busy 2-core CI machine
// running suites in parallel, 5 s is not enough.
jest.setTimeout(30_000);

// findBy/waitFor give up after 1 s by default; a first render that loads
// lazy extensions on that busy machine can take longer.
configure({ asyncUtilTimeout: 10_000 });
