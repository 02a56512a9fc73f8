import { spawnSync } from 'child_process';
import path from 'path';

const root = path.resolve(__dirname, '../..');

function runBin(...args: string[]) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'bin/overlevering-form'), ...args],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
}

describe('bin/overlevering-form', () => {
  it('runs the CLI as a process, with its exit codes', () => {
    const valid = runBin('validate', 'examples/complete.json');
    expect(valid.stderr).toBe('');
    expect(valid.stdout).toBe('examples/complete.json: valid (draft)\n');
    expect(valid.status).toBe(0);

    const invalid = runBin(
      'validate',
      'examples/invalid.json',
      '--locale',
      'en',
    );
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain(
      'designfase.fagansvarlig: “Subject-matter responsible (fagansvarlig)” must be a catalog reference',
    );

    expect(runBin('validate').status).toBe(2);
  });
});
