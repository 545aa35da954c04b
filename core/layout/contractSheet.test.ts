import { contractFromSheet } from '../contract/fromSheet';
import type { Contract } from '../contract/types';
import { TEMPLATES } from '../templates';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { itServicesSla } from '../templates/itServicesSla';
import { contractSheetPlan, emptyContractSheetPlan } from './contractSheet';
import { planToGrid } from './planToGrid';
import { TEXT_FORMAT, type SheetPlan } from './sheetPlan';

/** Value and number format of the cell at a 1-based row and a column letter. */
function cell(plan: SheetPlan, address: string): { value: unknown; format: string | null } {
  const match = /^([A-Z])(\d+)$/.exec(address)!;
  const row = Number(match[2]) - 1;
  const col = match[1].charCodeAt(0) - 65;
  const block = plan.blocks[0];
  return { value: block.values[row][col], format: block.numberFormats?.[row][col] ?? null };
}

describe('contractSheetPlan: template → plan → cell values → parse is the same contract', () => {
  test.each(TEMPLATES.flatMap((t) => (['en', 'fr'] as const).map((lang) => [t.id, lang, t] as const)))(
    '%s in %s',
    (_id, lang, template) => {
      const contract = template.contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(contract)), { lang })).toEqual({
        ok: true,
        value: contract,
      });
    },
  );

  test('a contract laid out in the other language reads back the same', () => {
    const contract = bpoCustomerService.contract('en');
    expect(contractFromSheet(planToGrid(contractSheetPlan(contract, { lang: 'fr' })))).toEqual({
      ok: true,
      value: contract,
    });
  });
});

