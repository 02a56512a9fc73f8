import { FIELDS } from '../schema/fields';
import { SECTION_IDS } from '../schema/sections';
import { enCommon, enFields } from './en';
import { nbCommon, nbFields } from './nb';

const schemaTextKeys = [
  ...SECTION_IDS,
  ...FIELDS.flatMap(field => [
    field.path,
    ...(field.columns ?? []).map(column => column.path),
  ]),
].sort();

describe('texts', () => {
  it('has the same keys in Norwegian and English', () => {
    expect(Object.keys(enFields).sort()).toEqual(Object.keys(nbFields).sort());
  });

  it('has a text for every section, field and row column of the schema, and no other', () => {
    expect(Object.keys(nbFields).sort()).toEqual(schemaTextKeys);
  });

  it('labels every enum value and explains every yes/no in both languages', () => {
    for (const fields of [nbFields, enFields] as Array<Record<string, any>>) {
      for (const field of FIELDS.flatMap(f => [f, ...(f.columns ?? [])])) {
        const text = fields[field.path];
        expect(text.title.trim()).not.toBe('');
        // Fields without values must have no option labels either.
        expect(Object.keys(text.options ?? {}).sort()).toEqual(
          [...(field.values ?? [])].sort(),
        );
        expect(Boolean(text.explanation)).toBe(field.kind === 'yesNo');
      }
    }
  });

  it('translates: English titles differ from the Norwegian ones for the sections', () => {
    for (const id of SECTION_IDS) {
      expect(enFields[id].title).not.toBe(nbFields[id].title);
    }
    expect(Object.keys(enCommon.messages).sort()).toEqual(
      Object.keys(nbCommon.messages).sort(),
    );
  });
});
