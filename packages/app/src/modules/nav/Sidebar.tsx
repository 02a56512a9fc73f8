import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import { NavContentBlueprint } from '@backstage/plugin-app-react';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import AddCircleOutline from '@material-ui/icons/AddCircleOutline';
import AssignmentTurnedIn from '@material-ui/icons/AssignmentTurnedIn';
import ListAlt from '@material-ui/icons/ListAlt';
import MenuIcon from '@material-ui/icons/Menu';

/**
 * The portal's sidebar: the catalog, the three entry points of the handover
 * process, notifications with their unread badge, and settings (sign out).
 */
export const SidebarContent = NavContentBlueprint.make({
  params: {
    component: ({ navItems }) => {
      const nav = navItems.withComponent(item => (
        <SidebarItem icon={() => item.icon} to={item.href} text={item.title} />
      ));
      // Placed by hand below, with their own labels or badge.
      navItems.take('page:overlevering');
      navItems.take('page:overlevering/new-handover');
      navItems.take('page:overlevering/home');
      navItems.take('page:notifications');

      return (
        <Sidebar>
          <SidebarGroup label="Meny" icon={<MenuIcon />}>
            {nav.take('page:catalog')}
            <SidebarDivider />
            <SidebarItem
              icon={AddCircleOutline}
              to="/ny-overlevering"
              text="Ny overlevering"
            />
            <SidebarItem
              icon={ListAlt}
              to="/overlevering"
              text="Mine overleveringer"
            />
            <SidebarItem
              icon={AssignmentTurnedIn}
              to="/overlevering/godkjenninger"
              text="Godkjenninger"
            />
            <SidebarDivider />
            <SidebarScrollWrapper>
              {nav.rest({ sortBy: 'title' })}
            </SidebarScrollWrapper>
          </SidebarGroup>
          <SidebarSpace />
          <SidebarDivider />
          <NotificationsSidebarItem text="Varsler" />
          <SidebarDivider />
          <SidebarGroup
            label="Innstillinger"
            icon={<UserSettingsSignInAvatar />}
            to="/settings"
          >
            {nav.take('page:user-settings')}
          </SidebarGroup>
        </Sidebar>
      );
    },
  },
});
