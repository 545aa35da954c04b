/**
 * CONTRACTFEE says every refusal in the language of the contract it prices, as its invoice speaks: each
 * message it can give (the range cut, the contract's own problems and error values, names, values, the
 * engine's refusals, output) on the English and the French BPO Contract sheet, through the core and the built
 * Excel functions.js (CONTRACTFEE is not in the Sheets Code.js: contractFeeHosts.test.ts). French messages
 * hold no English word outside the data they quote; both languages give the same error kind. It repriced a
 * French contract in English to word its refusals.
 */
import { CONTRACTFEE } from '../../core/functions/defs/contractFee';
import { evaluate } from '../../core/functions/evaluate';
import type { HostMatrix, HostScalar } from '../../core/functions/hostValues';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { bpoCustomerService } from '../../core/templates';
import { loadFunctionsBundle, thrownError, type LoadedFunctions } from '../excel/loadFunctionsBundle';
import { englishWordIn } from '../support/englishWords';
import { withMargin } from '../support/rangeMargin';

type Lang = 'en' | 'fr';

/** The sheet of each language and what the cases below build their calls from. */
function sheetOf(lang: Lang) {
  const contract = bpoCustomerService.contract(lang);
  const painted = planToGrid(contractSheetPlan(contract));
  const response = contract.kpis[1].name;
  const peak = contract.kpis.find((k) => /Black Friday/.test(k.name))!.name;
  return {
    painted,
    grid: withMargin(painted),
    names: [['Interactions'], ['FCR'], [response], ['CSAT']] as HostMatrix,
    october: [[42500], [0.774], [3.4], [0.912]] as HostMatrix,
    peak,
  };
}
type Sheet = ReturnType<typeof sheetOf>;

const replaced = (grid: HostMatrix, from: HostScalar, to: HostScalar): HostMatrix =>
  grid.map((row) => row.map((cell) => (cell === from ? to : cell)));

/** Each refusal: its kind, the call, and what its English message says. */
const CASES: readonly [
  string,
  string,
  (s: Sheet) => HostScalar[][][] | (HostMatrix | HostScalar)[],
  RegExp,
][] = [
  [
    'a range cut at column 26',
    '#VALUE!',
    (s) => [s.grid.map((r) => r.slice(0, 26)), s.names, s.october],
    /contract must reach right/,
  ],
  [
    'a range one row short',
    '#VALUE!',
    (s) => [s.grid.slice(0, s.painted.length), s.names, s.october],
    /contract must reach below/,
  ],
  [
    'a problem of the contract',
    '#VALUE!',
    (s) => [replaced(s.grid, 'EUR', 'EURO'), s.names, s.october],
    /contract has a problem: .*\(got "EURO", row \d+, column 2\)$/,
  ],
  [
    'an error value in the contract',
    '#N/A',
    (s) => [replaced(s.grid, 20000, { code: '#N/A' }), s.names, s.october],
    /contract holds an error value #N\/A \(row \d+, column \d+\)$/,
  ],
  [
    'a number among the names',
    '#VALUE!',
    (s) => [s.grid, [[5]], [[1]]],
    /names must hold only names \(text\) \(got 5, row 1, column 1\)$/,
  ],
  [
    'an error value among the names',
    '#REF!',
    (s) => [s.grid, [[{ code: '#REF!' }]], [[1]]],
    /names holds an error value #REF!/,
  ],
  [
    'a text among the values',
    '#VALUE!',
    (s) => [s.grid, [['FCR']], [['abc']]],
    /values must hold only numbers \(got "abc", row 1, column 1\)$/,
  ],
  [
    'values and names of different sizes',
    '#VALUE!',
    (s) => [s.grid, [['FCR'], ['CSAT']], [[0.7]]],
    /values must have as many cells as names \(1 vs 2\)$/,
  ],
  [
    'a blank name beside a value',
    '#VALUE!',
    (s) => [s.grid, [[null], ['FCR']], [[1], [0.7]]],
    /names must not be blank beside a value \(cell 1\)$/,
  ],
  [
    'a blank value beside a name',
    '#VALUE!',
    (s) => [s.grid, [['FCR']], [[null]]],
    /values must not be blank beside "FCR" \(cell 1\)$/,
  ],
  [
    'a name the contract does not have',
    '#VALUE!',
    (s) => [s.grid, [['FRC']], [[0.7]]],
    /names must name a KPI.*"FRC" is none/,
  ],
  [
    'a name given twice',
    '#VALUE!',
    (s) => [s.grid, [['FCR'], ['fcr']], [[0.7], [0.8]]],
    /"fcr" is repeated$/,
  ],
  [
    'a percentage typed as 77.4',
    '#NUM!',
    (s) => [s.grid, [['FCR']], [[77.4]]],
    /values must lie in each KPI's valid range: FCR 77\.4 is outside/,
  ],
  [
    'a negative volume',
    '#NUM!',
    (s) => [s.grid, [['Interactions'], ['FCR']], [[-5], [0.7]]],
    /values Interactions must be ≥ 0$/,
  ],
  [
    'a value the invoice needs and was not given',
    '#VALUE!',
    (s) => [s.grid, [['FCR'], ['CSAT']], [[0.774], [0.912]]],
    /values cannot be priced: no quantity given for "Interactions"/,
  ],
  [
    'a clause the priced invoice does not bill',
    '#N/A',
    (s) => [s.grid, [...s.names, [s.peak]], [...s.october, [9]], s.peak],
    /output must name a clause the invoice bills: .*is not due/,
  ],
  [
    'an output that names nothing',
    '#VALUE!',
    (s) => [s.grid, s.names, s.october, 'totl'],
    /output must be total, subtotal.*\(got "totl"\)$/,
  ],
  [
    'a number as output',
    '#VALUE!',
    (s) => [s.grid, s.names, s.october, 5],
    /output must be a text: .*\(got 5\)$/,
  ],
  [
    'an error value as output',
    '#N/A',
    (s) => [s.grid, s.names, s.october, { code: '#N/A' }],
    /output is an error value #N\/A$/,
  ],
];

