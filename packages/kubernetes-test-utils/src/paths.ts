import path from 'node:path';

// The project's shared data sits beside the repository: /work/shared when
// the repository is /work/main (src -> package -> packages -> repo).
// eslint-disable-next-line no-restricted-syntax -- test code, never built
export const SHARED_DIR = path.resolve(__dirname, '../../../../shared');
export const CRDS_DIR = path.join(SHARED_DIR, 'crds');
