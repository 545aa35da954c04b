import { dec, roundMoney, type Dec } from '../money';
import { histogram } from './forecast';

const round = (d: Dec) => roundMoney(d, 'EUR');
const bars = (values: string[], bins: number) =>
  histogram(values.map(dec), round, bins).map((b) => `${b.from.toFixed(2)}..${b.to.toFixed(2)}: ${b.count}`);

test('a total on the printed lower bound of a bar is counted in that bar, as [from, to) says', () => {
  // Width 10 ÷ 3 = 3.333…: the bars print 0.00..3.33, 3.33..6.67, 6.67..10.00. A total of 3.33 sits at the
  // second bar's lower bound, though below the unrounded edge 3.333…
  expect(bars(['0', '3.33', '10'], 3)).toEqual(['0.00..3.33: 1', '3.33..6.67: 1', '6.67..10.00: 1']);
  // And one a cent below 6.67, above the unrounded 6.666…, is in the bar printed up to 6.67.
  expect(bars(['0', '6.665', '10'], 3)).toEqual(['0.00..3.33: 1', '3.33..6.67: 1', '6.67..10.00: 1']);
});

test('every total is counted once, in the bar whose printed bounds hold it', () => {
  const values = Array.from({ length: 997 }, (_, i) => dec(i).times('1.37').plus('0.01'));
  const shown = histogram(values, round, 7);
  expect(shown.reduce((n, b) => n + b.count, 0)).toBe(997);
  shown.forEach((bar, i) => {
    const last = i === shown.length - 1;
    const inside = values.filter((v) => v.gte(bar.from) && (last ? v.lte(bar.to) : v.lt(bar.to)));
    expect(inside.length).toBe(bar.count);
  });
});
