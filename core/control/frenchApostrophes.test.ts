/**
 * A French invoice issued before its texts wrote the typographic apostrophe (`l'objectif`, now `l’objectif`)
 * verifies clean, sheet and JSON: only its typography changed. An amount edited in such a text is still an
 * edit.
 */
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceToJson } from '../invoice/toJson';
import type { Invoice } from '../invoice/types';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { verifyJson, verifySheet } from './verify';

const september: Invoice = (() => {
  const result = buildInvoice(bpoCustomerService.contract('fr'), bpoCustomerService.actuals('fr'), '2026-09');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
})();

/** A text as the product wrote it before: every typographic apostrophe straight. */
const older = (text: string) => text.replace(/’/g, "'");

function writtenSheet(invoice: Invoice) {
  const plan = invoiceSheetPlan(invoice);
  const values = planToGrid(plan);
  const formulas: (string | null)[][] = values.map((row) => row.map(() => null));
  for (const block of plan.blocks)
    block.formulas?.forEach((line, r) =>
      line.forEach((f, c) => (formulas[block.row + r][block.col + c] = f)),
    );
  return { name: plan.name, values, formulas };
}

/** Where an explanation with an apostrophe is on the sheet, and the line it explains. */
function elidedExplanation(sheet: ReturnType<typeof writtenSheet>) {
  const line = september.lines.findIndex((l) => l.explanation.includes('’'));
  expect(line).toBeGreaterThanOrEqual(0);
  const { explanation } = september.lines[line];
  const row = sheet.values.findIndex((cells) => cells.includes(explanation));
  return { line, explanation, row, col: sheet.values[row].indexOf(explanation) };
}

describe('a French invoice written with straight apostrophes', () => {
  it('is untouched, sheet and JSON', () => {
    const sheet = writtenSheet(september);
    sheet.values = sheet.values.map((row) => row.map((v) => (typeof v === 'string' ? older(v) : v)));
    expect(verifySheet(sheet, september, 'fr').differences).toEqual([]);
    const json = JSON.parse(older(JSON.stringify(invoiceToJson(september)))) as unknown;
    expect(verifyJson(json, september, 'invoice.json', 'fr').differences).toEqual([]);
  });

  it('an amount edited in such a text is still an edit', () => {
    const sheet = writtenSheet(september);
    const { line, explanation, row, col } = elidedExplanation(sheet);
    const edited = older(explanation).replace(/\d/, (d) => String((Number(d) + 1) % 10));
    sheet.values[row][col] = edited;
    expect(verifySheet(sheet, september, 'fr').differences).toHaveLength(1);
    const json = JSON.parse(JSON.stringify(invoiceToJson(september))) as { lines: { explanation: string }[] };
    json.lines[line].explanation = edited;
    expect(verifyJson(json, september, 'invoice.json', 'fr').differences).toHaveLength(1);
  });
});
