import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  NavContentBlueprint,
  type NavContentComponentProps,
} from '@backstage/plugin-app-react';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import { ApprovalsSidebarItem } from '@hemit/plugin-overlevering';
import AddCircleOutline from '@material-ui/icons/AddCircleOutline';
import AssignmentTurnedIn from '@material-ui/icons/AssignmentTurnedIn';
import ListAlt from '@material-ui/icons/ListAlt';
import SearchIcon from '@material-ui/icons/Search';
import CreateComponentIcon from '@material-ui/icons/LibraryAdd';
import CategoryIcon from '@material-ui/icons/Category';
import MenuIcon from '@material-ui/icons/Menu';
import SettingsIcon from '@material-ui/icons/Settings';
import { navTranslationRef } from './translation';

/**
 * The portal's sidebar: the catalog, the three entry points of the handover
 * process (approvals with the number waiting for the person), notifications
 * with their unread badge, and settings (sign out), in the user's language.
 */
export function PortalSidebar({ navItems }: NavContentComponentProps) {
  const { t } = useTranslationRef(navTranslationRef);
  const nav = navItems.withComponent(item => (
    <SidebarItem icon={() => item.icon} to={item.href} text={item.title} />
  ));
  // Placed by hand below, with their own labels or badge.
  navItems.take('page:overlevering');
  navItems.take('page:overlevering/new-handover');
  navItems.take('page:overlevering/home');
  navItems.take('page:notifications');
  navItems.take('page:search');
  navItems.take('page:scaffolder');
  // The catalog's and the settings' own titles are English only.
  navItems.take('page:catalog');
  navItems.take('page:user-settings');

  return (
    <Sidebar>
      <SidebarGroup label={t('menu')} icon={<MenuIcon />}>
        <SidebarItem icon={SearchIcon} to="/search" text={t('search')} />
        <SidebarItem icon={CategoryIcon} to="/catalog" text={t('catalog')} />
        <SidebarItem
          icon={CreateComponentIcon}
          to="/create"
          text={t('newService')}
        />
        <SidebarDivider />
        <SidebarItem
          icon={AddCircleOutline}
          to="/ny-overlevering"
          text={t('newHandover')}
        />
        <SidebarItem
          icon={ListAlt}
          to="/overlevering"
          text={t('myHandovers')}
        />
        <ApprovalsSidebarItem
          icon={AssignmentTurnedIn}
          to="/overlevering/godkjenninger"
          text={t('approvals')}
        />
        <SidebarDivider />
        <SidebarScrollWrapper>
          {nav.rest({ sortBy: 'title' })}
        </SidebarScrollWrapper>
      </SidebarGroup>
      <SidebarSpace />
      <SidebarDivider />
      <NotificationsSidebarItem text={t('notifications')} />
      <SidebarDivider />
      <SidebarGroup
        label={t('settings')}
        icon={<UserSettingsSignInAvatar />}
        to="/settings"
      >
        <SidebarItem icon={SettingsIcon} to="/settings" text={t('settings')} />
      </SidebarGroup>
    </Sidebar>
  );
}

export const SidebarContent = NavContentBlueprint.make({
  params: {
    component: props => <PortalSidebar {...props} />,
  },
});
