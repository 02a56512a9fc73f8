#!/usr/bin/env node
// Writes src/schema/openapi.generated.ts from src/schema/openapi.yaml, so the
// router validates against exactly the document that describes the API.
// Run after changing the YAML: node scripts/generate-openapi.js
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('yaml');

const dir = path.join(__dirname, '..', 'src', 'schema');
const spec = parse(fs.readFileSync(path.join(dir, 'openapi.yaml'), 'utf8'));
fs.writeFileSync(
  path.join(dir, 'openapi.generated.ts'),
  `// Generated from openapi.yaml by scripts/generate-openapi.js; do not edit.\n\n` +
    `/** The OpenAPI document of the overlevering backend. @internal */\n` +
    `export const spec = ${JSON.stringify(spec, null, 2)} as const;\n`,
);
