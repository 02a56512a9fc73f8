import { useMemo } from 'react';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  approverRoleGuidance,
  type ApproverRole,
} from '@hemit/plugin-overlevering-common';
import {
  toMarkdown,
  type FormExtension,
} from '@hemit/overlevering-form-schema';
import { overleveringTranslationRef } from '../../translation';
import { useLanguage } from '../../hooks';
import { ExportMarkdown } from '../ExportMarkdown';

/**
 * What this role is expected to check, first: its guidance and the parts of
 * the round's document it vouches for. The whole document is one click away.
 */
export function RoleFocus(props: {
  role?: ApproverRole;
  round: number;
  /** The round's document, as its approvers decide on it. */
  document: unknown;
  /** The round's whole document as the export writes it. */
  wholeForm: string;
  nameOf: (ref: string) => string;
  /** The platform team's extra fields, shown with the parts they extend. */
  extension?: FormExtension;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const language = useLanguage();
  const { role, document, nameOf, extension } = props;
  const guidance = role && approverRoleGuidance(role, language);
  const parts = role?.vouchesFor;
  const focus = useMemo(
    () =>
      parts && parts.length > 0
        ? toMarkdown(document, {
            parts,
            locale: language === 'en' ? 'en' : 'nb',
            entityName: nameOf,
            extension,
          })
        : undefined,
    [document, parts, language, nameOf, extension],
  );
  const wholeFormTitle = t('decision.wholeForm', {
    number: String(props.round),
  });

  return (
    <>
      <InfoCard title={t('decision.focus')}>
        <section aria-label={t('decision.focus')}>
          {guidance && <Typography sx={{ mb: 1 }}>{guidance}</Typography>}
          {focus ? (
            <ExportMarkdown content={focus} />
          ) : (
            <Typography color="text.secondary">
              {t('decision.focusNoParts')}
            </Typography>
          )}
        </section>
      </InfoCard>
      <Accordion
        disableGutters
        TransitionProps={{ unmountOnExit: true }}
        variant="outlined"
      >
        <AccordionSummary expandIcon={<ExpandMoreIcon />}>
          <Typography variant="h6" component="h2">
            {wholeFormTitle}
          </Typography>
        </AccordionSummary>
        <AccordionDetails>
          <section
            aria-label={t('approvals.snapshot', {
              number: String(props.round),
            })}
          >
            <ExportMarkdown content={props.wholeForm} />
          </section>
        </AccordionDetails>
      </Accordion>
    </>
  );
}
