import { Route, Routes } from 'react-router-dom';
import {
  Content,
  Header,
  Page,
  Progress,
  TabbedLayout,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { OVERLEVERING_PAGE_PATHS } from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { ApprovalsInbox, DecisionPage } from '../Approvals';
import { HandoverFormPage } from '../HandoverForm';
import { HandoverList } from '../HandoverList';
import { HandoverPage } from '../HandoverPage';
import { useWaitingApprovals } from '../../hooks';
import { useApproverLanding } from './useApproverLanding';

/**
 * The tabs "Mine overleveringer" and "Godkjenninger", the latter with the
 * number waiting; an approver without handovers of their own starts on it.
 */
function OverviewPage() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const waiting = useWaitingApprovals();
  const { deciding } = useApproverLanding(waiting);
  if (deciding) {
    return (
      <Page themeId="tool">
        <Header title={t('pageTitle')} subtitle={t('pageSubtitle')} />
        <Content>
          <Progress />
        </Content>
      </Page>
    );
  }
  return (
    <Page themeId="tool">
      <Header title={t('pageTitle')} subtitle={t('pageSubtitle')} />
      <TabbedLayout>
        <TabbedLayout.Route path="/" title={t('tabs.mine')}>
          <HandoverList />
        </TabbedLayout.Route>
        <TabbedLayout.Route
          path={OVERLEVERING_PAGE_PATHS.approvals}
          title={
            waiting.count
              ? t('home.approvalsTab', { number: String(waiting.count) })
              : t('tabs.approvals')
          }
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
