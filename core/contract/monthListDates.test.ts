/**
 * Active months and Baseline months are texts of months (`2026-11, 2026-12`), but a month typed in a cell
 * that is not formatted as text (a row added below the painted ones) is turned into a date by Excel and
 * Sheets: `2026-11` became 1 November 2026, handed over as the serial 46327 or as a `Date`, and was refused
 * as `got "46327"`, a number the user never typed. One date in such a cell counts for its month, as in a
 * From cell; any other number stays an error.
 */
import { parsedContract, testContractJson } from '../../test/support/testContract';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { contractFromSheet } from './fromSheet';

const clause = {
  name: 'AHT BF',
  measure: 'Average handle time on Black Friday',
  unit: 'minutes',
  direction: 'lower',
  period: 'monthly',
  model: 'threshold',
  threshold: '5',
  amount: '1000.00',
  activeMonths: ['2026-12'],
};

function readWith(header: string, typed: unknown, terms: object = {}) {
  const contract = parsedContract(testContractJson({ fixedFees: [], kpis: [{ ...clause, ...terms }] }));
  const grid = planToGrid(contractSheetPlan(contract)) as unknown[][];
  const row = grid.findIndex((cells) => cells.includes(header));
  grid[row + 1][grid[row].indexOf(header)] = typed;
  const result = contractFromSheet(grid as never, { lang: 'en' });
  return result.ok ? result.value.kpis[0] : result.issues.map((i) => i.message);
}

test('a month turned into a date in Active months counts for its month, serial or Date', () => {
  expect(readWith('Active months', 46327)).toMatchObject({ activeMonths: ['2026-11'] });
  expect(readWith('Active months', new Date(Date.UTC(2026, 10, 1)))).toMatchObject({
    activeMonths: ['2026-11'],
  });
});

test('and in Baseline months', () => {
  const relative = {
    activeMonths: undefined,
    threshold: '-0.1',
    levelChange: 'relative',
    baselineMonths: ['2026-01'],
  };
  expect(readWith('Baseline months', 46023, relative)).toMatchObject({ baselineMonths: ['2026-01'] });
});

test('a number that is no date is still an error on its cell', () => {
  expect(readWith('Active months', 12)).toEqual([
    expect.stringMatching(
      /^Contract!\w+\d+ \(Active months\): expected a month YYYY-MM \(2026-10\), got "12"$/,
    ),
  ]);
});
