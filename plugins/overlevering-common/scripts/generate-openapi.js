#!/usr/bin/env node
// Writes src/schema/openapi.generated.ts from src/schema/openapi.yaml, so the
// backend's router validates against, and the wire types are derived from,
// exactly the document that describes the API.
// Run after changing the YAML: node scripts/generate-openapi.js
const fs = require('node:fs');
const path = require('node:path');
const prettier = require('prettier');
const { parse } = require('yaml');

const dir = path.join(__dirname, '..', 'src', 'schema');
const target = path.join(dir, 'openapi.generated.ts');
const spec = parse(fs.readFileSync(path.join(dir, 'openapi.yaml'), 'utf8'));
const source =
  `// Generated from openapi.yaml by scripts/generate-openapi.js; do not edit.\n\n` +
  `/**\n` +
  ` * The OpenAPI document of the overlevering backend: what its router\n` +
  ` * validates, and what the wire types of this package are derived from.\n` +
  ` *\n` +
  ` * @public\n` +
  ` */\n` +
  `export const spec = ${JSON.stringify(spec, null, 2)} as const;\n`;
fs.writeFileSync(
  target,
  prettier.format(source, {
    ...prettier.resolveConfig.sync(target),
    filepath: target,
  }),
);
