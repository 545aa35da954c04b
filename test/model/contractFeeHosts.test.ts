/**
 * CONTRACTFEE through the built Excel functions.js (on the CustomFunctions shim), on 1,000 fuzzed scenarios
 * of the BPO Contract sheet, against the engine pricing the same scenario; and its absence from the Sheets
 * Code.js, which must stay small (core/functions/registry.ts says why). Run `npm run build` first.
 */
import fc from 'fast-check';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { priceScenario } from '../../core/model/scenario';
import { fromHostNumber, toHostNumber } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';
import { loadFunctionsBundle, thrownError, type LoadedFunctions } from '../excel/loadFunctionsBundle';
import { loadAddon, type LoadedAddon } from '../sheets/builtSheets';

const contract = bpoCustomerService.contract('en');
const grid = planToGrid(contractSheetPlan(contract));
const names = [['Interactions'], ['FCR'], ['Average response time'], ['CSAT']];

let excel: LoadedFunctions;
let sheets: LoadedAddon;
beforeAll(() => {
  excel = loadFunctionsBundle();
  sheets = loadAddon({ authMode: 'CUSTOM_FUNCTION' });
});

/** Values as a sheet holds them: 3-decimal percentages, 1-decimal minutes, whole interactions. */
const scenario = fc.record({
  interactions: fc.integer({ min: 0, max: 200_000 }),
  fcr: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  response: fc.integer({ min: 0, max: 200 }).map((n) => n / 10),
  csat: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
});

function engineTotal(v: { interactions: number; fcr: number; response: number; csat: number }): number {
  const result = priceScenario(contract, {
    volumes: new Map([['Interactions', fromHostNumber(v.interactions)]]),
    kpis: new Map([
      ['FCR', fromHostNumber(v.fcr)],
      ['Average response time', fromHostNumber(v.response)],
      ['CSAT', fromHostNumber(v.csat)],
    ]),
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return toHostNumber(result.invoice.total)!;
}

test('equals the engine on 1,000 fuzzed scenarios in Excel', () => {
  fc.assert(
    fc.property(scenario, (v) => {
      const values = [[v.interactions], [v.fcr], [v.response], [v.csat]];
      const expected = engineTotal(v);
      expect(excel.call('CONTRACTFEE', [grid, names, values, null])).toEqual([[expected]]);
    }),
    { numRuns: 1000, seed: 2026 },
  );
});

test('an error names its argument', () => {
  const values = [[42500], [77.4], [3.4], [0.912]];
  const error = thrownError(() => excel.call('CONTRACTFEE', [grid, names, values, null]));
  expect(error.code).toBe('#NUM!');
  expect(error.message).toMatch(/values .*FCR 77\.4 .*0\.774/);
});

test('is not in the Sheets bundle', () => {
  expect(() => sheets.fn('CONTRACTFEE')).toThrow();
});
