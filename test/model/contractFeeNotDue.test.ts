/**
 * CONTRACTFEE on a clause the invoice a scenario is priced as does not bill (the BPO template's Black Friday
 * response time, active in November only; a scenario is priced as January 2026). Its value plays no part
 * in the total, which stays the invoice's, so a Scenarios sheet that has the column keeps its totals; asked
 * for that clause's own lines, the function says the clause is not due rather than that it is no KPI.
 */
import { CONTRACTFEE } from '../../core/functions/defs/contractFee';
import { evaluate } from '../../core/functions/evaluate';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { bpoCustomerService } from '../../core/templates';
import { withMargin } from '../support/rangeMargin';

const contract = bpoCustomerService.contract('en');
const grid = withMargin(planToGrid(contractSheetPlan(contract)));
const peak = 'Average response time Black Friday';
const names = [['Interactions'], ['FCR'], ['Average response time'], ['CSAT'], [peak]];
const values = (peakMinutes: number) => [[42500], [0.774], [3.4], [0.912], [peakMinutes]];

test('the Black Friday clause exists in the template (the premise of these tests)', () => {
  expect(contract.kpis.map((k) => k.name)).toContain(peak);
});

test('a value for a clause not due leaves the total as the invoice prices it', () => {
  // October 2026's values: 136,788.00 whatever the Black Friday minutes, since January does not bill them.
  expect(evaluate(CONTRACTFEE, [grid, names, values(1)])).toBe(136788);
  expect(evaluate(CONTRACTFEE, [grid, names, values(9)])).toBe(136788);
});

test('its own lines asked for: #N/A saying it is not due on the invoice priced, not "no KPI name"', () => {
  expect(evaluate(CONTRACTFEE, [grid, names, values(9), peak])).toEqual({
    kind: '#N/A',
    message: `CONTRACTFEE: output must name a clause the invoice bills: ${peak} is not due on the 2026-01 invoice a scenario is priced as: it gives no line at any value`,
  });
  // A range of outputs (the function's lines side by side): only that cell says so; FCR is October's €560.
  const spilled = evaluate(CONTRACTFEE, [grid, names, values(9), [['FCR', peak, 'total']]]);
  expect(spilled).toEqual([[560, { kind: '#N/A', message: expect.stringContaining('not due') }, 136788]]);
  // A name the contract does not have is still refused as such.
  expect(evaluate(CONTRACTFEE, [grid, names, values(9), 'Black Friday'])).toMatchObject({
    kind: '#VALUE!',
    message: expect.stringMatching(/output must be total, subtotal, vat/),
  });
});
