import { personResolverFromCatalog } from './people';

describe('personResolverFromCatalog', () => {
  const resolver = personResolverFromCatalog([
    {
      ref: 'user:default/kari.nordmann',
      displayName: 'Kari Nordmann',
      email: 'kari.nordmann@hemit.no',
    },
    { ref: 'user:default/ola.hansen', displayName: 'Ola Hansen' },
    { ref: 'user:default/ola.hansen2', displayName: 'Ola Hansen' },
  ]);
  const kari = { ref: 'user:default/kari.nordmann' };

  it.each([
    'Kari Nordmann',
    ' kari  nordmann ',
    'KARI.NORDMANN@HEMIT.NO',
    'Nordmann, Kari',
    'i:0#.f|membership|kari.nordmann@hemit.no',
    'Kari Nordmann <kari.nordmann@hemit.no>',
    'user:default/kari.nordmann',
  ])('finds Kari from %j', text => {
    expect(resolver.resolvePerson(text)).toEqual(kari);
  });

  it('does not guess between two people with one name, nor invent someone', () => {
    expect(resolver.resolvePerson('Ola Hansen')).toEqual({
      unresolved: 'Ola Hansen',
    });
    expect(resolver.resolvePerson(' Gunnar Gammel ')).toEqual({
      unresolved: 'Gunnar Gammel',
    });
  });
});
