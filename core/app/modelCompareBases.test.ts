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
    // Which invoice the scenarios are priced as, for both: the first closing every KPI's period.
    expect(book.sheetMap.get(result.sheet)![1][0]).toBe(
      'Priced on the scenarios of Scenarios, as the invoice of January 2026.',
    );
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

describe('on a forecast', () => {
  const forecast = { kind: 'forecast', months: '3', simulations: '200', seed: '7' } as const;

  it('prices both on the same draws from the first one’s actuals: a copy differs by nothing', () => {
    const { book, actions } = bookWithContract();
    now(actions.newContract('bpo-customer-service', 'en'));
    const result = now(actions.compareContracts('Contract', 'Contract (2)', 'en', forecast));
    expect(result.message).toMatch(
      /^"Contract" vs "Contract \(2\)" on the mean invoices of 3 forecast periods: €0\.00 in all \(second − first\), from €0\.00 \(P10\) to €0\.00 \(P90\) across the simulations; details on "Comparison"\.$/,
    );
    const rows = tableOf(book, result.sheet);
    expect(rows[0]).toEqual(['Period', 'Contract', 'Contract (2)', 'Difference (last − first)']);
    // The months after the latest actuals (December 2026), each a mean invoice, the same under both.
    expect(rows.slice(1, 4).map((row) => [row[0], row[1] === row[2], row[3]])).toEqual([
      ['January 2027', true, 0],
      ['February 2027', true, 0],
      ['March 2027', true, 0],
    ]);
    expect(book.sheetMap.get(result.sheet)![1][0]).toBe(
      'Means of 200 simulations, seed 7, resampled from the actuals of Actuals: every contract priced on the same draws.',
    );
  });

  it('is the same for the same seed, and says the difference a proposal makes with its spread', () => {
    const { book, actions } = bookWithContract();
    now(actions.newContract('bpo-customer-service', 'en'));
    // The proposal: a fixed fee of 25,000 a month where the contract's is 20,000.
    const fixed = book.sheetMap.get('Contract (2)')!.find((row) => row[0] === 'fixed')!;
    expect(fixed[5]).toBe(20000);
    fixed[5] = 25000;
    const first = now(actions.compareContracts('Contract', 'Contract (2)', 'en', forecast));
    const again = now(actions.compareContracts('Contract', 'Contract (2)', 'en', forecast));
    expect(again.message.replace(again.sheet, first.sheet)).toBe(first.message);
    expect(tableOf(book, again.sheet)).toEqual(tableOf(book, first.sheet));
    // 5,000 more a month and its VAT (18,000 over three), less where a cap on the fees moves with them.
    const said =
      /on the mean invoices of 3 forecast periods: €([\d,.]+) in all \(second − first\), from €([\d,.]+) \(P10\) to €([\d,.]+) \(P90\) across the simulations/.exec(
        first.message,
      );
    const [mean, p10, p90] = said!.slice(1).map((n) => Number(n.replace(/,/g, '')));
    expect(p10 <= mean && mean <= p90 && p90 <= 18000 && p10 > 17000).toBe(true);
    // The sheet gives the spread too, under the line kinds: P10 and P90 as the message says them.
    const grid = book.sheetMap.get(first.sheet)!;
    const spread = grid.findIndex((row) => row[0] === 'Percentile');
    expect(grid.slice(spread, spread + 4).map((row) => row.slice(0, 2))).toEqual([
      ['Percentile', 'Difference over all rows, simulation by simulation'],
      ['P10', p10],
      ['P50', expect.any(Number)],
      ['P90', p90],
    ]);
    const other = now(actions.compareContracts('Contract', 'Contract (2)', 'en', { ...forecast, seed: '8' }));
    expect(other.message.replace(other.sheet, first.sheet)).not.toBe(first.message);
  });

  it('refuses a field typed wrong before reading the workbook, in the pane’s language', () => {
    const { actions } = bookWithContract();
    now(actions.newContract('bpo-customer-service', 'en'));
    expect(() =>
      now(actions.compareContracts('Contract', 'Contract (2)', 'fr', { ...forecast, simulations: '0' })),
    ).toThrow(/Simulations/);
    expect(() =>
      now(
        actions.compareContracts('Contract', 'Contract (2)', 'en', { ...forecast, firstMonth: '2027-02x' }),
      ),
    ).toThrow(/First month/);
  });
});
