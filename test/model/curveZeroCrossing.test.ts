/**
 * Where a KPI's line turns from bonus to malus while an invoice cap cuts, the total bends: the cap on total
 * bonus counts the line while it is a bonus, and no longer once it is a malus. OBM, December 2026 (58 h at
 * €75 × 1.1 = €82.50, so 4,785.00 of hourly pay; the bonus cap 30 % of it, 1,435.50, cut at every value of
 * either KPI below, the other adjustments' bonuses exceeding it). Worked by hand:
 * - average client response time (lower is better, linear from target 4 h: +5 % = +239.25, to threshold
 *   6 h: −5 % = −239.25) is 0 at 5 h. Below 5 h its bonus only feeds the cut cap, the total stays at
 *   7,177.50; above, its malus lowers the total to 6,890.40 at 6 h. The curve drawn from 4.8 h (7,177.50)
 *   to 6 h joined them by a slope no value pays: 7,148.78 at 5.1 h is not the 7,105.73 the chart showed.
 * - session cancellation rate (linear from target 5 %: +3 % = +143.55, to threshold 8 %: −5 % = −239.25)
 *   is 0 at 5 % + 3 % × 143.55 ÷ 382.80 = 6.125 %; the total stays at 7,464.60 up to it.
 */
import { kinkedCurve } from '../../core/model/curveKinks';
import { defaultSpanAt, evenlySpaced, feeCurve } from '../../core/model/feeCurve';
import { scenarioOfPeriod } from '../../core/model/scenario';
import { invoicePeriods } from '../../core/contract/period';
import { cellStep } from '../../core/model/cellValue';
import { dec, type Dec } from '../../core/money';
import { onlineBusinessManager, TEMPLATES } from '../../core/templates';

function curveOf(template: (typeof TEMPLATES)[number], period: string, kpi: string, steps = 11) {
  const contract = template.contract('en');
  const history = template.actuals('en');
  const base = scenarioOfPeriod(contract, history, period);
  const place = { period, history, ofActuals: true };
  const clause = contract.kpis.find((k) => k.name === kpi)!;
  const span = defaultSpanAt(contract, clause, base, place);
  const result = kinkedCurve(contract, base, kpi, evenlySpaced(span.from, span.to, steps), place);
  // A clause the invoice does not bill (Black Friday outside November) has no curve.
  if (!result.ok) return undefined;
  const priceAt = (value: Dec) => {
    const at = feeCurve(contract, base, kpi, [value], place);
    if (!at.ok) throw new Error(at.problems.join('\n'));
    return at.points[0]!;
  };
  return { points: result.points, priceAt };
}

test.each([
  ['Average client response time', '5', '7177.50'],
  ['Session cancellation rate', '0.06125', '7464.60'],
])('OBM December, %s: the line is 0 at %s, a breakpoint, the total %s there', (kpi, at, total) => {
  const { points } = curveOf(onlineBusinessManager, '2026-12', kpi)!;
  const zero = points.find((p) => p.value.eq(dec(at)));
  expect(zero && [zero.amount.toFixed(2), zero.total.toFixed(2), zero.kinks.map((k) => k.kind)]).toEqual([
    '0.00',
    total,
    ['zero-crossing'],
  ]);
  expect(zero!.capped.get('bonus-cap')?.isZero()).toBe(false);
});

/**
 * Every template, every invoice of its history, every KPI: between two consecutive points of the curve the
 * engine pays what the chart's straight segment shows, to a cent (the lines are rounded), except across a
 * step (a level one cell digit from its other side).
 */
test('on every template, the chart’s segments are what the engine pays between the points', () => {
  const off: string[] = [];
  let curves = 0;
  for (const template of TEMPLATES) {
    const contract = template.contract('en');
    for (const period of invoicePeriods(contract, template.actuals('en')))
      for (const clause of contract.kpis) {
        const curve = curveOf(template, period, clause.name);
        if (!curve) continue;
        curves++;
        const { points, priceAt } = curve;
        for (let i = 1; i < points.length; i++) {
          const [p, q] = [points[i - 1]!, points[i]!];
          if (!q.value.minus(p.value).gt(cellStep(q.value))) continue;
          for (const share of ['0.25', '0.5', '0.75']) {
            const value = p.value.plus(q.value.minus(p.value).times(share)).toSignificantDigits(15);
            const drawn = p.total.plus(q.total.minus(p.total).times(share));
            const paid = priceAt(value).total;
            if (paid.minus(drawn).abs().gt(dec('0.02')))
              off.push(`${template.id} ${period} ${clause.name} at ${value.toFixed()}: ${paid.toFixed(2)}`);
          }
        }
      }
  }
  expect(off).toEqual([]);
  expect(curves).toBeGreaterThan(60);
});
