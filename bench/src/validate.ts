/*
 * Documents validated per second and Markdown exports per second, on one
 * core (this process's main thread), with the full example document.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toMarkdown, validateDocument } from '@hemit/overlevering-form-schema';
import { REPO_ROOT } from './machine';

export interface ThroughputResult {
  name: string;
  iterations: number;
  seconds: number;
  perSecond: number;
  /** Median time of one call, microseconds. */
  medianMicros: number;
}

export function exampleDocument(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(
      resolve(REPO_ROOT, 'packages/form-schema/examples/complete.json'),
      'utf8',
    ),
  );
}

/**
 * Calls `fn` in batches for about `seconds` after a warm-up, and reports
 * calls per second and the median batch time per call.
 */
function throughput(
  name: string,
  fn: () => unknown,
  seconds: number,
): ThroughputResult {
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) fn();
  const batch = 200;
  const perCall: number[] = [];
  let iterations = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    perCall.push(((performance.now() - t0) * 1000) / batch);
    iterations += batch;
  }
  const elapsed = (performance.now() - start) / 1000;
  perCall.sort((a, b) => a - b);
  return {
    name,
    iterations,
    seconds: elapsed,
    perSecond: iterations / elapsed,
    medianMicros: perCall[Math.floor(perCall.length / 2)],
  };
}

export function runValidationBench(seconds = 5): ThroughputResult[] {
  const doc = exampleDocument();
  // Each call gets a fresh parse, as a request body would be, so no cache
  // keyed on the object can help.
  const text = JSON.stringify(doc);
  const submit = validateDocument(JSON.parse(text), { profile: 'submit' });
  if (!submit.valid) {
    throw new Error(
      `The example document is not valid for submit: ${JSON.stringify(
        submit.errors,
      )}`,
    );
  }
  return [
    throughput(
      'validate, submit profile (parsed per call)',
      () => validateDocument(JSON.parse(text), { profile: 'submit' }),
      seconds,
    ),
    throughput(
      'validate, submit profile (same object)',
      () => validateDocument(doc, { profile: 'submit' }),
      seconds,
    ),
    throughput(
      'validate, draft profile (same object)',
      () => validateDocument(doc, { profile: 'draft' }),
      seconds,
    ),
    throughput(
      'Markdown export, nb',
      () => toMarkdown(doc, { locale: 'nb' }),
      seconds,
    ),
  ];
}
