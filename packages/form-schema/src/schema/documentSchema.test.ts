import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import complete from '../../examples/complete.json';
import { HandoverDocument } from '../types';
import {
  documentSchema,
  SCHEMA_VERSION,
  sectionsSchema,
} from './documentSchema';
import { SECTION_IDS } from './sections';

describe('documentSchema', () => {
  it('compiles under ajv strict mode, so no keyword in it is unknown or misspelt', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv, ['date', 'uri']);
    expect(() => ajv.compile(documentSchema)).not.toThrow();
  });

  it('has one object property per section, in form order, plus the version', () => {
    expect(Object.keys(sectionsSchema.properties)).toEqual([...SECTION_IDS]);
    expect(Object.keys(documentSchema.properties)).toEqual([
      'schemaVersion',
      ...SECTION_IDS,
    ]);
    for (const id of SECTION_IDS) {
      expect(documentSchema.properties[id].type).toBe('object');
      expect(documentSchema.properties[id].additionalProperties).toBe(false);
    }
  });

  it('types documents from the schema itself', () => {
    // These lines are checked by the type check: the type follows the schema's fields and
    // value types, so a schema change that the type did not follow fails to compile.
    const doc: HandoverDocument = {
      schemaVersion: SCHEMA_VERSION,
      bestilling: { tittel: 'x', leveransetype: 'endring' },
      driftskostnader: {
        kostnader: [{ belop: 10, periode: 'maanedlig', kategori: 'drift' }],
      },
      produksjonssetting: { varsling: { svar: true, forklaring: 'SMS' } },
    };
    const wrongType: HandoverDocument = {
      driftskostnader: {
        kostnader: [
          {
            // @ts-expect-error an amount is a number, not text
            belop: '10',
          },
        ],
      },
    };
    const wrongEnum: HandoverDocument = {
      bestilling: {
        // @ts-expect-error a delivery type outside the enum
        leveransetype: 'ombygging',
      },
    };
    // @ts-expect-error a field the schema does not have
    const unknownField: HandoverDocument = { bestilling: { tittelen: 'x' } };
    expect([doc, wrongType, wrongEnum, unknownField]).toHaveLength(4);
    expect((complete as HandoverDocument).bestilling?.tittel).toBe(
      'Pasientflyt API – første produksjonssetting',
    );
  });
});

describe('schema immutability', () => {
  it('cannot be changed by a consumer at run time', () => {
    expect(Object.isFrozen(documentSchema)).toBe(true);
    expect(
      Object.isFrozen(documentSchema.properties.bestilling.properties.tittel),
    ).toBe(true);
    expect(
      Object.isFrozen(
        sectionsSchema.properties.driftskostnader.properties.kostnader.items,
      ),
    ).toBe(true);
  });
});
