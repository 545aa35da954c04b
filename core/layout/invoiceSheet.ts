/**
 * The invoice as a sheet plan: a header, one row per line with its explanation, subtotal / VAT / total,
 * then the KPI evidence. Amounts are frozen values; subtotal and total are native SUM formulas over the
 * printed cells, so anyone can audit the sheet without the add-in.
 */
import type { KpiUnit } from '../contract/types';
import { invoiceSheetLabels } from '../i18n/invoiceSheet';
import { formatMonths } from '../i18n/periodFormat';
import type { Invoice } from '../invoice/types';
import { invoicePeriodName } from '../invoice/periodName';
import { minorUnitDigits, type Dec } from '../money';
import { a1 } from './a1';
import { aggregateRows, evidenceMonth } from './aggregateEvidence';
import { cellBlock, EMPTY, hostNumber, textCell, type Cell } from './cellBlock';
import { dateCell } from './dateCell';
import { kpiValueFormat } from './contractSheet';
import { paperFor } from './paper';
import { quantityFormat } from './quantityFormat';
import { fitRowHeights } from './rowHeights';
import type { PaperSize, PlanBlock, PlanStyle, SheetPlan } from './sheetPlan';
import { vatCell } from './vatFormula';

const WIDTH = 8;
const HEADER_FILL = '#DDEBF7';
const TITLE_COLOR = '#1F4E79';
/** Row (0-based) of the lines table's header. */
const LINES_HEADER_ROW = 7;

/** Excel/Sheets number format for amounts of the currency: `#,##0.00 "EUR"`. */
export function moneyFormat(currency: string): string {
  const digits = minorUnitDigits(currency);
  return `#,##0${digits > 0 ? `.${'0'.repeat(digits)}` : ''} "${currency.toUpperCase()}"`;
}

const num = hostNumber;

const text = textCell;
const empty = EMPTY;

const block = (row: number, rows: readonly (readonly Cell[])[]): PlanBlock => cellBlock(row, WIDTH, rows);

/** Print choices; the paper follows the currency's country (Letter for USD and CAD) unless given. */
export interface InvoiceSheetOptions {
  readonly paper?: PaperSize;
}

function levelCell(value: Dec | undefined, unit: KpiUnit): Cell {
  return value === undefined ? empty : { value: num(value), format: kpiValueFormat(unit) };
}

