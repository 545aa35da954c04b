/**
 * The pane's Compare priced both contracts on the first one's actuals only, every period, where the
 * command line also compares on one period (`--period`) and on scenarios (`--scenarios`): a buyer with a
 * Scenarios sheet (worst, expected, best) could not set the supplier's proposal beside the current
 * contract on it. The pane offers the same bases: every period, the period chosen, or a Scenarios sheet.
 */
import { now, bookWithContract } from '../../test/support/syncActions';
import { workbookActions } from './actions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';

/** The Comparison sheet's table: header and rows, the first columns. */
const tableOf = (book: MemoryWorkbook, sheet: string) =>
  book.sheetMap
    .get(sheet)!
    .slice(3)
    .filter((row) => row.some((cell) => cell !== null && cell !== ''))
    .map((row) => row.slice(0, 4));

describe('on a Scenarios sheet', () => {
  it('prices each scenario under both contracts: a copy differs by nothing', () => {
    const { book, actions } = bookWithContract();
    const made = now(actions.createScenarios('en'));
    now(actions.newContract('bpo-customer-service', 'en'));
    const result = now(
      actions.compareContracts('Contract', 'Contract (2)', 'en', { kind: 'scenarios', sheet: made.sheet }),
    );
    expect(result.message).toBe(
      '"Contract" vs "Contract (2)" on 3 scenarios: €0.00 in all (second − first); details on "Comparison".',
    );
    const rows = tableOf(book, result.sheet);
    expect(rows[0]).toEqual(['Scenario', 'Contract', 'Contract (2)', 'Difference (last − first)']);
    // The totals the Scenarios sheet said when it was made (modelActions.test.ts).
    expect(rows.slice(1, 4)).toEqual([
      ['worst', 129195, 129195, 0],
      ['expected', 130620, 130620, 0],
      ['best', 137700, 137700, 0],
    ]);
  });

  it('leaves out for each contract the columns only the other has; a column neither has is said', () => {
    const { book, actions } = bookWithContract();
    const made = now(actions.createScenarios('en'));
    now(actions.newContract('ecommerce-performance-only', 'en'));
    // The e-commerce contract's Contacts and CSAT: CSAT is on the sheet already, Contacts is added.
    const grid = book.sheetMap.get(made.sheet)!;
    const header = grid.findIndex((row) => row[0] === 'Scenario');
    const free = grid[header].findIndex((cell, i) => i > 0 && (cell === null || cell === ''));
    const col = free < 0 ? grid[header].length : free;
    grid[header][col] = 'Contacts';
    for (const row of [1, 2, 3]) grid[header + row][col] = 9000;
    const result = now(
      actions.compareContracts('Contract', 'Contract (2)', 'en', { kind: 'scenarios', sheet: made.sheet }),
    );
    const rows = tableOf(book, result.sheet);
    expect(rows.slice(1, 4).map((row) => row[0])).toEqual(['worst', 'expected', 'best']);
    expect(rows[1][1]).toBe(129195);

    grid[header][col] = 'Contactz';
    expect(() =>
      now(
        actions.compareContracts('Contract', 'Contract (2)', 'en', { kind: 'scenarios', sheet: made.sheet }),
      ),
    ).toThrow(/Contactz/);
  });

  it('needs no Actuals sheet, and says which contract a scenario cannot be priced for', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'en'));
    const made = now(actions.createScenarios('en'));
    now(actions.newContract('ecommerce-performance-only', 'en'));
    book.sheetMap.delete('Actuals');
    // The sheet has no Contacts column: the second contract's invoice lacks them.
    expect(() =>
      now(
        actions.compareContracts('Contract', 'Contract (2)', 'en', { kind: 'scenarios', sheet: made.sheet }),
      ),
    ).toThrow(/contract "Contract \(2\)": .*scenario "worst".*Contacts/);
  });
});

it('on the period chosen, that one period alone', () => {
  const { book, actions } = bookWithContract();
  now(actions.newContract('bpo-customer-service', 'en'));
  const result = now(
    actions.compareContracts('Contract', 'Contract (2)', 'en', { kind: 'period', period: '2026-10' }),
  );
  expect(result.message).toBe(
    '"Contract" vs "Contract (2)" on 1 period: €0.00 in all (second − first); details on "Comparison".',
  );
  // October 2026 is the golden invoice.
  expect(tableOf(book, result.sheet).slice(1, 2)).toEqual([['October 2026', 136788, 136788, 0]]);
});
