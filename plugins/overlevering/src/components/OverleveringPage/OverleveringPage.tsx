import { Route, Routes } from 'react-router-dom';
import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { OVERLEVERING_PAGE_PATHS } from '@hemit/plugin-overlevering-common';
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
        <TabbedLayout.Route
          path={OVERLEVERING_PAGE_PATHS.approvals}
          title={t('tabs.approvals')}
        >
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
      <Route
        path={OVERLEVERING_PAGE_PATHS.handoverForm}
        element={<HandoverFormPage />}
      />
      <Route
        path={OVERLEVERING_PAGE_PATHS.handover}
        element={<HandoverPage />}
      />
      <Route
        path={OVERLEVERING_PAGE_PATHS.decision}
        element={<DecisionPage />}
      />
      <Route path="/*" element={<OverviewPage />} />
    </Routes>
  );
}
