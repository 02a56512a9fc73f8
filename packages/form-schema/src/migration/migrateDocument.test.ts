import { SCHEMA_VERSION } from '../schema/documentSchema';
import { validateDocument } from '../validation/validateDocument';
import { documentVersion, migrateDocument } from './migrateDocument';

/** A handover as stored by version 1 of the form, before schemaVersion was recorded. */
const version1 = {
  bestilling: { tittel: 'Timebok', leveringsdato: '2026-09-01' },
  produksjonssetting: {
    varslingEtablert: true,
    varslingBeskrivelse: 'Varsler til vakttelefonen',
    overvaking: 'Grafana',
  },
};

describe('migrateDocument', () => {
  it('brings a version 1 document to the current version', () => {
    expect(documentVersion(version1)).toBe(1);
    const migrated = migrateDocument(version1);
    expect(migrated).toEqual({
      schemaVersion: SCHEMA_VERSION,
      bestilling: { tittel: 'Timebok', planlagtProduksjonsdato: '2026-09-01' },
      produksjonssetting: {
        varsling: { svar: true, forklaring: 'Varsler til vakttelefonen' },
        overvaking: 'Grafana',
      },
    });
    // The version 1 document would not pass today's schema; the migrated one does.
    expect(validateDocument(version1, { profile: 'draft' }).valid).toBe(true);
    expect(validateDocument(migrated).valid).toBe(true);
  });

  it('does not change its input', () => {
    const input = JSON.parse(JSON.stringify(version1));
    migrateDocument(input);
    expect(input).toEqual(version1);
  });

  it('leaves a current document as it is, and sets the version on a new one', () => {
    const current = {
      schemaVersion: SCHEMA_VERSION,
      bestilling: { tittel: 'x' },
    };
    expect(migrateDocument(current)).toEqual(current);
    expect(migrateDocument({})).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it('copies a document as a JSON round trip would', () => {
    const input: Record<string, unknown> = {
      schemaVersion: SCHEMA_VERSION,
      bestilling: { tittel: 'Timebok', referanse: undefined },
      driftskostnader: {
        kostnader: [{ belop: 100 }, undefined, { belop: 2.5 }],
      },
      etablering: { planlagt: new Date('2026-12-01T00:00:00Z') },
      annet: { tall: Number.NaN, ja: false, ingen: null },
    };
    // A key that names the prototype stays an own key, as JSON.parse makes it.
    const hostile = JSON.parse(
      `{"schemaVersion": ${SCHEMA_VERSION}, "__proto__": {"x": 1}}`,
    );
    for (const doc of [input, hostile]) {
      const copy = migrateDocument(doc);
      expect(copy).toEqual(JSON.parse(JSON.stringify(doc)));
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    }
    const copy = migrateDocument(input) as Record<string, any>;
    expect('referanse' in copy.bestilling).toBe(false);
    expect(copy.driftskostnader.kostnader[1]).toBeNull();
    expect(copy.etablering.planlagt).toBe('2026-12-01T00:00:00.000Z');
    expect(copy.annet.tall).toBeNull();
    copy.bestilling.tittel = 'Endret';
    expect((input.bestilling as Record<string, unknown>).tittel).toBe(
      'Timebok',
    );
  });

  it('leaves the new exit-criteria questions of version 3 unanswered in a version-2 document', () => {
    const migrated = migrateDocument({
      schemaVersion: 2,
      produksjonssetting: { kunnskapsartikler: 'KB-1' },
    });
    expect(migrated).toEqual({
      schemaVersion: 3,
      produksjonssetting: { kunnskapsartikler: 'KB-1' },
    });
  });

  it('refuses what it cannot migrate', () => {
    expect(() => migrateDocument('x')).toThrow('must be a JSON object');
    expect(() =>
      migrateDocument({ schemaVersion: SCHEMA_VERSION + 1 }),
    ).toThrow(
      new RegExp(
        `Unsupported handover document schemaVersion ${SCHEMA_VERSION + 1}`,
      ),
    );
    expect(() => migrateDocument({ schemaVersion: 0 })).toThrow(/Unsupported/);
  });
});
