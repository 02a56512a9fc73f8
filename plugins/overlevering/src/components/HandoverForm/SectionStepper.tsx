import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepButton from '@mui/material/StepButton';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { overleveringTranslationRef } from '../../translation';

// A clear focus ring on the steps, for keyboard users.
const focusRing = {
  '&.Mui-focusVisible': {
    outline: '2px solid',
    outlineColor: 'primary.main',
    outlineOffset: 2,
  },
};

/**
 * The steps of the form: one per section with how many of its fields are
 * filled, then the Godkjenning step; any step can be opened at any time.
 */
export function SectionStepper(props: {
  sections: { id: string; title: string }[];
  progress: Map<string, { filled: number; total: number }>;
  step: number;
  onStep: (step: number) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { sections, step } = props;
  const approvalStep = sections.length;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stepper
        nonLinear
        activeStep={step}
        alternativeLabel
        component="nav"
        aria-label={t('form.steps')}
      >
        {sections.map((section, index) => {
          const progress = props.progress.get(section.id) ?? {
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
                onClick={() => props.onStep(index)}
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
            onClick={() => props.onStep(approvalStep)}
            aria-current={step === approvalStep ? 'step' : undefined}
          >
            {t('form.approvalStep')}
          </StepButton>
        </Step>
      </Stepper>
    </Paper>
  );
}
