/**
 * A supplier's invoice as a sheet of the workbook, built from the invoice the contract gives, so tests of
 * the pane's Reconcile can bill exactly what is due, or change one line.
 */
import { invoiceOf, readWorkbook } from '../../core/app/actions';
import type { WorkbookPort } from '../../core/app/workbookPort';
import type { MaybePromise } from '../../core/app/maybePromise';
import { andThen } from '../../core/app/maybePromise';

type Cells = (string | number)[][];

/** Header row, one row per line of the invoice of `period` (amount + `adjust[label]`), then the total. */
export function supplierInvoiceGrid(
  port: WorkbookPort,
  period: string,
  adjust: Readonly<Record<string, number>> = {},
): MaybePromise<Cells> {
  return andThen(readWorkbook(port, 'en', undefined), (read) => {
    const invoice = invoiceOf(read, period, 'en');
    return [
      ['Line', 'Amount'],
      ...invoice.lines.map((line) => [
        line.label,
        Number(line.amount.plus(adjust[line.label] ?? 0).toFixed()),
      ]),
    ];
  });
}
