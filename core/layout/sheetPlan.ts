/**
 * SheetPlan: the seam between the core and the painters. Plain data, no host types: every painter (Excel,
 * Sheets, .xlsx) turns one plan into a constant number of host calls whatever its size.
 */

/** A constant cell value. `null` is an empty cell. */
export type PlanValue = string | number | boolean | null;

/** The number format that marks a cell as text: painters apply it before writing values. */
export const TEXT_FORMAT = '@';

/** A rectangle of cells painted in one write, top-left at (row, col), both 0-based. */
export interface PlanBlock {
  readonly row: number;
  readonly col: number;
  /** Constant values; every row has the same length. */
  readonly values: readonly (readonly PlanValue[])[];
  /** Where non-null, a formula written instead of the value (`=SUM(F8:F14)`). Same shape as values. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /**
   * Number formats, same shape as values; `null` keeps the default. `TEXT_FORMAT` marks text that comes
   * from the user: painters format such cells as text before writing, so `=HYPERLINK(...)` stays text.
   */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
}

/** A rectangle, 0-based, used by styles, tables and validations. */
export interface PlanRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface PlanStyle extends PlanRect {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Background colour, `#rrggbb`. */
  readonly fill?: string;
  /** Font colour, `#rrggbb`. */
  readonly color?: string;
  readonly wrap?: boolean;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly borderTop?: boolean;
  readonly fontSize?: number;
}

/** A native table (Excel table, Sheets banded range): the first row of the rect is the header. */
export interface PlanTable extends PlanRect {
  readonly name: string;
}

/** A list validation: each cell of the rect must be one of `list`. */
export interface PlanValidation extends PlanRect {
  readonly list: readonly string[];
}

/**
 * A native chart over cells of the plan: categories down one column, each series down another, anchored
 * with its top-left corner at a cell. Painters that cannot draw charts (the .xlsx painter: exceljs writes
 * none) leave them out; the data is in the cells either way.
 *
 * `line` and `column` put their categories at equal steps, whatever they hold. `xyLines` reads its
 * categories as numbers and puts each point at its x value, joined by straight lines (an XY scatter with
 * lines): a fee curve's rows at its exact breakpoints are not evenly spaced, and equal steps would draw
 * its kinks in the wrong place.
 */
export interface PlanChart {
  readonly kind: 'line' | 'column' | 'xyLines';
  readonly title: string;
  /** One column of category labels, or of x values (numbers) for `xyLines`. */
  readonly categories: PlanRect;
  /** One column each, as long as `categories`; the series' name is its column header. */
  readonly series: readonly { readonly name: string; readonly values: PlanRect }[];
  readonly anchor: { readonly row: number; readonly col: number };
  readonly xTitle?: string;
  readonly yTitle?: string;
  /**
   * For `xyLines`: the x axis from the first to the last x value. Excel starts a value axis at 0 unless
   * the values span less than a sixth of the largest, which would squeeze a curve of FCR from 70 % to 85 %
   * into the right sixth of its chart. Absent: the host's automatic bounds.
   */
  readonly xBounds?: { readonly min: number; readonly max: number };
}

/** The paper sizes print setup names. */
export type PaperSize = 'A4' | 'Letter';

/** The height of one row (0-based), in points. */
export interface PlanRowHeight {
  readonly row: number;
  readonly height: number;
}

/** Cells of `rect` whose value equals `equals` get the fill and font colour (`#rrggbb`). */
export interface PlanConditionalFormat extends PlanRect {
  readonly equals: string;
  readonly fill: string;
  readonly color?: string;
}

export interface SheetPlan {
  /** Desired name; painters make it unique in the workbook with `uniqueSheetName`. */
  readonly name: string;
  readonly blocks: readonly PlanBlock[];
  readonly styles?: readonly PlanStyle[];
  readonly tables?: readonly PlanTable[];
  readonly validations?: readonly PlanValidation[];
  /** Column widths in characters of the default font (Excel's unit), from column A. */
  readonly columnWidths?: readonly number[];
  readonly frozenRows?: number;
  readonly frozenColumns?: number;
  readonly print?: {
    readonly orientation: 'portrait' | 'landscape';
    readonly fitToWidth: boolean;
    /** Paper size; absent: the host's default. */
    readonly paper?: PaperSize;
    /** Rows from the top repeated on every printed page; absent: the frozen rows. */
    readonly titleRows?: number;
  };
  /** Row heights in points, where the layout knows a row needs more than the default (wrapped text). */
  readonly rowHeights?: readonly PlanRowHeight[];
  /** Cell-value highlights (`met` green, `missed` red); painters that have none leave the plain cells. */
  readonly conditionalFormats?: readonly PlanConditionalFormat[];
  /** Native charts over the plan's cells; optional, and ignored by painters that draw none. */
  readonly charts?: readonly PlanChart[];
}

/** A workbook is an ordered list of sheet plans. */
export type WorkbookPlan = readonly SheetPlan[];