/** A French message with the data it quotes (« » and "…", numbers) left out: what must be French. */
const ownWords = (message: string) => message.replace(/«[^»]*»/g, '').replace(/"[^"]*"/g, '');

let excel: LoadedFunctions;
beforeAll(() => {
  excel = loadFunctionsBundle();
});

const sheets = { en: sheetOf('en'), fr: sheetOf('fr') };

describe.each(CASES)('%s', (_, kind, args, english) => {
  const results = (lang: Lang) =>
    evaluate(CONTRACTFEE, args(sheets[lang]) as never) as { kind: string; message: string };

  test('English on the English sheet, French on the French one, the same kind', () => {
    const en = results('en');
    const fr = results('fr');
    expect(en.kind).toBe(kind);
    expect(en.message).toMatch(/^CONTRACTFEE: (contract|names|values|output) /);
    expect(en.message).toMatch(english);
    expect(fr.kind).toBe(kind);
    expect(fr.message).toMatch(/^CONTRACTFEE\u00a0: (contract|names|values|output) /);
    expect(englishWordIn(ownWords(fr.message))).toBeUndefined();
  });

  test('the same through the built functions.js', () => {
    for (const lang of ['en', 'fr'] as const) {
      const call = args(sheets[lang]);
      // Excel hands every declared argument, each a matrix, null for an omitted one.
      const excelArgs = [0, 1, 2, 3].map((i) => {
        if (i >= call.length) return null;
        const arg = call[i];
        return Array.isArray(arg) ? arg : [[arg]];
      });
      expect(thrownError(() => excel.call('CONTRACTFEE', excelArgs))).toEqual({
        code: kind,
        message: results(lang).message,
      });
    }
  });
});

test('a refusal in a spilled output names its cell in the contract’s language', () => {
  const spilled = (lang: Lang) => {
    const s = sheets[lang];
    return evaluate(CONTRACTFEE, [s.grid, s.names, s.october, [['total', 'totl']]]) as unknown[][];
  };
  expect(spilled('en')).toEqual([
    [136788, { kind: '#VALUE!', message: expect.stringMatching(/\(got "totl"\) \(column 2\)$/) }],
  ]);
  expect(spilled('fr')).toEqual([
    [
      136788,
      { kind: '#VALUE!', message: expect.stringMatching(/\(valeur «\u00a0totl\u00a0»\) \(colonne 2\)$/) },
    ],
  ]);
});
