import { useEffect, useState } from 'react';
import Stack from '@mui/material/Stack';
import { useNavigate, useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import {
  Content,
  Header,
  Link,
  Page,
  Progress,
} from '@backstage/core-components';
import {
  identityApiRef,
  useApi,
  useRouteRef,
} from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { Handover } from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { handoverRouteRef } from '../../routes';
import { overleveringTranslationRef } from '../../translation';
import { HandoverStatusChip } from '../StatusChip';
import { LoadError } from '../LoadError';
import { HandoverForm } from './HandoverForm';
import type { StoredEdits } from './useDocumentAutosave';
import { draftVaultOf } from '../../hooks/draftVaultOf';
import { useLocalizedForm } from './useLocalizedForm';

/** The form page of one handover (route `/h/:id/skjema`). */
export function HandoverFormPage(props: {
  handoverId?: string;
  autosaveDelayMs?: number;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const params = useParams();
  const id = props.handoverId ?? params.id ?? '';
  const navigate = useNavigate();
  const handoverLink = useRouteRef(handoverRouteRef);
  const identityApi = useApi(identityApiRef);
  const loaded = useAsync(async () => {
    const [form, current, vault] = await Promise.all([
      api.getForm(),
      api.getHandover(id),
      draftVaultOf(api, identityApi),
    ]);
    const stored = await vault?.read<StoredEdits>(id);
    return { form, handover: current, vault, stored };
  }, [api, identityApi, id]);
  const [handover, setHandover] = useState<Handover>();
  useEffect(() => setHandover(loaded.value?.handover), [loaded.value]);

  const form = loaded.value?.form;
  const localized = useLocalizedForm(form);
  return (
    <Page themeId="tool">
      <Header
        title={handover?.title || t('common.untitled')}
        subtitle={t('pageTitle')}
      />
      <Content>
        {loaded.error && <LoadError error={loaded.error} />}
        {loaded.loading && <Progress />}
        {form && localized && handover && (
          <Stack spacing={2}>
            {/* In the content, not the header, where a phone has no room for it. */}
            <Stack
              direction="row"
              spacing={2}
              alignItems="center"
              flexWrap="wrap"
              useFlexGap
            >
              <HandoverStatusChip status={handover.status} />
              <Link to={handoverLink({ id })}>{t('form.viewHandover')}</Link>
            </Stack>
            <HandoverForm
              form={form}
              localized={localized}
              handover={handover}
              onHandoverChange={setHandover}
              onSubmitted={() => navigate(handoverLink({ id }))}
              autosaveDelayMs={props.autosaveDelayMs}
              vault={loaded.value?.vault}
              storedEdits={loaded.value?.stored}
            />
          </Stack>
        )}
      </Content>
    </Page>
  );
}
