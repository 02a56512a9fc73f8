import { portalConfig } from './__testUtils__/portalConfig';

/** Which kinds a catalog rule list lets in. */
function allowedKinds(rules: Array<{ allow: string[] }> | undefined) {
  return new Set((rules ?? []).flatMap(r => r.allow));
}

describe('where people and groups come from', () => {
  it('in development: from the demo organisation file only', async () => {
    const config = await portalConfig(['app-config.yaml']);
    const everywhere = allowedKinds(config.get('catalog.rules'));
    expect(everywhere.has('User')).toBe(false);
    expect(everywhere.has('Group')).toBe(false);
    const locations =
      config.get<Array<{ target: string; rules?: Array<{ allow: string[] }> }>>(
        'catalog.locations',
      );
    const withPeople = locations.filter(l => allowedKinds(l.rules).has('User'));
    expect(withPeople.map(l => l.target)).toEqual(['../../examples/org.yaml']);
  });

  it('in production: from Microsoft Entra ID, never the demo files', async () => {
    const config = await portalConfig([
      'app-config.yaml',
      'app-config.production.yaml',
    ]);
    expect(config.get('catalog.locations')).toEqual([]);
    expect(
      config.getOptionalConfig('catalog.providers.microsoftGraphOrg'),
    ).toBeDefined();
    const everywhere = allowedKinds(config.get('catalog.rules'));
    expect(everywhere.has('User')).toBe(false);
  });
});
