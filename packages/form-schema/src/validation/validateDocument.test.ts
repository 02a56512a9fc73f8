import complete from '../../examples/complete.json';
import draftEmpty from '../../examples/draft-empty.json';
import invalid from '../../examples/invalid.json';
import { FIELDS, knownPaths } from '../schema/fields';
import { FIXED_PATHS } from '../schema/paths';
import { ValidationResult } from '../types';
import { validateDocument } from './validateDocument';
import { SCHEMA_VERSION } from '../schema/documentSchema';

const errorsOf = (result: ValidationResult) =>
  result.valid ? [] : result.errors;
const paths = (result: ValidationResult) => errorsOf(result).map(e => e.path);
const seats = [
  FIXED_PATHS.title,
  FIXED_PATHS.service,
  FIXED_PATHS.fagansvarlig,
  FIXED_PATHS.tjenesteutvikler,
  FIXED_PATHS.seksjonsleder,
];

describe('validateDocument', () => {
  it.each(['draft', 'submit'] as const)(
    'accepts the complete example (%s)',
    profile => {
      const result = validateDocument(complete, {
        profile,
        requiredOnSubmit: knownPaths(),
      });
      expect(errorsOf(result)).toEqual([]);
      expect(result.valid).toBe(true);
    },
  );

  it('accepts the empty draft as a draft, and refuses it on submit with required fields', () => {
    expect(validateDocument(draftEmpty).valid).toBe(true);
    expect(validateDocument(draftEmpty, { profile: 'submit' }).valid).toBe(
      true,
    );
    const result = validateDocument(draftEmpty, {
      profile: 'submit',
      requiredOnSubmit: seats,
    });
    expect(paths(result)).toEqual(seats);
  });

  it.each(['draft', 'submit'] as const)(
    'refuses the invalid example with one error per failing field (%s)',
    profile => {
      const result = validateDocument(invalid, {
        profile,
        requiredOnSubmit: seats,
      });
      expect(result.valid).toBe(false);
      const expected = [
        'ukjentSeksjon',
        'bestilling.leveransetype',
        'bestilling.planlagtProduksjonsdato',
        'designfase.fagansvarlig',
        'designfase.arkitekturdokumentasjon',
        'driftskostnader.kostnader.0.belop',
        'produksjonssetting.varsling',
      ];
      if (profile === 'submit') {
        // fagansvarlig already has an error; the other seats are missing.
        expected.push(
          'designfase.tjeneste',
          'designfase.tjenesteutvikler',
          'designfase.seksjonsleder',
        );
      }
      expect(paths(result).sort()).toEqual(expected.sort());
    },
  );

  it('returns the document migrated to the current version', () => {
    const result = validateDocument({
      bestilling: { leveringsdato: '2027-01-01' },
    });
    expect(result).toEqual({
      valid: true,
      errors: [],
      document: {
        schemaVersion: SCHEMA_VERSION,
        bestilling: { planlagtProduksjonsdato: '2027-01-01' },
      },
    });
  });

  describe('required on submit', () => {
    it.each(FIELDS.map(field => field.path))(
      'requires %s only when configured',
      path => {
        const required = validateDocument(
          {},
          { profile: 'submit', requiredOnSubmit: [path] },
        );
        expect(paths(required)).toEqual([path]);
        expect(
          validateDocument({}, { profile: 'draft', requiredOnSubmit: [path] })
            .valid,
        ).toBe(true);
        expect(
          validateDocument(complete, {
            profile: 'submit',
            requiredOnSubmit: [path],
          }).valid,
        ).toBe(true);
      },
    );

    it('treats blank text, empty lists and unanswered yes/no as not filled', () => {
      const result = validateDocument(
        {
          bestilling: { tittel: '   ' },
          driftskostnader: { kostnader: [] },
          produksjonssetting: { varsling: { forklaring: 'Ikke bestemt ennå' } },
        },
        {
          profile: 'submit',
          requiredOnSubmit: [
            'bestilling.tittel',
            'driftskostnader.kostnader',
            'produksjonssetting.varsling',
          ],
        },
      );
      expect(paths(result)).toEqual([
        'bestilling.tittel',
        'driftskostnader.kostnader',
        'produksjonssetting.varsling',
      ]);
    });

    it('ignores unknown paths while validating (they are refused at startup instead)', () => {
      expect(
        validateDocument(
          {},
          { profile: 'submit', requiredOnSubmit: ['no.such.path'] },
        ).valid,
      ).toBe(true);
    });
  });

  describe('messages', () => {
    it('names the field by its title in Norwegian', () => {
      expect(
        errorsOf(
          validateDocument(
            {},
            { profile: 'submit', requiredOnSubmit: [FIXED_PATHS.fagansvarlig] },
          ),
        ),
      ).toEqual([
        {
          path: 'designfase.fagansvarlig',
          message: '«Fagansvarlig» må fylles ut',
        },
      ]);
      const messages = errorsOf(validateDocument(invalid)).map(e => e.message);
      expect(messages).toContain(
        '«Beløp (NOK)» i «Kostnadslinjer», rad 1 må være et tall',
      );
      expect(messages).toContain(
        '«Planlagt produksjonssetting» må være en dato (ÅÅÅÅ-MM-DD)',
      );
      expect(messages).toContain(
        '«Type leveranse» må være en av: Ny tjeneste, Ny versjon, Endring',
      );
    });

    it('names the field by its title in English', () => {
      const result = validateDocument(invalid, {
        locale: 'en',
        profile: 'submit',
        requiredOnSubmit: ['designfase.seksjonsleder'],
      });
      const messages = errorsOf(result).map(e => e.message);
      expect(messages).toContain(
        '“Amount (NOK)” in “Cost lines”, row 1 must be a number',
      );
      expect(messages).toContain(
        '“Section head of the service (seksjonsleder)” is required',
      );
      expect(messages).toContain('The document: unknown field “ukjentSeksjon”');
      expect(messages).toContain(
        '“Is alerting set up?” must be a yes/no answer with an explanation',
      );
    });

    it('never shows raw validator output', () => {
      for (const locale of ['nb', 'en'] as const) {
        for (const error of errorsOf(validateDocument(invalid, { locale }))) {
          expect(error.message).not.toMatch(
            /must NOT|should|instancePath|\/bestilling/,
          );
        }
      }
    });
  });

  it('refuses a version newer than it knows, by path', () => {
    expect(
      errorsOf(validateDocument({ schemaVersion: 99 }, { locale: 'en' })),
    ).toEqual([
      {
        path: 'schemaVersion',
        message:
          '“Schema version” has schema version 99, newer than this version supports (3)',
      },
    ]);
    expect(errorsOf(validateDocument({ schemaVersion: 'två' }))).toEqual([
      {
        path: 'schemaVersion',
        message: '«Skjemaversjon» må være et heltall fra 1 til 3',
      },
    ]);
  });
});
