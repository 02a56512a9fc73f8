import type { Entity } from '@backstage/catalog-model';
import { isOverleveringAvailable, OVERLEVERING_ANNOTATION } from './prefill';

function entity(kind: string, annotation?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name: 'pasientflyt-api',
      ...(annotation === undefined
        ? {}
        : { annotations: { [OVERLEVERING_ANNOTATION]: annotation } }),
    },
  };
}

describe('isOverleveringAvailable', () => {
  it('shows the tab on every service and system when nothing is said', () => {
    expect(isOverleveringAvailable(entity('Component'))).toBe(true);
    expect(isOverleveringAvailable(entity('System'))).toBe(true);
  });

  it('hides it on a service that opts out, whatever the default', () => {
    expect(isOverleveringAvailable(entity('Component', 'disabled'))).toBe(
      false,
    );
    expect(
      isOverleveringAvailable(entity('System', ' Disabled '), {
        defaultEnabled: true,
      }),
    ).toBe(false);
  });

  it('lets an app make services opt in, and shows it on those that do', () => {
    const optIn = { defaultEnabled: false };
    expect(isOverleveringAvailable(entity('Component'), optIn)).toBe(false);
    expect(isOverleveringAvailable(entity('Component', 'enabled'), optIn)).toBe(
      true,
    );
    expect(isOverleveringAvailable(entity('System', 'ENABLED'), optIn)).toBe(
      true,
    );
  });

  it('falls back to the default for an annotation it does not understand', () => {
    expect(isOverleveringAvailable(entity('Component', 'ja'))).toBe(true);
    expect(
      isOverleveringAvailable(entity('Component', 'ja'), {
        defaultEnabled: false,
      }),
    ).toBe(false);
  });

  it('never shows it on what is not a service, even when annotated', () => {
    expect(isOverleveringAvailable(entity('User', 'enabled'))).toBe(false);
    expect(isOverleveringAvailable(entity('API', 'enabled'))).toBe(false);
  });

  it('works as the one-argument check of a legacy EntitySwitch', () => {
    // EntitySwitch.Case calls `if` with the entity and an object of APIs.
    const legacyIf: (e: Entity, context: { apis: unknown }) => boolean =
      isOverleveringAvailable as any;
    expect(legacyIf(entity('Component'), { apis: {} })).toBe(true);
    expect(legacyIf(entity('Component', 'disabled'), { apis: {} })).toBe(false);
  });
});
