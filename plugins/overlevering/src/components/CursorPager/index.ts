export { CursorPager, useCursorPages } from './CursorPager';
