import complete from '../../examples/complete.json';
import { toMarkdown } from '../export/toMarkdown';
import { getForm } from '../form/getForm';
import { sectionProgress } from '../progress/sectionProgress';
import { documentSchema } from '../schema/documentSchema';
import { SECTION_FIELDS } from '../schema/fields';
import { validateDocument } from '../validation/validateDocument';
import { extendForm } from './extendForm';

type Json = Record<string, any>;

const extraFields = {
  etablering: {
    backupRutine: {
      schema: { type: 'string', maxLength: 2000 },
      title: { nb: 'Backup-rutine', en: 'Backup routine' },
      requiredOnSubmit: true,
    },
    driftsvindu: {
      schema: { type: 'string', enum: ['natt', 'helg'] },
      title: { nb: 'Driftsvindu', en: 'Maintenance window' },
      options: { natt: { nb: 'Natt', en: 'Night' } },
    },
  },
  produksjonssetting: {
    brukere: {
      schema: { type: 'integer', minimum: 1 },
      title: { nb: 'Antall brukere', en: 'Number of users' },
    },
    pilot: { schema: { type: 'boolean' }, title: { nb: 'Pilot' } },
  },
};

const extension = extendForm(extraFields);
const withExtras = (extras: Record<string, Json>) => {
  const doc: Json = JSON.parse(JSON.stringify(complete));
  for (const [section, values] of Object.entries(extras)) {
    doc[section] = { ...doc[section], ...values };
  }
  return doc;
};

describe('extendForm', () => {
  it('adds the fields at the end of their sections, worded in each language, and leaves the form itself as it was', () => {
    const nb = getForm({ locale: 'nb', extension });
    const en = getForm({ locale: 'en', extension });
    const etablering = (nb.schema as Json).properties.etablering.properties;
    expect(Object.keys(etablering).slice(-2)).toEqual([
      'backupRutine',
      'driftsvindu',
    ]);
    expect(etablering.backupRutine.title).toBe('Backup-rutine');
    expect(etablering.driftsvindu.oneOf).toEqual([
      { const: 'natt', title: 'Natt' },
      { const: 'helg', title: 'helg' },
    ]);
    const enProd = (en.schema as Json).properties.produksjonssetting.properties;
    expect(enProd.brukere.title).toBe('Number of users');
    // Without English words the bokmål ones are shown.
    expect(enProd.pilot.title).toBe('Pilot');
    expect(enProd.pilot.oneOf).toEqual([
      { const: true, title: 'Yes' },
      { const: false, title: 'No' },
    ]);
    expect((nb.uiSchema.etablering as Json).backupRutine['ui:widget']).toBe(
      'textarea',
    );

    const plain = getForm({ locale: 'nb' }).schema as Json;
    expect(plain.properties.etablering.properties.backupRutine).toBeUndefined();
    expect(Object.isFrozen(documentSchema)).toBe(true);
    expect(
      SECTION_FIELDS.etablering.some(f => f.path === 'etablering.backupRutine'),
    ).toBe(false);
  });

  it('accepts the extra values as drafts only with the extension, and names a wrong one by its title', () => {
    const doc = withExtras({
      etablering: { backupRutine: 'Hver natt', driftsvindu: 'natt' },
      produksjonssetting: { brukere: 40, pilot: true },
    });
    expect(validateDocument(doc, { extension }).valid).toBe(true);
    const without = validateDocument(doc);
    expect(without.valid).toBe(false);

    const wrong = validateDocument(
      withExtras({
        etablering: { driftsvindu: 'dag' },
        produksjonssetting: { brukere: 0.5, pilot: 'ja' },
      }),
      { extension, locale: 'en' },
    );
    expect(wrong.valid ? [] : wrong.errors).toEqual([
      {
        path: 'etablering.driftsvindu',
        message: '“Maintenance window” must be one of: Night, helg',
      },
      {
        path: 'produksjonssetting.brukere',
        message: '“Number of users” must be a whole number',
      },
      {
        path: 'produksjonssetting.pilot',
        message: '“Pilot” must be yes or no',
      },
    ]);
  });

  it('still refuses unknown fields and wrong values of the own fields beside the extra ones', () => {
    const result = validateDocument(
      withExtras({
        etablering: { backupRutine: 'ok', ukjent: 'x', servere: 7 },
      }),
      { extension },
    );
    expect(result.valid ? [] : result.errors.map(e => e.path)).toEqual([
      'etablering.ukjent',
      'etablering.servere',
    ]);
  });

  it('requires a field marked requiredOnSubmit on submit, and only then', () => {
    const empty = withExtras({ etablering: { backupRutine: '  ' } });
    expect(validateDocument(empty, { extension }).valid).toBe(true);
    const submit = validateDocument(empty, { extension, profile: 'submit' });
    expect(submit.valid ? [] : submit.errors).toEqual([
      {
        path: 'etablering.backupRutine',
        message: '«Backup-rutine» må fylles ut',
      },
    ]);
    const filled = withExtras({ etablering: { backupRutine: 'Hver natt' } });
    expect(
      validateDocument(filled, { extension, profile: 'submit' }).valid,
    ).toBe(true);
    expect(extension.requiredOnSubmit).toEqual(['etablering.backupRutine']);
  });

  it('exports the extra fields in their sections and counts them in the progress', () => {
    const doc = withExtras({
      etablering: { backupRutine: 'Hver natt', driftsvindu: 'natt' },
      produksjonssetting: { brukere: 1200, pilot: false },
    });
    const markdown = toMarkdown(doc, { locale: 'en', extension });
    expect(markdown).toContain('- **Backup routine:** Hver natt');
    expect(markdown).toContain('- **Maintenance window:** Night');
    expect(markdown).toContain('- **Number of users:** 1,200');
    expect(markdown).toContain('- **Pilot:** No');
    expect(toMarkdown(doc)).not.toContain('Backup');

    const before = sectionProgress(doc).find(p => p.id === 'etablering')!;
    const after = sectionProgress(doc, { extension }).find(
      p => p.id === 'etablering',
    )!;
    expect(after.total).toBe(before.total + 2);
    expect(after.filled).toBe(before.filled + 2);
  });
});

