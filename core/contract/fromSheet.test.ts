import { contractSheetPlan, emptyContractSheetPlan } from '../layout/contractSheet';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { planToGrid } from '../layout/planToGrid';
import { dec } from '../money';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { onlineBusinessManager } from '../templates/onlineBusinessManager';
import { actualsFromSheet, contractFromSheet, type CellValue } from './fromSheet';
import type { Result } from './issues';

type MutableGrid = CellValue[][];

/** The cells a painted plan leaves, as an editable grid. */
function bpoGrid(lang: 'en' | 'fr' = 'en'): MutableGrid {
  return planToGrid(contractSheetPlan(bpoCustomerService.contract(lang)));
}

/** Sets a cell by its A1 address, growing the grid as a user typing beyond it would. */
function set(grid: MutableGrid, address: string, value: CellValue): void {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  const col = [...match[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  while (grid.length <= row) grid.push([]);
  grid[row][col] = value;
}

function messages<T>(result: Result<T>): string[] {
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

describe('contractFromSheet', () => {
  test('reads the painted BPO contract back as the same contract (rows 34–36 are the KPI clauses)', () => {
    const grid = bpoGrid();
    expect(grid[33].slice(0, 8)).toEqual([
      'FCR',
      expect.any(String),
      'percent',
      'higher',
      'monthly',
      'bonus-malus',
      null,
      0.75,
    ]);
    expect(contractFromSheet(grid)).toEqual({ ok: true, value: bpoCustomerService.contract() });
  });

  test('the issue example of the brief: a target that is not a number', () => {
    const grid = bpoGrid();
    set(grid, 'H34', 'n/a');
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!H34 (Target): expected a number, got "n/a"',
    ]);
  });

  test('every problem at once, in reading order, each on its cell with its column header', () => {
    const grid = bpoGrid();
    set(grid, 'B10', 'euro'); // currency
    set(grid, 'B12', 'twenty'); // VAT rate
    set(grid, 'F28', 'abc'); // price of the fixed fee
    set(grid, 'C28', 'month'); // a unit on a fixed fee
    set(grid, 'E30', 30000); // the last tier bounded
    set(grid, 'M34', -400); // negative malus rate
    set(grid, 'H35', null); // missing target
    set(grid, 'B35', ''); // missing measure
    set(grid, 'F36', 'perf-fee'); // unknown model
    set(grid, 'A36', 'fcr'); // KPI named twice (names compare without case)
    set(grid, 'N36', 0.01); // tolerance on a threshold clause… reported once the model is known
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!B10 (Currency): expected an ISO 4217 currency code of 3 upper-case letters (EUR), got "euro"',
      'Contract!B12 (VAT rate): expected a number, got "twenty"',
      'Contract!C28 (Unit): not used by a fixed fee: leave it blank',
      'Contract!F28 (Price): expected a number, got "abc"',
      'Contract!E30 (Up to): the last tier must be open-ended: leave "up to" blank',
      `Contract!E30 (Up to): must be greater than the previous tier's "up to" (40000)`,
      'Contract!M34 (Malus rate): must be ≥ 0',
      // CSAT renamed "fcr": the FCR bonus's quality gate names a KPI no longer there.
      'Contract!AA34 (Gate KPI): no KPI clause is named "CSAT"',
      'Contract!B35 (Measure): required',
      'Contract!H35 (Target): required by the bonus-malus model',
      'Contract!A36 (Name): KPI name "fcr" is used twice',
      'Contract!F36 (Model): expected one of threshold, bonus-malus, kpi-score, achievement-share, rate-adjustment, sla-credit, gain-share, got "perf-fee"',
    ]);
  });

  test('an empty required cell is an error, never a zero', () => {
    const grid = bpoGrid();
    set(grid, 'F28', null); // fixed fee amount
    set(grid, 'L35', ''); // bonus rate
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!F28 (Price): required',
      'Contract!L35 (Bonus rate): required by the bonus-malus model',
    ]);
  });

  test('levels and parameters the model does not use, from the one table MODEL_RULES', () => {
    const grid = bpoGrid();
    set(grid, 'G34', 0.7); // a threshold on bonus-malus FCR
    set(grid, 'I35', 2); // a stretch on bonus-malus response time
    set(grid, 'H36', 0.95); // a target on the threshold CSAT clause
    set(grid, 'N36', 0.01); // tolerance on a threshold clause
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!G34 (Threshold): not used by the bonus-malus model: leave it blank',
      'Contract!I35 (Stretch): not used by the bonus-malus model: leave it blank',
      'Contract!H36 (Target): not used by the threshold model: leave it blank',
      'Contract!N36 (Tolerance): not used by the threshold model: leave it blank',
    ]);
    const obm = planToGrid(contractSheetPlan(onlineBusinessManager.contract('en')));
    set(obm, 'G32', 0.2); // a threshold on achievement-share
    set(obm, 'G33', 0.7); // a threshold on bonus-malus retention
    expect(messages(contractFromSheet(obm))).toEqual([
      'Contract!G32 (Threshold): not used by the achievement-share model: leave it blank',
      'Contract!G33 (Threshold): not used by the bonus-malus model: leave it blank',
    ]);
  });

  test('a misspelt or misplaced header is an error on its cell, never a term silently dropped', () => {
    const grid = bpoGrid();
    set(grid, 'N33', 'Tolerence'); // FCR's tolerance of 1 point would be dropped: 960 instead of 560
    set(grid, 'H27', 'Minimum fees');
    set(grid, 'Z33', 'Minimum fee'); // a Fees column in the KPI table
    set(grid, 'AA33', 'Mode');
    set(grid, 'AB33', 'Adjustment');
    set(grid, 'AC33', 'Target'); // a column given twice
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!H27 (Fees): unknown column "Minimum fees"',
      'Contract!N33 (KPI clauses): unknown column "Tolerence"',
      'Contract!Z33 (KPI clauses): unknown column "Minimum fee"',
      'Contract!AA33 (KPI clauses): unknown column "Mode"',
      'Contract!AB33 (KPI clauses): unknown column "Adjustment"',
      'Contract!AC33 (KPI clauses): column "Target" is given twice',
    ]);
    const french = bpoGrid('fr');
    set(french, 'S33', "Plafond d'ateinte");
    expect(messages(contractFromSheet(french, { lang: 'fr' }))).toEqual([
      "Contrat!S33 (Clauses KPI)\u00a0: colonne inconnue «\u00a0Plafond d'ateinte\u00a0»",
    ]);
  });

  test('valid ranges: a percent level typed as a percentage, declared ranges in their own columns', () => {
    const grid = bpoGrid();
    expect(grid[32].slice(23, 25)).toEqual(['Valid min', 'Valid max']);
    set(grid, 'H34', 75); // FCR target typed as 75 instead of 75 %
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!H34 (Target): 75 is outside the valid range of a percent KPI (0 to 1): did you mean 0.75?',
    ]);
    set(grid, 'Y34', 100); // the contract declares FCR may go up to 100 (a growth rate, say)
    const result = contractFromSheet(grid);
    expect(result.ok && result.value.kpis[0]).toMatchObject({ target: dec(75), validMax: dec(100) });
  });

  test('levels out of order for the direction', () => {
    const grid = planToGrid(contractSheetPlan(onlineBusinessManager.contract('en')));
    set(grid, 'G34', 3); // response time (lower is better): a threshold better than the target 4
    set(grid, 'I36', 7.5); // NPS score: a stretch below the target 8
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!H34 (Target): must be ≤ the threshold (3) for a KPI where lower is better',
      'Contract!I36 (Stretch): must be ≥ the target (8) for a KPI where higher is better',
    ]);
  });

  test('weights of achievement-share clauses that do not sum to 100 %', () => {
    const grid = planToGrid(contractSheetPlan(onlineBusinessManager.contract('en')));
    set(grid, 'J32', 0.9);
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!J32 (Weight): the weights of the achievement-share clauses must sum to 1 (100 %), they sum to 0.9',
    ]);
  });

  test('General rows: unknown label, repeated row, missing required row, both forms of a cap', () => {
    const grid = bpoGrid();
    set(grid, 'A15', 'Last periode'); // a misspelt label
    set(grid, 'A22', 'Bonus cap (amount)'); // a second bonus cap row
    set(grid, 'B22', 100);
    grid[11] = []; // the VAT rate row deleted
    set(grid, 'B20', null);
    set(grid, 'B18', 0.05); // bonus cap given as an amount and as a percentage
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!A4 (General): the row "VAT rate" is missing',
      'Contract!A15 (Field): unknown field "Last periode"',
      'Contract!B18 (Bonus cap (% of base fees)): give either an amount or a percentage, not both',
      'Contract!A22 (Field): "Bonus cap (amount)" is given twice',
    ]);
  });

  test('a missing section and a missing column are named', () => {
    const grid = bpoGrid();
    set(grid, 'A26', 'Fee');
    set(grid, 'F33', 'Modl'); // a typo in a header
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!A1: section "Fees" not found: a row with only "Fees" in column A starts it',
      'Contract!A33 (KPI clauses): column "Model" not found in the header row',
      'Contract!F33 (KPI clauses): unknown column "Modl"',
    ]);
  });

  test('cells as hosts hand them: error values, booleans, dates, numbers typed as text', () => {
    const grid = bpoGrid();
    set(grid, 'H34', '#N/A');
    set(grid, 'L34', { error: '#DIV/0!' });
    set(grid, 'M34', true);
    set(grid, 'B14', new Date(Date.UTC(2026, 0, 1))); // first period typed as a date
    set(grid, 'B12', '20 %'); // pasted as text
    set(grid, 'F28', '20 000.00');
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!H34 (Target): the cell holds the error #N/A',
      'Contract!L34 (Bonus rate): the cell holds the error #DIV/0!',
      'Contract!M34 (Malus rate): expected a number, got TRUE',
    ]);
    set(grid, 'H34', 0.75);
    set(grid, 'L34', 40000);
    set(grid, 'M34', 40000);
    set(grid, 'B14', 46023); // Excel's serial of 2026-01-01
    expect(contractFromSheet(grid)).toEqual({ ok: true, value: bpoCustomerService.contract() });
  });

  test('numbers pasted as text are read when every convention agrees, an error naming the cell otherwise', () => {
    const grid = bpoGrid();
    set(grid, 'H34', '0,75'); // a decimal comma: no other convention reads it
    set(grid, 'F28', '20.000'); // 20 or 20000?
    set(grid, 'L34', '40,000'); // 40 or 40000?
    const result = contractFromSheet(grid);
    expect(messages(result)).toEqual([
      'Contract!F28 (Price): "20.000" reads as 20 or as 20000: type it as a number, or without thousands separators',
      'Contract!L34 (Bonus rate): "40,000" reads as 40000 or as 40: type it as a number, or without thousands separators',
    ]);
    set(grid, 'F28', 20000);
    set(grid, 'L34', '40 000');
    expect(contractFromSheet(grid)).toEqual({ ok: true, value: bpoCustomerService.contract() });
  });

  test('a host number enters as the 15 digits the cell shows: 0.7+0.2 is 0.9', () => {
    const grid = bpoGrid();
    set(grid, 'G36', 0.7 + 0.2); // CSAT threshold computed in the sheet
    const result = contractFromSheet(grid);
    expect(result.ok && result.value.kpis[2]).toMatchObject({ threshold: dec('0.9') });
  });

  test('labels, list values and messages in French; lists accept either language', () => {
    const grid = bpoGrid('fr');
    set(grid, 'H34', 'n/a');
    set(grid, 'D35', 'Lower'); // English value in a French sheet
    expect(messages(contractFromSheet(grid, { lang: 'fr' }))).toEqual([
      'Contrat!H34 (Objectif)\u00a0: nombre attendu, reçu «\u00a0n/a\u00a0»',
    ]);
  });

  test('an empty contract sheet lists what to fill in', () => {
    const grid = planToGrid(emptyContractSheetPlan('en'));
    expect(messages(contractFromSheet(grid))).toEqual([
      'Contract!B6 (Contract ID): required',
      'Contract!B7 (Contract name): required',
      'Contract!B8 (Client): required',
      'Contract!B9 (Provider): required',
      'Contract!B12 (VAT rate): required',
      'Contract!B14 (First period): required',
      'Contract!A26 (Fees): the contract has no fees: add a fixed fee, an hourly fee, a volume or a KPI clause',
    ]);
  });

  test('a sheet name that needs quotes is quoted as Excel does', () => {
    const grid = bpoGrid();
    set(grid, 'H34', 'n/a');
    expect(messages(contractFromSheet(grid, { sheet: 'Contract (2)' }))).toEqual([
      '\'Contract (2)\'!H34 (Target): expected a number, got "n/a"',
    ]);
  });

  test('issues carry the cell for the task pane to select it', () => {
    const grid = bpoGrid();
    set(grid, 'H34', 'n/a');
    const result = contractFromSheet(grid);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        sheet: 'Contract',
        address: 'H34',
        row: 33,
        col: 7,
        column: 'Target',
        problem: 'expected a number, got "n/a"',
        message: 'Contract!H34 (Target): expected a number, got "n/a"',
      },
    ]);
  });
});

