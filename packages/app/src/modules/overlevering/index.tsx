import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { Navigate } from 'react-router-dom';
import overleveringPlugin, {
  overleveringTranslationsModule,
} from '@hemit/plugin-overlevering/alpha';

export { overleveringTranslationsModule };

const newHandoverPage = PageBlueprint.make({
  name: 'new-handover',
  params: {
    path: '/ny-overlevering',
    noHeader: true,
    loader: () => import('./NewHandoverPage').then(m => <m.NewHandoverPage />),
  },
});

// The portal opens on the user's handovers.
const homeRedirect = PageBlueprint.make({
  name: 'home',
  params: {
    path: '/',
    noHeader: true,
    loader: async () => <Navigate to="/overlevering" replace />,
  },
});

/**
 * The Overlevering plugin as the new frontend system knows it (its `/alpha`
 * export): its page under `/overlevering`, the "Overlevering" tab and card of
 * services and systems and their "Driftsinformasjon" card for the service desk
 * (`entity-card:overlevering/operations-info`, on the overview), plus the
 * portal's own "Ny overlevering" page and the start page that opens on the
 * user's handovers.
 */
export const overleveringPortalPlugin = overleveringPlugin.withOverrides({
  extensions: [newHandoverPage, homeRedirect],
});
