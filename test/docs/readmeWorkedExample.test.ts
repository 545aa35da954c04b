/**
 * The README's worked example of the Model section (BPO template, in Excel) is what the pane's
 * Create scenarios sheet paints: the same header, the same rows and totals, and the live formula it quotes.
 */
import { worksheetFunctions } from '../../core/api/worksheetFunctions';
import { workbookActions } from '../../core/app/actions';
import type { PaintRequest } from '../../core/app/workbookPort';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { now } from '../support/syncActions';
import { withMargin } from '../support/rangeMargin';
import { blockStartingWith, readme } from './readmeExamples';

/** The memory workbook as Excel's port presents it: it names CONTRACTFEE, so the totals are live. */
class ExcelLikeWorkbook extends MemoryWorkbook {
  readonly contractFeeFunction = 'FEES.CONTRACTFEE';
  readonly plans: SheetPlan[] = [];

  override paint(requests: readonly PaintRequest[]): string[] {
    this.plans.push(...requests.map((r) => r.plan));
    return super.paint(requests);
  }
}

/** A cell of the README's table as the sheet holds it: `42,500` is 42500, `69.0%` is 0.69. */
function cellValue(text: string): string | number {
  const number = /^(-?[\d,]+(?:\.\d+)?)(%?)$/.exec(text);
  if (!number) return text;
  const value = Number(number[1].replace(/,/g, ''));
  return number[2] ? Number((value / 100).toFixed(12)) : value;
}

describe('the Model section’s worked example in the README', () => {
  const README = readme();
  const book = new ExcelLikeWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', 'en'));
  const made = now(actions.createScenarios('en'));
  const grid = book.sheetMap.get(made.sheet)!;
  const header = grid.findIndex((row) => row[0] === 'Scenario');

  it('shows the Scenarios sheet as it is painted', () => {
    const table = blockStartingWith(README, README.match(/^Scenario {2}Interactions.*$/m)?.[0] ?? 'Scenario');
    const rows = table.map((line) => line.trim().split(/ {2,}/).map(cellValue));
    expect(rows).toEqual(grid.slice(header, header + rows.length));
  });

  it('gives the forecast the pane makes: 1,000 resampled simulations, seed 1, the 12 months after', () => {
    const said =
      /Forecast with 1,000 simulations, seed 1, resampled, gives a mean of\s+(€[\d,.]+) for 2027 \(P10 (€[\d,.]+), P90 (€[\d,.]+)\)/.exec(
        README,
      );
    expect(said).not.toBeNull();
    const request = { months: '12', simulations: '1000', seed: '1', method: 'resampled' as const };
    const { message } = now(actions.forecast(request, 'en'));
    expect(message).toContain(`mean ${said![1]}, P10 ${said![2]}, P90 ${said![3]}`);
  });

  it('gives the totals it says for the expected row edited and goal-sought', () => {
    const said =
      /Type (\d+) % in the expected FCR \((C\d+)\):[^]*?(I\d+) becomes ([\d,.]+)\.[^]*?set \3 to ([\d,]+) by changing \2: FCR\s+([\d.]+) %/.exec(
        README,
      );
    expect(said).not.toBeNull();
    const [, typed, fcrCell, totalCell, edited, sought, found] = said!;
    // The Scenarios sheet's live range: the Contract sheet's cells and the blank margin past them.
    const contract = withMargin(book.sheetMap.get('Contract')!);
    const row = Number(fcrCell.slice(1)) - 1;
    expect([grid[header][2], grid[row][0], grid[header][8]]).toEqual(['FCR', 'expected', 'Total']);
    expect(fcrCell[0]).toBe('C');
    expect(totalCell[0]).toBe('I');
    const totalAt = (fcr: number) => {
      const values = grid[row].slice(1, 6).map((v, i) => (i === 1 ? fcr : v));
      return worksheetFunctions.CONTRACTFEE(contract, [grid[header].slice(1, 6)], [values], 'total');
    };
    expect(totalAt(Number(typed) / 100)).toBe(Number(edited.replace(/,/g, '')));
    expect(totalAt(Number(found) / 100)).toBe(Number(sought.replace(/,/g, '')));
  });

  it('quotes the live total formula of the first scenario', () => {
    const plan = book.plans.find((p) => p.name === made.sheet)!;
    const formulas = plan.blocks.flatMap((b) => b.formulas ?? []).flat();
    const total = formulas.find((f) => /B5:[A-Z]+5,"total"\)$/.test(f ?? ''));
    expect(total).toBeDefined();
    expect(README).toContain(`\`${total}\``);
  });
});
