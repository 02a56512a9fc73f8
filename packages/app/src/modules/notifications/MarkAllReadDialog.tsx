import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { notificationsPageTranslationRef } from './translation';

/** Asks before every unread notification is marked read, as it cannot be undone in one step. */
export function MarkAllReadDialog(props: {
  open: boolean;
  unread: number;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslationRef(notificationsPageTranslationRef);
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="mark-all-read-title"
      aria-describedby="mark-all-read-text"
    >
      <DialogTitle id="mark-all-read-title">
        {t('markAllDialog.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="mark-all-read-text">
          {t('markAllDialog.text', { unread: String(props.unread) })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('markAllDialog.cancel')}</Button>
        <Button variant="contained" onClick={props.onConfirm}>
          {t('markAllDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
