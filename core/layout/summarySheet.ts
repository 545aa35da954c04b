/**
 * The Summary of a range of invoices of one contract: one row per invoice with its totals by line kind,
 * subtotal, VAT and total, then the range's total. Amounts are the invoices' own; each row's subtotal and
 * total and the range's totals are SUM formulas, so the sheet audits itself.
 */
import { kindTotals, kindsPrinted } from '../control/batch';
import { batchLabels } from '../i18n/batch';
import { invoicePeriodName } from '../invoice/periodName';
import type { Invoice } from '../invoice/types';
import { ZERO, type Dec } from '../money';
import { a1 } from './a1';
import { EMPTY, cellBlock, hostNumber, textCell, type Cell } from './cellBlock';
import { moneyFormat } from './invoiceSheet';
import { fitRowHeights } from './rowHeights';
import type { PlanStyle, SheetPlan } from './sheetPlan';

const HEADER_FILL = '#DDEBF7';
/** Row (0-based) of the table's header. */
const HEADER_ROW = 2;

/** The Summary sheet of `invoices` (one contract, oldest first; at least one). */
export function summarySheetPlan(invoices: readonly Invoice[]): SheetPlan {
  const { contract } = invoices[0];
  const t = batchLabels(contract.language);
  const money = moneyFormat(contract.currency);
  const kinds = kindsPrinted(invoices);
  const firstKind = 2;
  const subtotalCol = firstKind + kinds.length;
  const width = subtotalCol + 3;
  const moneyCell = (value: Cell['value'], formula?: string): Cell => ({ value, format: money, formula });

  const first = HEADER_ROW + 1;
  const rows = invoices.map((invoice, i): Cell[] => {
    const row = first + i;
    const totals = kindTotals(invoice);
    return [
      textCell(invoicePeriodName(invoice.months)),
      textCell(invoice.number),
      ...kinds.map((kind) => moneyCell(hostNumber(totals.get(kind) ?? ZERO))),
      moneyCell(
        hostNumber(invoice.subtotal),
        kinds.length > 0 ? `=SUM(${a1(row, firstKind)}:${a1(row, subtotalCol - 1)})` : undefined,
      ),
      moneyCell(hostNumber(invoice.vat.amount)),
      moneyCell(hostNumber(invoice.total), `=SUM(${a1(row, subtotalCol)}:${a1(row, subtotalCol + 1)})`),
    ];
  });
  const last = first + invoices.length - 1;
  const totalRow = last + 1;
  // Cached results are the exact sums of the invoices' amounts, not sums of doubles.
  const sum = (amount: (invoice: Invoice) => Dec) => invoices.reduce((s, inv) => s.plus(amount(inv)), ZERO);
  const exactTotals = [
    ...kinds.map((kind) => sum((inv) => kindTotals(inv).get(kind) ?? ZERO)),
    sum((inv) => inv.subtotal),
    sum((inv) => inv.vat.amount),
    sum((inv) => inv.total),
  ];
  const total: Cell[] = [
    textCell(t.rangeTotal),
    EMPTY,
    ...exactTotals.map((value, i) =>
      moneyCell(hostNumber(value), `=SUM(${a1(first, firstKind + i)}:${a1(last, firstKind + i)})`),
    ),
  ];

  const from = invoicePeriodName(invoices[0].months);
  const to = invoicePeriodName(invoices[invoices.length - 1].months);
  const header = [t.period, t.invoice, ...kinds.map((kind) => t.kinds[kind]), t.subtotal, t.vat, t.total];
  const styles: PlanStyle[] = [
    { row: 0, col: 0, rows: 1, cols: width, bold: true, fontSize: 14, color: '#1F4E79' },
    { row: HEADER_ROW, col: 0, rows: 1, cols: width, bold: true, fill: HEADER_FILL, wrap: true },
    // An invoice number longer than its column wraps rather than be cut by the amount beside it.
    { row: HEADER_ROW + 1, col: 0, rows: Math.max(rows.length, 1), cols: 2, wrap: true },
    { row: totalRow, col: 0, rows: 1, cols: width, bold: true, borderTop: true },
    { row: totalRow + 2, col: 0, rows: 1, cols: width, italic: true, color: '#595959' },
  ];
  const plan = {
    name: t.summarySheet,
    blocks: [
      cellBlock(0, width, [[textCell(t.summaryTitle(contract.name, from, to))]]),
      cellBlock(HEADER_ROW, width, [header.map(textCell), ...rows, total, [], [textCell(t.note)]]),
    ],
    styles,
    columnWidths: [12, 34, ...kinds.map(() => 16), 18, 16, 18],
    frozenRows: HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true, titleRows: HEADER_ROW + 1 },
  } as const;
  return { ...plan, rowHeights: fitRowHeights(plan) };
}
