/**
 * CONTRACTFEE through the built Excel functions.js (on the CustomFunctions shim), on 1,000 fuzzed scenarios
 * of the BPO Contract sheet (English or French), against the engine pricing the same scenario: its total,
 * and its lines spilled side by side; and its absence from the Sheets
 * Code.js, which must stay small (core/functions/registry.ts says why). Run `npm run build` first.
 */
import fc from 'fast-check';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { priceScenario } from '../../core/model/scenario';
import { decSum, fromHostNumber, toHostNumber } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';
import { loadFunctionsBundle, thrownError, type LoadedFunctions } from '../excel/loadFunctionsBundle';
import { loadAddon, type LoadedAddon } from '../sheets/builtSheets';
import { withMargin } from '../support/rangeMargin';

/** The BPO Contract sheet in each language, with the names its Scenarios sheet heads its columns with. */
const sheets = (['en', 'fr'] as const).map((lang) => {
  const contract = bpoCustomerService.contract(lang);
  const response = contract.kpis[1].name;
  return {
    lang,
    contract,
    grid: withMargin(planToGrid(contractSheetPlan(contract))),
    names: [['Interactions'], ['FCR'], [response], ['CSAT']],
    response,
  };
});
// The English sheet: what the error tests below call the function with.
const [{ grid, names }] = sheets;

let excel: LoadedFunctions;
let sheetsAddon: LoadedAddon;
beforeAll(() => {
  excel = loadFunctionsBundle();
  sheetsAddon = loadAddon({ authMode: 'CUSTOM_FUNCTION' });
});

/** Values as a sheet holds them: 3-decimal percentages, 1-decimal minutes, whole interactions. */
const scenario = fc.record({
  sheet: fc.constantFrom(...sheets),
  interactions: fc.integer({ min: 0, max: 200_000 }),
  fcr: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  response: fc.integer({ min: 0, max: 200 }).map((n) => n / 10),
  csat: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Outputs spilled side by side: the totals, a KPI's and a volume's lines, line kinds (a cap binds on some). */
const OUTPUTS = [
  'total',
  'subtotal',
  'vat',
  'FCR',
  'Interactions',
  'kpi-adjustment',
  'bonus-cap',
  'malus-cap',
];

/** Each of OUTPUTS as the engine prices the scenario. */
function engineOutputs(v: Scenario): number[] {
  const { contract, response } = v.sheet;
  const result = priceScenario(contract, {
    volumes: new Map([['Interactions', fromHostNumber(v.interactions)]]),
    kpis: new Map([
      ['FCR', fromHostNumber(v.fcr)],
      [response, fromHostNumber(v.response)],
      ['CSAT', fromHostNumber(v.csat)],
    ]),
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const { invoice } = result;
  const sum = (keep: (line: (typeof invoice.lines)[number]) => boolean) =>
    decSum(invoice.lines.filter(keep).map((l) => l.amount));
  return [
    invoice.total,
    invoice.subtotal,
    invoice.vat.amount,
    sum((l) => l.kpi === 'FCR'),
    sum((l) => l.kind === 'volume' && l.label === 'Interactions'),
    ...(['kpi-adjustment', 'bonus-cap', 'malus-cap'] as const).map((kind) => sum((l) => l.kind === kind)),
  ].map((d) => toHostNumber(d)!);
}

test('equals the engine on 1,000 fuzzed scenarios in Excel, English and French sheets, total and lines', () => {
  fc.assert(
    fc.property(scenario, (v) => {
      const values = [[v.interactions], [v.fcr], [v.response], [v.csat]];
      const expected = engineOutputs(v);
      expect(excel.call('CONTRACTFEE', [v.sheet.grid, v.sheet.names, values, null])).toEqual([[expected[0]]]);
      expect(excel.call('CONTRACTFEE', [v.sheet.grid, v.sheet.names, values, [OUTPUTS]])).toEqual([expected]);
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
  expect(() => sheetsAddon.fn('CONTRACTFEE')).toThrow();
});
