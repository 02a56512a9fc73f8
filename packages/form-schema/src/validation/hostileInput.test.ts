import { ValidationResult } from '../types';
import { DOCUMENT_LIMITS } from './limits';
import { validateDocument } from './validateDocument';

const errorsOf = (result: ValidationResult) =>
  result.valid ? [] : result.errors;

function timed(input: unknown) {
  const start = performance.now();
  const result = validateDocument(input, { locale: 'en' });
  return { result, ms: performance.now() - start };
}

function nested(depth: number): unknown {
  let value: Record<string, unknown> = {};
  const root = value;
  for (let i = 0; i < depth; i++) {
    const next = {};
    value.a = next;
    value = next;
  }
  return root;
}

describe('hostile input', () => {
  it.each([
    ['null', null],
    ['a string', 'overlevering'],
    ['a number', 42],
    ['an array', [{ bestilling: {} }]],
    ['undefined', undefined],
  ])('refuses %s as a document', (_, input) => {
    const { result } = timed(input);
    expect(errorsOf(result)).toEqual([
      { path: '', message: 'The document must be a JSON object' },
    ]);
  });

  it('refuses deep nesting quickly, without recursing through it', () => {
    const { result, ms } = timed(nested(100000));
    expect(errorsOf(result)[0].message).toBe(
      `The document is nested too deeply (at most ${DOCUMENT_LIMITS.maxDepth} levels)`,
    );
    expect(ms).toBeLessThan(200);
  });

  it('refuses a huge string quickly', () => {
    const { result, ms } = timed({
      bestilling: { tittel: 'x'.repeat(50_000_000) },
    });
    expect(errorsOf(result)).toEqual([
      {
        path: 'bestilling.tittel',
        message: `“Title” has a text that is too long (at most ${DOCUMENT_LIMITS.maxStringLength} characters)`,
      },
    ]);
    expect(ms).toBeLessThan(200);
  });

  it('refuses a list with too many rows quickly', () => {
    const rows = Array.from({ length: 1_000_000 }, () => ({ belop: 1 }));
    const { result, ms } = timed({ driftskostnader: { kostnader: rows } });
    expect(errorsOf(result)[0].path).toBe('driftskostnader.kostnader');
    expect(ms).toBeLessThan(200);
  });

  it('refuses a document over the byte limit', () => {
    const row = { beskrivelse: 'x'.repeat(9000), omgaelse: 'y'.repeat(9000) };
    const rows = Array.from({ length: 40 }, () => row);
    const { result } = timed({ produksjonssetting: { kjenteFeil: rows } });
    expect(errorsOf(result)).toEqual([
      {
        path: '',
        message: `The document is too large (at most ${DOCUMENT_LIMITS.maxBytes} bytes)`,
      },
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the key %s and pollutes nothing',
    key => {
      const input = JSON.parse(
        `{"bestilling": {"${key}": {"polluted": true}}}`,
      );
      const { result } = timed(input);
      expect(errorsOf(result)).toEqual([
        {
          path: 'bestilling',
          message: `“Order” contains the forbidden key “${key}”`,
        },
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses wrong types and unknown properties with an error per field', () => {
    const { result } = timed({
      bestilling: 'ja',
      designfase: { tjeneste: 12, hemmelig: 'x' },
      etablering: { miljoer: ['produksjon', 'produksjon'] },
    });
    expect(errorsOf(result)).toEqual([
      { path: 'bestilling', message: '“Order” must be an object' },
      {
        path: 'designfase.hemmelig',
        message: '“Design phase”: unknown field “hemmelig”',
      },
      { path: 'designfase.tjeneste', message: '“Service” must be text' },
      {
        path: 'etablering.miljoer',
        message: '“Environments” has the same value more than once',
      },
    ]);
  });

  it('refuses values that are not JSON, and cycles', () => {
    const cyclic: Record<string, unknown> = { bestilling: {} };
    (cyclic.bestilling as Record<string, unknown>).self = cyclic;
    expect(errorsOf(timed(cyclic).result)[0].message).toMatch(
      /nested too deeply/,
    );
    expect(
      errorsOf(timed({ bestilling: { tittel: () => 1 } }).result)[0],
    ).toEqual({
      path: 'bestilling.tittel',
      message: '“Title” contains a value that is not valid JSON',
    });
    expect(
      errorsOf(
        timed({ driftskostnader: { kostnader: [{ belop: NaN }] } }).result,
      )[0].path,
    ).toBe('driftskostnader.kostnader.0.belop');
    expect(errorsOf(timed({ bestilling: new Date() }).result)[0].path).toBe(
      'bestilling',
    );
  });

  it('accepts only web links, so no script can hide in a link', () => {
    for (const link of [
      // eslint-disable-next-line no-script-url -- the very link this must refuse
      'javascript:alert(1)',
      'data:text/html,<script>x</script>',
      'file:///etc/passwd',
    ]) {
      const { result } = timed({
        designfase: { arkitekturdokumentasjon: link },
      });
      expect(errorsOf(result)).toEqual([
        {
          path: 'designfase.arkitekturdokumentasjon',
          message:
            '“Architecture and design documentation” must be a web address (https://…)',
        },
      ]);
    }
    expect(
      timed({
        designfase: { arkitekturdokumentasjon: 'https://wiki.hemit.no/x' },
      }).result.valid,
    ).toBe(true);
  });

  it('treats undefined properties as absent, as JSON does', () => {
    expect(timed({ bestilling: { tittel: undefined } }).result.valid).toBe(
      true,
    );
  });
});
