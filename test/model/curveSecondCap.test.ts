/**
 * A cap of the invoice that starts cutting while another already cuts is a breakpoint too. BPO November
 * 2026 (44,100 interactions, FCR 81 %, CSAT 93 %): FCR's bonus 2,000 + CSAT's 5,000 + the response time's
 * 600 exceed the €6,000 bonus cap at every value of the Black Friday response time, so the caps' total is
 * never 0; the malus cap is 1 % of the base (20,000 + 91,790) = 1,117.90. Worked by hand:
 * - Black Friday response time (target 4, €1,500 a minute): its malus reaches 1,117.90 at
 *   4 + 1,117.90 ÷ 1,500 = 4.745266…, a cell's 4.74526666666667;
 * - response time (target 3, €800 a minute, held at 2.4 → its bonus 600 is gone beyond 3): the malus cap at
 *   3 + 1,117.90 ÷ 800 = 4.397375.
 * Beyond it the total stays at 140,006.52; without the breakpoint a chart joins the target to the next grid
 * value by a slope no value pays.
 */
import { kinkedCurve } from '../../core/model/curveKinks';
import { evenlySpaced } from '../../core/model/feeCurve';
import { scenarioOfPeriod } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const contract = bpoCustomerService.contract();
const history = bpoCustomerService.actuals();
const period = '2026-11';

function curve(kpi: string, from: string, to: string, steps: number) {
  const result = kinkedCurve(
    contract,
    scenarioOfPeriod(contract, history, period),
    kpi,
    evenlySpaced(dec(from), dec(to), steps),
    { period, history },
  );
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.points;
}

const capKinks = (points: ReturnType<typeof curve>) =>
  points.flatMap((p) =>
    p.kinks
      .filter((k) => k.kind.endsWith('-cap'))
      .map((k) => [k.kind, p.value.toFixed(), p.amount.toFixed(2), p.total.toFixed(2)]),
  );

test.each([
  ['Average response time Black Friday', '0', '8', 5, '4.74526666666667'],
  ['Average response time Black Friday', '4', '6', 9, '4.74526666666667'],
  ['Average response time', '2', '6', 5, '4.397375'],
  ['Average response time', '0', '6', 13, '4.397375'],
])('%s from %s to %s, %i steps: the malus cap reached under the bonus cap', (kpi, from, to, steps, at) => {
  const points = curve(kpi, from, to, steps);
  expect(capKinks(points)).toEqual([['malus-cap', at, '-1117.90', '140006.52']]);
  // The bonus cap cuts on both sides of it: its line is what the caps' total alone did not show.
  const kink = points.find((p) => p.value.toFixed() === at)!;
  expect(kink.capped.get('bonus-cap')?.isZero()).toBe(false);
  expect(kink.capped.has('malus-cap')).toBe(false);
});
