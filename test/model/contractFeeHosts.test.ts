/**
 * CONTRACTFEE through the built add-ins: Excel's functions.js (on the CustomFunctions shim) and the Sheets
 * Code.js (its top-level function), on 1,000 fuzzed scenarios of the BPO Contract sheet, against the
 * engine pricing the same scenario. Run `npm run build` first (npm test does).
 */
import fc from 'fast-check';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { priceScenario } from '../../core/model/scenario';
import { fromHostNumber, toHostNumber } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';
import { loadFunctionsBundle, thrownError, type LoadedFunctions } from '../excel/loadFunctionsBundle';
import { loadAddon, thrownMessage, type LoadedAddon } from '../sheets/builtSheets';

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

test('equals the engine on 1,000 fuzzed scenarios in both hosts', () => {
  // Sheets hands blanks as "" and Excel as null; the range is the same Contract sheet either way.
  const sheetsGrid = grid.map((row) => row.map((cell) => cell ?? ''));
  fc.assert(
    fc.property(scenario, (v) => {
      const values = [[v.interactions], [v.fcr], [v.response], [v.csat]];
      const expected = engineTotal(v);
      expect(excel.call('CONTRACTFEE', [grid, names, values, null])).toEqual([[expected]]);
      expect(sheets.fn('CONTRACTFEE')(sheetsGrid, names, values, '')).toBe(expected);
    }),
    { numRuns: 1000, seed: 2026 },
  );
});

test('an error names its argument in both hosts', () => {
  const values = [[42500], [77.4], [3.4], [0.912]];
  const error = thrownError(() => excel.call('CONTRACTFEE', [grid, names, values, null]));
  expect(error.code).toBe('#NUM!');
  expect(error.message).toMatch(/values .*FCR 77\.4 .*0\.774/);
  const sheetsGrid = grid.map((row) => row.map((cell) => cell ?? ''));
  expect(thrownMessage(() => sheets.fn('CONTRACTFEE')(sheetsGrid, names, values, ''))).toBe(error.message);
});
