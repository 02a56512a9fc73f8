import { useRef, useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useNavigate } from 'react-router-dom';
import { alertApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import {
  DEFAULT_SERVICE_KINDS,
  type CreateHandoverRequest,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef, messageOf } from '../../api';
import { handoverFormRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { prefillFromEntity } from '../EntityOverlevering/prefill';
import { CatalogRefWidget } from '../HandoverForm/CatalogRefWidget';
import { newHandoverRequest } from './newHandoverRequest';

/**
 * Asks for the title (required) and the service (optional) before a
 * handover is created, then opens its form. Cancelling creates nothing.
 * Started from a service (`prefill`), the service is given.
 */
export function NewHandoverDialog(props: {
  open: boolean;
  onClose: () => void;
  prefill?: CreateHandoverRequest;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const catalogApi = useApi(catalogApiRef);
  const alertApi = useApi(alertApiRef);
  const formLink = useRouteRef(handoverFormRouteRef);
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [service, setService] = useState<string | undefined>(undefined);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleField = useRef<HTMLInputElement>(null);
  const givenService = props.prefill?.entityRef;
  // The service is picked among the kinds the backend takes a handover for.
  const form = useAsync(
    async () => (props.open ? api.getForm() : undefined),
    [api, props.open],
  );
  const serviceKinds = form.value?.serviceKinds ?? [...DEFAULT_SERVICE_KINDS];
  const missingTitle = title.trim() === '';

  const focusTitleUnlessTyping = (dialog: HTMLElement) => {
    const active = dialog.ownerDocument.activeElement;
    const inField =
      active instanceof HTMLElement &&
      dialog.contains(active) &&
      active.matches('input, textarea');
    if (!inField) titleField.current?.focus();
  };

  /** What a chosen service fills in, as on the service's own page. */
  const startFrom = async (): Promise<CreateHandoverRequest | undefined> => {
    if (props.prefill) return props.prefill;
    if (!service) return undefined;
    const entity = await catalogApi.getEntityByRef(service);
    return entity ? prefillFromEntity(entity) : { entityRef: service };
  };

  const close = () => {
    if (busy) return;
    setTitle('');
    setService(undefined);
    setTouched(false);
    props.onClose();
  };

  const create = async () => {
    setTouched(true);
    if (missingTitle) return;
    setBusy(true);
    try {
      const handover = await api.createHandover(
        newHandoverRequest({ title, start: await startFrom() }),
      );
      navigate(formLink({ id: handover.id }));
    } catch (error) {
      alertApi.post({
        message: messageOf(error),
        severity: 'error',
      });
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      onClose={close}
      fullWidth
      maxWidth="sm"
      aria-labelledby="overlevering-new-handover-title"
      // The title is what the dialog asks for first, unless the person has
      // already moved into another field while the dialog was opening.
      TransitionProps={{ onEntered: focusTitleUnlessTyping }}
    >
      <form
        noValidate
        onSubmit={event => {
          event.preventDefault();
          create();
        }}
      >
        <DialogTitle id="overlevering-new-handover-title">
          {t('common.newHandover')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{t('home.newHandover.intro')}</DialogContentText>
          <TextField
            inputRef={titleField}
            fullWidth
            required
            margin="normal"
            label={t('home.newHandover.titleLabel')}
            value={title}
            onChange={event => setTitle(event.target.value)}
            onBlur={() => setTouched(true)}
            error={touched && missingTitle}
            helperText={
              touched && missingTitle
                ? t('home.newHandover.titleRequired')
                : undefined
            }
            disabled={busy}
          />
          <CatalogRefWidget
            id="overlevering-new-handover-service"
            kinds={serviceKinds}
            label={
              givenService ? t('common.service') : t('home.newHandover.service')
            }
            value={givenService ?? service}
            onChange={(ref?: string) => setService(ref)}
            onBlur={() => {}}
            disabled={busy || Boolean(givenService)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy
              ? t('home.newHandover.creating')
              : t('home.newHandover.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
