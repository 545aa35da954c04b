/**
 * The sheets of modelling (scenarios, fee curve, exposure, forecast, comparison) share one shape: a title,
 * a line saying what was modelled, then tables one under the other, each a native table, with optional
 * charts over their columns beside them. Values are frozen (these sheets are results, like invoices), but
 * for the live totals of Excel's editable Scenarios sheet, which are CONTRACTFEE formulas.
 */
import { toHostNumber, type Dec } from '../money';
import { moneyFormat } from './invoiceSheet';
import {
  TEXT_FORMAT,
  type PlanBlock,
  type PlanChart,
  type PlanRect,
  type PlanStyle,
  type PlanTable,
  type PlanValue,
  type SheetPlan,
} from './sheetPlan';

/** A cell of a modelling table: text from the user stays text; money in the contract's currency. */
export type ModelCell =
  | { readonly text: string }
  /** With `formula`, a live amount: the formula is written and `money` is only its value when made. */
  | { readonly money: Dec; readonly formula?: string }
  | { readonly number: Dec; readonly format?: string | null }
  | null;

export interface ModelTable {
  /** Native table name (made unique in the workbook by the painter). */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly ModelCell[])[];
}

/** A chart over one table: categories and series are column indexes of that table. */
export interface ModelChart {
  readonly kind: PlanChart['kind'];
  readonly title: string;
  readonly table: number;
  readonly categories: number;
  readonly series: readonly number[];
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly xBounds?: PlanChart['xBounds'];
}

export interface ModelSheet {
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  readonly currency: string;
  readonly tables: readonly ModelTable[];
  readonly charts?: readonly ModelChart[];
}

/** Row (0-based) of the first table's header: under the title, the subtitle and one blank row. */
export const FIRST_TABLE_ROW = 3;

const HEADER_FILL = '#DDEBF7';
const TITLE_COLOR = '#1F4E79';
/** Rows a chart takes, and columns between a table and the charts beside the first table. */
const CHART_ROWS = 16;
const CHART_GAP = 1;

function hostNumber(value: Dec): number {
  const n = toHostNumber(value);
  if (n === undefined) throw new RangeError(`value out of range: ${value.toString()}`);
  return n;
}

/** The plan of a modelling sheet. */
export function modelSheetPlan(sheet: ModelSheet): SheetPlan {
  const money = moneyFormat(sheet.currency);
  const width = Math.max(1, ...sheet.tables.map((t) => t.header.length));
  const blocks: PlanBlock[] = [
    {
      row: 0,
      col: 0,
      values: [[sheet.title], [sheet.subtitle]],
      numberFormats: [[TEXT_FORMAT], [TEXT_FORMAT]],
    },
  ];
  const styles: PlanStyle[] = [
    { row: 0, col: 0, rows: 1, cols: 1, bold: true, fontSize: 14, color: TITLE_COLOR },
    { row: 1, col: 0, rows: 1, cols: 1, italic: true },
  ];
  const tables: PlanTable[] = [];
  const rects: PlanRect[] = [];
  let row = FIRST_TABLE_ROW;
  for (const table of sheet.tables) {
    const cols = table.header.length;
    const values: PlanValue[][] = [table.header.map((h) => h)];
    const formats: (string | null)[][] = [table.header.map(() => TEXT_FORMAT)];
    const formulas: (string | null)[][] = [table.header.map(() => null)];
    for (const cells of table.rows) {
      values.push(Array.from({ length: cols }, (_, c) => valueOf(cells[c] ?? null)));
      formats.push(Array.from({ length: cols }, (_, c) => formatOf(cells[c] ?? null, money)));
      formulas.push(Array.from({ length: cols }, (_, c) => formulaOf(cells[c] ?? null)));
    }
    const live = formulas.some((r) => r.some((f) => f !== null));
    blocks.push({ row, col: 0, values, numberFormats: formats, ...(live ? { formulas } : {}) });
    styles.push({ row, col: 0, rows: 1, cols, bold: true, fill: HEADER_FILL });
    const rect = { row, col: 0, rows: table.rows.length + 1, cols };
    rects.push(rect);
    tables.push({ ...rect, name: table.name });
    row += rect.rows + 2;
  }
  const charts = (sheet.charts ?? []).map((chart, i): PlanChart => {
    const rect = rects[chart.table];
    const column = (c: number): PlanRect => ({ row: rect.row + 1, col: c, rows: rect.rows - 1, cols: 1 });
    return {
      kind: chart.kind,
      title: chart.title,
      categories: column(chart.categories),
      series: chart.series.map((c) => ({ name: sheet.tables[chart.table].header[c], values: column(c) })),
      anchor: { row: FIRST_TABLE_ROW + i * CHART_ROWS, col: width + CHART_GAP },
      ...(chart.xTitle !== undefined ? { xTitle: chart.xTitle } : {}),
      ...(chart.yTitle !== undefined ? { yTitle: chart.yTitle } : {}),
      ...(chart.xBounds !== undefined ? { xBounds: chart.xBounds } : {}),
    };
  });
  return {
    name: sheet.name,
    blocks,
    styles,
    tables,
    columnWidths: Array.from({ length: width }, (_, c) => (c === 0 ? 28 : 16)),
    ...(charts.length > 0 ? { charts } : {}),
  };
}

function valueOf(cell: ModelCell): PlanValue {
  if (cell === null) return null;
  if ('text' in cell) return cell.text;
  return hostNumber('money' in cell ? cell.money : cell.number);
}

function formatOf(cell: ModelCell, money: string): string | null {
  if (cell === null) return null;
  if ('text' in cell) return TEXT_FORMAT;
  if ('money' in cell) return money;
  return cell.format ?? null;
}

function formulaOf(cell: ModelCell): string | null {
  return cell !== null && 'money' in cell ? (cell.formula ?? null) : null;
}
