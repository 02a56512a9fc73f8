import { useEffect, useRef } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
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
 * filled and whether a rejection asks to fix it, then the Godkjenning step;
 * any step can be opened at any time. On a narrow screen the steps scroll
 * sideways instead of being cut off, and the open step scrolls into view.
 */
export function SectionStepper(props: {
  sections: { id: string; title: string }[];
  progress: Map<string, { filled: number; total: number }>;
  /** The sections a rejection asks the owner to fix. */
  marked?: ReadonlySet<string>;
  step: number;
  onStep: (step: number) => void;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { sections, step } = props;
  const approvalStep = sections.length;
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    scroller.current
      ?.querySelector('[aria-current="step"]')
      ?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [step]);
  return (
    <Paper variant="outlined" ref={scroller} sx={{ p: 2, overflowX: 'auto' }}>
      <Stepper
        nonLinear
        activeStep={step}
        alternativeLabel
        component="nav"
        aria-label={t('form.steps')}
        // Each step wide enough for its title, however narrow the screen (by
        // position: the app may prefix MUI's class names).
        sx={{ '& > *': { minWidth: '7.5rem' } }}
      >
        {sections.map((section, index) => {
          const progress = props.progress.get(section.id) ?? {
            filled: 0,
            total: 0,
          };
          const marked = props.marked?.has(section.id) ?? false;
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
                  <>
                    <Typography variant="caption" component="span">
                      {t('form.progress', {
                        filled: String(progress.filled),
                        total: String(progress.total),
                      })}
                    </Typography>
                    {marked && (
                      <Stack
                        direction="row"
                        spacing={0.5}
                        justifyContent="center"
                        alignItems="center"
                        sx={{ color: 'warning.dark' }}
                      >
                        <ReportProblemOutlined
                          fontSize="small"
                          aria-hidden="true"
                        />
                        <Typography
                          variant="caption"
                          component="span"
                          fontWeight="bold"
                        >
                          {t('rejection.marker')}
                        </Typography>
                      </Stack>
                    )}
                  </>
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
