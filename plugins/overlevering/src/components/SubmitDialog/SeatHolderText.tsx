import MuiLink from '@mui/material/Link';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { ApproverRole } from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { titleAtPath, type JsonRecord } from '../../lib/document';
import type { SeatHolder } from './seatHolders';

/**
 * Who holds a seat by name, or why nobody does, with a way to the field
 * where the owner picks the person.
 */
export function SeatHolderText(props: {
  role: ApproverRole;
  holder?: SeatHolder;
  /** The schema in the user's language, for the field's name. */
  schema: JsonRecord;
  onGoToField?: (path: string) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { role, holder } = props;
  if (!holder?.problem) {
    return <>{holder?.name ?? ''}</>;
  }
  if (holder.problem === 'groupNotInCatalog' || !role.field) {
    return <>{t('rejection.groupNotInCatalog')}</>;
  }
  const field = role.field;
  const fieldTitle = titleAtPath(props.schema, field).join(' › ');
  return (
    <>
      {holder.problem === 'notFilled'
        ? t('submit.notFilled')
        : t('rejection.seatNotInCatalog')}{' '}
      {props.onGoToField ? (
        <MuiLink
          component="button"
          type="button"
          sx={{ verticalAlign: 'baseline' }}
          onClick={() => props.onGoToField?.(field)}
        >
          {fieldTitle}
        </MuiLink>
      ) : (
        <strong>{fieldTitle}</strong>
      )}
    </>
  );
}
