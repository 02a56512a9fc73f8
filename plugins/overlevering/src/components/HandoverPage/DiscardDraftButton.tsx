import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  canDiscard,
  type HandoverSummary,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef, messageOf } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useCurrentUser } from '../../hooks';

/**
 * "Forkast": the owner gives up a draft (or a rejected handover) after
 * confirming. It is kept with its history as "Forkastet"; shown only to the
 * owner, and only while the handover may be discarded.
 */
export function DiscardDraftButton(props: {
  handover: Pick<HandoverSummary, 'id' | 'owner' | 'status'>;
  /** Called once the handover is discarded, to show its new state. */
  onDiscarded?: () => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const alertApi = useApi(alertApiRef);
  const user = useCurrentUser();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const { handover } = props;

  if (handover.owner !== user || !canDiscard(handover.status)) {
    return null;
  }

  const discard = async () => {
    setBusy(true);
    try {
      await api.discard(handover.id);
      alertApi.post({
        message: t('discard.done'),
        severity: 'success',
        display: 'transient',
      });
      setConfirming(false);
      props.onDiscarded?.();
    } catch (e) {
      alertApi.post({ message: messageOf(e), severity: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        color="error"
        onClick={() => setConfirming(true)}
      >
        {t('discard.button')}
      </Button>
      <Dialog
        open={confirming}
        onClose={() => !busy && setConfirming(false)}
        aria-labelledby="overlevering-discard-title"
      >
        <DialogTitle id="overlevering-discard-title">
          {t('discard.confirmTitle')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{t('discard.confirmText')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="contained"
            color="error"
            onClick={discard}
            disabled={busy}
          >
            {t('discard.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
