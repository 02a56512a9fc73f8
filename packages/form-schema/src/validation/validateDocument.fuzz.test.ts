import complete from '../../examples/complete.json';
import { toMarkdown } from '../export/toMarkdown';
import { SCHEMA_VERSION } from '../schema/documentSchema';
import { FIELDS } from '../schema/fields';
import { validateDocument } from './validateDocument';

// Fuzzing of the validator and the Markdown export with generated input:
// hostile values of every JavaScript kind, and the complete example with
// random parts replaced by them. The validator must never throw, must answer
// within a bound, and must say the same of its own output; the export of
// any text must show it as text. A small seeded generator keeps the package
// free of a test dependency; a failure names its seed, and
// OVERLEVERING_FUZZ_SEED=<seed> replays it.

const SEED = Number(process.env.OVERLEVERING_FUZZ_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.OVERLEVERING_FUZZ_RUNS ?? 3000);
/** The longest one validation may take, with room for a busy CI machine. */
const BOUND_MS = 250;

/** mulberry32: a small, good-enough, seedable generator. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const SPECIAL_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDC00x',
  '\u202Eevil',
  '\r\n\r\n',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  // eslint-disable-next-line no-script-url -- the very text this must refuse as a link
  'javascript:alert(1)',
  'https://wiki.hemit.no/x',
  'user:default/kari.nordmann',
  'group:default/hemithjelp',
  '2026-02-30',
  '2026-09-01',
  '__proto__',
  'constructor',
  'produksjon',
  'ny-tjeneste',
  '# overskrift',
  '| a | b |',
  '&lt;b&gt;',
  '💥',
];

function randomString(r: Random): string {
  switch (r.int(6)) {
    case 0:
      return r.pick(SPECIAL_STRINGS);
    case 1:
      return 'x'.repeat(
        r.pick([299, 300, 301, 9_999, 10_000, 10_001, 2_000_000]),
      );
    case 2:
      return Array.from({ length: r.int(30) }, () =>
        String.fromCharCode(r.int(0x10000)),
      ).join('');
    default:
      return Array.from({ length: r.int(20) }, () =>
        String.fromCharCode(32 + r.int(95)),
      ).join('');
  }
}

const SPECIAL_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  NaN,
  Infinity,
  -Infinity,
  1e308,
  5e-324,
  999_999_999,
  1_000_000_000,
  1_000_000_001,
  Number.MAX_SAFE_INTEGER + 2,
];

function nested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** A value of any JavaScript kind, hostile ones included. */
function randomValue(r: Random, depth = 0): unknown {
  const kinds = depth > 3 ? 8 : 14;
  switch (r.int(kinds)) {
    case 0:
    case 1:
      return randomString(r);
    case 2:
      return r.pick(SPECIAL_NUMBERS);
    case 3:
      return r.next() * 1e6 - 5e5;
    case 4:
      return r.pick([true, false, null, undefined]);
    case 5:
      return r.pick([
        () => 1,
        Symbol('s'),
        BigInt(1),
        new Date(0),
        new Map(),
        /x/,
        new Uint8Array(3),
      ]);
    case 6: {
      // A getter that throws, and a proxy that throws when its keys are read.
      const trap = {};
      Object.defineProperty(trap, 'tittel', {
        enumerable: true,
        get() {
          throw new Error('getter');
        },
      });
      return r.pick([
        trap,
        new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('ownKeys');
            },
          },
        ),
      ]);
    }
    case 7:
      return nested(r.pick([9, 50, 10_000]));
    case 8:
    case 9: {
      const out: Record<string, unknown> = Object.create(
        r.int(10) === 0 ? null : Object.prototype,
      );
      for (let i = r.int(5); i > 0; i--) {
        put(
          out,
          r.int(3) ? randomKey(r) : randomString(r),
          randomValue(r, depth + 1),
        );
      }
      return out;
    }
    case 10:
      return Array.from({ length: r.int(5) }, () => randomValue(r, depth + 1));
    case 11:
      return new Array(r.pick([199, 200, 201, 100_000])).fill(0);
    case 12:
      return JSON.parse(
        `{"${r.pick([
          '__proto__',
          'constructor',
          'prototype',
        ])}": {"polluted": true}}`,
      );
    default: {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      return cyclic;
    }
  }
}

