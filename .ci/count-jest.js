// Prints the one line CI reads, `N passed, N failed`, from Jest's --json output.
// A suite that fails to run (a syntax error, a failing hook) has no failed tests of its
// own, so each such suite counts as one failure; a run with no test at all fails too.
const fs = require('fs');

const file = process.argv[2];
let result;
try {
  result = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (error) {
  console.log('0 passed, 1 failed');
  console.error(`Cannot read Jest results from ${file}: ${error.message}`);
  process.exit(1);
}
const brokenSuites = result.testResults.filter(
  suite => suite.status === 'failed' && suite.assertionResults.every(a => a.status !== 'failed'),
);
for (const suite of brokenSuites) {
  console.error(`Suite failed to run: ${suite.name}\n${suite.message}`);
}
const passed = result.numPassedTests;
const failed = result.numFailedTests + brokenSuites.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
