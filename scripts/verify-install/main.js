#!/usr/bin/env node
// @ts-check
// Proof by installing: packs this repository's packages, installs the tarballs into a Backstage
// app fresh from create-app by the steps the READMEs give (marked `<!-- verify-install: … -->`),
// builds the app, starts its backend and checks what a person would see.
//
//   npm run verify:install [-- --skip-build] [--dir /tmp/somewhere] [--port 7170]
//
// --skip-build: the packages' dist is already built (CI builds before). The generated app stays
// in --dir for a look afterwards; the next run starts it afresh.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const YAML = require('yaml');
const { run, start } = require('./run');
const { stepsOf, commandsOf, statementsOf } = require('./readme');
const {
  CREATE_APP,
  generateApp,
  convertToNpm,
  writePortConfig,
} = require('./generatedApp');
const checks = require('./checks');

const repo = path.resolve(__dirname, '../..');

/** The packages installed, in the order their READMEs are followed. */
const PACKAGES = [
  { dir: 'plugins/overlevering-backend', readme: true },
  { dir: 'plugins/overlevering', readme: true },
  { dir: 'plugins/search-backend-module-overlevering', readme: true },
  { dir: 'plugins/scaffolder-backend-module-overlevering', readme: true },
  { dir: 'plugins/overlevering-common', readme: false },
  { dir: 'packages/form-schema', readme: false },
];

/** A text only the plugin's page shows. */
const PAGE_TEXT = 'Mine overleveringer';

