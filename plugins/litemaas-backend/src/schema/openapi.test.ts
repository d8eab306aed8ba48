import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { spec } from './openapi.generated';

describe('openapi.generated.ts', () => {
  it('matches openapi.yaml (run scripts/generate-openapi.js after editing it)', () => {
    const source = YAML.parse(
      fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
    );
    expect(spec).toEqual(source);
  });
});
