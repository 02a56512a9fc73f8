import { entityDisplayName } from '@hemit/plugin-overlevering-common';
import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import type { WidgetProps } from '@rjsf/utils';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { overleveringTranslationRef } from '../../translation';
import { useEntityNames } from '../../hooks';

interface Option {
  ref: string;
  label: string;
  /** The person's e-mail, to tell two people of the same name apart. */
  email?: string;
}

function toOption(entity: Entity): Option {
  const profile = (entity.spec as { profile?: { email?: string } } | undefined)
    ?.profile;
  return {
    ref: stringifyEntityRef(entity),
    label: entityDisplayName(entity),
    email: profile?.email,
  };
}

/** The name of a ref the catalog does not know: its last part, not the ref. */
function nameOfRef(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/**
 * What the picker reads of a widget's props: all a picker outside the form
 * (the "Ny overlevering" dialog) has to give it.
 */
type CatalogRefProps = Pick<
  WidgetProps,
  | 'id'
  | 'value'
  | 'label'
  | 'required'
  | 'disabled'
  | 'readonly'
  | 'rawErrors'
  | 'onChange'
  | 'onBlur'
>;

/**
 * Picks a catalog entity (a person, or the service) instead of typing its
 * reference; the document stores the entity ref. Searches as the user types,
 * so it works in a large catalog.
 */
export function CatalogRefWidget(props: CatalogRefProps & { kinds: string[] }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const catalogApi = useApi(catalogApiRef);
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  useDebounce(() => setTerm(input), 250, [input]);

  const { value: options = [], loading } = useAsync(async () => {
    const response = await catalogApi.queryEntities({
      filter: { kind: props.kinds },
      // Without fields the catalog searches the sort field, or the entity's
      // uid when there is none, so nothing a person types would match.
      fullTextFilter: term
        ? {
            term,
            fields: [
              'metadata.name',
              'metadata.title',
              'spec.profile.displayName',
            ],
          }
        : undefined,
      limit: 50,
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'spec.profile.displayName',
        'spec.profile.email',
      ],
    });
    return response.items.map(toOption);
  }, [catalogApi, term, props.kinds.join(',')]);

  // The chosen entity by its name, also before or without a search for it.
  const chosen = typeof props.value === 'string' ? props.value : undefined;
  const { names } = useEntityNames(chosen ? [chosen] : []);
  const value: Option | null = chosen
    ? options.find(o => o.ref === chosen) ?? {
        ref: chosen,
        label: names?.get(chosen) ?? nameOfRef(chosen),
      }
    : null;

  return (
    <Autocomplete<Option>
      id={props.id}
      options={options}
      loading={loading}
      value={value}
      disabled={props.disabled || props.readonly}
      noOptionsText={t('form.pickerNoOptions')}
      isOptionEqualToValue={(a, b) => a.ref === b.ref}
      getOptionLabel={o => o.label}
      renderOption={(optionProps, o) => (
        <li {...optionProps} key={o.ref}>
          <ListItemText primary={o.label} secondary={o.email} />
        </li>
      )}
      filterOptions={x => x}
      onInputChange={(_, text, reason) => {
        if (reason === 'input') setInput(text);
      }}
      onChange={(_, option) => props.onChange(option?.ref ?? undefined)}
      onBlur={() => props.onBlur(props.id, props.value)}
      renderInput={params => (
        <TextField
          {...params}
          label={props.label}
          required={props.required}
          error={(props.rawErrors?.length ?? 0) > 0}
          helperText={props.rawErrors?.join(' ')}
          margin="normal"
        />
      )}
    />
  );
}

function kindsOf(options: WidgetProps['options']): string[] {
  const picker = options?.entityPicker as
    | { kind?: string | string[] }
    | undefined;
  const kind = picker?.kind ?? (options?.kinds as string[] | undefined);
  if (Array.isArray(kind)) return kind;
  return kind ? [kind] : ['User'];
}

/**
 * The widget the form package asks for on entity-reference fields
 * (`ui:widget: EntityRefWidget`, kinds in `ui:options.entityPicker.kind`).
 */
export function EntityRefWidget(props: WidgetProps) {
  return <CatalogRefWidget {...props} kinds={kindsOf(props.options)} />;
}
