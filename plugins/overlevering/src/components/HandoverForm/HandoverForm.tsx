import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import Form from '@rjsf/mui';
import validator from '@rjsf/validator-ajv8';
import { formTemplates } from './rowTemplate';
import type { RegistryWidgetsType } from '@rjsf/utils';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  handoverSignalChannel,
  isEditable,
  type FormResponse,
  type Handover,
  type HandoverSignal,
  type Round,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef, type FieldError } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters } from '../../hooks';
import { markRequired, type JsonRecord } from '../../lib/document';
import { SubmitDialog } from '../SubmitDialog';
import {
  ENTITY_REF_WIDGET,
  sectionProgress,
  yearlyCostTotal,
} from '@hemit/overlevering-form-schema';
import { EntityRefWidget } from './CatalogRefWidget';
import { formControlTranslator } from './formControlTexts';
import { sectionErrorSchema } from './sectionErrors';
import { useDocumentAutosave, type StoredEdits } from './useDocumentAutosave';
import type { DraftVault } from '../../lib/draftVault';
import { useStableFormData } from './useStableFormData';

const NO_DEFAULT_ANSWERS = {
  constAsDefaults: 'skipOneOf',
  emptyObjectFields: 'skipEmptyDefaults',
} as const;

const widgets: RegistryWidgetsType = {
  [ENTITY_REF_WIDGET]: EntityRefWidget,
};

/**
 * When the handover changes elsewhere (another tab, a submit, a withdrawal),
 * shows the newest revision at once if the user has nothing unsaved; unsaved
 * edits are never replaced (the stale save and its reload handle those).
 */
