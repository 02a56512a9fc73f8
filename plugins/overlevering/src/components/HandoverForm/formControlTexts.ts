import { englishStringTranslator, TranslatableString } from '@rjsf/utils';

type FormControlKey =
  | 'addItem'
  | 'add'
  | 'remove'
  | 'copy'
  | 'moveUp'
  | 'moveDown'
  | 'yes'
  | 'no'
  | 'errors'
  | 'item'
  | 'selectDate'
  | 'now'
  | 'clear'
  | 'close';

const keys: Partial<Record<TranslatableString, FormControlKey>> = {
  [TranslatableString.AddItemButton]: 'addItem',
  [TranslatableString.AddButton]: 'add',
  [TranslatableString.RemoveButton]: 'remove',
  [TranslatableString.CopyButton]: 'copy',
  [TranslatableString.MoveUpButton]: 'moveUp',
  [TranslatableString.MoveDownButton]: 'moveDown',
  [TranslatableString.YesLabel]: 'yes',
  [TranslatableString.NoLabel]: 'no',
  [TranslatableString.ErrorsLabel]: 'errors',
  [TranslatableString.ArrayItemTitle]: 'item',
  [TranslatableString.AriaDateLabel]: 'selectDate',
  [TranslatableString.NowLabel]: 'now',
  [TranslatableString.ClearLabel]: 'clear',
  [TranslatableString.CloseLabel]: 'close',
};

/**
 * react-jsonschema-form's own button and label texts ("Add Item", "Remove",
 * …) in the user's language; the rest, which only developers see, stay in
 * rjsf's English.
 */
export function formControlTranslator(
  translate: (key: `formControls.${FormControlKey}`) => string,
) {
  return (text: TranslatableString, params?: string[]): string => {
    const key = keys[text];
    return key
      ? translate(`formControls.${key}`)
      : englishStringTranslator(text, params);
  };
}
