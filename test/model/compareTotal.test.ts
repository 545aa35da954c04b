/**
 * A comparison over several rows adds them up: each contract's total and each line kind's, with their
 * differences, on the command line and on the Comparison sheet, so the difference reads as its lines.
 */
import { invoicePeriods } from '../../core/contract/period';
import type { Contract } from '../../core/contract/types';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import type { Invoice } from '../../core/invoice/types';
import { compareSheetPlan } from '../../core/layout/compareSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { compareRow, compareTotal } from '../../core/model/compare';
import { decSum } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const invoiceOf = (c: Contract, actuals: ReturnType<typeof bpoCustomerService.actuals>, period: string) => {
  const result = buildInvoice(c, actuals, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
};

describe.each(['en', 'fr'] as const)('the BPO hybrid against a fixed-only proposal, %s', (lang) => {
  const hybrid = bpoCustomerService.contract(lang);
  const fixedOnly: Contract = { ...hybrid, id: 'fixed-only', kpis: [], caps: {} };
  const actuals = bpoCustomerService.actuals(lang);
  const periods = invoicePeriods(hybrid, actuals);
  const invoices: Invoice[][] = periods.map((p) => [
    invoiceOf(hybrid, actuals, p),
    invoiceOf(fixedOnly, actuals, p),
  ]);
  const rows = periods.map((p, i) => compareRow(p, invoices[i]));
  const total = compareTotal('all', rows);

  test('the total is the sum of the rows, and the line kinds add up to its difference', () => {
    for (const c of [0, 1])
      expect(total.totals[c].toFixed(2)).toBe(decSum(invoices.map((pair) => pair[c].total)).toFixed(2));
    expect(decSum(total.kinds.map((k) => k.difference)).toFixed(2)).toBe(total.difference.toFixed(2));
    expect(total.kinds.at(-1)!.kind).toBe('vat');
    // The base fees are the same under both: no difference of fixed or volume fees.
    for (const kind of ['fixed', 'volume'])
      expect(total.kinds.find((k) => k.kind === kind)!.difference.toFixed(2)).toBe('0.00');
  });

  test('the Comparison sheet ends its rows with their total, named in its language', () => {
    const grid = planToGrid(
      compareSheetPlan(['bpo', 'fixed-only'], 'EUR', rows, { kind: 'actuals', source: 'actuals.csv' }, lang),
    );
    const name = lang === 'fr' ? 'Total des lignes' : 'All rows';
    const at = grid.findIndex((row) => row[0] === name);
    expect(grid[at].slice(0, 4)).toEqual([name, ...total.totals.map(Number), Number(total.difference)]);
    // The line kinds' table ends with the total's kinds.
    expect(grid.filter((row) => row[0] === name)).toHaveLength(1 + total.kinds.length);
  });
});
