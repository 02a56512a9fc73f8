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
    'extra.yaml': [
      'etablering:',
      '  backupRutine:',
      '    schema: { type: string, maxLength: 200 }',
      '    title: { nb: Backup-rutine, en: Backup routine }',
      '    requiredOnSubmit: true',
    ].join('\n'),
    'bad-extra.yaml': 'etablering:\n  servere:\n    schema: { type: string }\n',
    'with-backup.json': JSON.stringify({
      bestilling: { tittel: 'Timebok' },
      etablering: { backupRutine: 'Nattlig til Commvault' },
    }),
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
    [['validate', 'complete.json', '--format', 'xml']],
    [['markdown', 'complete.json', '--format', 'json']],
    [['schema', 'complete.json']],
    [['schema', '--locale', 'de']],
    [['schema', '--profile', 'submit']],
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

  it('prints machine-readable problems with --format json, with the same exit codes', async () => {
    const invalid = await run(
      'validate',
      'invalid.json',
      '--format',
      'json',
      '--locale',
      'en',
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toBe('');
    const report = JSON.parse(invalid.stdout);
    expect(report).toMatchObject({
      file: 'invalid.json',
      valid: false,
      profile: 'draft',
    });
    expect(report.errors).toHaveLength(7);
    expect(report.errors).toContainEqual({
      path: 'driftskostnader.kostnader.0.belop',
      message: '“Amount (NOK)” in “Cost lines”, row 1 must be a number',
    });

    const unfilled = await run(
      'validate',
      'draft-empty.json',
      '--format=json',
      '--required',
      'bestilling.tittel',
    );
    expect(unfilled.code).toBe(1);
    expect(JSON.parse(unfilled.stdout)).toEqual({
      file: 'draft-empty.json',
      valid: false,
      profile: 'submit',
      errors: [{ path: 'bestilling.tittel', message: '«Tittel» må fylles ut' }],
    });

    const complete = await run('validate', 'complete.json', '--format=json');
    expect(complete.code).toBe(0);
    expect(JSON.parse(complete.stdout)).toEqual({
      file: 'complete.json',
      valid: true,
      profile: 'draft',
      errors: [],
    });
  });

  it('prints the JSON Schema and the uiSchema, as in the published files', async () => {
    const published = (file: string) =>
      fs.readFileSync(path.resolve(examples, '../schema', file), 'utf8');
    const nb = await run('schema');
    expect(nb.code).toBe(0);
    expect(nb.stdout).toBe(published('handover.schema.json'));
    expect(JSON.parse(nb.stdout).properties.bestilling.title).toBe(
      'Bestilling',
    );
    const en = await run('schema', '--locale', 'en');
    expect(en.stdout).toBe(published('handover.schema.en.json'));
    expect(JSON.parse(en.stdout).properties.bestilling.title).toBe('Order');
    const ui = await run('schema', '--ui', '--locale=en');
    expect(ui.stdout).toBe(published('handover.uischema.en.json'));
    expect(JSON.parse(ui.stdout)['ui:order'][0]).toBe('bestilling');
  });

  it('takes a portal’s extra fields with --extra-fields, in validation and the export', async () => {
    // Without them the field is unknown.
    expect((await run('validate', 'with-backup.json')).code).toBe(1);
    const valid = await run(
      'validate',
      'with-backup.json',
      '--extra-fields',
      'extra.yaml',
    );
    expect(valid).toMatchObject({ code: 0, stderr: '' });
    // Required on submit, named by its own words.
    const submit = await run(
      'validate',
      'doc.yaml',
      '--profile=submit',
      '--extra-fields=extra.yaml',
      '--locale',
      'en',
    );
    expect(submit.code).toBe(1);
    expect(submit.stdout).toMatch(
      /^etablering\.backupRutine: .*Backup routine/m,
    );
    const markdown = await run(
      'markdown',
      'with-backup.json',
      '--extra-fields',
      'extra.yaml',
    );
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain('Backup-rutine');
    expect(markdown.stdout).toContain('Nattlig til Commvault');
  });

  it('exits 2 naming the mistake in extra fields that clash with the form', async () => {
    const result = await run(
      'validate',
      'doc.yaml',
      '--extra-fields',
      'bad-extra.yaml',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "Cannot use bad-extra.yaml: extraFields.etablering.servere: the section already has a field 'servere'",
    );
  });

  it('prints help with exit 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('overlevering-form validate');
    expect(result.stdout).toContain('overlevering-form schema');
    expect(result.stdout).toContain('--format text|json');
  });
});
