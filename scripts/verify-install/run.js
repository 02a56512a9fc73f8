// @ts-check
// Running the commands of an install the way a person would, with each command's output kept
// in a log file, so a failure can be read afterwards without scrolling a terminal.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/**
 * Runs a command to its end; rejects with the log's last lines when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, log: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} options
 * @returns {Promise<void>}
 */
function run(command, args, { cwd, log, env, timeoutMs = 20 * 60_000 }) {
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.appendFileSync(
    log,
    `\n${new Date().toISOString()} $ (${cwd}) ${command} ${args.join(' ')}\n`,
  );
  const out = fs.openSync(log, 'a');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', out, out],
      detached: true,
    });
    const timer = setTimeout(() => stopGroup(child.pid), timeoutMs);
    child.on('error', error => {
      clearTimeout(timer);
      fs.closeSync(out);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fs.closeSync(out);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} ended with ${
              signal ?? `exit code ${code}`
            } (log: ${log})\n${tail(log, 30)}`,
          ),
        );
    });
  });
}

/**
 * Starts a long-running command in its own process group, so that stopping it also stops
 * what it started (the backend CLI starts the backend as a child).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, log: string, env?: NodeJS.ProcessEnv }} options
 */
function start(command, args, { cwd, log, env }) {
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.appendFileSync(
    log,
    `\n${new Date().toISOString()} $ (${cwd}) ${command} ${args.join(' ')}\n`,
  );
  const out = fs.openSync(log, 'a');
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
    detached: true,
  });
  fs.closeSync(out);
  let exited = /** @type {string | undefined} */ (undefined);
  child.on('exit', (code, signal) => {
    exited = signal ?? `exit code ${code}`;
  });
  return {
    pid: child.pid,
    /** Why it ended, while it has not been stopped on purpose. */
    exited: () => exited,
    stop: () => stopGroup(child.pid),
  };
}

/** @param {number | undefined} pid */
function stopGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // ended on SIGTERM
    }
  }, 5000).unref();
}

/**
 * @param {string} file
 * @param {number} lines
 */
function tail(file, lines) {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .slice(-lines)
      .map(l => `    ${l}`)
      .join('\n');
  } catch {
    return '';
  }
}

module.exports = { run, start, tail };