describe('extendForm refuses configuration the form cannot honour', () => {
  it.each([
    [{ ukjent: {} }, 'extraFields.ukjent: not a section of the form'],
    [
      { etablering: { servere: { schema: { type: 'string' } } } },
      "extraFields.etablering.servere: the section already has a field 'servere'",
    ],
    [
      { etablering: { 'backup.rutine': { schema: { type: 'string' } } } },
      'extraFields.etablering.backup.rutine: a field key is letters and digits',
    ],
    [
      { etablering: { x: { schema: { type: 'object' } } } },
      'extraFields.etablering.x.schema.type: must be one of string, number, integer, boolean, array, got "object"',
    ],
    [
      { etablering: { x: { schema: { type: 'string', $ref: '#/x' } } } },
      'extraFields.etablering.x.schema: $ref not allowed for type string',
    ],
    [
      { etablering: { x: { schema: { type: 'string', maxLength: 1e6 } } } },
      'extraFields.etablering.x.schema.maxLength: must be a whole number from 1 to 10000',
    ],
    [
      { etablering: { x: { schema: { type: 'string', pattern: '(' } } } },
      'extraFields.etablering.x.schema.pattern: must be a regular expression',
    ],
    [
      { etablering: { x: { schema: { type: 'string', enum: [] } } } },
      'extraFields.etablering.x.schema.enum: must be a list of 1 to 100 different',
    ],
    [
      {
        etablering: {
          x: { schema: { type: 'array', items: { type: 'string' } } },
        },
      },
      'extraFields.etablering.x.schema.items.enum: must be a list',
    ],
    [
      {
        etablering: {
          x: { schema: { type: 'array', items: { type: 'object' } } },
        },
      },
      'extraFields.etablering.x.schema.items: must be { type: string, enum: [...] }',
    ],
    [
      { etablering: { x: { schema: { type: 'string' }, required: true } } },
      'extraFields.etablering.x: unknown required; allowed: schema, title',
    ],
    [
      {
        etablering: {
          x: { schema: { type: 'string' }, requiredOnSubmit: 'yes' },
        },
      },
      'extraFields.etablering.x.requiredOnSubmit: must be true or false',
    ],
    [
      { etablering: { x: { schema: { type: 'string' }, title: 'Tekst' } } },
      "extraFields.etablering.x.title: must be { nb: '…', en: '…' }",
    ],
    [
      {
        etablering: {
          x: {
            schema: { type: 'string', enum: ['a'] },
            options: { b: { nb: 'B' } },
          },
        },
      },
      "extraFields.etablering.x.options: 'b' is not one of the enum values",
    ],
  ])('%j', (config, message) => {
    expect(() => extendForm(config)).toThrow(message);
  });

  it('accepts no configuration as no extra fields', () => {
    expect(extendForm(undefined).fields).toEqual([]);
    expect(extendForm({}).fields).toEqual([]);
  });
});
