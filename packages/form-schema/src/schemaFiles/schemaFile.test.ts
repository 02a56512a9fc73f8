import { Validator } from '@cfworker/json-schema';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fs from 'fs';
import path from 'path';
import { documentSchema, SCHEMA_VERSION } from '../schema/documentSchema';
import { FieldInfo, FIELDS } from '../schema/fields';
import { Locale } from '../types';
import { validateDocument } from '../validation/validateDocument';
import { documentAjv } from './generatedFiles';
import { TRICKY_DOCUMENTS } from './trickyDocuments';

// The published schema files, read as a team without JavaScript would: from disk, by a second
// JSON Schema validator that shares no code with ajv.

const packageDir = path.resolve(__dirname, '../..');
const readJson = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(packageDir, file), 'utf8'));

const SCHEMA_FILES: Record<Locale, string> = {
  nb: 'schema/handover.schema.json',
  en: 'schema/handover.schema.en.json',
};

const cfworker = (locale: Locale) =>
  new Validator(readJson(SCHEMA_FILES[locale]), '2020-12', false);

describe.each(['nb', 'en'] as const)('the schema file (%s)', locale => {
  const schema = readJson(SCHEMA_FILES[locale]);

  it('is JSON Schema 2020-12 with an $id that names the schema version', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toContain(`v${SCHEMA_VERSION}`);
    expect(schema.title).toBe(
      locale === 'nb'
        ? 'Overlevering til produksjon'
        : 'Handover to production',
    );
    expect(schema.properties.bestilling.title).toBe(
      locale === 'nb' ? 'Bestilling' : 'Order',
    );
  });

  it('accepts the complete and the empty example and refuses the invalid one, by another validator', () => {
    const validator = cfworker(locale);
    expect(validator.validate(readJson('examples/complete.json'))).toEqual({
      valid: true,
      errors: [],
    });
    expect(
      validator.validate(readJson('examples/draft-empty.json')).valid,
    ).toBe(true);
    const refused = validator.validate(readJson('examples/invalid.json'));
    expect(refused.valid).toBe(false);
    expect(refused.errors.map(e => e.instanceLocation)).toEqual(
      expect.arrayContaining([
        '#/bestilling/leveransetype',
        '#/bestilling/planlagtProduksjonsdato',
        '#/designfase/fagansvarlig',
        '#/driftskostnader/kostnader/0/belop',
        '#/produksjonssetting/varsling',
      ]),
    );
  });

  it.each(TRICKY_DOCUMENTS.map(t => [t.name, t] as const))(
    'judges %s as validateDocument does',
    (_, { document, valid }) => {
      expect(cfworker(locale).validate(document).valid).toBe(valid);
      expect(validateDocument(document).valid).toBe(valid);
    },
  );
});

// Values of every shape, valid and invalid for some field, to compare two validators with.
const CANDIDATES: unknown[] = [
  '',
  'x',
  'x'.repeat(201),
  'x'.repeat(301),
  'ny-tjeneste',
  'produksjon',
  'lisens',
  'maanedlig',
  '2027-02-15',
  '2027-02-30',
  '15.02.2027',
  'https://wiki.hemit.no/x',
  'ftp://wiki.hemit.no/x',
  'user:default/kari.nordmann',
  'Kari Nordmann',
  0,
  -1,
  1.5,
  2,
  1e10,
  true,
  false,
  null,
  [],
  ['produksjon'],
  ['produksjon', 'produksjon'],
  ['ukjent'],
  {},
  { svar: true, forklaring: 'x' },
  { svar: 'ja' },
  { svar: false, ukjent: 1 },
  { tittel: 'Drift', url: 'https://wiki.hemit.no/x' },
  [{}],
  [{ ukjent: 1 }],
];

/** A document with `value` at a field, or in the first row of its list for a column. */
function documentWith(
  field: FieldInfo,
  list: FieldInfo | undefined,
  value: unknown,
) {
  const [section, key] = (list ?? field).path.split('.');
  const column = list ? field.path.split('.')[2] : undefined;
  const fieldValue = column ? [{ [column]: value }] : value;
  return { schemaVersion: SCHEMA_VERSION, [section]: { [key]: fieldValue } };
}

describe('the localized schema', () => {
  it.each(['nb', 'en'] as const)(
    'in %s accepts exactly what documentSchema accepts, field by field',
    locale => {
      const ajv2020 = new Ajv2020({ strict: true, allErrors: true });
      addFormats(ajv2020, ['date', 'uri']);
      const localized = ajv2020.compile(readJson(SCHEMA_FILES[locale]));
      const plain = documentAjv().compile(documentSchema);
      const documents: unknown[] = [
        { schemaVersion: 0 },
        { schemaVersion: '2' },
        { ukjent: 1 },
        ...CANDIDATES.map(value => ({ bestilling: value })),
      ];
      for (const field of FIELDS) {
        for (const value of CANDIDATES) {
          documents.push(documentWith(field, undefined, value));
          for (const column of field.columns ?? []) {
            documents.push(documentWith(column, field, value));
          }
        }
      }
      const disagreements = documents.filter(
        doc => localized(doc) !== plain(doc),
      );
      expect(disagreements).toEqual([]);
      // Both verdicts occur, so the comparison means something.
      expect(documents.filter(doc => plain(doc)).length).toBeGreaterThan(100);
      expect(documents.filter(doc => !plain(doc)).length).toBeGreaterThan(100);
    },
  );
});
