import type { ErrorObject } from 'ajv';
import {
  checkExtraFields,
  withoutExtraFields,
} from '../extension/checkExtraFields';
import { extraFieldAt } from '../extension/extendForm';
import { migrateDocument } from '../migration/migrateDocument';
import { isFilled } from '../progress/isFilled';
import { SCHEMA_VERSION } from '../schema/documentSchema';
import { getField, isKnownPath } from '../schema/fields';
import { getValueAtPath } from '../schema/paths';
import { fieldText, getTexts } from '../texts';
import {
  FieldError,
  Locale,
  ValidateOptions,
  ValidationResult,
} from '../types';
import { fieldLabel } from './fieldLabel';
import { checkLimits, DOCUMENT_LIMITS, LimitViolation } from './limits';
// Compiled ahead of time (`npm run schema:write`): nothing is compiled at run time, so a
// strict Content-Security-Policy without 'unsafe-eval' is enough.
import validateSchema from './precompiled/documentValidator';

function toDottedPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function limitError(violation: LimitViolation, locale: Locale): FieldError {
  const { messages } = getTexts(locale).common;
  const reason = {
    notObject: () => messages.notObject,
    tooLarge: () => messages.tooLarge(DOCUMENT_LIMITS.maxBytes),
    tooDeep: () => messages.tooDeep(DOCUMENT_LIMITS.maxDepth),
    stringTooLong: () =>
      messages.stringTooLong(DOCUMENT_LIMITS.maxStringLength),
    tooManyItems: () => messages.tooManyItems(DOCUMENT_LIMITS.maxArrayItems),
    forbiddenKey: () =>
      messages.forbiddenKey(
        violation.kind === 'forbiddenKey' ? violation.key : '',
      ),
    notJson: () => messages.notJson,
  }[violation.kind]();
  return {
    path: violation.path,
    message: `${fieldLabel(violation.path, locale)} ${reason}`,
  };
}

/** Turns one ajv error into the field's path and a sentence in the user's language. */
function schemaError(error: ErrorObject, locale: Locale): FieldError {
  const { messages } = getTexts(locale).common;
  const path = toDottedPath(error.instancePath);
  const params = error.params as Record<string, any>;
  let reason: string;
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        path: path
          ? `${path}.${params.additionalProperty}`
          : params.additionalProperty,
        message: `${fieldLabel(path, locale)}: ${messages.unknownField(
          params.additionalProperty,
        )}`,
      };
    case 'type':
      if (getField(path)?.kind === 'yesNo') {
        reason = messages.yesNo;
        break;
      }
      reason = messages.wrongType(
        messages.types[params.type as keyof typeof messages.types] ??
          params.type,
      );
      break;
    case 'pattern': {
      const kind = getField(path)?.kind;
      if (kind === 'date') reason = messages.date;
      else reason = kind === 'url' ? messages.uri : messages.entityRef;
      break;
    }
    case 'format':
      reason = params.format === 'date' ? messages.date : messages.uri;
      break;
    case 'maxLength':
      reason = messages.maxLength(params.limit);
      break;
    case 'maxItems':
      reason = messages.maxItems(params.limit);
      break;
    case 'minimum':
      reason = messages.minimum(params.limit);
      break;
    case 'maximum':
      reason = messages.maximum(params.limit);
      break;
    case 'enum': {
      const options = fieldText(locale, path).options ?? {};
      const allowed = (params.allowedValues as string[])
        .map(value => options[value] ?? value)
        .join(', ');
      reason = messages.oneOf(allowed);
      break;
    }
    case 'uniqueItems':
      reason = messages.uniqueItems;
      break;
    default:
      reason = messages.invalid;
  }
  return { path, message: `${fieldLabel(path, locale)} ${reason}` };
}

/**
 * Validates a handover document. `draft` (the default) checks only that what is filled in has
 * the right shape; `submit` also requires every path in `requiredOnSubmit` to be filled.
 *
 * Never throws. Hostile input is refused by a size check before the schema runs. A valid
 * document comes back migrated to the current schema version, with `schemaVersion` set: store
 * that one. Errors come one per failing field, in the chosen language, naming the field by its
 * title. Unknown paths in `requiredOnSubmit` are ignored here; check them once with
 * `assertKnownPaths` at startup. With an `extension` (see `extendForm`) its extra fields are
 * accepted and checked too, and on submit those marked `requiredOnSubmit` are required.
 *
 * @public
 */
export function validateDocument(
  doc: unknown,
  options?: ValidateOptions,
): ValidationResult {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'nb';
  try {
    const violation = checkLimits(doc);
    if (violation)
      return { valid: false, errors: [limitError(violation, locale)] };

    let migrated;
    try {
      migrated = migrateDocument(doc);
    } catch {
      const { common } = getTexts(locale);
      const version = (doc as Record<string, unknown>).schemaVersion;
      return {
        valid: false,
        errors: [
          {
            path: 'schemaVersion',
            message: `${fieldLabel('schemaVersion', locale)} ${
              typeof version === 'number' && version > SCHEMA_VERSION
                ? common.messages.newerVersion(version, SCHEMA_VERSION)
                : common.messages.versionRange(SCHEMA_VERSION)
            }`,
          },
        ],
      };
    }

    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const add = (error: FieldError) => {
      if (seen.has(error.path)) return;
      seen.add(error.path);
      errors.push(error);
    };

    const extension = options?.extension;
    if (
      !validateSchema(
        withoutExtraFields(migrated as Record<string, unknown>, extension),
      )
    ) {
      for (const error of validateSchema.errors ?? [])
        add(schemaError(error, locale));
    }
    checkExtraFields(
      migrated as Record<string, unknown>,
      extension,
      locale,
    ).forEach(add);

    if (options?.profile === 'submit') {
      const { common } = getTexts(locale);
      const required = [
        ...(options.requiredOnSubmit ?? []),
        ...(extension?.requiredOnSubmit ?? []),
      ];
      for (const path of required) {
        const extra = extraFieldAt(extension, path);
        if (!extra && !isKnownPath(path)) continue;
        if (!isFilled(getValueAtPath(migrated, path))) {
          const label = extra
            ? common.quote(extra.title[locale])
            : fieldLabel(path, locale);
          add({ path, message: `${label} ${common.messages.required}` });
        }
      }
    }

    if (errors.length > 0) return { valid: false, errors };
    return { valid: true, document: migrated, errors: [] };
  } catch (e) {
    // A bug here must not take the caller down; report it as an invalid document instead.
    return {
      valid: false,
      errors: [
        {
          path: '',
          message: `${fieldLabel('', locale)} ${
            getTexts(locale).common.messages.invalid
          } (${String(e)})`,
        },
      ],
    };
  }
}
