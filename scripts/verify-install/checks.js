// @ts-check
// What a person who followed the READMEs would see: the backend answers, a handover can be
// started and sent for approval, the app carries the plugin's page, and the app holds one copy
// of each Backstage package.
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

/**
 * @param {string} url
 * @param {{ isRunning: () => string | undefined, timeoutMs: number }} options
 */
async function waitForHealth(url, { isRunning, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ended = isRunning();
    if (ended)
      throw new Error(`the backend ended (${ended}) before it answered`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * A token for the generated app's guest user, as its sign-in page gets one.
 * @param {string} base
 */
async function guestToken(base) {
  const res = await fetch(`${base}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!res.ok) throw new Error(`guest sign-in answered ${res.status}`);
  const body = await res.json();
  const token = body?.backstageIdentity?.token;
  if (!token) throw new Error('guest sign-in gave no token');
  return token;
}

/**
 * @param {string} api
 * @param {string} token
 */
function client(api, token) {
  /**
   * @param {string} method
   * @param {string} route
   * @param {unknown} [body]
   */
  return async (method, route, body) => {
    const res = await fetch(`${api}${route}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text };
  };
}

/**
 * `GET /form` answers with the form and the approver roles the README's config sets.
 * @param {ReturnType<typeof client>} call
 * @param {string[]} expectedRoles
 */
async function checkForm(call, expectedRoles) {
  const form = await call('GET', '/form');
  if (form.status !== 200) {
    throw new Error(
      `GET /form answered ${form.status}: ${form.text.slice(0, 300)}`,
    );
  }
  const roles = (form.json?.approverRoles ?? []).map(
    (/** @type {{ id: string }} */ r) => r.id,
  );
  if (!form.json?.schema || roles.length === 0) {
    throw new Error('GET /form answered without a schema or approver roles');
  }
  const missing = expectedRoles.filter(r => !roles.includes(r));
  if (missing.length) {
    throw new Error(
      `the README's approver roles (${missing.join(
        ', ',
      )}) are not among ${roles.join(', ')}`,
    );
  }
  return `schema version ${
    form.json.schemaVersion
  }, approver roles: ${roles.join(', ')}`;
}

/**
 * Starts a handover and sends it for approval. The catalog of a fresh backend takes a few
 * seconds to hold the example groups that approve, so a submit refused for an unknown group
 * is tried again for a while.
 * @param {ReturnType<typeof client>} call
 */
async function checkCreateAndSubmit(call) {
  const created = await call('POST', '/handovers', {
    document: { bestilling: { tittel: 'Verified install' } },
  });
  if (created.status !== 201) {
    throw new Error(
      `POST /handovers answered ${created.status}: ${created.text.slice(
        0,
        300,
      )}`,
    );
  }
  const { id, revision } = created.json;
  const deadline = Date.now() + 90_000;
  let submitted;
  for (;;) {
    submitted = await call('POST', `/handovers/${id}/submit`, {
      revision,
      optionalRoles: [],
    });
    if (submitted.status === 201 || Date.now() > deadline) break;
    if (submitted.status !== 400) break; // only an unresolved seat is worth waiting for
    await sleep(3000);
  }
  if (submitted.status !== 201) {
    throw new Error(
      `POST /handovers/${id}/submit answered ${
        submitted.status
      }: ${submitted.text.slice(0, 400)}`,
    );
  }
  const after = await call('GET', `/handovers/${id}`);
  if (after.status !== 200) {
    throw new Error(`GET /handovers/${id} answered ${after.status}`);
  }
  const seats = (submitted.json?.seats ?? [])
    .map(
      (/** @type {{ role: string, approver?: string }} */ s) =>
        `${s.role} (${s.approver})`,
    )
    .join(', ');
  return `handover ${id} is ${after.json?.status}, round ${submitted.json?.number} asks ${seats}`;
}

/**
 * The built app contains the plugin's page, and the backend serves that file.
 * @param {string} appDir
 * @param {string} base
 * @param {string} pageText a text only the plugin's page shows
 */
async function checkBundle(appDir, base, pageText) {
  const staticDir = path.join(appDir, 'packages/app/dist/static');
  const files = fs.readdirSync(staticDir).filter(f => f.endsWith('.js'));
  const holding = files.filter(f =>
    fs.readFileSync(path.join(staticDir, f), 'utf8').includes(pageText),
  );
  if (holding.length === 0) {
    throw new Error(`no file of ${staticDir} contains "${pageText}"`);
  }
  const index = await fetch(`${base}/`);
  if (!index.ok) throw new Error(`GET / answered ${index.status}`);
  const served = await fetch(`${base}/static/${holding[0]}`);
  if (!served.ok) {
    throw new Error(`GET /static/${holding[0]} answered ${served.status}`);
  }
  return `"${pageText}" in static/${holding[0]} (of ${files.length} scripts), served at ${base}/`;
}

/**
 * `npm ls` of the whole app shows each @backstage package in one version.
 * @param {string} appDir
 */
function checkOneVersionEach(appDir) {
  let output;
  try {
    output = execFileSync('npm', ['ls', '--all', '--json'], {
      cwd: appDir,
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString();
  } catch (error) {
    // npm ls exits non-zero for problems elsewhere (peer ranges); its JSON is still whole.
    output =
      /** @type {{ stdout?: Buffer }} */ (error).stdout?.toString() ?? '';
  }
  /** @type {Map<string, Set<string>>} */
  const versions = new Map();
  /** @param {Record<string, any> | undefined} deps */
  const visit = deps => {
    for (const [name, dep] of Object.entries(deps ?? {})) {
      if (name.startsWith('@backstage/') && dep.version) {
        if (!versions.has(name)) versions.set(name, new Set());
        versions.get(name)?.add(dep.version);
      }
      visit(dep.dependencies);
    }
  };
  visit(JSON.parse(output).dependencies);
  const duplicates = [...versions].filter(([, v]) => v.size > 1);
  if (versions.size === 0)
    throw new Error('npm ls listed no @backstage packages');
  if (duplicates.length) {
    throw new Error(
      duplicates.map(([n, v]) => `${n} in ${[...v].join(', ')}`).join('; '),
    );
  }
  return `${versions.size} @backstage packages, each in one version`;
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

module.exports = {
  waitForHealth,
  guestToken,
  client,
  checkForm,
  checkCreateAndSubmit,
  checkBundle,
  checkOneVersionEach,
};
