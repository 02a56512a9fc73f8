import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { SidebarContent } from './Sidebar';
import { navTranslations } from './translation';

const englishTexts = TranslationBlueprint.make({
  name: 'nav-en',
  params: { resource: navTranslations },
});

export const navModule = createFrontendModule({
  pluginId: 'app',
  extensions: [SidebarContent, englishTexts],
});
