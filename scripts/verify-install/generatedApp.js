// @ts-check
// A fresh Backstage app from the release set this repository is built on, turned into an
// npm workspace (Yarn cannot be fetched on these machines; see
// /work/shared/design/toolchain.md, "Installing our packages into a freshly generated app").
const fs = require('node:fs');
const path = require('node:path');
const { run } = require('./run');

/** create-app's release of the Backstage set in the root `overrides` (1.55.0). */
const CREATE_APP = '@backstage/create-app@0.9.2';

/**
 * @param {{ workDir: string, appDir: string, log: string }} where
 */
async function generateApp({ workDir, appDir, log }) {
  // create-app checks for Node 22/24 and a `yarn` on PATH before it writes anything; Node 20
  // runs the result with engine warnings only, and the app is installed with npm below.
  const shim = path.join(workDir, 'shim');
  fs.mkdirSync(shim, { recursive: true });
  fs.writeFileSync(path.join(shim, 'yarn'), '#!/bin/sh\necho 4.13.0\n', {
    mode: 0o755,
  });
  const node22 = path.join(shim, 'node22.cjs');
  fs.writeFileSync(
    node22,
    "Object.defineProperty(process.versions, 'node', { value: '22.12.0' });\n",
  );
  await run(
    'npx',
    ['--yes', CREATE_APP, '--path', path.basename(appDir), '--skip-install'],
    {
      cwd: path.dirname(appDir),
      log,
      env: {
        PATH: `${shim}:${process.env.PATH}`,
        NODE_OPTIONS: `--require=${node22}`,
        BACKSTAGE_APP_NAME: 'verify-install-app',
      },
    },
  );
}

/**
 * Yarn's files out, npm's in: the same overrides as this repository (the 1.55.0 set), and
 * the few template versions that set refuses.
 * @param {string} appDir
 * @param {Record<string, unknown>} overrides
 */
function convertToNpm(appDir, overrides) {
  for (const f of ['yarn.lock', '.yarnrc.yml', '.yarn']) {
    fs.rmSync(path.join(appDir, f), { recursive: true, force: true });
  }
  const rootFile = path.join(appDir, 'package.json');
  const root = JSON.parse(fs.readFileSync(rootFile, 'utf8'));
  delete root.packageManager;
  delete root.resolutions;
  for (const [name, script] of Object.entries(root.scripts ?? {})) {
    root.scripts[name] = String(script).replace(
      /yarn workspace (\S+) (\S+)/g,
      'npm run $2 --workspace $1',
    );
  }
  root.overrides = overrides;
  // A direct dependency must equal its override, or npm stops with EOVERRIDE.
  for (const name of Object.keys(root.devDependencies ?? {})) {
    if (typeof overrides[name] === 'string') {
      root.devDependencies[name] = overrides[name];
    }
  }
  // `"react": "$react"` in the overrides refers to the root's own react.
  root.devDependencies.react = '^18.3.1';
  root.devDependencies['react-dom'] = '^18.3.1';
  writeJson(rootFile, root);

  const backendFile = path.join(appDir, 'packages/backend/package.json');
  const backend = JSON.parse(fs.readFileSync(backendFile, 'utf8'));
  backend.dependencies.app = '*'; // was Yarn's `link:../app`
  writeJson(backendFile, backend);

  // frontend-test-utils of the set needs the newer Testing Library.
  const appFile = path.join(appDir, 'packages/app/package.json');
  const app = JSON.parse(fs.readFileSync(appFile, 'utf8'));
  app.devDependencies['@testing-library/dom'] = '^10.0.0';
  app.devDependencies['@testing-library/react'] = '^16.0.0';
  writeJson(appFile, app);
}

/**
 * The app on ports of its own, so that it runs beside the demo portal (3000/7007).
 * @param {string} appDir
 * @param {number} port
 */
function writePortConfig(appDir, port) {
  const file = path.join(appDir, 'app-config.verify-install.yaml');
  fs.writeFileSync(
    file,
    [
      '# Written by scripts/verify-install: the app is served by its backend on a port of its own.',
      'app:',
      `  baseUrl: http://localhost:${port}`,
      'backend:',
      `  baseUrl: http://localhost:${port}`,
      '  listen:',
      `    port: ${port}`,
      '  cors:',
      `    origin: http://localhost:${port}`,
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * @param {string} file
 * @param {unknown} value
 */
function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

module.exports = { CREATE_APP, generateApp, convertToNpm, writePortConfig };