describe('actualsFromSheet: the number rules of cells', () => {
  test('a KPI value outside its valid range, and an ambiguous text number, are errors on their cells', () => {
    const contract = bpoCustomerService.contract();
    const grid = planToGrid(actualsSheetPlan(contract, bpoCustomerService.actuals())) as CellValue[][];
    const header = grid.findIndex((row) => row[0] === 'Kind');
    const col = grid[header].indexOf('2026-10');
    const rowOf = (name: string) => grid.findIndex((row) => row[1] === name);
    grid[rowOf('FCR')][col] = 77.4;
    grid[rowOf('Interactions')][col] = '42.500';
    grid[rowOf('CSAT')][col] = '91,2 %';
    const result = actualsFromSheet(grid, contract);
    expect(messages(result).map((m) => m.replace(/^Actuals![A-Z]+\d+ /, ''))).toEqual([
      '(2026-10): "42.500" reads as 42.5 or as 42500: type it as a number, or without thousands separators',
      '(2026-10): 77.4 is outside the valid range of a percent KPI (0 to 1): did you mean 0.774?',
    ]);
  });
});

describe('actualsFromSheet', () => {
  const contract = bpoCustomerService.contract();
  const actualsGrid = (): MutableGrid => planToGrid(actualsSheetPlan(contract, bpoCustomerService.actuals()));

  test('reads the painted actuals back', () => {
    const result = actualsFromSheet(actualsGrid(), contract);
    expect(result).toEqual({ ok: true, value: bpoCustomerService.actuals() });
    expect(result.ok && result.value.periods.get('2026-10')?.kpis.get('FCR')).toEqual(dec('0.774'));
  });

  test('unknown KPI, month outside the contract, bad value, hours without an hourly fee: all at once', () => {
    const grid = actualsGrid();
    set(grid, 'B3', 'FCR2');
    set(grid, 'H1', '2025-12');
    set(grid, 'E4', 'n/a');
    set(grid, 'A6', 'hours');
    set(grid, 'D6', 100);
    set(grid, 'F2', -5);
    expect(messages(actualsFromSheet(grid, contract))).toEqual([
      'Actuals!H1 (Period): 2025-12 is outside the contract (from 2026-01)',
      'Actuals!F2 (2026-11): must be ≥ 0',
      `Actuals!B3 (Name): unknown KPI "FCR2" (the contract's KPIs: FCR, Average response time, CSAT, Average response time Black Friday)`,
      'Actuals!E4 (2026-10): expected a number, got "n/a"',
      'Actuals!A6 (Kind): hours are given but the contract has no hourly fee',
    ]);
  });

  test('a month after the last period is outside the contract too', () => {
    const limited = { ...contract, lastPeriod: '2026-11' };
    expect(messages(actualsFromSheet(actualsGrid(), limited))).toEqual([
      'Actuals!G1 (Period): 2026-12 is outside the contract (2026-01 to 2026-11)',
    ]);
  });

  test('names match without case; a repeated row or month is reported', () => {
    const grid = actualsGrid();
    set(grid, 'B3', 'fcr');
    grid.push(['kpi', 'CSAT', 'percent', 0.9]);
    set(grid, 'H1', '2026-10');
    const result = actualsFromSheet(grid, contract);
    expect(messages(result)).toEqual([
      'Actuals!H1 (Period): the month 2026-10 appears twice',
      'Actuals!B7 (Name): "CSAT" appears on two rows (the first is row 5)',
    ]);
  });

  test('a quarterly KPI takes its value on the month that closes its quarter', () => {
    const obm = onlineBusinessManager.contract('en');
    const grid = planToGrid(actualsSheetPlan(obm, onlineBusinessManager.actuals('en')));
    set(grid, 'G4', 0.81); // client retention in October
    expect(messages(actualsFromSheet(grid, obm))).toEqual([
      'Actuals!G4 (2026-10): "Client retention" is evaluated quarterly: enter its value on the month that closes the period (2026-12)',
    ]);
  });

  test('the long layout (Period | Kind | Name | Value) reads the same values', () => {
    const grid: MutableGrid = [
      ['Period', 'Kind', 'Name', 'Value'],
      ['2026-10', 'volume', 'Interactions', 42500],
      ['2026-10', 'kpi', 'FCR', 0.774],
      ['2026-10', 'kpi', 'Average response time', 3.4],
      ['2026-10', 'kpi', 'CSAT', 0.912],
    ];
    const result = actualsFromSheet(grid, contract);
    expect(result.ok && result.value.periods.get('2026-10')).toEqual(
      bpoCustomerService.actuals().periods.get('2026-10'),
    );
    grid.push(
      ['2026-10', 'kpi', 'FCR', 0.8],
      ['2026-11', 'kpi', 'CSAT', null],
      ['2025-01', 'kpi', 'CSAT', 1],
    );
    expect(messages(actualsFromSheet(grid, contract))).toEqual([
      'Actuals!D6 (Value): "FCR" has two values for 2026-10 (the first in D3)',
      'Actuals!D7 (Value): required',
      'Actuals!A8 (Period): 2025-01 is outside the contract (from 2026-01)',
    ]);
  });

  test('without a contract, only the cells are checked', () => {
    const grid = actualsGrid();
    set(grid, 'B3', 'Anything');
    set(grid, 'E4', 'n/a');
    expect(messages(actualsFromSheet(grid, undefined))).toEqual([
      'Actuals!E4 (2026-10): expected a number, got "n/a"',
    ]);
  });

  test('a sheet without its header row', () => {
    expect(messages(actualsFromSheet([['x', 'y']], contract))).toEqual([
      'Actuals!A1: the header row is missing: Kind, Name, Unit then one column per month (YYYY-MM)',
    ]);
  });
});
