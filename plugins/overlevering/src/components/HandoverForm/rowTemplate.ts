import { memo } from 'react';
import { Templates } from '@rjsf/mui';
import {
  deepEquals,
  type ArrayFieldTemplateItemType,
  type TemplatesType,
} from '@rjsf/utils';

const Row = Templates.ArrayFieldItemTemplate!;

/**
 * Whether a row of an array field would render the same: its props and its
 * field's props are deeply equal (functions count as equal, as in the form
 * library's own fields, whose handlers read the current props when called).
 */
function sameRow(
  prev: ArrayFieldTemplateItemType,
  next: ArrayFieldTemplateItemType,
): boolean {
  const { children: prevField, ...prevRow } = prev;
  const { children: nextField, ...nextRow } = next;
  return (
    deepEquals(prevRow, nextRow) && deepEquals(prevField.props, nextField.props)
  );
}

/**
 * The form's templates: a row of a list (such as a cost line) renders again
 * only when something of that row changed, so typing in one of fifty rows
 * re-renders one row, not fifty.
 */
export const formTemplates: Partial<TemplatesType> = {
  ArrayFieldItemTemplate: memo(
    Row,
    sameRow,
  ) as TemplatesType['ArrayFieldItemTemplate'],
};
