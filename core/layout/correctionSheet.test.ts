/**
 * The correction note's sheet says what each of its rows is: its period as the invoice prints it, its VAT
 * a formula over each column's subtotal (as the invoice's VAT is over its own) or a frozen value with the
 * reason written on the sheet, and a VAT reason that says why the VAT moved, or why it did not.
 */
import { actualEntries, buildActuals } from '../contract/actuals';
import type { Actuals, Contract, Language } from '../contract/types';
import { correctionNote, type CorrectionNote } from '../control/correction';
import { readIssuedInvoice } from '../control/issuedInvoice';
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceToJson } from '../invoice/toJson';
import { dec } from '../money';
import { bpoCustomerService } from '../templates';
import { correctionSheetPlan } from './correctionSheet';
import { planToGrid } from './planToGrid';
import type { SheetPlan } from './sheetPlan';

function withInteractions(actuals: Actuals, value: string): Actuals {
  return buildActuals(
    actualEntries(actuals).map((e) =>
      e.period === '2026-10' && e.name === 'Interactions' ? { ...e, value: dec(value) } : e,
    ),
  );
}

function invoiceOf(contract: Contract, actuals: Actuals) {
  const result = buildInvoice(contract, actuals, '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** October's note after its interactions were restated from 42,500 to `restated`. */
function noteOf(contract: Contract, restated: string): CorrectionNote {
  const actuals = bpoCustomerService.actuals(contract.language);
  const json = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf(contract, actuals))));
  const issued = readIssuedInvoice(json);
  if (!issued.ok) throw new Error(issued.problems.join('\n'));
  const recomputed = invoiceOf(contract, withInteractions(actuals, restated));
  const result = correctionNote(issued.value, recomputed, contract, { issueDate: '2026-12-15' });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.note;
}

/** The formula of the cell at `row`, `col` (0-based), if any. */
function formulaAt(plan: SheetPlan, row: number, col: number): string | null {
  for (const block of plan.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.values.length && c >= 0 && c < (block.values[r]?.length ?? 0))
      return block.formulas?.[r]?.[c] ?? null;
  }
  return null;
}

const rowOf = (grid: unknown[][], label: string) => grid.findIndex((r) => r[0] === label);
const plain = (text: unknown) => String(text).replace(/[\u202f\u00a0]/g, ' ');

describe.each([
  ['en', 'October 2026', 'VAT'],
  ['fr', 'octobre 2026', 'TVA'],
] as const)('the correction note sheet of a %s contract', (lang: Language, period, vatLabel) => {
  const contract = bpoCustomerService.contract(lang);
  const note = noteOf(contract, '41800');
  const plan = correctionSheetPlan(note);
  const grid = planToGrid(plan) as unknown[][];

  it(`prints its period as the invoice does: ${period}`, () => {
    expect(grid[5]?.[1]).toBe(period);
  });

  it('makes VAT as issued and as recomputed a formula over its column’s subtotal, and says so', () => {
    const vat = rowOf(grid, vatLabel);
    const subtotal = vat - 1;
    expect(formulaAt(plan, vat, 1)).toBe(`=ROUND(ROUND(B${subtotal + 1}*100,0)/5,0)/100`);
    expect(formulaAt(plan, vat, 2)).toBe(`=ROUND(ROUND(C${subtotal + 1}*100,0)/5,0)/100`);
    // The cached values are the core's, which the formulas give.
    expect(grid[vat]?.slice(1, 4)).toEqual([22798, 22532, -266]);
    const remarks = grid.slice(vat + 1).map((r) => plain(r[0]));
    expect(remarks).toContain(
      lang === 'en'
        ? 'VAT as issued and as recomputed are formulas over their subtotals, rounded as the contract rounds; each difference is a formula, As recomputed minus As issued on its row.'
        : 'La TVA émise et la TVA recalculée sont des formules sur leur total HT, arrondies comme le prévoit le contrat ; chaque écart est une formule, Recalculé moins Émis sur sa ligne.',
    );
  });

  it('says why VAT moved: the subtotal’s difference, at the contract’s rate', () => {
    expect(plain(note.vat.reason)).toBe(
      lang === 'en'
        ? "VAT recomputed on the subtotal's −€1,330.00: VAT 20% of €112,660.00: −€266.00"
        : 'TVA recalculée sur l’écart de total HT de −1 330,00 € : TVA 20 % de 112 660,00 € : −266,00 €',
    );
  });
});

