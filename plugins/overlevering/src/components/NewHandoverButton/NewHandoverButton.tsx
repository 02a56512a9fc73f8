import { useState } from 'react';
import Button from '@mui/material/Button';
import Add from '@mui/icons-material/Add';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  handoverCreatePermission,
  type CreateHandoverRequest,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { NewHandoverDialog } from './NewHandoverDialog';

/**
 * "Ny overlevering": asks for a title and the service, then creates the
 * draft (pre-filled when started from a service) and opens its form.
 *
 * @public
 */
export function NewHandoverButton(props: { prefill?: CreateHandoverRequest }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const [open, setOpen] = useState(false);
  // Only to show the button; the backend decides.
  const { allowed, loading } = usePermission({
    permission: handoverCreatePermission,
  });

  return (
    <>
      <Button
        variant="contained"
        color="primary"
        startIcon={<Add />}
        onClick={() => setOpen(true)}
        disabled={loading || !allowed}
      >
        {t('common.newHandover')}
      </Button>
      {open && (
        <NewHandoverDialog
          open
          onClose={() => setOpen(false)}
          prefill={props.prefill}
        />
      )}
    </>
  );
}
