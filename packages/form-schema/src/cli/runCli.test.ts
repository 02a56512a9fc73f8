import fs from 'fs';
import path from 'path';
import { runCli } from './runCli';

const examples = path.resolve(__dirname, '../../examples');

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = {
    'doc.yaml': 'bestilling:\n  tittel: Timebok\n  leveransetype: endring\n',
    'broken.json': '{ "bestilling": ',
    'doc.txt': '{"bestilling": {"tittel": 5}}',
  };
  const code = await runCli(argv, {
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    readFile: async file => {
      if (file in files) return files[file];
      return fs.promises.readFile(path.resolve(examples, file), 'utf8');
    },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('runCli', () => {
  it('exits 0 for a valid document', async () => {
    const result = await run(
      'validate',
      'complete.json',
      '--profile',
      'submit',
    );
    expect(result).toEqual({
      code: 0,
      stdout: 'complete.json: valid (submit)\n',
      stderr: '',
    });
  });

  it('exits 1 and prints each error with its path for an invalid document', async () => {
    const result = await run('validate', 'invalid.json', '--locale', 'en');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(
      'driftskostnader.kostnader.0.belop: “Amount (NOK)” in “Cost lines”, row 1 must be a number',
    );
    expect(lines).toContain(
      'ukjentSeksjon: The document: unknown field “ukjentSeksjon”',
    );
    expect(lines[lines.length - 1]).toBe(
      'invalid.json: invalid (draft), 7 error(s)',
    );
  });

  it('applies --required on submit', async () => {
    expect((await run('validate', 'draft-empty.json')).code).toBe(0);
    const result = await run(
      'validate',
      'draft-empty.json',
      '--profile=submit',
      '--required',
      'bestilling.tittel,designfase.fagansvarlig',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'bestilling.tittel: «Tittel» må fylles ut\n',
    );
    expect(result.stdout).toContain(
      'designfase.fagansvarlig: «Fagansvarlig» må fylles ut\n',
    );
  });

  it('reads YAML, and JSON from a file of another name', async () => {
    expect((await run('validate', 'doc.yaml')).code).toBe(0);
    const txt = await run('validate', 'doc.txt');
    expect(txt.code).toBe(1);
    expect(txt.stdout).toContain('bestilling.tittel: «Tittel» må være tekst');
  });

  it.each([
    [[]],
    [['check', 'complete.json']],
    [['validate']],
    [['validate', 'a.json', 'b.json']],
    [['validate', 'complete.json', '--locale', 'de']],
    [['validate', 'complete.json', '--profile']],
    [['validate', 'complete.json', '--required', 'bestilling.tittle']],
    [['markdown', 'complete.json', '--profile', 'submit']],
  ])('exits 2 with usage for %j', async argv => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage:');
    expect(result.stdout).toBe('');
  });

  it('exits 2 for a file it cannot read or parse', async () => {
    const missing = await run('validate', 'missing.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Cannot read missing\.json: ENOENT/);
    const broken = await run('markdown', 'broken.json');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^Cannot read broken\.json/);
  });

  it('prints the Markdown export', async () => {
    const result = await run('markdown', 'complete.json', '--locale', 'en');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^# Pasientflyt API – første produksjonssetting\n/,
    );
    expect(result.stdout).toContain('## Preparing go-live');
  });

  it('refuses to export an invalid document, saying why', async () => {
    const result = await run('markdown', 'invalid.json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'bestilling.leveransetype: «Type leveranse»',
    );
  });

  it('prints help with exit 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('overlevering-form validate');
  });
});
