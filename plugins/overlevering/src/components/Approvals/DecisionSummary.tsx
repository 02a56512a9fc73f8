import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { getTexts, type Locale } from '@hemit/overlevering-form-schema';
import { overleveringTranslationRef } from '../../translation';
import { useFormatters, useLanguage } from '../../hooks';
import {
  SUMMARY_PATHS,
  type DecisionSummaryFacts,
  type QuestionAnswer,
} from './decisionSummary';

/** How many rows of a list the summary names before "and N more". */
const SHOWN_ROWS = 3;
/** Long explanations are cut here; the whole form has the full text. */
const SHORT_TEXT = 160;

function shorten(text: string): string {
  return text.length > SHORT_TEXT
    ? `${text.slice(0, SHORT_TEXT - 1).trimEnd()}…`
    : text;
}

/** One line of the summary: a term and what the document says. */
function Fact(props: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
        {props.label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {props.children}
      </Typography>
    </>
  );
}

/**
 * The delivery in brief, at the top of the decision page: what it is, for
 * which service and owner, when it goes live, what it costs a year, how its
 * risks were assessed, and what it goes live with (deviations, known errors).
 * An unanswered question says so; it is never shown as a no.
 */
export function DecisionSummary(props: {
  facts: DecisionSummaryFacts;
  owner: string;
  nameOf: (ref: string) => string;
  /** Who decides here and in which round, above the facts. */
  heading: ReactNode;
  /** The owner's message with the round, if any. */
  message?: string;
}) {
  const { t } = useTranslationRef(overleveringTranslationRef);
  const { date, money } = useFormatters();
  const language = useLanguage();
  const locale: Locale = language === 'en' ? 'en' : 'nb';
  const fields = getTexts(locale).fields as Record<string, { title: string }>;
  const { facts, nameOf } = props;

  const answer = (question: QuestionAnswer, worrying: 'no' | 'yes') => {
    const said =
      question.answer === undefined
        ? t('decision.notAnswered')
        : t(question.answer ? 'decision.yes' : 'decision.no');
    const notable =
      question.answer === undefined || question.answer === (worrying === 'yes');
    return (
      <>
        {notable && (
          <ReportProblemOutlined
            fontSize="inherit"
            color="warning"
            sx={{ verticalAlign: 'text-bottom', mr: 0.5 }}
          />
        )}
        <Box component="span" sx={{ fontWeight: notable ? 700 : undefined }}>
          {said}
        </Box>
        {question.explanation && ` — ${shorten(question.explanation)}`}
      </>
    );
  };

  const rows = (descriptions: string[]) => {
    if (descriptions.length === 0) {
      return t('decision.noneRegistered');
    }
    const rest = descriptions.length - SHOWN_ROWS;
    return (
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {descriptions.slice(0, SHOWN_ROWS).map((description, i) => (
          <li key={i}>{shorten(description) || t('decision.untitledRow')}</li>
        ))}
        {rest > 0 && <li>{t('decision.more', { number: String(rest) })}</li>}
      </Box>
    );
  };

  const titled = (path: string, count: number) =>
    `${fields[path].title} (${count})`;

  return (
    <InfoCard title={t('decision.summary')}>
      <section aria-label={t('decision.summary')}>
        {props.heading}
        <Typography variant="h5" component="h2" sx={{ mt: 1, mb: 1.5 }}>
          {facts.title ?? t('common.untitled')}
        </Typography>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: {
              xs: '1fr',
              sm: 'minmax(10rem, max-content) 1fr',
            },
            columnGap: 3,
            rowGap: { xs: 0.25, sm: 1 },
            m: 0,
            '& dd': { mb: { xs: 1, sm: 0 } },
          }}
        >
          <Fact label={t('decision.service')}>
            {facts.service ? nameOf(facts.service) : t('decision.notFilled')}
          </Fact>
          <Fact label={t('decision.owner')}>{nameOf(props.owner)}</Fact>
          <Fact label={fields[SUMMARY_PATHS.plannedDate].title}>
            {facts.plannedDate
              ? date(facts.plannedDate)
              : t('decision.notFilled')}
          </Fact>
          <Fact label={t('decision.yearlyCost')}>
            {facts.yearlyCost === undefined
              ? t('decision.notFilled')
              : money(facts.yearlyCost)}
          </Fact>
          <Fact label={fields[SUMMARY_PATHS.ros].title}>
            {answer(facts.ros, 'no')}
          </Fact>
          <Fact label={fields[SUMMARY_PATHS.dpia].title}>
            {answer(facts.dpia, 'no')}
          </Fact>
          <Fact label={fields[SUMMARY_PATHS.healthData].title}>
            {answer(facts.healthData, 'yes')}
          </Fact>
          <Fact
            label={titled(SUMMARY_PATHS.deviations, facts.deviations.length)}
          >
            {rows(facts.deviations)}
          </Fact>
          <Fact
            label={titled(SUMMARY_PATHS.knownErrors, facts.knownErrors.length)}
          >
            {rows(facts.knownErrors)}
          </Fact>
          {props.message && (
            <Fact label={t('decision.ownerMessage')}>{props.message}</Fact>
          )}
        </Box>
      </section>
    </InfoCard>
  );
}
