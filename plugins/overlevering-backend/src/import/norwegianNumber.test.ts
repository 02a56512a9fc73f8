import { parseNorwegianNumber } from './norwegianNumber';

describe('parseNorwegianNumber', () => {
  it.each([
    ['1 200,50', 1200.5],
    ['1\u00a0200,50', 1200.5],
    ['1\u202f200\u202f000', 1200000],
    ['1.200,50', 1200.5],
    ['3.450', 3450],
    ['12 000,-', 12000],
    ['kr 450', 450],
    ['450 kr', 450],
    ['8 400,50 NOK', 8400.5],
    ['0,5', 0.5],
    ['1200.50', 1200.5],
    ['1.5', 1.5],
    ['250000,5', 250000.5],
    ['-1 000', -1000],
    ['\u22121 000', -1000],
  ])('reads %j as %d', (text, number) => {
    expect(parseNorwegianNumber(text)).toBe(number);
  });

  it.each(['tolv tusen', '1,2,3', '1.20.000', '', 'kr', '12,5%'])(
    'refuses %j',
    text => {
      expect(parseNorwegianNumber(text)).toBeUndefined();
    },
  );
});