describe('contractSheetPlan layout', () => {
  const plan = contractSheetPlan(bpoCustomerService.contract());

  test('one block, so a painter writes the sheet in one call', () => {
    expect(plan.blocks).toHaveLength(1);
    expect(plan.name).toBe('Contract');
    expect(contractSheetPlan(bpoCustomerService.contract('fr')).name).toBe('Contrat');
  });

  test('every text cell is formatted as text, including text that looks like a formula', () => {
    const hostile: Contract = {
      ...bpoCustomerService.contract(),
      name: '=HYPERLINK("http://evil","x")',
      parties: { client: '+cmd', provider: '@SUM(A1)' },
    };
    const hostilePlan = contractSheetPlan(hostile);
    const { values, numberFormats } = hostilePlan.blocks[0];
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === 'string') expect([r, c, numberFormats![r][c]]).toEqual([r, c, TEXT_FORMAT]);
      }),
    );
    expect(cell(hostilePlan, 'B7')).toEqual({ value: '=HYPERLINK("http://evil","x")', format: TEXT_FORMAT });
    expect(contractFromSheet(planToGrid(hostilePlan))).toEqual({ ok: true, value: hostile });
  });

  test('empty cells of text columns are text too, so what the user types later stays text', () => {
    const empty = emptyContractSheetPlan('en');
    expect(cell(empty, 'B6')).toEqual({ value: null, format: TEXT_FORMAT }); // contract ID
    expect(cell(empty, 'A28')).toEqual({ value: null, format: TEXT_FORMAT }); // fee type
  });

  test('number formats: percent, money, prices, KPI levels in their unit', () => {
    expect(cell(plan, 'B12')).toEqual({ value: 0.2, format: '0.0#%' }); // VAT
    expect(cell(plan, 'B17')).toEqual({ value: 6000, format: '#,##0.00' }); // bonus cap amount
    expect(cell(plan, 'B20')).toEqual({ value: 0.01, format: '0.0#%' }); // malus cap % of base
    expect(cell(plan, 'F29')).toEqual({ value: 2.1, format: '#,##0.00##' }); // unit price
    expect(cell(plan, 'E29')).toEqual({ value: 40000, format: '#,##0' }); // up to
    expect(cell(plan, 'H34')).toEqual({ value: 0.75, format: '0.0#%' }); // FCR target
    expect(cell(plan, 'N34')).toEqual({ value: 0.01, format: '0.0#%' }); // FCR tolerance
    expect(cell(plan, 'L34')).toEqual({ value: 40000, format: '#,##0.00' }); // FCR bonus rate, per unit
    expect(cell(plan, 'H35')).toEqual({ value: 3, format: '0.0#' }); // minutes
    expect(cell(plan, 'K36')).toEqual({ value: 5000, format: '#,##0.00' }); // CSAT fee
  });

  test('validation lists for the closed lists, in the sheet language', () => {
    const lists = (p: SheetPlan) => p.validations!.map((v) => [v.row, v.col, v.rows, v.list.join('|')]);
    expect(lists(plan)).toEqual([
      [10, 1, 1, 'en|fr'],
      [12, 1, 1, 'monthly|quarterly|half-yearly|yearly'],
      [15, 1, 1, 'half-away-from-zero|half-even|down'],
      [22, 1, 1, 'base-fees|fixed-fees'],
      [27, 0, 3, 'fixed|hourly|volume|rebate|amendment'],
      [27, 3, 3, 'graduated|volume'],
      [27, 10, 3, 'invoice|month'],
      [27, 14, 3, 'reaches|exceeds'],
      [27, 18, 3, 'pay|withhold'],
      [27, 19, 3, 'invoice|month'],
      [33, 2, 24, 'percent|minutes|hours|count|points|currency|score'],
      [33, 3, 24, 'higher|lower'],
      [33, 4, 24, 'monthly|quarterly|half-yearly|yearly'],
      [33, 5, 24, 'threshold|bonus-malus|kpi-score|achievement-share|rate-adjustment|sla-credit|gain-share'],
      [33, 25, 24, 'reaches|exceeds'],
      [33, 28, 24, 'reaches|exceeds'],
      [33, 30, 24, 'average|weighted-average|sum|minimum|maximum|last|each-month'],
      [33, 32, 24, 'step|linear'],
      [33, 34, 24, 'relative|absolute'],
      [33, 45, 24, 'pay|withhold'],
    ]);
    const fr = contractSheetPlan(bpoCustomerService.contract('fr'));
    expect(fr.validations!.find((v) => v.col === 3 && v.row === 33)?.list).toEqual(['hausse', 'baisse']);
    expect(cell(fr, 'D34').value).toBe('hausse');
  });

  test('tables for fees and KPI clauses, header row first, frozen names column, print settings', () => {
    expect(plan.tables).toEqual([
      // Fees: 12 columns + Gate KPI, Gate level, Gate comparison, Fallback price, Gated above, Volume floor,
      // Gate not evaluated, Tiers per; KPIs: 38 + the 8 condition terms.
      { name: 'ContractFees', row: 26, col: 0, rows: 4, cols: 20 },
      // BPO: four KPI clauses (the Black Friday one included) under the header.
      { name: 'ContractKpis', row: 32, col: 0, rows: 5, cols: 46 },
    ]);
    const grid = planToGrid(plan);
    expect(grid[26].slice(0, 3)).toEqual(['Type', 'Name', 'Unit']);
    expect(grid[32][7]).toBe('Target');
    expect(plan.columnWidths).toHaveLength(46);
    expect([plan.frozenRows, plan.frozenColumns]).toEqual([1, 1]);
    expect(plan.print).toEqual({ orientation: 'landscape', fitToWidth: true });
  });

  test('an empty table keeps one empty row so hosts can make it a table', () => {
    const ecommerce = contractSheetPlan(
      TEMPLATES.find((t) => t.id === 'ecommerce-performance-only')!.contract(),
    );
    expect(ecommerce.tables![0]).toEqual({ name: 'ContractFees', row: 26, col: 0, rows: 2, cols: 20 });
  });

  test('volume tiers: unit, mode and minimum on the first tier row only; zero flat fees blank', () => {
    const grid = planToGrid(
      contractSheetPlan(TEMPLATES.find((t) => t.id === 'credit-processing')!.contract()),
    );
    expect(grid.slice(27, 30).map((row) => row.slice(0, 8))).toEqual([
      ['volume', 'Applications approved within 24 h', 'application', 'graduated', 1000, 45, null, 30000],
      ['volume', 'Applications approved within 24 h', null, null, 3000, 38, null, null],
      ['volume', 'Applications approved within 24 h', null, null, null, 32, null, null],
    ]);
  });

  test('SLA and earnback rows of the General block', () => {
    const it = planToGrid(contractSheetPlan(itServicesSla.contract()));
    expect(it.slice(20, 24).map((row) => row.slice(0, 2))).toEqual([
      ['SLA at-risk amount', null],
      ['SLA at-risk (% of charges)', 0.12],
      ['SLA charges basis', 'base-fees'],
      ['Earnback periods', 3],
    ]);
  });
});
