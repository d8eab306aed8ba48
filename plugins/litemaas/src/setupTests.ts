import '@testing-library/jest-dom';

// Dialog-heavy tests type and click a lot; on a busy 2-core CI machine
// running suites in parallel, 5 s is not enough.
jest.setTimeout(30_000);
