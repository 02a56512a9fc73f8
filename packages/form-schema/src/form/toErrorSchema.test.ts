import { toErrorSchema } from './toErrorSchema';

describe('toErrorSchema', () => {
  it('nests messages under their fields, rows by index', () => {
    expect(
      toErrorSchema([
        { path: 'bestilling.tittel', message: 'a' },
        { path: 'bestilling.tittel', message: 'b' },
        { path: 'driftskostnader.kostnader.1.belop', message: 'c' },
        { path: '', message: 'd' },
      ]),
    ).toEqual({
      __errors: ['d'],
      bestilling: { tittel: { __errors: ['a', 'b'] } },
      driftskostnader: { kostnader: { 1: { belop: { __errors: ['c'] } } } },
    });
  });

  it('keeps a __proto__ path segment as data', () => {
    const schema = toErrorSchema([
      { path: '__proto__.polluted', message: 'x' },
    ]);
    expect(Object.keys(schema)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
