import { useMemo, useState } from 'react';
import Form, { IChangeEvent } from '@rjsf/core';
import type { ErrorSchema, RegistryWidgetsType } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { getForm } from '../form/getForm';
import { ENTITY_REF_WIDGET } from '../form/uiSchema';
import { NO_DEFAULT_ANSWERS } from '../form/noDefaultAnswers';
import type { FieldError, HandoverDocument, Locale } from '../types';
import { validateDocument } from '../validation/validateDocument';
import { EntityRefWidget } from './EntityRefWidget';
import { toErrorSchema } from '../form/toErrorSchema';

/** @public */
export interface HandoverFormProps {
  /** The document being edited; leave out to let the form keep its own state. */
  formData?: Record<string, unknown>;
  /** Called on every edit with the whole document. */
  onChange?: (formData: Record<string, unknown>) => void;
  /**
   * Called when the user submits and the document passes the `submit` profile, with the
   * document migrated to the current schema version. Without it, no submit button is shown.
   */
  onSubmit?: (document: HandoverDocument) => void;
  /** Language of titles, help and error messages; Norwegian by default. */
  locale?: Locale;
  /** Paths that must be filled for submit (the `requiredOnSubmit` configuration). */
  requiredOnSubmit?: string[];
  /** Errors from elsewhere (e.g. a server's 400 answer) to show under their fields. */
  errors?: FieldError[];
  readOnly?: boolean;
  /** Extra or replacing widgets, e.g. a catalog picker under `EntityRefWidget`. */
  widgets?: RegistryWidgetsType;
  submitLabel?: string;
}

const defaultWidgets: RegistryWidgetsType = {
  [ENTITY_REF_WIDGET]: EntityRefWidget,
};

/**
 * The handover form as plain react-jsonschema-form, for use outside Backstage: no MUI, no
 * catalog. Validation is this package's own (`validateDocument`), so messages come in the
 * chosen language and name the fields by their titles.
 *
 * @public
 */
export function HandoverForm(props: HandoverFormProps) {
  const {
    formData,
    onChange,
    onSubmit,
    locale = 'nb',
    requiredOnSubmit,
    errors,
    readOnly,
    widgets,
    submitLabel,
  } = props;
  const form = useMemo(() => getForm({ locale }), [locale]);
  const [submitErrors, setSubmitErrors] = useState<FieldError[]>([]);

  const uiSchema = useMemo(
    () => ({
      ...form.uiSchema,
      'ui:submitButtonOptions': {
        norender: !onSubmit || readOnly,
        submitText: submitLabel ?? (locale === 'en' ? 'Submit' : 'Send inn'),
      },
    }),
    [form, onSubmit, readOnly, submitLabel, locale],
  );

  const extraErrors = useMemo(() => {
    const all = [...(errors ?? []), ...submitErrors];
    return all.length > 0 ? (toErrorSchema(all) as ErrorSchema) : undefined;
  }, [errors, submitErrors]);

  const handleSubmit = (event: IChangeEvent) => {
    const result = validateDocument(event.formData ?? {}, {
      profile: 'submit',
      requiredOnSubmit,
      locale,
    });
    if (!result.valid) {
      setSubmitErrors(result.errors);
      return;
    }
    setSubmitErrors([]);
    onSubmit?.(result.document);
  };

  return (
    <Form
      schema={form.schema}
      uiSchema={uiSchema}
      formData={formData}
      validator={validator}
      widgets={{ ...defaultWidgets, ...widgets }}
      // Our validator speaks the user's language; RJSF's would answer in English.
      noValidate
      noHtml5Validate
      showErrorList={false}
      experimental_defaultFormStateBehavior={NO_DEFAULT_ANSWERS}
      extraErrors={extraErrors}
      readonly={readOnly}
      onChange={event => onChange?.(event.formData ?? {})}
      onSubmit={handleSubmit}
    />
  );
}
