import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useAsync from 'react-use/esm/useAsync';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringApiRef } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { ExportMarkdown } from '../ExportMarkdown';

/** The document as the backend exports it, laid out for printing. */
export function PrintView(props: {
  handoverId: string;
  round?: number;
  onClose: () => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const { value, loading, error } = useAsync(
    () => api.exportMarkdown(props.handoverId, { round: props.round }),
    [api, props.handoverId, props.round],
  );
  return (
    <Dialog
      open
      fullScreen
      onClose={props.onClose}
      aria-labelledby="overlevering-print-title"
    >
      {/* Named for screen readers; the printed page shows only the export. */}
      <DialogTitle id="overlevering-print-title" sx={{ displayPrint: 'none' }}>
        {t('handover.print')}
      </DialogTitle>
      <DialogContent>
        {loading && <Progress />}
        {error && <ResponseErrorPanel error={error} />}
        {value !== undefined && <ExportMarkdown content={value} />}
      </DialogContent>
      <DialogActions sx={{ displayPrint: 'none' }}>
        <Button onClick={props.onClose}>{t('common.close')}</Button>
        <Button variant="contained" onClick={() => window.print()}>
          {t('handover.print')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
