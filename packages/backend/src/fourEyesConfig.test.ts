import { portalConfig } from './__testUtils__/portalConfig';

describe('four eyes', () => {
  it('in production: the owner may not approve her own handover', async () => {
    const config = await portalConfig([
      'app-config.yaml',
      'app-config.production.yaml',
    ]);
    expect(config.getOptionalBoolean('overlevering.allowSelfApproval')).toBe(
      false,
    );
  });

  it('in development: one demo person may try every seat', async () => {
    const config = await portalConfig(['app-config.yaml']);
    expect(
      config.getOptionalBoolean('overlevering.allowSelfApproval') ?? true,
    ).toBe(true);
  });
});
