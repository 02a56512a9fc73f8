// Writes the generated files of the package (the JSON Schema and uiSchema files, and the
// precompiled validator) from the TypeScript source. Run after every change to the schema or
// its texts: `npm run schema:write -w @hemit/overlevering-form-schema`.
import fs from 'fs';
import path from 'path';
import { generatedFiles } from '../src/schemaFiles/generatedFiles';

const packageDir = path.resolve(__dirname, '..');

for (const file of generatedFiles()) {
  const target = path.join(packageDir, file.path);
  const current = fs.existsSync(target)
    ? fs.readFileSync(target, 'utf8')
    : undefined;
  if (current === file.content) continue;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, file.content);
  process.stdout.write(`wrote ${file.path}\n`);
}
