import complete from '../../examples/complete.json';
import {
  assertKnownPaths,
  FIELDS,
  getField,
  isKnownPath,
  knownPaths,
  SECTION_FIELDS,
} from './fields';
import { FIXED_PATHS, getValueAtPath } from './paths';
import { ENTITY_REF_PATTERN } from './entityRef';

describe('fields', () => {
  it('knows the fixed paths of the API contract, all of them entity references', () => {
    for (const path of Object.values(FIXED_PATHS)) {
      expect(isKnownPath(path)).toBe(true);
    }
    expect(getField(FIXED_PATHS.title)?.kind).toBe('text');
    for (const path of [
      FIXED_PATHS.service,
      FIXED_PATHS.fagansvarlig,
      FIXED_PATHS.tjenesteutvikler,
      FIXED_PATHS.seksjonsleder,
    ]) {
      expect(getField(path)?.kind).toBe('entityRef');
    }
  });

  it('reads field kinds from the schema', () => {
    expect(getField('bestilling.planlagtProduksjonsdato')?.kind).toBe('date');
    expect(getField('designfase.rosGjennomfort')?.kind).toBe('yesNo');
    expect(getField('etablering.miljoer')?.kind).toBe('multiEnum');
    expect(getField('driftskostnader.kostnader')?.kind).toBe('rows');
    expect(getField('driftskostnader.kostnader.3.belop')?.kind).toBe('number');
    expect(getField('produksjonssetting.tilbakerullingsplan')?.kind).toBe(
      'longText',
    );
    expect(SECTION_FIELDS.driftskostnader.map(f => f.path)).toEqual([
      'driftskostnader.kostnader',
      'driftskostnader.dekketIBudsjett',
    ]);
    expect(FIELDS.length).toBe(44);
  });

  it('accepts sections, fields and yes/no parts as required paths, and nothing else', () => {
    expect(isKnownPath('designfase')).toBe(true);
    expect(isKnownPath('designfase.rosGjennomfort.svar')).toBe(true);
    expect(isKnownPath('driftskostnader.kostnader')).toBe(true);
    expect(isKnownPath('driftskostnader.kostnader.belop')).toBe(false);
    expect(isKnownPath('bestilling.tittle')).toBe(false);
    expect(isKnownPath('')).toBe(false);
    expect(isKnownPath('__proto__')).toBe(false);
    expect(knownPaths()).toContain('produksjonssetting.kjenteFeil');
  });

  it('assertKnownPaths names every unknown path', () => {
    expect(() =>
      assertKnownPaths(['bestilling.tittel', 'designfase']),
    ).not.toThrow();
    expect(() =>
      assertKnownPaths(['bestilling.tittle', 'bestilling.tittel', 'foo.bar']),
    ).toThrow(/bestilling\.tittle, foo\.bar/);
  });

  it('getValueAtPath reads dotted paths and never reaches a prototype', () => {
    expect(getValueAtPath(complete, 'driftskostnader.kostnader.1.belop')).toBe(
      6500,
    );
    expect(getValueAtPath(complete, 'designfase.fagansvarlig')).toBe(
      'user:default/per.fag',
    );
    expect(getValueAtPath(complete, 'bestilling.nothing.here')).toBeUndefined();
    expect(getValueAtPath({}, '__proto__')).toBeUndefined();
    expect(getValueAtPath({}, 'constructor.name')).toBeUndefined();
    expect(getValueAtPath('text', 'length')).toBeUndefined();
    expect(getValueAtPath(complete, '')).toBe(complete);
  });

  it('ENTITY_REF_PATTERN accepts catalog references with or without namespace', () => {
    const re = new RegExp(ENTITY_REF_PATTERN, 'u');
    for (const ok of [
      'user:default/kari.nordmann',
      'user:kari.nordmann',
      'component:default/pasientflyt-api',
      'Group:team-pasientflyt',
    ]) {
      expect(re.test(ok)).toBe(true);
    }
    for (const bad of [
      'kari.nordmann',
      'user:',
      'user:default/',
      ':x',
      'user:a b',
      'user:default/x/y',
    ]) {
      expect(re.test(bad)).toBe(false);
    }
  });
});
