/**
 * Laws of reconciliation on every template and sample period: the computed invoice reconciles with itself;
 * a random change of one billed amount is exactly one difference, of exactly that amount, on that line; and
 * the line differences always add up to what was billed minus what is due.
 */
import fc from 'fast-check';
import type { Grid } from '../contract/sheet/cells';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { dec, decSum } from '../money';
import { TEMPLATES } from '../templates';
import { reconcile } from './reconcile';
import { readSupplierInvoice } from './supplierInvoice';

const cases = TEMPLATES.flatMap((template) =>
  template.scenarios.map((s) => {
    const result = buildInvoice(template.contract(), template.actuals(), s.period);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return [`${template.id} ${s.period}`, result.invoice] as const;
  }),
);

function grid(invoice: Invoice, amounts: readonly string[]): Grid {
  return [['Line', 'Amount'], ...invoice.lines.map((l, i) => [l.label, amounts[i]])];
}

function reconciled(invoice: Invoice, amounts: readonly string[]) {
  const supplier = readSupplierInvoice(grid(invoice, amounts), { sheet: 'supplier.csv' });
  if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
  const result = reconcile(invoice, supplier.value);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

/** A non-zero amount in cents, as a supplier's typo or extra charge would be. */
const delta = fc
  .integer({ min: -10_000_000, max: 10_000_000 })
  .filter((n) => n !== 0)
  .map((n) => dec(n).div(100));

describe.each(cases)('reconciling %s', (_name, invoice) => {
  const own = invoice.lines.map((l) => l.amount.toFixed());

  it('the computed invoice matches itself', () => {
    expect(reconciled(invoice, own).differences).toBe(0);
  });

  it('one changed amount is one difference of exactly that amount; differences add up', () => {
    fc.assert(
      fc.property(fc.nat({ max: invoice.lines.length - 1 }), delta, (index, change) => {
        const amounts = own.map((a, i) => (i === index ? dec(a).plus(change).toFixed() : a));
        const result = reconciled(invoice, amounts);
        const differing = result.lines.filter((l) => l.note !== undefined);
        expect(differing).toHaveLength(1);
        expect(differing[0].label).toBe(invoice.lines[index].label);
        expect(differing[0].difference.eq(change)).toBe(true);
        expect(differing[0].status).toBe(change.isPos() ? 'over-billed' : 'under-billed');
        expect(
          decSum(result.lines.map((l) => l.difference)).eq(result.billedLines.minus(result.dueLines)),
        ).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