describe('a VAT that does not move while the subtotal does', () => {
  const exempt: Contract = {
    ...bpoCustomerService.contract('en'),
    vatRate: dec(0),
    vatNote: 'VAT exempt, article 261 of the CGI',
  };

  it('says why: the subtotal moved, VAT at 0% of it moves nothing', () => {
    const note = noteOf(exempt, '41800');
    expect(note.vat.difference.isZero()).toBe(true);
    expect(note.vat.reason).toBe(
      "VAT recomputed on the subtotal's −€1,330.00: VAT 0% of €112,660.00 — VAT exempt, article 261 of the CGI: no change",
    );
  });

  it('says the subtotal did not move when it did not', () => {
    const fr = bpoCustomerService.contract('fr');
    // CSAT restated within its threshold's side: no line and no subtotal moves, the note still lists VAT.
    const note = noteOf(fr, '42500.0');
    expect(note.vat.reason).toBe('inchangée, comme le total HT');
    expect(noteOf(exempt, '42500').vat.reason).toBe('unchanged, as the subtotal is');
  });
});

describe('a contract rounding half to even', () => {
  const contract: Contract = { ...bpoCustomerService.contract('en'), rounding: 'half-even' };
  const plan = correctionSheetPlan(noteOf(contract, '41800'));
  const grid = planToGrid(plan) as unknown[][];

  it('freezes VAT as issued and as recomputed, their difference a formula, and says why on the sheet', () => {
    const vat = rowOf(grid, 'VAT');
    expect([1, 2, 3].map((col) => formulaAt(plan, vat, col))).toEqual([
      null,
      null,
      `=C${vat + 1}-B${vat + 1}`,
    ]);
    expect(grid.slice(vat + 1).map((r) => r[0])).toContain(
      'VAT as issued and as recomputed are frozen values (their difference a formula): the contract rounds half to even, which no spreadsheet function does.',
    );
  });
});

describe.each([
  ['a contract rounding half away from zero', bpoCustomerService.contract('en')],
  [
    'a contract rounding half to even',
    { ...bpoCustomerService.contract('en'), rounding: 'half-even' } as Contract,
  ],
])('the differences of %s', (_, contract) => {
  const note = noteOf(contract, '41800');
  const plan = correctionSheetPlan(note);
  const grid = planToGrid(plan) as unknown[][];
  const [subtotal, vat, total] = ['Subtotal excluding VAT', 'VAT', 'Total including VAT'].map((l) =>
    rowOf(grid, l),
  );
  const lines = note.lines.map((_, i) => 10 + i);

  it('are formulas, As recomputed minus As issued on each line and on VAT, whose values they cache', () => {
    expect([...lines, vat].map((row) => formulaAt(plan, row, 3))).toEqual(
      [...lines, vat].map((row) => `=C${row + 1}-B${row + 1}`),
    );
    // Each cached value is what its formula gives from the cells it reads.
    for (const row of [...lines, vat]) {
      const [issued, recomputed, difference] = grid[row]!.slice(1, 4) as (number | null)[];
      expect(difference).toBe((recomputed ?? 0) - (issued ?? 0));
    }
  });

  it('add up in the sheet: the subtotal a SUM of the lines, the total of subtotal and VAT', () => {
    expect(formulaAt(plan, subtotal!, 3)).toBe(`=SUM(D11:D${10 + note.lines.length})`);
    expect(formulaAt(plan, total!, 3)).toBe(`=SUM(D${subtotal! + 1}:D${vat! + 1})`);
    expect(grid[total!]?.[3]).toBe(-1596);
  });
});
