import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { getTexts } from '@hemit/overlevering-form-schema';
import {
  approverRoleTitle,
  handoverImportPermission,
  type ApproverRole,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef } from '../../api';
import { useLanguage } from '../../hooks';
import { overleveringTranslationRef } from '../../translation';

/** How the first roles look in app-config, as a start to copy and change. */
function configSnippet(roles: readonly ApproverRole[]): string {
  const group = roles.find(role => role.group);
  const field = roles.find(role => role.field);
  const lines = ['overlevering:', '  approverRoles:'];
  for (const role of [group, field]) {
    if (!role) continue;
    lines.push(
      `    - id: ${role.id}`,
      `      title: ${role.title}`,
      `      kind: ${role.kind}`,
      role.group
        ? `      group: group:default/<your-group>`
        : `      field: ${role.field}`,
    );
  }
  lines.push('    # … one entry per role');
  return lines.join('\n');
}

/**
 * Tells an administrator of a portal that runs on the default approver roles
 * which roles those are and how to map them to the organisation's groups:
 * the default groups rarely exist in a new portal, and a round would wait
 * for them. Shown to those the policy lets import, the plugin's
 * administrators; others see nothing.
 */
export function DefaultRolesNotice() {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const language = useLanguage();
  // Only to decide whom to show it; the backend decides what anyone may do.
  const { allowed } = usePermission({ permission: handoverImportPermission });
  const form = useAsync(
    async () => (allowed ? api.getForm() : undefined),
    [api, allowed],
  );
  const value = form.value;
  if (!allowed || !value || value.approverRolesConfigured !== false) {
    return null;
  }
  const fields: Record<string, { title: string } | undefined> = getTexts(
    language === 'en' ? 'en' : 'nb',
  ).fields;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      <AlertTitle>{t('defaultRoles.title')}</AlertTitle>
      <Typography variant="body2">{t('defaultRoles.intro')}</Typography>
      <ul aria-label={t('defaultRoles.listLabel')}>
        {value.approverRoles.map(role => (
          <li key={role.id}>
            <strong>{approverRoleTitle(role, language)}</strong> (
            <code>{role.id}</code>
            {role.kind === 'optional' ? `, ${t('defaultRoles.optional')}` : ''}
            ):{' '}
            {role.group ? (
              <>
                {t('defaultRoles.group')}{' '}
                <EntityRefLink entityRef={role.group} />
              </>
            ) : (
              t('defaultRoles.field', {
                field: fields[role.field ?? '']?.title ?? role.field ?? '',
              })
            )}
          </li>
        ))}
      </ul>
      <Typography variant="body2">{t('defaultRoles.howTo')}</Typography>
      <pre aria-label={t('defaultRoles.snippetLabel')}>
        {configSnippet(value.approverRoles)}
      </pre>
    </Alert>
  );
}
