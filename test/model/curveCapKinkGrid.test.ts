/**
 * Where an invoice cap starts cutting does not depend on the grid the curve is drawn on. The cap's kink is
 * found from the grid's neighbours, whose line amounts are rounded to the cent (333.33 for 333.333… at
 * 2.6666… minutes): interpolating them lands a few millionths beside the kink, on a value the engine also
 * prices to the capped amount. Worked by hand on BPO October 2026 (FCR bonus 560, CSAT 5,000, bonus cap
 * 6,000, malus cap 1 % of 108,750 = 1,087.50):
 * - FCR: the malus cap with the response time's −320 at 0.74 − (1,087.50 − 320) ÷ 40,000 = 0.7208125, the
 *   bonus cap (6,000 − 5,000) ÷ 40,000 + 0.76 = 0.785;
 * - response time: the bonus cap at 3 − (6,000 − 5,560) ÷ 1,000 = 2.56, the malus cap at 3 + 1,087.50 ÷ 800
 *   = 4.359375.
 */
import { kinkedCurve } from '../../core/model/curveKinks';
import { evenlySpaced } from '../../core/model/feeCurve';
import { scenarioOfPeriod } from '../../core/model/scenario';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const contract = bpoCustomerService.contract();
const history = bpoCustomerService.actuals();
const period = '2026-10';

function capKinks(kpi: string, from: string, to: string, steps: number): [string, string][] {
  const curve = kinkedCurve(
    contract,
    scenarioOfPeriod(contract, history, period),
    kpi,
    evenlySpaced(dec(from), dec(to), steps),
    { period, history },
  );
  if (!curve.ok) throw new Error(curve.problems.join('\n'));
  return curve.points.flatMap((p) =>
    p.kinks.filter((k) => k.kind.endsWith('-cap')).map((k): [string, string] => [k.kind, p.value.toFixed()]),
  );
}

describe('an invoice cap is reached at the same value whatever the grid', () => {
  test.each([2, 3, 4, 7, 8, 10, 13, 50])('FCR, %i steps from 0 to 1', (steps) => {
    expect(capKinks('FCR', '0', '1', steps)).toEqual([
      ['malus-cap', '0.7208125'],
      ['bonus-cap', '0.785'],
    ]);
  });

  test.each([
    ['0', '6', 4],
    ['1', '6', 4],
    ['0.7', '5.3', 4],
    ['0.7', '5.3', 7],
    ['0.7', '5.3', 8],
    ['0.7', '5.3', 13],
  ])('response time from %s to %s, %i steps', (from, to, steps) => {
    expect(capKinks('Average response time', from, to, steps)).toEqual([
      ['bonus-cap', '2.56'],
      ['malus-cap', '4.359375'],
    ]);
  });
});
