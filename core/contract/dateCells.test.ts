/**
 * A date or a time where a number belongs is refused on its cell, never read as the serial behind it: a
 * typed 7:30 that Excel keeps as 0.3125 would bill 0.3125 hours, a French Excel's 1.5 turned into the 1st
 * of May 46,143 interactions. Text written as a clock (`7:30`) says the decimal it stands for.
 */
import { isDateFormat, withDates } from './sheet/cells';
import { actualsReadingFromSheet } from './fromSheet';
import { actualsReadingFromCsv } from './csv';
import { testContract } from '../../test/support/testContract';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { now } from '../../test/support/syncActions';
import { workbookActions } from '../app/actions';

const contract = testContract({
  volumes: [{ name: 'Calls', unit: 'call minute', tiers: [{ upTo: null, unitPrice: '2' }] }],
});

function problems(grid: unknown[][], formats: (string | null)[][] = [], lang: 'en' | 'fr' = 'en') {
  const reading = actualsReadingFromSheet(withDates(grid as never, formats), contract, { lang });
  return reading.issues.map((t) => t.issue.message);
}

describe('date and time formats', () => {
  it.each([
    ['h:mm', true],
    ['[h]:mm:ss', true],
    ['d-mmm', true],
    ['dd/mm/yyyy', true],
    ['General', false],
    ['0.0#', false],
    ['#,##0.00 [$€-fr-FR]', false],
    ['0.00" min"', false],
    ['0.0\\h', false],
    ['_-* #,##0.00 €_-;-* #,##0.00 €_-', false],
    ['[Red]0.00', false],
    ['0.0#%', false],
  ])('%s shows a date or time: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe('a date or time in a value cell', () => {
  const header = ['Kind', 'Name', 'Unit', '2026-10'];

  it('is refused on its cell with the decimal a typed time stands for, not read as its serial', () => {
    const grid = [header, ['volume', 'Calls', '', 0.3125]];
    expect(problems(grid)).toEqual([]);
    expect(problems(grid, [[], [null, null, null, 'h:mm']])).toEqual([
      'Actuals!D2 (2026-10): expected a number, got the time 7:30: type hours or minutes as a decimal number, did you mean 7.5?',
    ]);
  });

  it('takes minutes and seconds under no hour for what they are (0:03:24 is 3.4)', () => {
    const grid = [header, ['volume', 'Calls', '', 204 / 86400]];
    expect(problems(grid, [[], [null, null, null, '[h]:mm:ss']])[0]).toMatch(
      /the time 0:03:24: .*did you mean 3\.4\?$/,
    );
  });

  it('refuses a date where a number belongs (a French Excel turns 1.5 into the 1st of May), in French too', () => {
    const grid = [header, ['volume', 'Calls', '', 46143]];
    expect(problems(grid, [[], [null, null, null, 'd-mmm']], 'fr')).toEqual([
      'Réalisé!D2 (2026-10)\u00a0: nombre attendu, reçu la date 2026-05-01 (la cellule est au format date\u00a0: mettez-la au format nombre et saisissez à nouveau la valeur)',
    ]);
  });

  it('keeps a month header formatted as a date a month', () => {
    const grid = [
      ['Kind', 'Name', 'Unit', 46296],
      ['volume', 'Calls', '', 100],
    ];
    const reading = actualsReadingFromSheet(withDates(grid, [[null, null, null, 'mmm yyyy']]), contract);
    expect(reading.issues).toEqual([]);
    expect(reading.periods).toEqual(['2026-10']);
  });

  it('says a clock written as text in a CSV file or a cell is a time, with its decimal', () => {
    const csv = actualsReadingFromCsv('Period,Kind,Name,Value\n2026-10,volume,Calls,7:30\n', contract);
    expect(csv.issues.map((t) => t.issue.message)).toEqual([
      'actuals.csv!D2 (Value): expected a number, got the time 7:30: type hours or minutes as a decimal number, did you mean 7.5?',
    ]);
    expect(problems([header, ['volume', 'Calls', '', '7:30']])[0]).toMatch(/did you mean 7\.5\?$/);
  });

  it('is refused by the pane on the Contract and Actuals sheets, whose number formats it reads', () => {
    const book = new MemoryWorkbook();
    now(workbookActions(book).newContract('bpo-customer-service', 'en'));
    const contractGrid = book.sheetMap.get('Contract')!;
    const vat = contractGrid.findIndex((row) => row[0] === 'VAT rate');
    const actualsGrid = book.sheetMap.get('Actuals')!;
    const time = actualsGrid.findIndex((row) => row[1] === 'Average response time');
    // Typed 3:24 in a cell Excel then formats h:mm: it keeps 3.4 / 24 of a day.
    actualsGrid[time][4] = 3.4 / 24;
    // A French Excel takes a typed 1.5 for the 1st of May.
    contractGrid[vat][1] = 46143;
    const formats = (grid: unknown[][], row: number, col: number, format: string) =>
      grid.map((r, i) => r.map((_v, j) => (i === row && j === col ? format : null)));
    book.formats.set('Contract', formats(contractGrid, vat, 1, 'dd/mm/yyyy'));
    book.formats.set('Actuals', formats(actualsGrid, time, 4, 'h:mm'));
    const check = now(workbookActions(book).checkContract('en'));
    expect(check.errors.map((e) => `${e.sheet}!${e.address}: ${e.message}`)).toEqual([
      `Contract!B${vat + 1}: expected a number, got the date 2026-05-01 (the cell is formatted as a date: format it as a number and type the value again)`,
      `Actuals!E${time + 1}: expected a number, got the time 3:24: type hours or minutes as a decimal number, did you mean 3.4?`,
    ]);
  });
});