function options() {
  const args = process.argv.slice(2);
  const value = (
    /** @type {string} */ flag,
    /** @type {string} */ fallback,
  ) => {
    const i = args.indexOf(flag);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  return {
    skipBuild: args.includes('--skip-build'),
    workDir: path.resolve(
      value('--dir', path.join(os.tmpdir(), 'overlevering-verify-install')),
    ),
    port: Number(value('--port', '7170')),
  };
}

/** @type {{ name: string, ok: boolean | undefined, detail: string, seconds: number }[]} */
const results = [];

/**
 * Runs one step or check; a failed one stops the steps that depend on it.
 * @param {string} name
 * @param {() => Promise<string | void> | string | void} fn
 */
async function step(name, fn) {
  const started = Date.now();
  process.stdout.write(`… ${name}\n`);
  try {
    const detail = (await fn()) ?? '';
    const seconds = (Date.now() - started) / 1000;
    results.push({ name, ok: true, detail, seconds });
    console.log(`  ok (${seconds.toFixed(0)} s)${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (error) {
    const seconds = (Date.now() - started) / 1000;
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail, seconds });
    console.log(`  FAILED (${seconds.toFixed(0)} s): ${detail}`);
    return false;
  }
}

/** @param {string} name */
function notRun(name) {
  results.push({ name, ok: undefined, detail: 'not run', seconds: 0 });
}

async function main() {
  const { skipBuild, workDir, port } = options();
  const began = Date.now();
  const appDir = path.join(workDir, 'app');
  const tarballDir = path.join(workDir, 'tarballs');
  const logs = path.join(workDir, 'logs');
  const ours = ['app', 'logs', 'tarballs', 'source', 'shim'];
  const inside = (/** @type {string} */ a, /** @type {string} */ b) =>
    !path.relative(a, b).startsWith('..');
  if (
    inside(workDir, repo) ||
    inside(repo, workDir) ||
    (fs.existsSync(workDir) &&
      fs.readdirSync(workDir).some(f => !ours.includes(f)))
  ) {
    // It is emptied first: never a folder of the repository or someone else's.
    throw new Error(
      `--dir ${workDir} must be outside the repository and empty or a previous run's`,
    );
  }
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(tarballDir, { recursive: true });
  const env = { npm_config_audit: 'false', npm_config_fund: 'false' };
  const base = `http://localhost:${port}`;
  console.log(
    `Verifying the install into a fresh app in ${appDir} (logs in ${logs})`,
  );

  const manifests = PACKAGES.map(p => ({
    ...p,
    manifest: JSON.parse(
      fs.readFileSync(path.join(repo, p.dir, 'package.json'), 'utf8'),
    ),
  }));
  /** @type {Map<string, string>} */
  const tarballs = new Map();
  /** @type {string[]} */
  const configFiles = [];
  /** @type {string[]} */
  const expectedRoles = [];
  /** @type {ReturnType<typeof start> | undefined} */
  let backend;
  // Ctrl-C or CI's timeout: the backend stops too.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      backend?.stop();
      process.exit(130);
    });
  }

  const planned = [
    skipBuild ? 'the packages are built' : 'build the packages',
    'npm pack the packages',
    `generate an app with ${CREATE_APP} and make it an npm workspace`,
    "follow the READMEs' install steps",
    'build the app',
    'type-check the app',
    `start the app's backend on port ${port}`,
    'GET /api/overlevering/form answers',
    'a handover is created and submitted through the API',
    "the app's bundle contains the plugin's page",
    'npm ls shows one version of each @backstage package',
  ];
  let next = 0;
  /** @param {() => Promise<string | void> | string | void} fn */
  const go = async fn => step(planned[next++], fn);
  const skipRest = () => {
    while (next < planned.length) notRun(planned[next++]);
  };

  try {
    const built = await go(async () => {
      if (skipBuild) {
        const missing = manifests.filter(
          p => !fs.existsSync(path.join(repo, p.dir, 'dist')),
        );
        if (missing.length) {
          throw new Error(
            `no dist in ${missing
              .map(p => p.dir)
              .join(', ')}: run npm run build`,
          );
        }
        return;
      }
      // tsc's declarations feed the packages' type bundles; its verdict is CI's tsc step's job.
      await run('npx', ['tsc'], {
        cwd: repo,
        log: path.join(logs, 'build.log'),
      }).catch(() =>
        console.log(
          '  (tsc reported errors; see the log — building with what it emitted)',
        ),
      );
      for (const p of manifests) {
        await run('npx', ['backstage-cli', 'package', 'build'], {
          cwd: path.join(repo, p.dir),
          log: path.join(logs, 'build.log'),
        });
      }
    });
    if (!built) return skipRest();

    const packed = await go(async () => {
      // Packed from a copy: prepack rewrites each package.json for publishing, and the working
      // tree is not to change under anyone's feet meanwhile.
      const stage = stageSources(path.join(workDir, 'source'), manifests);
      const json = path.join(logs, 'pack.json');
      await run(
        'sh',
        [
          '-c',
          `npm pack ${manifests
            .map(p => `--workspace ${p.dir}`)
            .join(' ')} --pack-destination ${tarballDir} --json > ${json}`,
        ],
        { cwd: stage, log: path.join(logs, 'pack.log') },
      );
      for (const entry of JSON.parse(fs.readFileSync(json, 'utf8'))) {
        tarballs.set(entry.name, path.join(tarballDir, entry.filename));
      }
      return [...tarballs.values()].map(t => path.basename(t)).join(', ');
    });
    if (!packed) return skipRest();

    const generated = await go(async () => {
      await generateApp({
        workDir,
        appDir,
        log: path.join(logs, 'create-app.log'),
      });
      const rootManifest = JSON.parse(
        fs.readFileSync(path.join(repo, 'package.json'), 'utf8'),
      );
      convertToNpm(appDir, rootManifest.overrides);
      configFiles.push(writePortConfig(appDir, port));
    });
    if (!generated) return skipRest();

    const installed = await go(async () => {
      /** @type {string[]} */
      const done = [];
      let configs = 0;
      for (const p of manifests.filter(m => m.readme)) {
        const steps = stepsOf(path.join(repo, p.dir, 'README.md'));
        if (steps.length === 0)
          throw new Error(`${p.dir}/README.md marks no install steps`);
        for (const s of steps) {
          if (s.kind === 'shell') {
            for (const argv of commandsOf(s)) {
              const [cmd, ...args] = argv.flatMap(a =>
                withTarballs(a, tarballs, manifests),
              );
              const t0 = Date.now();
              await run(cmd, args, {
                cwd: appDir,
                log: path.join(logs, 'install.log'),
                env,
              });
              console.log(
                `  ${s.source}: ${argv.join(' ')} (${(
                  (Date.now() - t0) /
                  1000
                ).toFixed(0)} s)`,
              );
            }
          } else if (s.kind === 'backend-index') {
            addToBackend(appDir, statementsOf(s));
          } else {
            const file = path.join(
              appDir,
              `app-config.readme-${++configs}.yaml`,
            );
            const text = s.lines.join('\n');
            fs.writeFileSync(file, `# From ${s.source}\n${text}\n`);
            configFiles.splice(configFiles.length - 1, 0, file);
            for (const role of YAML.parse(text)?.overlevering?.approverRoles ??
              []) {
              expectedRoles.push(role.id);
            }
          }
          done.push(`${s.source} (${s.kind})`);
        }
      }
      return done.join(', ');
    });
    if (!installed) return skipRest();

    const appBuilt = await go(() =>
      run('npm', ['run', 'build', '--workspace', 'app'], {
        cwd: appDir,
        log: path.join(logs, 'app-build.log'),
      }),
    );
    await go(() =>
      run('npx', ['tsc'], { cwd: appDir, log: path.join(logs, 'app-tsc.log') }),
    );

    const configArgs = [
      'app-config.yaml',
      ...configFiles.map(f => path.basename(f)),
    ].flatMap(f => ['--config', path.join(appDir, f)]);
    const started = await go(async () => {
      // Another backend on the port would answer the checks in this one's place.
      const taken = await fetch(base).then(
        () => true,
        () => false,
      );
      if (taken)
        throw new Error(`port ${port} is in use; choose another with --port`);
      backend = start(
        'npx',
        ['backstage-cli', 'package', 'start', ...configArgs],
        {
          cwd: path.join(appDir, 'packages/backend'),
          log: path.join(logs, 'backend.log'),
        },
      );
      const b = backend;
      await checks.waitForHealth(`${base}/api/overlevering/health`, {
        isRunning: () => b.exited(),
        timeoutMs: 180_000,
      });
    });
    if (!started) {
      notRun(planned[next++]);
      notRun(planned[next++]);
      notRun(planned[next++]);
    } else {
      /** @type {ReturnType<typeof checks.client> | undefined} */
      let call;
      const signedIn = () => {
        if (!call) throw new Error('no guest sign-in');
        return call;
      };
      await go(async () => {
        call = checks.client(
          `${base}/api/overlevering`,
          await checks.guestToken(base),
        );
        return checks.checkForm(call, expectedRoles);
      });
      await go(() => checks.checkCreateAndSubmit(signedIn()));
      if (appBuilt) await go(() => checks.checkBundle(appDir, base, PAGE_TEXT));
      else notRun(planned[next++]);
    }
    await go(() => checks.checkOneVersionEach(appDir));
  } finally {
    backend?.stop();
    const minutes = ((Date.now() - began) / 60000).toFixed(1);
    const failed = results.filter(r => r.ok !== true);
    console.log(
      `\nVerified install (${new Date()
        .toISOString()
        .slice(0, 10)}, ${minutes} min):`,
    );
    for (const r of results) {
      const mark = r.ok === true ? 'PASS' : r.ok === false ? 'FAIL' : 'SKIP';
      console.log(
        `  ${mark}  ${r.name}${
          r.ok === false ? `\n        ${r.detail.split('\n')[0]}` : ''
        }`,
      );
    }
    console.log(
      failed.length === 0
        ? `All ${results.length} passed.`
        : `${failed.length} of ${results.length} did not pass; logs in ${logs}`,
    );
    fs.mkdirSync(logs, { recursive: true });
    fs.writeFileSync(
      path.join(logs, 'result.json'),
      JSON.stringify({ minutes: Number(minutes), results }, null, 2),
    );
    process.exitCode = failed.length === 0 ? 0 : 1;
  }
}

