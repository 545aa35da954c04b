/**
 * What the engine refuses of a scenario read from a Scenarios sheet is said on the sheet's cell, in the
 * pane's Reprice scenarios and in a curve or an exposure held at a scenario: the sheet, the scenario's row
 * and the measure's column; a measure whose column was deleted at the cell a column typed right of the
 * headers would give it. Nothing is written when it is refused.
 */
import { onScenarioCells, scenariosOf } from '../../core/app/modelInputs';
import { bpoCustomerService } from '../../core/templates';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { now, bookWithContract } from '../support/syncActions';
import { workbookActions } from '../../core/app/actions';

/** The BPO Scenarios sheet with the column headed `header` deleted (its header row is row 4). */
function withoutColumn(book: MemoryWorkbook, sheet: string, header: string): void {
  const grid = book.sheetMap.get(sheet)!;
  const col = grid[3].indexOf(header);
  expect(col).toBeGreaterThan(0);
  grid.forEach((row) => row.splice(col, 1));
}

describe('Reprice scenarios on a sheet whose column was deleted', () => {
  it('names the sheet, the scenario’s row and where the column goes (English)', () => {
    const { book, actions } = bookWithContract();
    const { sheet } = now(actions.createScenarios('en'));
    // Scenario, Interactions, FCR, Average response time, CSAT, Average response time Black Friday.
    withoutColumn(book, sheet, 'FCR');
    const names = book.sheetNames();
    expect(() => actions.repriceScenarios(sheet, 'en')).toThrow(
      'It cannot be computed: Scenarios!F5 (scenario "worst", FCR): no value given for KPI "FCR"; the sheet has no "FCR" column: type its header in F4 and its values below',
    );
    expect(book.sheetNames()).toEqual(names);
  });

  it('says it the French way on a French contract', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'fr'));
    const { sheet } = now(actions.createScenarios('fr'));
    withoutColumn(book, sheet, 'Interactions');
    expect(() => actions.repriceScenarios(sheet, 'fr')).toThrow(
      'Calcul impossible\u00a0: Scénarios!F5 (scénario «\u00a0pire\u00a0», Interactions)\u00a0: aucune quantité donnée pour «\u00a0Interactions\u00a0»\u00a0; la feuille n’a pas de colonne «\u00a0Interactions\u00a0»\u00a0: saisissez son en-tête en F4 et ses valeurs dessous',
    );
  });

  it('in Excel, asks for the missing column inside the names the live totals read, before them', () => {
    class ExcelLike extends MemoryWorkbook {
      readonly contractFeeFunction = 'FEES.CONTRACTFEE';
    }
    const book = new ExcelLike();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'en'));
    const { sheet, live } = now(actions.createScenarios('en'));
    expect(live).toBe(true);
    withoutColumn(book, sheet, 'CSAT');
    // Four measures left (B to E), then Subtotal, VAT and Total (F to H), whose CONTRACTFEE formulas read
    // the names B4:E4: a column typed in I, or inserted at F, would not reach them; one inserted before E
    // widens their ranges to B4:F4.
    expect(book.sheetMap.get(sheet)![3].slice(5, 8)).toEqual(['Subtotal', 'VAT', 'Total']);
    expect(() => actions.repriceScenarios(sheet, 'en')).toThrow(
      'It cannot be computed: Scenarios!E5 (scenario "worst", CSAT): no value given for KPI "CSAT"; the sheet has no "CSAT" column: insert one before column E, among the measures the live totals read, and type its header and values there',
    );
    expect(() => actions.repriceScenarios(sheet, 'fr')).toThrow(
      /^Calcul impossible\u00a0: Scenarios!E5 .*insérez-en une avant la colonne E, parmi les mesures/,
    );
  });
});

describe('A curve or an exposure held at a scenario of the sheet', () => {
  it('names the row of that scenario, one the user added by hand', () => {
    const { book, actions } = bookWithContract();
    const { sheet } = now(actions.createScenarios('en'));
    book.sheetMap.get(sheet)!.push(['peak', 51000, 0.75, 3, 0.9, 3.6]);
    withoutColumn(book, sheet, 'Interactions');
    expect(() => actions.scenarioExposure(sheet, 'peak', 'en')).toThrow(
      'It cannot be computed: Scenarios!F8 (scenario "peak", Interactions): no quantity given for "Interactions"; the sheet has no "Interactions" column: type its header in F4 and its values below',
    );
    const base = { kind: 'scenario', sheet, scenario: 'peak' } as const;
    expect(() => actions.feeCurve({ kpi: 'CSAT', from: '', to: '', steps: '5', base }, 'en')).toThrow(
      /^It cannot be computed: Scenarios!F8 \(scenario "peak", Interactions\)/,
    );
    // The column typed back where the message says: the exposure is the one of its volumes.
    const grid = book.sheetMap.get(sheet)!;
    grid[3][5] = 'Interactions';
    grid.slice(4).forEach((row) => (row[5] = 42500));
    expect(now(actions.scenarioExposure(sheet, 'peak', 'en')).maximum).toBe('€137,700.00');
  });

  it('says a problem of no one value on the scenario’s row', () => {
    const contract = bpoCustomerService.contract('en');
    const grid = [
      ['Scenario', 'Interactions'],
      ['a', 1],
      ['b', 2],
    ];
    const read = scenariosOf(grid, 'S', contract, 'en');
    expect(onScenarioCells(read, 1, contract, ['the contract ends first'], new Map(), 'en')).toEqual([
      '"S", row 3 (scenario "b"): the contract ends first',
    ]);
  });
});
