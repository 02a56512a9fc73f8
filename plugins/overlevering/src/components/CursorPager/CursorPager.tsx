import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringTranslationRef } from '../../translation';

/**
 * The position in a list the backend serves in keyset pages: the cursors of
 * the pages before the current one, so the user can page back.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const moves = useMemo(
    () => ({
      next: (cursor: string) => setCursors(c => [...c, cursor]),
      previous: () => setCursors(c => (c.length > 1 ? c.slice(0, -1) : c)),
      reset: () => setCursors([undefined]),
    }),
    [],
  );
  return {
    cursor: cursors[cursors.length - 1],
    page: cursors.length,
    ...moves,
  };
}

/** "Forrige side · Side N · Neste side" under a list; no next cursor, no next page. */
export function CursorPager(props: {
  page: number;
  nextCursor?: string;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { nextCursor } = props;
  const label = t('list.pageLabel', { page: String(props.page) });
  return (
    <Stack
      component="nav"
      aria-label={label}
      direction="row"
      spacing={2}
      alignItems="center"
      justifyContent="flex-end"
      sx={{ mt: 2 }}
    >
      <Button disabled={props.page === 1} onClick={props.onPrevious}>
        {t('list.previous')}
      </Button>
      <Typography>{label}</Typography>
      <Button
        disabled={!nextCursor}
        onClick={() => nextCursor && props.onNext(nextCursor)}
      >
        {t('list.next')}
      </Button>
    </Stack>
  );
}
