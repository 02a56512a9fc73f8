import { overleveringPagePath } from './pagePaths';

describe('overleveringPagePath', () => {
  it('fills in the parameters of a page, escaped for a URL', () => {
    expect(
      overleveringPagePath('decision', {
        id: 'a b',
        round: 2,
        role: 'config-manager',
      }),
    ).toBe('/godkjenninger/a%20b/2/config-manager');
    expect(overleveringPagePath('handover', { id: 'h1' })).toBe('/h/h1');
  });

  it('refuses a page whose parameter is missing', () => {
    expect(() => overleveringPagePath('handover')).toThrow(/needs 'id'/);
  });
});
