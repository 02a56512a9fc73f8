import Table, { type TableProps } from '@mui/material/Table';
import TableContainer from '@mui/material/TableContainer';

/**
 * A small table whose cells break lines between words only. Backstage's
 * theme lets a table cell break inside any word, so a squeezed column showed
 * one letter per line; here a column is at least as wide as its longest
 * word, and a table wider than its place scrolls sideways instead.
 */
export function ReadableTable(props: Omit<TableProps, 'size' | 'sx'>) {
  return (
    <TableContainer>
      <Table
        size="small"
        {...props}
        // By element: the app may prefix MUI's class names (Backstage's
        // "v5-"), which a class selector here would then miss.
        sx={{ '& th, & td': { wordBreak: 'normal' } }}
      />
    </TableContainer>
  );
}
