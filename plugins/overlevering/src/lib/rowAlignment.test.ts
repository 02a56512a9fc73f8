import { alignRows } from './rowAlignment';

const align = (before: string[], after: string[]) =>
  alignRows(before.length, after.length, (i, j) => before[i] === after[j]).map(
    p =>
      `${p.before === undefined ? '-' : before[p.before]}>${
        p.after === undefined ? '-' : after[p.after]
      }`,
  );

describe('alignRows', () => {
  it('keeps same rows paired around a removed, an added and an edited row', () => {
    expect(align(['a', 'b', 'c', 'd'], ['b', 'c2', 'd', 'e'])).toEqual([
      'a>-',
      'b>b',
      'c>c2',
      'd>d',
      '->e',
    ]);
  });

  it('pairs every row of both lists once, in order', () => {
    expect(align([], ['x'])).toEqual(['->x']);
    expect(align(['x'], [])).toEqual(['x>-']);
    expect(align(['a', 'b'], ['b', 'a'])).toEqual(['a>-', 'b>b', '->a']);
  });
});
