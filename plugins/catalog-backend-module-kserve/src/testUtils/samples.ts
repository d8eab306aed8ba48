import fs from 'node:fs';
import path from 'node:path';
import { parseManifest } from '../transform';
import { SAMPLES_DIR, sampleFiles } from './paths';

/** Every object of the sample manifests, with the file it came from. */
export function loadSamples(): Array<{ file: string; object: any }> {
  return sampleFiles().flatMap(file =>
    parseManifest(
      fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8'),
      file,
    ).objects.map(object => ({ file, object })),
  );
}

/** Sample objects with the namespace a cluster would give them. */
export function clusterSamples(namespace = 'models'): any[] {
  return loadSamples().map(({ object }) => ({
    ...object,
    metadata: {
      ...object.metadata,
      namespace: object.metadata.namespace ?? namespace,
    },
  }));
}
