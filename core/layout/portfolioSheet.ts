/**
 * The Portfolio: every invoice of every contract of a run, one row each (contract, period, subtotal, VAT,
 * total), then a total per currency. Currencies are never added together: each total is a SUMIFS over the
 * rows of its currency, so the sheet stays right when rows are sorted or filtered.
 */
import type { Language } from '../contract/types';
import { batchLabels } from '../i18n/batch';
import { invoicePeriodName } from '../invoice/periodName';
import type { Invoice } from '../invoice/types';
import { ZERO, type Dec } from '../money';
import { a1 } from './a1';
import { EMPTY, cellBlock, hostNumber, textCell, type Cell } from './cellBlock';
import { moneyFormat } from './invoiceSheet';
import { fitRowHeights } from './rowHeights';
import type { PlanStyle, SheetPlan } from './sheetPlan';

const HEADER_ROW = 2;
const WIDTH = 8;
const CURRENCY_COL = 4;
const AMOUNT_COLS = [5, 6, 7] as const;

/** The Portfolio sheet of the invoices of several contracts (grouped by contract, oldest first). */
export function portfolioSheetPlan(
  contracts: readonly { readonly invoices: readonly Invoice[] }[],
  lang: Language,
): SheetPlan {
  const t = batchLabels(lang);
  const invoices = contracts.flatMap((c) => c.invoices);
  const first = HEADER_ROW + 1;
  const last = first + invoices.length - 1;
  const rows = invoices.map((invoice): Cell[] => {
    const money = moneyFormat(invoice.contract.currency);
    return [
      textCell(invoice.contract.id),
      textCell(invoice.contract.name),
      textCell(invoicePeriodName(invoice.months)),
      textCell(invoice.number),
      textCell(invoice.contract.currency),
      { value: hostNumber(invoice.subtotal), format: money },
      { value: hostNumber(invoice.vat.amount), format: money },
      { value: hostNumber(invoice.total), format: money },
    ];
  });

  const currencies = [...new Set(invoices.map((invoice) => invoice.contract.currency))].sort();
  const column = (col: number) => `${a1(first, col)}:${a1(last, col)}`;
  const totals = currencies.map((currency): Cell[] => {
    const money = moneyFormat(currency);
    const ofCurrency = invoices.filter((invoice) => invoice.contract.currency === currency);
    const sum = (amount: (invoice: Invoice) => Dec) =>
      ofCurrency.reduce((s, inv) => s.plus(amount(inv)), ZERO);
    const exact = [sum((i) => i.subtotal), sum((i) => i.vat.amount), sum((i) => i.total)];
    return [
      textCell(t.totalIn(currency)),
      EMPTY,
      EMPTY,
      EMPTY,
      textCell(currency),
      ...AMOUNT_COLS.map((col, i) => ({
        value: hostNumber(exact[i]),
        format: money,
        // The currency cell of this very row is the criterion: a code typed in a formula never runs.
        formula: `=SUMIFS(${column(col)},${column(CURRENCY_COL)},${a1(last + 1 + currencies.indexOf(currency), CURRENCY_COL)})`,
      })),
    ];
  });

  const header = [t.contract, t.contractName, t.period, t.invoice, t.currency, t.subtotal, t.vat, t.total];
  const styles: PlanStyle[] = [
    { row: 0, col: 0, rows: 1, cols: WIDTH, bold: true, fontSize: 14, color: '#1F4E79' },
    { row: HEADER_ROW, col: 0, rows: 1, cols: WIDTH, bold: true, fill: '#DDEBF7' },
    // A contract's id, name or invoice number longer than its column wraps rather than be cut.
    { row: first, col: 0, rows: Math.max(invoices.length, 1), cols: 4, wrap: true },
    { row: last + 1, col: 0, rows: currencies.length, cols: WIDTH, bold: true },
    { row: last + 1, col: 0, rows: 1, cols: WIDTH, borderTop: true },
  ];
  const plan = {
    name: t.portfolioSheet,
    blocks: [
      cellBlock(0, WIDTH, [[textCell(t.portfolioTitle(contracts.length, invoices.length))]]),
      cellBlock(HEADER_ROW, WIDTH, [header.map(textCell), ...rows, ...totals]),
    ],
    styles,
    columnWidths: [26, 40, 12, 34, 10, 18, 16, 18],
    frozenRows: HEADER_ROW + 1,
    print: { orientation: 'portrait', fitToWidth: true, titleRows: HEADER_ROW + 1 },
  } as const;
  return { ...plan, rowHeights: fitRowHeights(plan) };
}
