/**
 * The Reconciliation sheet: the supplier's invoice line by line against the contract's, each with its status
 * and difference (invoiced − due, exact, frozen like every amount); the lines that differ first,
 * highlighted, each with its dispute note; then the totals, and the whole message to the supplier, one line
 * per row to copy. Where the supplier's invoice has VAT rate or Date cells, a last column says how each
 * was read (a bare 0.2 as 20 % or 0.2 %, 05/10/2026 day first and why), as `reconcile --json` gives them.
 */
import type { Language } from '../contract/types';
import type { ReconciledLine, Reconciliation } from '../control/reconcile';
import type { SupplierRow } from '../control/supplierInvoice';
import { formatPercent } from '../i18n/numberFormat';
import { reconciliationTexts, type ReconciliationTexts } from '../i18n/reconciliation';
import { invoicePeriodName } from '../invoice/periodName';
import type { Dec } from '../money';
import { cellBlock, EMPTY, hostNumber, textCell, type Cell } from './cellBlock';
import { moneyFormat } from './invoiceSheet';
import { fitRowHeights } from './rowHeights';
import type { PlanBlock, PlanStyle, SheetPlan } from './sheetPlan';

/** Columns of the table; one more where the supplier's VAT rate or Date cells were read. */
const WIDTH = 7;
const HEADER_FILL = '#DDEBF7';
const DIFFERENCE_FILL = '#FCE4E4';
const DIFFERENCE_COLOR = '#9C0006';
const TITLE_COLOR = '#1F4E79';
/** Row (0-based) of the table's header. */
const TABLE_HEADER_ROW = 7;

const text = textCell;
const empty = EMPTY;

const num = hostNumber;

/** How one supplier row's VAT rate and Date cells were read, or '' where it has neither. */
function rowRead(row: SupplierRow, t: ReconciliationTexts, lang: Language, period: string): string {
  const said: string[] = [];
  if (row.vatRate) {
    const { at, text: written, rates } = row.vatRate;
    const shown = rates.map((r) => formatPercent(r, lang));
    const bare = (s: string) => s.replace(/\s/g, '');
    // `20 %` shows its one rate; `0.2` (20 % or 0.2 %) or `Exempt` (0 %) is said as read.
    const plain = shown.length === 1 && bare(shown[0]) === bare(written);
    said.push(t.vatRateRead(at, written, plain ? undefined : shown));
  }
  if (row.dated) {
    const { at, text: written, readIn, readings } = row.dated;
    if (readIn)
      said.push(
        t.dateRead(at, written, {
          readIn: { dayFirst: readIn.order === 'day-first', shownBy: readIn.shownBy },
        }),
      );
    else if (readings) said.push(t.dateRead(at, written, { either: { ...readings, period } }));
    else said.push(t.dateRead(at, written));
  }
  return said.join(' ');
}

/** The Reconciliation sheet of a reconciliation, labelled in the contract's language. */
export function reconciliationSheetPlan(reconciliation: Reconciliation): SheetPlan {
  const { invoice } = reconciliation;
  const lang = invoice.contract.language;
  const t = reconciliationTexts(lang);
  const money = moneyFormat(invoice.contract.currency);
  const amount = (value: Dec | null): Cell => (value === null ? empty : { value: num(value), format: money });
  const period = invoicePeriodName(invoice.months);

  // Lines that differ come first, so they form one highlighted range: painting costs the same host calls
  // however many lines differ (the totals, at most three, are highlighted one by one).
  const differing = reconciliation.lines.filter((l) => l.note !== undefined);
  const matching = reconciliation.lines.filter((l) => l.note === undefined);
  const rows: readonly ReconciledLine[] = [...differing, ...matching, ...reconciliation.totals];
  const read = rows.map((line) =>
    (line.supplier?.rows ?? [])
      .map((row) => rowRead(row, t, lang, period))
      .filter((said) => said !== '')
      .join(' '),
  );
  const showsRead = read.some((said) => said !== '');
  const width = showsRead ? WIDTH + 1 : WIDTH;
  const block = (row: number, cells: readonly (readonly Cell[])[]): PlanBlock => cellBlock(row, width, cells);
  const highlight = (row: number, count: number): PlanStyle => ({
    row,
    col: 0,
    rows: count,
    cols: width,
    fill: DIFFERENCE_FILL,
    color: DIFFERENCE_COLOR,
  });

  const header = block(0, [
    [text(t.title)],
    [],
    [text(t.supplierFile), text(reconciliation.supplierSheet)],
    [text(t.invoice), text(invoice.number)],
    [text(t.tolerance), amount(reconciliation.tolerance)],
    [text(t.result), text(t.summary(reconciliation.differences))],
    [],
    [...t.columns, ...(showsRead ? [t.readColumn] : [])].map(text),
  ]);

  const first = TABLE_HEADER_ROW + 1;
  const table = block(
    first,
    rows.map((line, i): Cell[] => [
      text(line.label),
      line.supplier ? text(line.supplier.label) : empty,
      text(t.status[line.status]),
      amount(line.billed),
      amount(line.due),
      amount(line.difference),
      line.note ? text(line.note) : empty,
      ...(read[i] !== '' ? [text(read[i])] : []),
    ]),
  );

  const messageRow = first + rows.length + 1;
  const messageLines = reconciliation.message === '' ? [] : reconciliation.message.split('\n');
  const message = block(messageRow, [[text(t.notes)], ...messageLines.map((line) => [text(line)])]);

  const styles: PlanStyle[] = [
    { row: 0, col: 0, rows: 1, cols: width, bold: true, fontSize: 16, color: TITLE_COLOR },
    { row: 2, col: 0, rows: 4, cols: 1, bold: true },
    { row: TABLE_HEADER_ROW, col: 0, rows: 1, cols: width, bold: true, fill: HEADER_FILL },
    ...(rows.length > 0 ? [{ row: first, col: 6, rows: rows.length, cols: width - 6, wrap: true }] : []),
    ...(differing.length > 0 ? [highlight(first, differing.length)] : []),
    ...reconciliation.totals.flatMap((line, i) =>
      line.note === undefined ? [] : [highlight(first + reconciliation.lines.length + i, 1)],
    ),
    ...(reconciliation.lines.length < rows.length
      ? [{ row: first + reconciliation.lines.length, col: 0, rows: 1, cols: width, borderTop: true }]
      : []),
    { row: messageRow, col: 0, rows: 1, cols: width, bold: true, color: TITLE_COLOR },
  ];

  const plan: SheetPlan = {
    name: t.sheetName(period),
    blocks: [header, table, message].filter((b) => b.values.length > 0),
    styles,
    columnWidths: [30, 30, 14, 16, 16, 16, 90, ...(showsRead ? [60] : [])],
    frozenRows: TABLE_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true },
  };
  // Wrapped notes and reasons take the height of their text in every painter.
  return { ...plan, rowHeights: fitRowHeights(plan) };
}
