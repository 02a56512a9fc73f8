import Chip from '@mui/material/Chip';
import AssignmentTurnedIn from '@mui/icons-material/AssignmentTurnedIn';
import { SidebarItem } from '@backstage/core-components';
import { type IconComponent, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { approvalsRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { useWaitingApprovals } from '../../hooks';

/**
 * The sidebar's way to "Godkjenninger", with the number of approvals waiting
 * for the signed-in person and their groups; live, so an approver sees new
 * work arrive wherever they are in the portal.
 *
 * @public
 */
export function ApprovalsSidebarItem(props: {
  /** The label; "Godkjenninger" in the user's language by default. */
  text?: string;
  icon?: IconComponent;
  /** Where it leads; the plugin's approvals tab by default. */
  to?: string;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const approvalsLink = useRouteRef(approvalsRouteRef);
  const { count } = useWaitingApprovals();
  const waiting = count ?? 0;
  const text = props.text ?? t('tabs.approvals');
  return (
    <SidebarItem
      icon={props.icon ?? (AssignmentTurnedIn as IconComponent)}
      to={props.to ?? approvalsLink()}
      text={text}
      // The link's name is all a screen reader says of it, folded or not.
      aria-label={
        waiting > 0
          ? `${text}, ${t('home.waiting', { number: String(waiting) })}`
          : text
      }
      // The dot shows on the icon when the sidebar is folded in.
      hasNotifications={waiting > 0}
    >
      {waiting > 0 && (
        <Chip
          size="small"
          color="secondary"
          label={waiting > 99 ? '99+' : waiting}
        />
      )}
    </SidebarItem>
  );
}
