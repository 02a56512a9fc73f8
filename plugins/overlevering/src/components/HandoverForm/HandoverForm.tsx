import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Form from '@rjsf/mui';
import validator from '@rjsf/validator-ajv8';
import { formTemplates } from './rowTemplate';
import type { RegistryWidgetsType } from '@rjsf/utils';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  isEditable,
  lastRejectedRound,
  sectionsToFix,
  type FormResponse,
  type Handover,
  type Round,
} from '@hemit/plugin-overlevering-common';
import { overleveringApiRef, type FieldError } from '../../api';
import { overleveringTranslationRef } from '../../translation';
import { markRequired, type JsonRecord } from '../../lib/document';
import { SubmitDialog } from '../SubmitDialog';
import {
  ENTITY_REF_WIDGET,
  NO_DEFAULT_ANSWERS,
  sectionProgress,
} from '@hemit/overlevering-form-schema';
import { EntityRefWidget } from './CatalogRefWidget';
import { formControlTranslator } from './formControlTexts';
import { sectionErrorSchema } from './sectionErrors';
import { useDocumentAutosave, type StoredEdits } from './useDocumentAutosave';
import type { DraftVault } from '../../lib/draftVault';
import { useStableFormData } from './useStableFormData';
import { formExtensionOf } from './useLocalizedForm';
import { useFollowRemoteChanges } from './useFollowRemoteChanges';
import { sectionsOf, type LocalizedForm } from './sections';
import { SectionStepper } from './SectionStepper';
import { SaveStatusBar } from './SaveStatusBar';
import { ApprovalStep } from './ApprovalStep';
import { RejectionSummary } from './RejectionSummary';

export type { LocalizedForm } from './sections';

const widgets: RegistryWidgetsType = {
  [ENTITY_REF_WIDGET]: EntityRefWidget,
};

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
  useFollowRemoteChanges(handover, autosave);
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
  // The platform team's extra fields count in the progress of their sections.
  const extension = useMemo(() => formExtensionOf(form), [form]);
  // What the last rejected round asks the owner to fix, while they can.
  const rejected = editable ? lastRejectedRound(handover.rounds) : undefined;
  const toFix = useMemo(
    () => (rejected ? sectionsToFix(rejected, form.approverRoles) : []),
    [rejected, form.approverRoles],
  );
  const marked = useMemo(
    () => new Set(toFix.flatMap(r => r.sections)),
    [toFix],
  );
  // The form opens where the rejection asks for the first fix.
  const [step, setStep] = useState(() =>
    Math.max(
      0,
      sections.findIndex(section => marked.has(section.id)),
    ),
  );
  const progressById = useMemo(
    () =>
      new Map<string, { filled: number; total: number }>(
        sectionProgress(autosave.document, { extension }).map(p => [p.id, p]),
      ),
    [autosave.document, extension],
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
      {handover.status === 'discarded' && (
        <Alert severity="info">{t('discard.readOnly')}</Alert>
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

      {rejected && toFix.length > 0 && (
        <RejectionSummary
          round={rejected.number}
          toFix={toFix}
          sections={sections}
          onGoTo={id => {
            const index = sections.findIndex(section => section.id === id);
            if (index >= 0) setStep(index);
          }}
        />
      )}

      <SectionStepper
        sections={sections}
        progress={progressById}
        marked={marked}
        step={step}
        onStep={setStep}
      />

      <SaveStatusBar
        editable={editable}
        state={autosave.state}
        refused={autosave.fieldErrors}
        onSave={() => autosave.save()}
      />

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
        {!current && (
          <ApprovalStep
            canSubmit={editable && autosave.state !== 'conflict'}
            onOpen={() => setSubmitOpen(true)}
          />
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
