import { Route, Routes } from 'react-router-dom';
import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringTranslationRef } from '../../translation';
import { ApprovalsInbox, DecisionPage } from '../Approvals';
import { HandoverFormPage } from '../HandoverForm';
import { HandoverList } from '../HandoverList';
import { HandoverPage } from '../HandoverPage';

/** The tabs "Mine overleveringer" and "Godkjenninger". */
function OverviewPage() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <Page themeId="tool">
      <Header title={t('pageTitle')} subtitle={t('pageSubtitle')} />
      <TabbedLayout>
        <TabbedLayout.Route path="/" title={t('tabs.mine')}>
          <HandoverList />
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/godkjenninger" title={t('tabs.approvals')}>
          <ApprovalsInbox />
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}

/**
 * The plugin's page and its sub-pages: the handover, its form and the
 * decision of one seat.
 */
export function OverleveringPage() {
  return (
    <Routes>
      <Route path="/h/:id/skjema" element={<HandoverFormPage />} />
      <Route path="/h/:id" element={<HandoverPage />} />
      <Route
        path="/godkjenninger/:id/:round/:role"
        element={<DecisionPage />}
      />
      <Route path="/*" element={<OverviewPage />} />
    </Routes>
  );
}
