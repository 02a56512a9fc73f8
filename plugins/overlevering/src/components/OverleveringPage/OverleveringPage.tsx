import { Route, Routes } from 'react-router-dom';
import {
  Content,
  Header,
  LinkButton,
  Page,
  Progress,
  TabbedLayout,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  handoverImportPermission,
  OVERLEVERING_PAGE_PATHS,
} from '@hemit/plugin-overlevering-common';
import { importRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { ApprovalsInbox, DecisionPage } from '../Approvals';
import { AbsenceCard } from '../Absences';
import { HandoverFormPage } from '../HandoverForm';
import { HandoverList } from '../HandoverList';
import { HandoverPage } from '../HandoverPage';
import { ImportPage } from '../ImportPage';
import { useWaitingApprovals } from '../../hooks';
import { useApproverLanding } from './useApproverLanding';
import { DefaultRolesNotice } from './DefaultRolesNotice';
import { ParkedDeliveries } from '../ParkedDeliveries';

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
      <Header title={t('pageTitle')} subtitle={t('pageSubtitle')}>
        <ImportLink />
      </Header>
      <TabbedLayout>
        <TabbedLayout.Route path="/" title={t('tabs.mine')}>
          <>
            <DefaultRolesNotice />
            <ParkedDeliveries />
            <HandoverList />
          </>
        </TabbedLayout.Route>
        <TabbedLayout.Route
          path={OVERLEVERING_PAGE_PATHS.approvals}
          title={
            waiting.count
              ? t('home.approvalsTab', { number: String(waiting.count) })
              : t('tabs.approvals')
          }
        >
          <>
            <ApprovalsInbox />
            <AbsenceCard />
          </>
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}

/** "Importer fra SharePoint", for those the policy lets import. */
function ImportLink() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const importLink = useRouteRef(importRouteRef);
  // Only to show the link; the backend decides.
  const { allowed } = usePermission({ permission: handoverImportPermission });
  if (!allowed) return null;
  return (
    <LinkButton to={importLink()} variant="outlined" color="inherit">
      {t('import.link')}
    </LinkButton>
  );
}

/**
 * The plugin's page and its sub-pages: the handover, its form, the
 * decision of one seat, and the import of the old SharePoint list.
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
      <Route path={OVERLEVERING_PAGE_PATHS.import} element={<ImportPage />} />
      <Route path="/*" element={<OverviewPage />} />
    </Routes>
  );
}
