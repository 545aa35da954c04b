/**
 * An invoice is written to cells: every amount must be one a cell holds exactly to the minor unit (15
 * significant digits, see `largestHostMoney`), and every other number must be a finite double, or the
 * sheet would show a different number from the JSON (99,999,999,999,999.99 written as …98) or fail to be
 * written at all (1e400). Beyond that the invoice is refused, naming the line or field.
 */
import { fitsHostMoney, fitsHostNumber, largestHostMoney, type Dec } from '../money';
import type { InvoiceContext } from './context';
import type { Invoice } from './types';

export function cellProblems(ctx: InvoiceContext, invoice: Invoice): string[] {
  const { texts } = ctx;
  const { currency } = ctx.contract;
  const problems: string[] = [];
  // Places are named only for a problem: an invoice within bounds formats none.
  const amount = (value: Dec, place: () => string) => {
    if (!fitsHostMoney(value, currency))
      problems.push(texts.amountBeyondCell(place(), ctx.money(largestHostMoney(currency))));
  };
  const number = (value: Dec | undefined, place: () => string) => {
    if (value !== undefined && !fitsHostNumber(value)) problems.push(texts.numberBeyondCell(place()));
  };
  for (const line of invoice.lines) {
    number(line.quantity, () => texts.lineQuantityPlace(line.label));
    number(line.unitPrice, () => texts.lineUnitPricePlace(line.label));
    amount(line.amount, () => texts.lineAmountPlace(line.label));
  }
  for (const e of invoice.evidence) number(e.actual, () => texts.kpiValuePlace(e.clause.name, e.month));
  amount(invoice.subtotal, () => texts.subtotalPlace);
  amount(invoice.vat.amount, () => texts.vat);
  amount(invoice.total, () => texts.totalPlace);
  return problems;
}
