// Prints the one line CI reads, `N passed, N failed`, summing Jest's --json output and
// Playwright's JSON report. A suite that fails to run counts as one failure; a missing or
// unreadable report counts as one failure; a run with no test at all fails too.
const fs = require('fs');

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read test results from ${file}: ${error.message}`);
    return undefined;
  }
}

function countJest(result) {
  const brokenSuites = result.testResults.filter(
    suite =>
      suite.status === 'failed' &&
      suite.assertionResults.every(a => a.status !== 'failed'),
  );
  for (const suite of brokenSuites) {
    console.error(`Suite failed to run: ${suite.name}\n${suite.message}`);
  }
  return {
    passed: result.numPassedTests,
    failed: result.numFailedTests + brokenSuites.length,
  };
}

function countPlaywright(result) {
  const stats = result.stats ?? {};
  // Playwright's stats: expected = passed, unexpected = failed, flaky = passed on retry.
  const errors = (result.errors ?? []).length;
  for (const error of result.errors ?? []) {
    console.error(`Browser tests failed to run: ${error.message}`);
  }
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + errors,
  };
}

let passed = 0;
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const [kind, file] = arg.split('=');
  const result = read(file);
  if (!result) {
    failed += 1;
    continue;
  }
  const counts =
    kind === 'playwright' ? countPlaywright(result) : countJest(result);
  passed += counts.passed;
  failed += counts.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
