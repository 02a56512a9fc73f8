// @ts-check
// The install steps are read from the packages' READMEs, so that what is verified is what a
// reader is told to do. A step is a fenced block right after a marker comment:
//
//   <!-- verify-install: shell -->         npm commands, run from the app's root
//   <!-- verify-install: backend-index --> lines added to packages/backend/src/index.ts
//   <!-- verify-install: app-config -->    configuration added to the app's config
//
// Blocks without a marker (the Yarn equivalents, the legacy frontend system) are for
// readers only.
const fs = require('node:fs');
const path = require('node:path');

/** @typedef {'shell' | 'backend-index' | 'app-config'} StepKind */
/** @typedef {{ kind: StepKind, lines: string[], source: string }} Step */

const KINDS = ['shell', 'backend-index', 'app-config'];
const MARKER = /^<!--\s*verify-install:\s*([\w-]+)\s*-->\s*$/;

/**
 * @param {string} file
 * @returns {Step[]}
 */
function stepsOf(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  /** @type {Step[]} */
  const steps = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i].trim());
    if (!marker) continue;
    const kind = marker[1];
    const where = `${path.basename(path.dirname(file))}/README.md:${i + 1}`;
    if (!KINDS.includes(kind)) {
      throw new Error(`${where}: unknown verify-install step "${kind}"`);
    }
    let start = i + 1;
    while (start < lines.length && lines[start].trim() === '') start++;
    if (!/^```/.test(lines[start] ?? '')) {
      throw new Error(
        `${where}: the marker must be followed by a fenced block`,
      );
    }
    const end = lines.findIndex((l, j) => j > start && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`${where}: the fenced block is not closed`);
    steps.push({
      kind: /** @type {StepKind} */ (kind),
      lines: lines.slice(start + 1, end),
      source: where,
    });
    i = end;
  }
  return steps;
}

/**
 * The commands of a shell step: comments and blank lines dropped. Only npm commands are run.
 * @param {Step} step
 * @returns {string[][]}
 */
function commandsOf(step) {
  return step.lines
    .map(l => l.replace(/\s+#.*$/, '').trim())
    .filter(l => l && !l.startsWith('#'))
    .map(l => {
      const argv = l.split(/\s+/);
      if (argv[0] !== 'npm') {
        throw new Error(
          `${step.source}: only npm commands are run, not "${l}"`,
        );
      }
      return argv;
    });
}

/**
 * The statements of a backend-index step, without comments.
 * @param {Step} step
 */
function statementsOf(step) {
  return step.lines.map(l => l.trim()).filter(l => l && !l.startsWith('//'));
}

module.exports = { stepsOf, commandsOf, statementsOf };
