export { HandoverSearchResultListItem } from './HandoverSearchResultListItem';
export type { HandoverSearchResultListItemProps } from './HandoverSearchResultListItem';
