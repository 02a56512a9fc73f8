import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';

/**
 * Whether the screen is phone-sized: there lists are cards, one field under
 * the other, as a table of several columns cannot fit.
 */
export function usePhoneLayout(): boolean {
  const theme = useTheme();
  return useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
}

/** A date, an amount, a status or a short name: kept on one line. */
export const oneLine = { whiteSpace: 'nowrap' } as const;

/**
 * Free text someone wrote (a comment, a changed value): may break inside a
 * long word such as a link, in a column wide enough to read.
 */
export const freeText = {
  overflowWrap: 'anywhere',
  minWidth: '12em',
} as const;
