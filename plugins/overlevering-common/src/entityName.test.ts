import { entityDisplayName } from './entityName';

describe('entityDisplayName', () => {
  it('names a person by display name, a service by title, else by name', () => {
    expect(
      entityDisplayName({
        metadata: { name: 'per.fag' },
        spec: { profile: { displayName: 'Per Fagansvarlig' } },
      }),
    ).toBe('Per Fagansvarlig');
    expect(
      entityDisplayName({ metadata: { name: 'timebok', title: 'Timebok' } }),
    ).toBe('Timebok');
    expect(entityDisplayName({ metadata: { name: 'timebok' } })).toBe(
      'timebok',
    );
  });
});
