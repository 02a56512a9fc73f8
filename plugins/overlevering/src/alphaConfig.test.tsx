import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  overleveringEntityCard,
  overleveringEntityContent,
  overleveringOperationsInfoCard,
} from './alpha';

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'pasientflyt' },
};
const library: Entity = {
  ...service,
  metadata: {
    name: 'felles-logging',
    annotations: { 'hemit.no/overlevering': 'disabled' },
  },
};
const optedIn: Entity = {
  ...service,
  metadata: {
    name: 'labsvar',
    annotations: { 'hemit.no/overlevering': 'enabled' },
  },
};

describe('the tab and the card in an app', () => {
  it('are on every service but those that opt out, by default', () => {
    const tab = createExtensionTester(overleveringEntityContent).get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;
    const card = createExtensionTester(overleveringEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    expect([service, library, optedIn].map(tab)).toEqual([true, false, true]);
    expect([service, library, optedIn].map(card)).toEqual([true, false, true]);
  });

  it('are only on services that opt in when the app config says defaultEnabled: false', () => {
    const tab = createExtensionTester(overleveringEntityContent, {
      config: { defaultEnabled: false },
    }).get(EntityContentBlueprint.dataRefs.filterFunction)!;
    const card = createExtensionTester(overleveringEntityCard, {
      config: { defaultEnabled: false },
    }).get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect([service, library, optedIn].map(tab)).toEqual([false, false, true]);
    expect([service, library, optedIn].map(card)).toEqual([false, false, true]);
  });

  it('show the operations information card where the tab is', () => {
    const byDefault = createExtensionTester(overleveringOperationsInfoCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    const optIn = createExtensionTester(overleveringOperationsInfoCard, {
      config: { defaultEnabled: false },
    }).get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect([service, library, optedIn].map(byDefault)).toEqual([
      true,
      false,
      true,
    ]);
    expect([service, library, optedIn].map(optIn)).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('refuses a config that is not true or false', () => {
    expect(() =>
      createExtensionTester(overleveringEntityContent, {
        config: { defaultEnabled: 'nei' as any },
      }).get(EntityContentBlueprint.dataRefs.filterFunction),
    ).toThrow(/defaultEnabled must be true or false/);
  });
});
