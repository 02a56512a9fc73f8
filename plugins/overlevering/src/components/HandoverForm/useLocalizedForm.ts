import { useMemo } from 'react';
import {
  extendForm,
  getForm,
  type ExtraFieldsConfig,
  type FormExtension,
} from '@hemit/overlevering-form-schema';
import type { FormResponse } from '@hemit/plugin-overlevering-common';
import { useLanguage } from '../../hooks';
import type { JsonRecord } from '../../lib/document';
import type { LocalizedForm } from './sections';
import { withCostLinesTable } from './costLinesUi';

/**
 * The platform team's extra fields the backend serves, checked as the backend
 * checked them at startup; undefined when there are none or this version of
 * the form package cannot read them (the served form is shown then).
 */
export function formExtensionOf(form: FormResponse): FormExtension | undefined {
  if (!form.extraFields) return undefined;
  try {
    return extendForm(form.extraFields as ExtraFieldsConfig);
  } catch {
    return undefined;
  }
}

/**
 * The served form in the user's language. The backend serves the form in the
 * language the app asked for when it fetched it; the form package gives the
 * texts of the language chosen now (so a change of language shows at once)
 * when it has the same schema version as the backend, else the served form is
 * shown as is.
 */
export function localizeForm(
  form: FormResponse,
  language: string,
): LocalizedForm {
  const extension = formExtensionOf(form);
  const local = getForm({
    locale: language === 'en' ? 'en' : 'nb',
    extension,
  });
  const extensionRead = !form.extraFields || extension !== undefined;
  if (local.schemaVersion === form.schemaVersion && extensionRead) {
    return {
      schema: local.schema,
      uiSchema: withCostLinesTable(local.uiSchema),
    };
  }
  return {
    schema: form.schema as JsonRecord,
    uiSchema: withCostLinesTable(form.uiSchema as JsonRecord),
  };
}

/**
 * `localizeForm` for the user's language, computed once per form and
 * language: the English schema is built afresh by each call, and a new
 * schema on every render would make the form recompute everything per key.
 */
export function useLocalizedForm(
  form: FormResponse | undefined,
): LocalizedForm | undefined {
  const language = useLanguage();
  return useMemo(
    () => (form ? localizeForm(form, language) : undefined),
    [form, language],
  );
}
