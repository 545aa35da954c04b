/**
 * The Scenarios sheet on every template, in both languages: made, read back and repriced as the engine
 * prices each row; and, where the port names CONTRACTFEE (Excel), each row's live totals are formulas whose
 * ranges, given to the add-in's own CONTRACTFEE over the painted Contract sheet, give that same price.
 */
import { now } from '../../test/support/syncActions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { parseCustomCall } from '../../test/fakes/excel/customCall';
import { CONTRACTFEE } from '../functions/defs/contractFee';
import { evaluate } from '../functions/evaluate';
import type { HostArg } from '../functions/hostValues';
import type { SheetPlan } from '../layout/sheetPlan';
import { modelSheetTexts } from '../i18n/modelSheets';
import { formatMoney } from '../i18n/numberFormat';
import { fromHostNumber } from '../money';
import { TEMPLATES, findTemplate } from '../templates';
import { workbookActions } from './actions';
import type { Lang } from './bridge';
import type { PaintRequest } from './workbookPort';

/** The memory workbook as Excel's port presents it: it names CONTRACTFEE; it keeps the plans painted. */
class ExcelLikeWorkbook extends MemoryWorkbook {
  readonly contractFeeFunction = 'FEES.CONTRACTFEE';
  readonly plans: SheetPlan[] = [];

  override paint(requests: readonly PaintRequest[]): string[] {
    this.plans.push(...requests.map((r) => r.plan));
    return super.paint(requests);
  }
}

const cases = TEMPLATES.flatMap((t) => (['en', 'fr'] as Lang[]).map((lang) => [t.id, lang] as const));

describe.each(cases)('Scenarios sheet of %s (%s)', (id, lang) => {
  it('reads back as made and reprices to the totals it was made with', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract(id, lang));
    const made = now(actions.createScenarios(lang));
    expect(made.live).toBe(false);
    // Named in the contract's language, as the French hint calls them.
    const names = lang === 'fr' ? ['pire', 'attendu', 'meilleur'] : ['worst', 'expected', 'best'];
    expect(now(actions.listScenarios(made.sheet, lang))).toEqual(names);
    now(actions.repriceScenarios(made.sheet, lang));
    const t = modelSheetTexts(lang);
    const priced = book.sheetMap.get(t.pricedScenariosName)!;
    const header = priced[3];
    const totals = priced.slice(4, 7).map((row) => row[header.indexOf(t.total)]);
    // Read back from the sheet and priced again, each row is what the engine priced when the sheet was
    // made: the status said those totals.
    const { currency } = findTemplate(id)!.contract(lang);
    const said = totals.map((total, i) => {
      expect(typeof total).toBe('number');
      return `${names[i]} ${formatMoney(fromHostNumber(total as number), currency, lang)}`;
    });
    expect(made.message).toContain(said.join(', '));
  });

  it('in Excel, writes totals that CONTRACTFEE calculates as the engine priced them', () => {
    const book = new ExcelLikeWorkbook();
    const { plans } = book;
    const actions = workbookActions(book);
    now(actions.newContract(id, lang));
    const made = now(actions.createScenarios(lang));
    expect(made.live).toBe(true);
    const table = plans[plans.length - 1].blocks[1];
    const contractGrid = book.sheetMap.get(book.sheetNames()[0])!;
    const sheetGrid = book.sheetMap.get(made.sheet)!;
    const cells = (grid: typeof sheetGrid, rect: { row: number; col: number; rows: number; cols: number }) =>
      Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) => grid[rect.row + r]?.[rect.col + c] ?? ''),
      );
    table.formulas!.slice(1).forEach((row, r) => {
      const live = row.flatMap((formula, c) => (formula === null ? [] : [{ formula, c }]));
      expect(live).toHaveLength(3);
      for (const { formula, c } of live) {
        const call = parseCustomCall(formula, ['FEES.CONTRACTFEE'])!;
        const args = call.args.map((arg) => {
          if ('text' in arg) return arg.text;
          // Every other argument of a live total is a range: the contract's cells, the names or the values.
          if (!('rect' in arg)) throw new Error(`not a range: ${JSON.stringify(arg)}`);
          if (arg.sheet !== undefined) expect(arg.sheet).toBe(book.sheetNames()[0]);
          return cells(arg.sheet !== undefined ? contractGrid : sheetGrid, arg.rect);
        });
        expect(evaluate(CONTRACTFEE, args as HostArg[])).toBe(table.values[r + 1][c]);
      }
    });
  });
});
