import '@testing-library/jest-dom';

// Busy 2-core CI machines run suites in parallel: give tests room.
jest.setTimeout(30_000);