/** Sets an own property, even `__proto__`, as JSON.parse would. */
function put(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const KEYS = [
  'bestilling',
  'designfase',
  'etablering',
  'driftskostnader',
  'produksjonssetting',
  'schemaVersion',
  'tittel',
  'svar',
  'forklaring',
  'kostnader',
  'belop',
];
function randomKey(r: Random): string {
  return r.pick(KEYS);
}

/** The complete example with random parts replaced, removed or added. */
function mutatedDocument(r: Random): unknown {
  const doc = JSON.parse(JSON.stringify(complete));
  for (let i = 1 + r.int(4); i > 0; i--) {
    const field = r.pick(FIELDS);
    const segments = field.path.split('.');
    let node = doc;
    for (const segment of segments.slice(0, -1)) {
      node[segment] ??= {};
      node = node[segment];
    }
    const last = segments[segments.length - 1];
    switch (r.int(3)) {
      case 0:
        delete node[last];
        break;
      case 1:
        put(node, r.int(2) ? last : randomString(r), randomValue(r, 1));
        break;
      default:
        put(node, last, randomString(r));
    }
  }
  if (r.int(5) === 0) doc.schemaVersion = r.pick([1, 2, 3, 0, '2', null]);
  return doc;
}

function validateTimed(input: unknown, r: Random) {
  const options = {
    profile: r.pick(['draft', 'submit'] as const),
    locale: r.pick(['nb', 'en'] as const),
    requiredOnSubmit: FIELDS.filter(() => r.int(4) === 0).map(f => f.path),
  };
  const start = performance.now();
  const result = validateDocument(input, options);
  return { result, ms: performance.now() - start, options };
}

/**
 * A result is either valid, with a plain JSON document of the current
 * version that validates again and exports, or refused with reasons.
 * Returns whether it was valid.
 */
function expectSound(result: ReturnType<typeof validateDocument>): boolean {
  expect(typeof result.valid).toBe('boolean');
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.message).toMatch(/\S/);
  }
  if (!result.valid) {
    expect(result.errors.length).toBeGreaterThan(0);
    return false;
  }
  const document = result.document as Record<string, unknown>;
  expect(document.schemaVersion).toBe(SCHEMA_VERSION);
  expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  expect(validateDocument(document).valid).toBe(true);
  expect(() => toMarkdown(document)).not.toThrow();
  return true;
}

describe('validateDocument under fuzzing', () => {
  it(`never throws, answers within ${BOUND_MS} ms and accepts its own output (seed ${SEED})`, () => {
    const r = generator(SEED);
    // The first call compiles the schema; time only the answers after it.
    validateDocument(complete);
    const stats = { valid: 0, invalid: 0, slowest: 0 };
    for (let run = 0; run < RUNS; run++) {
      const input = r.int(2) ? mutatedDocument(r) : randomValue(r);
      let timed;
      try {
        timed = validateTimed(input, r);
      } catch (error) {
        throw new Error(`seed ${SEED}, run ${run}: threw ${error}`);
      }
      const { result, options } = timed;
      let { ms } = timed;
      if (ms > BOUND_MS) {
        // Once more, to tell a slow answer from a pause of the machine (a
        // garbage collection after the large inputs, a busy CI runner).
        const start = performance.now();
        validateDocument(input, options);
        ms = Math.min(ms, performance.now() - start);
      }
      stats.slowest = Math.max(stats.slowest, ms);
      if (ms > BOUND_MS) {
        throw new Error(`seed ${SEED}, run ${run}: took ${ms.toFixed(0)} ms`);
      }
      if (expectSound(result)) stats.valid++;
      else stats.invalid++;
    }
    // Nothing reached a prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The figures docs/reliability.md quotes.
    // eslint-disable-next-line no-console
    console.log(
      `validateDocument fuzz (seed ${SEED}): ${RUNS} inputs, ${
        stats.valid
      } valid, ${stats.invalid} refused, slowest ${stats.slowest.toFixed(
        1,
      )} ms`,
    );
    // Both branches were exercised.
    expect(stats.valid).toBeGreaterThan(RUNS / 20);
    expect(stats.invalid).toBeGreaterThan(RUNS / 20);
  });
});

describe('toMarkdown under fuzzing', () => {
  it(`shows any text in any field as text (seed ${SEED})`, () => {
    const r = generator(SEED + 1);
    const textFields = FIELDS.filter(f =>
      ['text', 'longText'].includes(f.kind),
    );
    for (let run = 0; run < 500; run++) {
      const field = r.pick(textFields);
      const text = [randomString(r), r.pick(SPECIAL_STRINGS), randomString(r)]
        .join(r.pick(['', '\n', ' ']))
        .slice(0, 290);
      const [section, key] = field.path.split('.');
      const md = toMarkdown({ [section]: { [key]: text } }, { locale: 'en' });
      const lines = md.split('\n');
      const where = `seed ${SEED}, run ${run}, ${field.path} = ${JSON.stringify(
        text,
      )}`;
      // No HTML from the user: the only angle brackets are the export's own
      // line breaks and the destinations of the links it writes.
      const own = md.replace(/<br>/g, '').replace(/\]\(<[^<>\s]*>\)/g, '');
      expect({ where, tags: own.match(/[<>]/g) }).toEqual({
        where,
        tags: null,
      });
      // Every & starts an entity the export wrote.
      expect({ where, amp: md.match(/&(?!amp;|lt;|gt;)/g) }).toEqual({
        where,
        amp: null,
      });
      // No heading but the export's own: the title and the five sections.
      expect({
        where,
        headings: lines.filter(l => /^\s{0,3}#/.test(l)).length,
      }).toEqual({ where, headings: 6 });
    }
  });
});
