import { cloneElement } from 'react';
import { Templates } from '@rjsf/mui';
import {
  TranslatableString,
  type ArrayFieldTemplateItemType,
} from '@rjsf/utils';

const Row = Templates.ArrayFieldItemTemplate!;

/**
 * A row of a list, headed "Rad 1", "Rad 2", … in the user's language. The
 * form library would head it with the list's title and a hyphen ("Fravik-1"),
 * which reads as a code, not as words.
 */
export function NumberedRow(props: ArrayFieldTemplateItemType) {
  const { children, index, registry } = props;
  const title = `${registry.translateString(
    TranslatableString.ArrayItemTitle,
  )} ${index + 1}`;
  const field = cloneElement(children, {
    uiSchema: { ...children.props.uiSchema, 'ui:title': title },
  });
  return <Row {...props}>{field}</Row>;
}
