import { useEffect, useRef, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { sidebarConfig, useSidebarPinState } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type {
  ConditionInput,
  DecisionKind,
} from '@hemit/plugin-overlevering-common';
import type { SectionId } from '@hemit/overlevering-form-schema';
import { overleveringTranslationRef } from '../../translation';
import { ConditionsEditor } from './ConditionsEditor';

/**
 * Where the approver decides, kept at the bottom of the screen while they
 * read, on a wide screen as on a phone. On a wide screen it sticks to the
 * bottom of the page's scrolling area. On a phone the whole document
 * scrolls, where sticking to the page would leave it below everything, so it
 * is fixed just above the portal's menu bar, with room kept for it below the
 * content.
 */
export function DecisionBarFrame(props: { children: ReactNode }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { isMobile } = useSidebarPinState();
  const bar = useRef<HTMLElement>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const element = bar.current;
    if (!isMobile || !element || typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const observer = new ResizeObserver(() =>
      setHeight(element.getBoundingClientRect().height),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isMobile]);
  return (
    <>
      <Paper
        ref={bar}
        component="section"
        aria-label={t('decision.bar')}
        elevation={8}
        square
        sx={{
          ...(isMobile
            ? {
                position: 'fixed',
                left: 0,
                right: 0,
                bottom: sidebarConfig.mobileSidebarHeight,
              }
            : { position: 'sticky', bottom: 0 }),
          zIndex: theme => theme.zIndex.appBar - 1,
          p: { xs: 1.5, sm: 2 },
          borderTop: 1,
          borderColor: 'divider',
          maxHeight: '60vh',
          overflowY: 'auto',
        }}
      >
        {props.children}
      </Paper>
      {isMobile && <div aria-hidden style={{ height }} />}
    </>
  );
}

/**
 * Comment, Godkjenn, Godkjenn med forbehold and Avslå. A rejection needs a
 * comment; once there is one, the approver may tick the sections of the form
 * it concerns. Godkjenn med forbehold opens the fields of its conditions.
 */
export function DecisionForm(props: {
  comment: string;
  onCommentChange: (comment: string) => void;
  sections: readonly SectionId[];
  onSectionsChange: (sections: SectionId[]) => void;
  sectionOptions: readonly { id: SectionId; title: string }[];
  busy: boolean;
  onDecide: (decision: DecisionKind, conditions?: ConditionInput[]) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { comment, sections, sectionOptions } = props;
  const [withConditions, setWithConditions] = useState(false);
  const canReject = comment.trim() !== '';
  const toggle = (id: SectionId, on: boolean) =>
    props.onSectionsChange(
      sectionOptions
        .map(option => option.id)
        .filter(option => (option === id ? on : sections.includes(option))),
    );

  return (
    <Stack spacing={1}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={{ xs: 1, sm: 2 }}
        alignItems={{ xs: 'stretch', sm: 'flex-start' }}
      >
        <TextField
          label={t('approvals.comment')}
          helperText={t('approvals.commentHelp')}
          value={comment}
          onChange={e => props.onCommentChange(e.target.value)}
          multiline
          minRows={1}
          maxRows={6}
          fullWidth
          size="small"
        />
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          <Button
            variant="contained"
            color="success"
            disabled={props.busy}
            onClick={() => props.onDecide('approve')}
            sx={{ flex: { xs: 1, sm: 'none' } }}
          >
            {t('approvals.approve')}
          </Button>
          <Button
            variant="outlined"
            color="success"
            disabled={props.busy || withConditions}
            onClick={() => setWithConditions(true)}
            sx={{ flex: { xs: 1, sm: 'none' } }}
          >
            {t('conditions.approveWith')}
          </Button>
          <Button
            variant="contained"
            color="error"
            disabled={props.busy || !canReject}
            onClick={() => props.onDecide('reject')}
            sx={{ flex: { xs: 1, sm: 'none' } }}
          >
            {t('approvals.reject')}
          </Button>
        </Stack>
      </Stack>
      {withConditions && (
        <ConditionsEditor
          busy={props.busy}
          onSend={conditions => props.onDecide('approve', conditions)}
          onCancel={() => setWithConditions(false)}
        />
      )}
      {canReject && (
        <FormControl component="fieldset" variant="standard">
          <FormLabel component="legend" sx={{ typography: 'body2' }}>
            {t('decision.sections')}
          </FormLabel>
          <FormGroup row>
            {sectionOptions.map(option => (
              <FormControlLabel
                key={option.id}
                label={option.title}
                componentsProps={{ typography: { variant: 'body2' } }}
                control={
                  <Checkbox
                    size="small"
                    checked={sections.includes(option.id)}
                    onChange={e => toggle(option.id, e.target.checked)}
                  />
                }
              />
            ))}
          </FormGroup>
          <FormHelperText>{t('decision.sectionsHelp')}</FormHelperText>
        </FormControl>
      )}
    </Stack>
  );
}

/** What the approver's own decision did. */
export function DecisionDone(props: {
  decision: DecisionKind;
  withConditions?: boolean;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  let text: string = t('approvals.rejected');
  if (props.decision === 'approve') {
    text = props.withConditions
      ? t('conditions.done')
      : t('approvals.approved');
  }
  return (
    <Alert severity="success" role="status">
      {text}
    </Alert>
  );
}
