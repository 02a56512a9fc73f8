export { ApprovalsInbox } from './ApprovalsInbox';
export { DecisionPage } from './DecisionPage';
