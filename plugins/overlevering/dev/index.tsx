import { createDevApp } from '@backstage/dev-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { catalogPlugin } from '@backstage/plugin-catalog';
import { signalsPlugin } from '@backstage/plugin-signals';
import type { Entity } from '@backstage/catalog-model';
import {
  EntityOperationsInfoCard,
  EntityOverleveringCard,
  EntityOverleveringContent,
  OverleveringPage,
  overleveringPlugin,
} from '../src';
import { overleveringTranslations } from '../src/alpha';

// A service of the demo catalog (examples/entities.yaml), to try the tab.
const demoService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'pasientflyt-api',
    namespace: 'default',
    title: 'Pasientflyt API',
  },
  spec: {
    type: 'service',
    lifecycle: 'experimental',
    owner: 'group:default/team-pasientflyt',
    system: 'pasientflyt',
  },
};

// Run with `backstage-cli repo start --plugin overlevering`, which also starts
// the backend of plugins/overlevering-backend against the root app-config.
createDevApp()
  .registerPlugin(overleveringPlugin, catalogPlugin, signalsPlugin)
  .addTranslationResource(overleveringTranslations)
  .setAvailableLanguages(['nb', 'en'])
  .setDefaultLanguage('nb')
  .addPage({
    element: <OverleveringPage />,
    title: 'Overlevering',
    path: '/overlevering',
  })
  .addPage({
    element: (
      <EntityProvider entity={demoService}>
        <EntityOverleveringContent />
        <EntityOverleveringCard />
        <EntityOperationsInfoCard />
      </EntityProvider>
    ),
    title: 'Tjenestefane',
    path: '/tjeneste',
  })
  .render();
