/**
 * Rows the supplier hid in their workbook are read as billed (a total's formula still adds them), and said
 * hidden wherever they are disputed: the buyer looking at the sheet would not find them.
 */
import type { Grid } from '../contract/sheet/cells';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { reconcile, type Reconciliation } from './reconcile';
import { readSupplierInvoice } from './supplierInvoice';

function invoiceOf(lang: 'en' | 'fr'): Invoice {
  const result = buildInvoice(bpoCustomerService.contract(lang), bpoCustomerService.actuals(lang), '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** The invoice's own lines, then `extra` rows, with `hidden` rows (0-based) hidden. */
function reconciled(extra: Grid, hiddenRows: number[], lang: 'en' | 'fr' = 'en'): Reconciliation {
  const invoice = invoiceOf(lang);
  const grid: Grid = [
    ['Line', 'Amount'],
    ...invoice.lines.map((line) => [line.label, Number(line.amount.toFixed())]),
    ...extra,
  ];
  const supplier = readSupplierInvoice(grid, { sheet: 'Invoice', lang, hiddenRows });
  if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
  const result = reconcile(invoice, supplier.value);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

const spaced = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');

describe('hidden rows of the supplier invoice', () => {
  it('a line on a hidden row is billed, and its note says the row is hidden', () => {
    const r = reconciled([['Extra fee', 1000]], [6]);
    const extra = r.lines.find((l) => l.label === 'Extra fee');
    expect(extra?.status).toBe('unexpected');
    expect(extra?.note).toBe(
      '"Extra fee" (€1,000.00) is not a line the contract gives for October 2026. Row hidden in the supplier\'s file, read as billed: Invoice!A7.',
    );
    expect(r.hiddenRows).toEqual(['Invoice!A7']);
  });

  it('a line billed again on a hidden row is over-billed, the hidden one named among its rows (EN, FR)', () => {
    const en = reconciled([['CSAT', 5000]], [6]);
    expect(en.lines.find((l) => l.label === 'CSAT')?.note).toMatch(
      /over-billed by €5,000\.00\. "CSAT" is billed on 2 rows \(Invoice!A6, Invoice!A7\)\. Row hidden in the supplier's file, read as billed: Invoice!A7\.$/,
    );
    const fr = reconciled([['CSAT', 5000]], [6], 'fr');
    expect(spaced(fr.lines.find((l) => l.label === 'CSAT')?.note)).toMatch(
      /Ligne masquée dans le fichier du fournisseur, lue comme facturée : Invoice!A7\.$/,
    );
  });

  it('a hidden row that changes nothing still shows in the reconciliation; no hidden row, none listed', () => {
    const split = reconciled([], [2]);
    expect(split.differences).toBe(0);
    expect(split.hiddenRows).toEqual(['Invoice!A3']);
    expect(reconciled([], []).hiddenRows).toEqual([]);
  });
});
