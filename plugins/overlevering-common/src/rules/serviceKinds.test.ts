import { DEFAULT_SERVICE_KINDS, isServiceKind } from './serviceKinds';

describe('isServiceKind', () => {
  it('takes components and systems by default, written in any case', () => {
    expect(DEFAULT_SERVICE_KINDS).toEqual(['Component', 'System']);
    expect(isServiceKind('Component')).toBe(true);
    expect(isServiceKind('component')).toBe(true);
    expect(isServiceKind('SYSTEM')).toBe(true);
  });

  it('refuses people, groups and anything the portal does not count as a service', () => {
    expect(isServiceKind('User')).toBe(false);
    expect(isServiceKind('Group')).toBe(false);
    expect(isServiceKind('Resource')).toBe(false);
    expect(isServiceKind('Resource', ['Component', 'Resource'])).toBe(true);
    expect(isServiceKind('System', ['Component'])).toBe(false);
  });
});