function useFollowRemoteChanges(
  handover: Handover,
  autosave: ReturnType<typeof useDocumentAutosave>,
) {
  const { lastSignal } = useSignal<HandoverSignal & Record<string, any>>(
    handoverSignalChannel(handover.id),
  );
  const { state, revision, hasEdits, reloadKeepingEdits } = autosave;
  useEffect(() => {
    if (!lastSignal) return;
    const newer =
      lastSignal.revision > revision() ||
      (lastSignal.revision === revision() &&
        lastSignal.status !== handover.status);
    if (!newer) return;
    if (state === 'saved' && !hasEdits()) {
      void reloadKeepingEdits();
    }
    // Only a new signal should trigger this, not a change of save state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastSignal]);
}

/** The cost lines' sums, in the user's locale, as they are typed. */
function CostTotals(props: { yearly: string; oneOff: string }) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  return (
    <Box role="status" aria-live="polite" sx={{ mt: 2 }}>
      <Typography>
        <strong>{t('form.yearlyTotal')}:</strong> {props.yearly}
      </Typography>
      <Typography>
        <strong>{t('form.oneOffTotal')}:</strong> {props.oneOff}
      </Typography>
    </Box>
  );
}

/** The schema and uiSchema in the user's language. */
export interface LocalizedForm {
  schema: JsonRecord;
  uiSchema: JsonRecord;
}

// A clear focus ring on the steps, for keyboard users.
const focusRing = {
  '&.Mui-focusVisible': {
    outline: '2px solid',
    outlineColor: 'primary.main',
    outlineOffset: 2,
  },
};

function sectionsOf(schema: JsonRecord, uiSchema: JsonRecord) {
  const properties = (schema.properties ?? {}) as Record<string, JsonRecord>;
  const order = Array.isArray(uiSchema['ui:order'])
    ? (uiSchema['ui:order'] as string[]).filter(id => id in properties)
    : [];
  const ids = [
    ...order,
    ...Object.keys(properties).filter(id => !order.includes(id)),
  ];
  return ids.map(id => ({
    id,
    title: String(properties[id].title ?? id),
    schema: properties[id],
  }));
}

/**
 * The handover form: one step per section with free navigation, progress per
 * section, automatic and explicit saving, and the Godkjenning step that sends
 * the handover for approval.
 */
export function HandoverForm(props: {
  form: FormResponse;
  localized: LocalizedForm;
  handover: Handover;
  onHandoverChange: (handover: Handover) => void;
  onSubmitted: (round: Round) => void;
  autosaveDelayMs?: number;
  /** The signed-in person's vault for unsaved edits. */
  vault?: DraftVault;
  /** The unsaved edits the vault held for this handover at opening. */
  storedEdits?: StoredEdits;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const api = useApi(overleveringApiRef);
  const { form, localized, handover } = props;
  const editable = isEditable(handover.status);
  const autosave = useDocumentAutosave({
    api,
    handover,
    editable,
    delayMs: props.autosaveDelayMs ?? 1500,
    onSaved: props.onHandoverChange,
    vault: props.vault,
    stored: props.storedEdits,
  });
  const { money } = useFormatters();
  useFollowRemoteChanges(handover, autosave);
  const [step, setStep] = useState(0);
  const [submitOpen, setSubmitOpen] = useState(false);
  // The fields a refused submit named, shown beside the fields too.
  const [submitErrors, setSubmitErrors] = useState<FieldError[]>([]);

  // Fields needed before submit: configured ones and the seats the form names.
  const requiredPaths = useMemo(
    () => [
      ...form.requiredOnSubmit,
      ...form.approverRoles.flatMap(r => (r.field ? [r.field] : [])),
    ],
    [form],
  );
  const schema = useMemo(
    () => markRequired(localized.schema, requiredPaths),
    [localized.schema, requiredPaths],
  );
  const sections = useMemo(
    () => sectionsOf(schema, localized.uiSchema),
    [schema, localized.uiSchema],
  );
  const approvalStep = sections.length;
  const progressById = useMemo(
    () =>
      new Map<string, { filled: number; total: number }>(
        sectionProgress(autosave.document).map(p => [p.id, p]),
      ),
    [autosave.document],
  );
  const current = sections[step];

  // Stable props, so the form library sees a change only when there is one.
  const uiSchema = useMemo(
    () => ({
      ...((current && (localized.uiSchema[current.id] as JsonRecord)) ?? {}),
      'ui:submitButtonOptions': { norender: true },
    }),
    [localized.uiSchema, current],
  );
  const translateString = useMemo(
    () => formControlTranslator(key => t(key)),
    [t],
  );
  const extraErrors = useMemo(
    () =>
      current
        ? sectionErrorSchema(current.id, [
            ...autosave.fieldErrors,
            ...submitErrors,
          ])
        : undefined,
    [current, autosave.fieldErrors, submitErrors],
  );
  const sectionData = useStableFormData(
    current ? autosave.document[current.id] ?? {} : undefined,
    [
      current?.id,
      current?.schema,
      uiSchema,
      translateString,
      extraErrors,
      editable,
    ],
  );

  const statusText = {
    saved: t('form.saved'),
    saving: t('form.saving'),
    dirty: t('form.unsaved'),
    conflict: t('form.unsaved'),
    error: t('form.saveFailed', { message: autosave.error?.message ?? '' }),
  }[autosave.state];

  const prepareSubmit = async () => {
    if (autosave.state === 'saved') return autosave.revision();
    const saved = await autosave.save();
    return saved?.revision;
  };

  return (
    <Stack spacing={2}>
      {handover.status === 'in_review' && (
        <Alert severity="info">{t('form.readOnlyInReview')}</Alert>
      )}
      {handover.status === 'approved' && (
        <Alert severity="success">{t('form.readOnlyApproved')}</Alert>
      )}
      {autosave.restored && autosave.state === 'dirty' && (
        <Alert severity="info">{t('form.restoredDraft')}</Alert>
      )}
      {autosave.state === 'conflict' && (
        <Alert
          severity="warning"
          role="alert"
          action={
            <Button
              color="inherit"
              onClick={() => autosave.reloadKeepingEdits()}
            >
              {t('form.conflictReload')}
            </Button>
          }
        >
          <strong>{t('form.conflictTitle')}</strong>
          <br />
          {t('form.conflictText')}
        </Alert>
      )}

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stepper
          nonLinear
          activeStep={step}
          alternativeLabel
          component="nav"
          aria-label={t('form.steps')}
        >
          {sections.map((section, index) => {
            const progress = progressById.get(section.id) ?? {
              filled: 0,
              total: 0,
            };
            return (
              <Step
                key={section.id}
                completed={
                  progress.total > 0 && progress.filled === progress.total
                }
              >
                <StepButton
                  sx={focusRing}
                  onClick={() => setStep(index)}
                  aria-current={index === step ? 'step' : undefined}
                  optional={
                    <Typography variant="caption">
                      {t('form.progress', {
                        filled: String(progress.filled),
                        total: String(progress.total),
                      })}
                    </Typography>
                  }
                >
                  {section.title}
                </StepButton>
              </Step>
            );
          })}
          <Step key="godkjenning">
            <StepButton
              sx={focusRing}
              onClick={() => setStep(approvalStep)}
              aria-current={step === approvalStep ? 'step' : undefined}
            >
              {t('form.approvalStep')}
            </StepButton>
          </Step>
        </Stepper>
      </Paper>

      <Stack direction="row" spacing={2} alignItems="center">
        <Typography role="status" aria-live="polite" sx={{ flexGrow: 1 }}>
          {editable ? statusText : ''}
        </Typography>
        <Typography variant="caption">{t('form.requiredLegend')}</Typography>
        {editable && (
          <Button
            variant="outlined"
            onClick={() => autosave.save()}
            disabled={
              autosave.state === 'saving' || autosave.state === 'conflict'
            }
          >
            {t('form.save')}
          </Button>
        )}
      </Stack>

      <Paper variant="outlined" sx={{ p: 2 }}>
        {current ? (
          <Form
            key={current.id}
            schema={current.schema}
            uiSchema={uiSchema}
            formData={sectionData.formData}
            validator={validator}
            widgets={widgets}
            templates={formTemplates}
            translateString={translateString}
            readonly={!editable}
            noValidate
            showErrorList={false}
            // The form never answers for the user: a choice nobody made stays
            // unanswered (no first option picked, no empty lists or objects
            // written), so opening a section changes nothing.
            experimental_defaultFormStateBehavior={NO_DEFAULT_ANSWERS}
            extraErrors={extraErrors}
            onChange={e => {
              sectionData.typedByUser(e.formData);
              autosave.setDocument({
                ...autosave.document,
                [current.id]: e.formData,
              });
            }}
            onSubmit={() => autosave.save()}
          />
        ) : null}
        {current?.id === 'driftskostnader' && (
          <CostTotals
            yearly={money(yearlyCostTotal(autosave.document).yearly)}
            oneOff={money(yearlyCostTotal(autosave.document).oneOff)}
          />
        )}
        {!current && (
          <Box>
            <Typography variant="h5" component="h2" gutterBottom>
              {t('form.approvalStep')}
            </Typography>
            <Typography paragraph>{t('form.approvalStepText')}</Typography>
            <Button
              variant="contained"
              disabled={!editable || autosave.state === 'conflict'}
              onClick={() => setSubmitOpen(true)}
            >
              {t('form.openSubmit')}
            </Button>
          </Box>
        )}
      </Paper>

      <Stack direction="row" justifyContent="space-between">
        <Button disabled={step === 0} onClick={() => setStep(step - 1)}>
          {t('form.previousStep')}
        </Button>
        <Button
          disabled={step === approvalStep}
          onClick={() => setStep(step + 1)}
        >
          {step === approvalStep - 1
            ? t('form.toApproval')
            : t('form.nextStep')}
        </Button>
      </Stack>

      {submitOpen && (
        <SubmitDialog
          open
          onClose={() => setSubmitOpen(false)}
          handover={handover}
          form={form}
          schema={localized.schema}
          document={autosave.document}
          prepare={prepareSubmit}
          onFieldErrors={setSubmitErrors}
          onGoToField={path => {
            const index = sections.findIndex(
              section => section.id === path.split('.')[0],
            );
            setSubmitOpen(false);
            if (index >= 0) setStep(index);
          }}
          onSubmitted={round => {
            setSubmitOpen(false);
            props.onSubmitted(round);
          }}
        />
      )}
    </Stack>
  );
}
