#!/usr/bin/env node
// Turns a plugin's src/schema/openapi.yaml into src/schema/openapi.generated.ts,
// a typed constant that createValidatedOpenApiRouter validates requests with.
// Usage: node scripts/generate-openapi.js plugins/litemaas-backend
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const YAML = require('yaml');

const pluginDir = path.resolve(process.argv[2] ?? 'plugins/litemaas-backend');
const schemaDir = path.join(pluginDir, 'src', 'schema');
const spec = YAML.parse(
  fs.readFileSync(path.join(schemaDir, 'openapi.yaml'), 'utf8'),
);
const target = path.join(schemaDir, 'openapi.generated.ts');
fs.writeFileSync(
  target,
  `// Generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.\n` +
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;\n`,
);
execFileSync(
  process.execPath,
  [require.resolve('prettier/bin-prettier.js'), '--write', target],
  { stdio: 'inherit' },
);
