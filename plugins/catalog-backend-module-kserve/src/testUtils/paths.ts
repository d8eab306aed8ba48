import fs from 'node:fs';
import path from 'node:path';

// The project's shared data sits beside the repository: /work/shared when
// the repository is /work/main (src/testUtils -> package -> plugins -> repo).
// eslint-disable-next-line no-restricted-syntax -- test code, never built
export const SHARED_DIR = path.resolve(__dirname, '../../../../../shared');
export const SAMPLES_DIR = path.join(SHARED_DIR, 'samples/inference-services');
/** The reference schema of RHDH's `AiModelServerAPI` kind. */
export const AI_MODEL_SERVER_SCHEMA = path.join(
  SHARED_DIR,
  'schemas/API.v1alpha1.ai-model-server.schema.json',
);

/** The sample manifests, by file name. */
export function sampleFiles(): string[] {
  if (!fs.existsSync(SAMPLES_DIR)) {
    throw new Error(`KServe samples not found at ${SAMPLES_DIR}`);
  }
  return fs
    .readdirSync(SAMPLES_DIR)
    .filter(f => /\.ya?ml$/.test(f))
    .sort();
}
