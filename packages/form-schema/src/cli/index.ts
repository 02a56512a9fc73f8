import { promises as fs } from 'fs';
import { CliIo, runCli } from './runCli';

export { runCli, EXIT } from './runCli';
export type { CliIo } from './runCli';

/** The process-facing side of the CLI: real stdout, stderr and files. @public */
export const nodeIo: CliIo = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  readFile: path => fs.readFile(path, 'utf8'),
};

/**
 * Runs the CLI on `process.argv` and sets the exit code. Used by `bin/overlevering-form`.
 *
 * @public
 */
export async function main(
  argv: string[] = process.argv.slice(2),
): Promise<void> {
  try {
    process.exitCode = await runCli(argv, nodeIo);
  } catch (e) {
    process.stderr.write(`overlevering-form: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  }
}
