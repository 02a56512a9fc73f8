import { Fragment, type ReactNode } from 'react';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { HandoverStatus } from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters } from '../../hooks';
import { oneLine } from '../HandoverTable';

/** A person as the import kept them: the catalog user, or the name the list wrote. */
type KeptPerson = { ref: string } | { name: string };
interface KeptMoment {
  at?: string;
  by?: KeptPerson;
}

function Person(props: { person: KeptPerson }) {
  const { person } = props;
  return 'ref' in person ? (
    <EntityRefLink entityRef={person.ref} />
  ) : (
    <>{person.name}</>
  );
}

/**
 * What the history keeps of an item imported from the old SharePoint list:
 * its ID there, its status in the list, and when and by whom it was created
 * and last changed there.
 */
export function ImportedFromList(props: { data: Record<string, unknown> }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { dateTime } = useFormatters();
  const data = props.data as {
    sharePointId?: number;
    listStatus?: HandoverStatus;
    created?: KeptMoment;
    modified?: KeptMoment;
  };
  const parts: ReactNode[] = [];
  if (data.sharePointId !== undefined) {
    parts.push(t('import.history.item', { id: String(data.sharePointId) }));
  }
  if (data.listStatus) {
    // "Avslått", not the portal's "Avslått — må rettes": the list's word.
    const status =
      data.listStatus === 'rejected'
        ? t('roundStatus.rejected')
        : t(`status.${data.listStatus}`);
    parts.push(t('import.history.listStatus', { status }));
  }
  const moment = (key: 'created' | 'modified', kept?: KeptMoment) => {
    if (!kept?.at && !kept?.by) return;
    parts.push(
      <>
        {t(`import.history.${key}`)}
        {kept.at && (
          <>
            {' '}
            <Typography component="span" variant="inherit" sx={oneLine}>
              {dateTime(kept.at)}
            </Typography>
          </>
        )}
        {kept.by && (
          <>
            {' '}
            {t('import.history.by')} <Person person={kept.by} />
          </>
        )}
      </>,
    );
  };
  moment('created', data.created);
  moment('modified', data.modified);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' · '}
          {part}
        </Fragment>
      ))}
    </>
  );
}
