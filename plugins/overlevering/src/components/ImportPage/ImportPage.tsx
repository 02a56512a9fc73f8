import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import UploadFile from '@mui/icons-material/UploadFile';
import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  handoverImportPermission,
  type ImportReport,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { ImportReportView } from './ImportReportView';
import {
  IMPORT_ACCEPT,
  IMPORT_LIMIT_BYTES,
  importContentType,
} from './importFile';

/** Why the file was not imported at all, as the backend says it. */
function refusalOf(error: unknown): string {
  if (error instanceof ResponseError) {
    return error.body?.error?.message ?? error.message;
  }
  return (error as Error).message;
}

/**
 * "Importer fra SharePoint", for administrators: choose the exported list,
 * try it first without changing anything, then import it, and read row by
 * row what became of it.
 */
export function ImportPage() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  // Only to show the page; the backend decides.
  const { allowed, loading } = usePermission({
    permission: handoverImportPermission,
  });
  const [file, setFile] = useState<File>();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ImportReport>();
  const [refusal, setRefusal] = useState<string>();

  const tooLarge = file !== undefined && file.size > IMPORT_LIMIT_BYTES;

  const choose = (chosen: File | undefined) => {
    setFile(chosen);
    setReport(undefined);
    setRefusal(undefined);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setRunning(true);
    setRefusal(undefined);
    try {
      setReport(
        await api.importSharePointList(file, {
          contentType: importContentType(file),
          dryRun,
        }),
      );
    } catch (error) {
      setReport(undefined);
      setRefusal(refusalOf(error));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Page themeId="tool">
      <Header title={t('import.title')} subtitle={t('pageTitle')} />
      <Content>
        {loading && <Progress />}
        {!loading && !allowed && (
          <Alert severity="warning">{t('import.notAllowed')}</Alert>
        )}
        {!loading && allowed && (
          <Stack spacing={3}>
            <InfoCard>
              <Stack spacing={2} alignItems="flex-start">
                <Typography>{t('import.intro')}</Typography>
                <Typography variant="body2">
                  {t('import.howItWorks')}
                </Typography>
                <Typography variant="body2">{t('import.statuses')}</Typography>
                <Stack
                  direction="row"
                  spacing={2}
                  alignItems="center"
                  flexWrap="wrap"
                  useFlexGap
                >
                  <Button
                    component="label"
                    variant="outlined"
                    startIcon={<UploadFile />}
                    disabled={running}
                  >
                    {t('import.chooseFile')}
                    <input
                      hidden
                      type="file"
                      accept={IMPORT_ACCEPT}
                      onChange={event => {
                        choose(event.target.files?.[0]);
                        // The same file chosen again, after a change to it, is read again.
                        event.target.value = '';
                      }}
                    />
                  </Button>
                  <Typography variant="body2">
                    {file
                      ? t('import.chosenFile', { name: file.name })
                      : t('import.noFile')}
                  </Typography>
                </Stack>
                {tooLarge && (
                  <Alert severity="error">{t('import.tooLarge')}</Alert>
                )}
                <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
                  <Button
                    variant="outlined"
                    onClick={() => run(true)}
                    disabled={!file || tooLarge || running}
                  >
                    {t('import.dryRun')}
                  </Button>
                  <Button
                    variant="contained"
                    color="primary"
                    onClick={() => run(false)}
                    disabled={!file || tooLarge || running}
                  >
                    {t('import.run')}
                  </Button>
                </Stack>
              </Stack>
            </InfoCard>
            {running && (
              <Stack spacing={1}>
                <Typography role="status">{t('import.running')}</Typography>
                <Progress />
              </Stack>
            )}
            {refusal && (
              <Alert severity="error">
                <AlertTitle>{t('import.fileRefused')}</AlertTitle>
                {refusal}
              </Alert>
            )}
            {report && !running && <ImportReportView report={report} />}
          </Stack>
        )}
      </Content>
    </Page>
  );
}
