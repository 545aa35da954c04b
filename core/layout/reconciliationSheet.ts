/**
 * The Reconciliation sheet: the supplier's invoice line by line against the contract's, each with its status
 * and difference (invoiced − due, exact, frozen like every amount); the lines that differ first,
 * highlighted, each with its dispute note; then the totals, and the whole message to the supplier, one line
 * per row to copy.
 */
import type { ReconciledLine, Reconciliation } from '../control/reconcile';
import { reconciliationTexts } from '../i18n/reconciliation';
import { invoicePeriodName } from '../invoice/periodName';
import type { Dec } from '../money';
import { cellBlock, EMPTY, hostNumber, textCell, type Cell } from './cellBlock';
import { moneyFormat } from './invoiceSheet';
import { fitRowHeights } from './rowHeights';
import type { PlanBlock, PlanStyle, SheetPlan } from './sheetPlan';

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

const block = (row: number, rows: readonly (readonly Cell[])[]): PlanBlock => cellBlock(row, WIDTH, rows);

function highlight(row: number, rows: number): PlanStyle {
  return { row, col: 0, rows, cols: WIDTH, fill: DIFFERENCE_FILL, color: DIFFERENCE_COLOR };
}

/** The Reconciliation sheet of a reconciliation, labelled in the contract's language. */
export function reconciliationSheetPlan(reconciliation: Reconciliation): SheetPlan {
  const { invoice } = reconciliation;
  const t = reconciliationTexts(invoice.contract.language);
  const money = moneyFormat(invoice.contract.currency);
  const amount = (value: Dec | null): Cell => (value === null ? empty : { value: num(value), format: money });

  const header = block(0, [
    [text(t.title)],
    [],
    [text(t.supplierFile), text(reconciliation.supplierSheet)],
    [text(t.invoice), text(invoice.number)],
    [text(t.tolerance), amount(reconciliation.tolerance)],
    [text(t.result), text(t.summary(reconciliation.differences))],
    [],
    t.columns.map(text),
  ]);

  // Lines that differ come first, so they form one highlighted range: painting costs the same host calls
  // however many lines differ (the totals, at most three, are highlighted one by one).
  const differing = reconciliation.lines.filter((l) => l.note !== undefined);
  const matching = reconciliation.lines.filter((l) => l.note === undefined);
  const rows: readonly ReconciledLine[] = [...differing, ...matching, ...reconciliation.totals];
  const first = TABLE_HEADER_ROW + 1;
  const table = block(
    first,
    rows.map((line): Cell[] => [
      text(line.label),
      line.supplier ? text(line.supplier.label) : empty,
      text(t.status[line.status]),
      amount(line.billed),
      amount(line.due),
      amount(line.difference),
      line.note ? text(line.note) : empty,
    ]),
  );

  const messageRow = first + rows.length + 1;
  const messageLines = reconciliation.message === '' ? [] : reconciliation.message.split('\n');
  const message = block(messageRow, [[text(t.notes)], ...messageLines.map((line) => [text(line)])]);

  const styles: PlanStyle[] = [
    { row: 0, col: 0, rows: 1, cols: WIDTH, bold: true, fontSize: 16, color: TITLE_COLOR },
    { row: 2, col: 0, rows: 4, cols: 1, bold: true },
    { row: TABLE_HEADER_ROW, col: 0, rows: 1, cols: WIDTH, bold: true, fill: HEADER_FILL },
    ...(rows.length > 0 ? [{ row: first, col: 6, rows: rows.length, cols: 1, wrap: true }] : []),
    ...(differing.length > 0 ? [highlight(first, differing.length)] : []),
    ...reconciliation.totals.flatMap((line, i) =>
      line.note === undefined ? [] : [highlight(first + reconciliation.lines.length + i, 1)],
    ),
    ...(reconciliation.lines.length < rows.length
      ? [{ row: first + reconciliation.lines.length, col: 0, rows: 1, cols: WIDTH, borderTop: true }]
      : []),
    { row: messageRow, col: 0, rows: 1, cols: WIDTH, bold: true, color: TITLE_COLOR },
  ];

  const plan: SheetPlan = {
    name: t.sheetName(invoicePeriodName(invoice.months)),
    blocks: [header, table, message].filter((b) => b.values.length > 0),
    styles,
    columnWidths: [30, 30, 14, 16, 16, 16, 90],
    frozenRows: TABLE_HEADER_ROW + 1,
    print: { orientation: 'landscape', fitToWidth: true },
  };
  // Wrapped notes and reasons take the height of their text in every painter.
  return { ...plan, rowHeights: fitRowHeights(plan) };
}
