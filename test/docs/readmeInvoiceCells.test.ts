/**
 * The cells of the October 2026 invoice sheet that the README names by address — its table's SUM
 * formulas, the VAT formula of "The invoice as a document", the fingerprint's row, the CSAT amount that
 * `verify` quotes as F13 — are those the invoice sheet plan puts there. readmeCommands.test.ts checks
 * the amounts and explanations; this checks the addresses.
 */
import type { Contract } from '../../core/contract/types';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { a1 } from '../../core/layout/a1';
import { invoiceSheetPlan } from '../../core/layout/invoiceSheet';
import { findTemplate } from '../../core/templates';
import { readme } from './readmeExamples';

const README = readme();
const bpo = findTemplate('bpo-customer-service')!;

/** Each cell of the October invoice sheet by A1 address: the formula where there is one, else the value. */
function octoberCells(contract: Contract = bpo.contract('en')): Map<string, unknown> {
  const built = buildInvoice(contract, bpo.actuals('en'), '2026-10');
  if (!built.ok) throw new Error(built.problems.join('\n'));
  const cells = new Map<string, unknown>();
  for (const block of invoiceSheetPlan(built.invoice).blocks)
    block.values.forEach((line, r) =>
      line.forEach((value, c) =>
        cells.set(a1(block.row + r, block.col + c), block.formulas?.[r]?.[c] ?? value),
      ),
    );
  return cells;
}

/** The formula the README's October table gives on the row of that label. */
function tableFormula(label: string): string {
  const row = new RegExp(`^\\| ${label} +\\| [^|]+\\| \`(=[^\`]+)\` +\\|$`, 'm').exec(README);
  if (!row) throw new Error(`README.md: no formula on the October table's "${label}" row`);
  return row[1];
}

describe('the cells of the October invoice the README names', () => {
  const cells = octoberCells();

  it('are the subtotal and total SUM formulas of its table, on the rows labelled so', () => {
    for (const label of ['Subtotal excluding VAT', 'Total including VAT']) {
      const formula = tableFormula(label);
      const address = [...cells].find(([, v]) => v === formula)?.[0];
      expect({ label, address, rowLabel: address && cells.get(`A${address.slice(1)}`) }).toEqual({
        label,
        address: expect.stringMatching(/^F\d+$/),
        rowLabel: label,
      });
    }
  });

  it('give VAT as the ROUND or ROUNDDOWN over the subtotal cell the document section quotes', () => {
    const quoted =
      /`(=ROUND\(ROUND\(F(\d+)\*100,0\)\/5,0\)\/100)` for half-away-from-zero, `(=ROUNDDOWN\(ROUND\(F\d+\*100,0\)\/5,0\)\/100)`\s+for `down`/.exec(
        README,
      );
    expect(quoted).not.toBeNull();
    const [, round, subtotalRow, roundDown] = quoted!;
    expect(cells.get(`A${subtotalRow}`)).toBe('Subtotal excluding VAT');
    expect([...cells.values()]).toContain(round);
    expect([...octoberCells({ ...bpo.contract('en'), rounding: 'down' }).values()]).toContain(roundDown);
  });

  it('print the fingerprint on the row verify names, and the CSAT amount at the cell it quotes', () => {
    const row = /on the invoice sheet \(row (\d+), `([^`]+)`\)/.exec(README);
    expect(row).not.toBeNull();
    expect(cells.get(`A${row![1]}`)).toBe(row![2]);
    expect(README).toContain("'Invoice 2026-10'!F13 (CSAT, Amount): 5500 in the file, 5000 recomputed");
    expect([cells.get('A13'), cells.get('F8'), cells.get('F13')]).toEqual(['CSAT', 'Amount', 5000]);
  });
});
