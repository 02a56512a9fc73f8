import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import MuiLink from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  approverRoleTitle,
  type SectionsToFix,
} from '@hemit/plugin-overlevering-common';
import { overleveringTranslationRef } from '../../translation';
import { useEntityNames, useLanguage } from '../../hooks';

/**
 * What the approvers of the rejected round asked for, at the top of the form:
 * who rejected, their comment, and a way to each section it concerns.
 */
export function RejectionSummary(props: {
  round: number;
  toFix: SectionsToFix[];
  sections: { id: string; title: string }[];
  onGoTo: (sectionId: string) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const language = useLanguage();
  const { names } = useEntityNames(
    props.toFix.flatMap(r => (r.decidedBy ? [r.decidedBy] : [])),
  );
  const titleOf = (id: string) =>
    props.sections.find(s => s.id === id)?.title ?? id;
  return (
    <Alert
      severity="warning"
      role="region"
      aria-labelledby="overlevering-rejection-title"
    >
      <AlertTitle id="overlevering-rejection-title">
        {t('rejection.title')}
      </AlertTitle>
      <Typography variant="body2" gutterBottom>
        {t('rejection.fromRound', { number: String(props.round) })}
      </Typography>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {props.toFix.map(rejection => {
          // Someone the catalog no longer knows keeps the name of their ref.
          const person =
            rejection.decidedBy && names
              ? names.get(rejection.decidedBy) ??
                parseEntityRef(rejection.decidedBy).name
              : undefined;
          return (
            <li key={rejection.role.id}>
              <strong>{approverRoleTitle(rejection.role, language)}</strong>
              {person && ` (${person})`}: {rejection.comment}
              {rejection.sections.length > 0 && (
                <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
                  {rejection.sections.map(id => (
                    <MuiLink
                      key={id}
                      component="button"
                      type="button"
                      variant="body2"
                      onClick={() => props.onGoTo(id)}
                    >
                      {t('rejection.goTo', { section: titleOf(id) })}
                    </MuiLink>
                  ))}
                </Stack>
              )}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
