import { getForm } from '@hemit/overlevering-form-schema';
import type { FormResponse } from '@hemit/plugin-overlevering-common';
import type { JsonRecord } from '../../lib/document';
import type { LocalizedForm } from './HandoverForm';

/**
 * The served form in the user's language. The backend serves the schema in
 * Norwegian; English titles come from the form package when it has the same
 * schema version as the backend (otherwise the served form is shown as is).
 */
export function localizeForm(
  form: FormResponse,
  language: string,
): LocalizedForm {
  if (language === 'en') {
    const english = getForm({ locale: 'en' });
    if (english.schemaVersion === form.schemaVersion) {
      return { schema: english.schema, uiSchema: english.uiSchema };
    }
  }
  return {
    schema: form.schema as JsonRecord,
    uiSchema: form.uiSchema as JsonRecord,
  };
}
