import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone';
import { buildUiSchema } from '../form/uiSchema';
import { handoverJsonSchema } from '../form/handoverJsonSchema';
import { documentSchema } from '../schema/documentSchema';
import { Locale } from '../types';

// Files made from the TypeScript source and committed, so that the schema can be read without
// Node and the validator runs without compiling code at run time. Never imported at run time:
// generating the validator needs ajv's compiler, which is what the precompiled file avoids.

/** The one command that writes every generated file anew. */
export const SCHEMA_WRITE_COMMAND =
  'npm run schema:write -w @hemit/overlevering-form-schema';

/** A generated file: its path from the package root, and its full text. */
export interface GeneratedFile {
  path: string;
  content: string;
}

export const PRECOMPILED_VALIDATOR_PATH =
  'src/validation/precompiled/documentValidator.ts';

/**
 * An ajv compiler with the options of the document validator. The precompiled validator is
 * its output; tests compile afresh with it to check that the committed file is the same.
 */
export function documentAjv(): Ajv {
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    code: { source: true, esm: true, lines: true },
  });
  addFormats(ajv, ['date', 'uri']);
  return ajv;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const generatedHeader = (what: string) =>
  `// ${what}\n// Generated from src/schema/documentSchema.ts by \`${SCHEMA_WRITE_COMMAND}\`; do not edit.\n`;

/**
 * ajv's standalone code reaches its runtime helpers (string length, the date and uri formats)
 * through `require`. The package is built as ES modules, so each becomes an import.
 */
function asEsModule(code: string): string {
  const modules: string[] = [];
  const body = code.replace(
    /require\("([^"]+)"\)/g,
    (_, moduleName: string) => {
      if (!modules.includes(moduleName)) modules.push(moduleName);
      return `ajvRuntime${modules.indexOf(moduleName)}`;
    },
  );
  const imports = modules
    .map(
      (name, i) => `import * as ajvRuntime${i} from ${JSON.stringify(name)};`,
    )
    .join('\n');
  return body.replace(/^"use strict";\n/, `${imports}\n`);
}

function precompiledValidator(): string {
  const ajv = documentAjv();
  const code = standaloneCode(ajv, ajv.compile(documentSchema));
  if (/\bnew Function\b|\beval\(/.test(code)) {
    throw new Error('The standalone validator must not compile code');
  }
  const exportLines = /^export const validate = (\w+);\nexport default \w+;\n/m;
  const validateName = exportLines.exec(code)?.[1];
  if (!validateName) throw new Error('Unexpected standalone code from ajv');
  return `// @ts-nocheck
/* eslint-disable */
${generatedHeader(
  'The document validator, compiled ahead of time so that no code is compiled at run time (no unsafe-eval under a Content-Security-Policy).',
)}import type { ErrorObject } from 'ajv';
${asEsModule(code.replace(exportLines, ''))}
/** Validates a document against \`documentSchema\`; on failure \`errors\` says why. */
export interface PrecompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export const validate: PrecompiledValidator = ${validateName};
export default validate;
`;
}

const LOCALE_SUFFIX: Record<Locale, string> = { nb: '', en: '.en' };

/** Every generated file with the text it must have, from the current source. */
export function generatedFiles(): GeneratedFile[] {
  const locales: Locale[] = ['nb', 'en'];
  return [
    ...locales.map(locale => ({
      path: `schema/handover.schema${LOCALE_SUFFIX[locale]}.json`,
      content: json(handoverJsonSchema({ locale })),
    })),
    ...locales.map(locale => ({
      path: `schema/handover.uischema${LOCALE_SUFFIX[locale]}.json`,
      content: json(buildUiSchema(locale)),
    })),
    { path: PRECOMPILED_VALIDATOR_PATH, content: precompiledValidator() },
  ];
}
