export { ApprovalsSidebarItem } from './ApprovalsSidebarItem';