/** The invoice sheet of an invoice, labelled in the contract's language. */
export function invoiceSheetPlan(invoice: Invoice, options: InvoiceSheetOptions = {}): SheetPlan {
  const { contract } = invoice;
  const t = invoiceSheetLabels(contract.language);
  const money = moneyFormat(contract.currency);
  // In words for the reader; verify and Correct an invoice read the words back (periodSpanOf).
  const periodText = formatMonths(invoice.months, contract.language);

  const header = block(0, [
    [text(`${t.title} ${invoice.number}`)],
    [],
    [text(t.number), text(invoice.number), empty, text(t.client), text(contract.parties.client)],
    [
      text(t.date),
      dateCell(invoice.issueDate, contract.language),
      empty,
      text(t.provider),
      text(contract.parties.provider),
    ],
    [text(t.period), text(periodText), empty, text(t.contract), text(contract.name)],
    [
      text(t.currency),
      text(contract.currency),
      empty,
      text(t.contractVersion),
      text(invoice.seal.contractVersion),
    ],
    [text(t.fingerprint), text(invoice.seal.fingerprint)],
    t.columns.map(text),
  ]);

  const firstLine = LINES_HEADER_ROW + 1;
  const lineRows = invoice.lines.map((line): Cell[] => [
    text(line.label),
    text(line.explanation),
    line.quantity === undefined
      ? empty
      : { value: num(line.quantity), format: quantityFormat(line.quantity) },
    line.unit === undefined ? empty : text(line.unit),
    line.unitPrice === undefined
      ? empty
      : { value: num(line.unitPrice), format: money.replace('0.00', '0.00##') },
    { value: num(line.amount), format: money },
  ]);
  const lines = block(firstLine, lineRows);

  const lastLine = firstLine + Math.max(invoice.lines.length, 1) - 1;
  const subtotalRow = firstLine + invoice.lines.length + 1;
  const amountCol = 5;
  const vat = vatCell({ ...invoice.contract, subtotal: invoice.subtotal }, a1(subtotalRow, amountCol));
  const vatFormula = 'formula' in vat ? vat.formula : undefined;
  const sumLines =
    invoice.lines.length > 0 ? `=SUM(${a1(firstLine, amountCol)}:${a1(lastLine, amountCol)})` : undefined;
  const totals = block(subtotalRow, [
    [
      text(t.subtotal),
      empty,
      empty,
      empty,
      empty,
      { value: num(invoice.subtotal), format: money, formula: sumLines },
    ],
    [
      text(invoice.vat.label),
      text(invoice.vat.explanation),
      empty,
      empty,
      empty,
      { value: num(invoice.vat.amount), format: money, formula: vatFormula },
    ],
    [
      text(t.total),
      empty,
      empty,
      empty,
      empty,
      {
        value: num(invoice.total),
        format: money,
        formula: `=SUM(${a1(subtotalRow, amountCol)}:${a1(subtotalRow + 1, amountCol)})`,
      },
    ],
  ]);

  const evidenceTitle = subtotalRow + 4;
  // An aggregated clause's row is followed by one row per month it was formed from (aggregateEvidence.ts).
  const evidenceRows = invoice.evidence.flatMap((e): Cell[][] => [
    [
      text(e.clause.name),
      text(evidenceMonth(e, contract.language)),
      levelCell(e.actual, e.clause.unit),
      levelCell(e.clause.threshold, e.clause.unit),
      levelCell(e.clause.target, e.clause.unit),
      levelCell(e.clause.stretch, e.clause.unit),
      text(e.outcome),
      { value: num(e.amount), format: money },
    ],
    ...aggregateRows(e, contract.language, money),
  ]);
  const evidence = block(evidenceTitle, [
    [text(t.evidence)],
    t.evidenceColumns.map(text),
    ...evidenceRows,
    [],
    [text(t.note)],
    [text('formula' in vat ? t.vatFormula : vat.frozen === 'halfEven' ? t.vatFrozen : t.vatTooLarge)],
  ]);

  const styles: PlanStyle[] = [
    { row: 0, col: 0, rows: 1, cols: WIDTH, bold: true, fontSize: 16, color: TITLE_COLOR },
    { row: 2, col: 0, rows: 5, cols: 1, bold: true },
    { row: 2, col: 3, rows: 4, cols: 1, bold: true },
    // The date is a number: aligned with the header's texts rather than to the right.
    { row: 3, col: 1, rows: 1, cols: 1, horizontalAlignment: 'left' },
    { row: LINES_HEADER_ROW, col: 0, rows: 1, cols: 6, bold: true, fill: HEADER_FILL },
    // Labels and explanations wrap: the rows take their height from the text (fitRowHeights).
    { row: firstLine, col: 0, rows: Math.max(invoice.lines.length, 1), cols: 2, wrap: true },
    { row: subtotalRow, col: 0, rows: 3, cols: 6, bold: true, borderTop: true },
    { row: subtotalRow + 1, col: 0, rows: 1, cols: 6, bold: false },
    { row: subtotalRow, col: 0, rows: 3, cols: 2, wrap: true },
    { row: evidenceTitle, col: 0, rows: 1, cols: WIDTH, bold: true, color: TITLE_COLOR },
    { row: evidenceTitle + 1, col: 0, rows: 1, cols: WIDTH, bold: true, fill: HEADER_FILL },
    // The evidence's texts (a long KPI name, `bonus, gate held`, a ramp's words) wrap as the lines do:
    // each cell has a value beside it that would cut it.
    { row: evidenceTitle + 1, col: 0, rows: evidenceRows.length + 1, cols: WIDTH, wrap: true },
    {
      row: evidenceTitle + evidenceRows.length + 3,
      col: 0,
      rows: 2,
      cols: WIDTH,
      italic: true,
      color: '#595959',
    },
  ];

  const plan = {
    name: t.sheetName(invoicePeriodName(invoice.months)),
    blocks: [header, lines, totals, evidence].filter((b) => b.values.length > 0),
    styles,
    // Narrow enough for a portrait page fitted to its width; long texts wrap onto taller rows. The Unit
    // column holds the header's `Version du contrat` on one line.
    columnWidths: [30, 46, 11, 19, 14, 16, 14, 15],
    frozenRows: LINES_HEADER_ROW + 1,
    print: {
      orientation: 'portrait',
      fitToWidth: true,
      paper: options.paper ?? paperFor(contract.currency),
      titleRows: LINES_HEADER_ROW + 1,
    },
  } as const;
  return { ...plan, rowHeights: fitRowHeights(plan) };
}
