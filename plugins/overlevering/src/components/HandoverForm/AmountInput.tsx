import { useEffect, useRef, useState } from 'react';
import TextField from '@mui/material/TextField';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringTranslationRef } from '../../translation';
import { useLanguage } from '../../hooks';
import {
  couldBecomeAmount,
  formatAmount,
  parseAmount,
  type Locale,
} from '@hemit/overlevering-form-schema';

/** The text an amount from the document is shown as. */
function textOf(value: unknown, language: Locale): string {
  if (typeof value === 'number') return formatAmount(value, language);
  return typeof value === 'string' ? value : '';
}

/**
 * An amount in kroner typed as the user's language writes numbers
 * ("1 200,50"). A number is reported as a number; text that is no number is
 * reported as the text itself, so it stays in the field and the document as
 * typed (the backend refuses it, keeps what it had, and the status line says
 * so) and is never stored as another number. Such text is marked at the
 * field at once when more typing cannot mend it, else when the field is left.
 */
export function AmountInput(props: {
  id: string;
  label: string;
  value: unknown;
  disabled: boolean;
  /** The backend's messages for this amount. */
  errors?: string[];
  onChange: (value: number | string | undefined) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const language: Locale = useLanguage() === 'en' ? 'en' : 'nb';
  const [text, setText] = useState(() => textOf(props.value, language));
  const [focused, setFocused] = useState(false);

  // The value this field reported last and the language it wrote in: any
  // other value came from elsewhere (a reload, a restored draft) and
  // replaces the text; a new language rewrites a number in its own way.
  const shown = useRef({ value: props.value, language });
  useEffect(() => {
    const last = shown.current;
    if (!Object.is(props.value, last.value) || language !== last.language) {
      shown.current = { value: props.value, language };
      setText(textOf(props.value, language));
    }
  }, [props.value, language]);

  const report = (value: number | string | undefined) => {
    shown.current = { value, language };
    props.onChange(value);
  };

  const parsed = parseAmount(text, language);
  const refused =
    parsed.kind === 'invalid' &&
    (!focused || !couldBecomeAmount(text, language));
  // While text is no number, the backend's "must be a number" is about that
  // same text, and this field's own words say it better.
  let message: string | undefined;
  if (refused) message = t('costs.amountInvalid');
  else if (parsed.kind !== 'invalid' && props.errors?.length) {
    message = props.errors.join(' ');
  }

  return (
    <TextField
      id={props.id}
      size="small"
      fullWidth
      value={text}
      disabled={props.disabled}
      error={Boolean(message)}
      helperText={message}
      inputProps={{
        'aria-label': props.label,
        inputMode: 'decimal',
        autoComplete: 'off',
        style: { textAlign: 'right' },
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        // The amount as the language writes it, once the typing is done.
        if (parsed.kind === 'number') {
          setText(formatAmount(parsed.value, language));
        } else if (parsed.kind === 'invalid') {
          // Typing is done and the text is still no amount: it goes to the
          // form as typed, to be refused and kept, never as another number.
          report(text);
        }
      }}
      onChange={event => {
        const typed = event.target.value;
        setText(typed);
        const read = parseAmount(typed, language);
        if (read.kind === 'number') report(read.value);
        else if (read.kind === 'empty') report(undefined);
        // Half-typed ("1 200,") waits for more keys rather than being saved
        // and refused on its way to an amount.
        else if (!couldBecomeAmount(typed, language)) report(typed);
      }}
    />
  );
}
