// Busy 2-core CI machines run suites in parallel: give tests room.
jest.setTimeout(60_000);

export {};
