import { memo } from 'react';
import {
  deepEquals,
  type ArrayFieldTemplateItemType,
  type TemplatesType,
} from '@rjsf/utils';
import { NumberedRow } from './NumberedRow';

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
 * The form's templates: a row of a list is headed by its number, and renders
 * again only when something of that row changed, so typing in one of fifty
 * rows re-renders one row, not fifty.
 */
export const formTemplates: Partial<TemplatesType> = {
  ArrayFieldItemTemplate: memo(
    NumberedRow,
    sameRow,
  ) as TemplatesType['ArrayFieldItemTemplate'],
};
