import { normalizeUserRef, samePerson, userRefAt } from './personRefs';

describe('person refs', () => {
  it('reads the short and full forms of a user ref alike', () => {
    expect(normalizeUserRef('siri.lie')).toBe('user:default/siri.lie');
    expect(normalizeUserRef(' default/siri.lie ')).toBe('user:default/siri.lie');
    expect(normalizeUserRef('User:Default/siri.lie')).toBe(
      'user:default/siri.lie',
    );
  });

  it('is no person for a group, an empty field or a malformed ref', () => {
    expect(normalizeUserRef('group:default/hemithjelp')).toBeUndefined();
    expect(normalizeUserRef('')).toBeUndefined();
    expect(normalizeUserRef('user:a/b/c')).toBeUndefined();
    expect(normalizeUserRef(42)).toBeUndefined();
  });

  it('finds the person a field names', () => {
    const document = { designfase: { seksjonsleder: 'siri.lie' } };
    expect(userRefAt(document, 'designfase.seksjonsleder')).toBe(
      'user:default/siri.lie',
    );
    expect(userRefAt(document, 'designfase.fagansvarlig')).toBeUndefined();
  });

  it('compares people as the catalog does, never nobody with nobody', () => {
    expect(samePerson('user:default/Siri.Lie', 'siri.lie')).toBe(true);
    expect(samePerson('user:default/siri.lie', 'user:default/kari')).toBe(
      false,
    );
    expect(samePerson(undefined, undefined)).toBe(false);
  });
});
