import fs from 'fs';
import path from 'path';
import complete from '../../examples/complete.json';
import invalid from '../../examples/invalid.json';
import { documentSchema } from '../schema/documentSchema';
import precompiled from '../validation/precompiled/documentValidator';
import { TRICKY_DOCUMENTS } from './trickyDocuments';
import {
  documentAjv,
  generatedFiles,
  SCHEMA_WRITE_COMMAND,
} from './generatedFiles';

const packageDir = path.resolve(__dirname, '../..');

const read = (file: string) => {
  const target = path.join(packageDir, file);
  return fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
};

/** What a validator says of a document, comparable across two validators. */
function verdict(
  validate: ((doc: unknown) => boolean) & { errors?: unknown },
  doc: unknown,
) {
  const valid = validate(doc);
  const errors = (
    (validate.errors ?? []) as Array<{ instancePath: string; keyword: string }>
  ).map(e => `${e.instancePath} ${e.keyword}`);
  return { valid, errors };
}

describe('generated files', () => {
  it('are current with the TypeScript source', () => {
    const stale = generatedFiles()
      .filter(file => read(file.path) !== file.content)
      .map(file => file.path);
    // The message names the command, so whoever changed the schema knows what to run.
    const problem =
      stale.length > 0
        ? `Out of date: ${stale.join(
            ', ',
          )}. Write them anew with: ${SCHEMA_WRITE_COMMAND}`
        : undefined;
    expect(problem).toBeUndefined();
  });

  it('include the precompiled validator, which judges as a fresh ajv compile does', () => {
    const fresh = documentAjv().compile(documentSchema);
    const documents = [
      complete,
      invalid,
      {},
      ...TRICKY_DOCUMENTS.map(t => t.document),
    ];
    for (const doc of documents) {
      expect(verdict(precompiled, doc)).toEqual(verdict(fresh, doc));
    }
    expect(precompiled(complete)).toBe(true);
    expect(precompiled(invalid)).toBe(false);
  });

  it('let validateDocument run without compiling code (no unsafe-eval)', () => {
    jest.isolateModules(() => {
      jest.doMock('ajv', () => {
        throw new Error('the ajv compiler was loaded at run time');
      });
      const { validateDocument } = require('../validation/validateDocument');
      const realFunction = globalThis.Function;
      const refuse = () => {
        throw new EvalError('code compiled at run time');
      };
      globalThis.Function = new Proxy(realFunction, {
        apply: refuse,
        construct: refuse,
      });
      try {
        expect(validateDocument(complete).valid).toBe(true);
        expect(
          validateDocument(invalid, { locale: 'en' }).errors,
        ).toContainEqual({
          path: 'bestilling.planlagtProduksjonsdato',
          message: '“Planned go-live” must be a date (YYYY-MM-DD)',
        });
      } finally {
        globalThis.Function = realFunction;
      }
    });
  });
});