/**
 * A package name in a README's npm command becomes its tarball, with the tarballs of the
 * @hemit packages it depends on: the registry would supply those, and npm looks a tarball's
 * dependencies up on the registry unless the same command gives them.
 * @param {string} arg
 * @param {Map<string, string>} tarballs
 * @param {{ manifest: { name: string, dependencies?: Record<string, string> } }[]} manifests
 */
function withTarballs(arg, tarballs, manifests) {
  if (!tarballs.has(arg)) return [arg];
  /** @type {string[]} */
  const names = [];
  const visit = (/** @type {string} */ name) => {
    if (names.includes(name)) return;
    names.push(name);
    const m = manifests.find(p => p.manifest.name === name)?.manifest;
    for (const dep of Object.keys(m?.dependencies ?? {})) {
      if (tarballs.has(dep)) visit(dep);
    }
  };
  visit(arg);
  return names.map(n => /** @type {string} */ (tarballs.get(n)));
}

/**
 * Adds a README's `backend.add(…)` lines that the backend does not have yet, before it starts.
 * @param {string} appDir
 * @param {string[]} statements
 */
function addToBackend(appDir, statements) {
  const file = path.join(appDir, 'packages/backend/src/index.ts');
  let source = fs.readFileSync(file, 'utf8');
  const missing = statements.filter(s => !source.includes(s));
  if (!source.includes('backend.start();')) {
    throw new Error(`${file} has no backend.start();`);
  }
  source = source.replace(
    'backend.start();',
    `${missing.join('\n')}\n\nbackend.start();`,
  );
  fs.writeFileSync(file, source);
}

/**
 * A copy of the packages with the root's manifest, tsconfig and node_modules, where npm pack
 * runs each package's prepack (which reads the root tsconfig to describe the package's
 * features for apps that discover packages).
 * @param {string} stage
 * @param {{ dir: string }[]} packages
 */
function stageSources(stage, packages) {
  fs.mkdirSync(stage, { recursive: true });
  for (const f of ['package.json', 'tsconfig.json']) {
    fs.copyFileSync(path.join(repo, f), path.join(stage, f));
  }
  fs.symlinkSync(
    path.join(repo, 'node_modules'),
    path.join(stage, 'node_modules'),
  );
  for (const p of packages) {
    fs.cpSync(path.join(repo, p.dir), path.join(stage, p.dir), {
      recursive: true,
      filter: src => path.basename(src) !== 'node_modules',
    });
  }
  return stage;
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
