import { useState } from 'react';
import Button from '@mui/material/Button';
import Add from '@mui/icons-material/Add';
import { useNavigate } from 'react-router-dom';
import { alertApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  handoverCreatePermission,
  type CreateHandoverRequest,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { handoverFormRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';

/**
 * "Ny overlevering": creates a draft (pre-filled when started from a service)
 * and opens its form.
 */
export function NewHandoverButton(props: { prefill?: CreateHandoverRequest }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const alertApi = useApi(alertApiRef);
  const formLink = useRouteRef(handoverFormRouteRef);
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  // Only to show the button; the backend decides.
  const { allowed, loading } = usePermission({
    permission: handoverCreatePermission,
  });

  const create = async () => {
    setBusy(true);
    try {
      const handover = await api.createHandover(props.prefill ?? {});
      navigate(formLink({ id: handover.id }));
    } catch (error) {
      alertApi.post({
        message: String((error as Error).message),
        severity: 'error',
      });
      setBusy(false);
    }
  };

  return (
    <Button
      variant="contained"
      color="primary"
      startIcon={<Add />}
      onClick={create}
      disabled={busy || loading || !allowed}
    >
      {t('common.newHandover')}
    </Button>
  );
}
