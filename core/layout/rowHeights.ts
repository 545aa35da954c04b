/**
 * Row heights that fit wrapped text, computed in the layout so every painter gets them. Hosts do not
 * re-measure rows when a file is opened (LibreOffice draws a long explanation over the rows below it at
 * the default 15 pt), so a plan states how tall a row with wrapped text must be.
 *
 * The measure is an estimate from the text's length and the column's width, made on the generous side: a
 * line holds fewer characters than the column's width in digits, because a wrapped text is proportional
 * (and LibreOffice may substitute a wider face for Calibri). A row a little too tall wastes a few points;
 * one too short hides words.
 */
import type { PlanRowHeight, SheetPlan } from './sheetPlan';

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
/** Excel's default row height for Calibri 11, in points: one line. */
export const LINE_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
/**
 * Excel's tallest row, in points ("Excel specifications and limits": row height 409 points). A taller one
 * is refused, which would fail a whole paint for one long wrapped text; at 409 a row shows 27 lines.
 */
export const MAX_ROW_HEIGHT = 409;

/**
 * The height a painter gives a row planned `points` tall: at most MAX_ROW_HEIGHT. The one place the cap is
 * applied, by the layout and again by every painter that writes heights, since a plan may come from
 * elsewhere than the layout (a sidebar's request, a test) and one row too tall must not refuse a paint.
 */
export function acceptedRowHeight(points: number): number {
  return Math.min(points, MAX_ROW_HEIGHT);
}
/** A character of running text against a digit of the default font, rounded up (DejaVu Sans is ~1.1). */
const CHARACTER_WIDTH = 1.15;
/** The cell's padding, in characters. */
const PADDING = 1;

/** How many lines `text` takes when wrapped at `capacity` characters: words kept whole where they fit. */
export function wrappedLineCount(text: string, capacity: number): number {
  const perLine = Math.max(1, Math.floor(capacity));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w.length > 0)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) {
        used = need;
        continue;
      }
      if (used > 0) count += 1;
      // A word longer than a line breaks inside it, over as many lines as it needs.
      count += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
    lines += count;
  }
  return lines;
}

/** Characters of running text a column of `width` digits holds on one line at `fontSize` points. */
function lineCapacity(width: number, fontSize: number): number {
  return (width - PADDING) / CHARACTER_WIDTH / (fontSize / DEFAULT_FONT_SIZE);
}

/**
 * The heights, in points, of the rows whose wrapped text needs more than one line: the tallest cell of
 * each such row, at most MAX_ROW_HEIGHT. A cell wraps when the last style setting `wrap` over it says so; its font size is the
 * last style's that sets one.
 */
export function fitRowHeights(plan: Omit<SheetPlan, 'rowHeights'>): PlanRowHeight[] {
  const styles = plan.styles ?? [];
  const covering = (row: number, col: number) =>
    styles.filter((s) => row >= s.row && row < s.row + s.rows && col >= s.col && col < s.col + s.cols);
  const heights = new Map<number, number>();
  for (const block of plan.blocks) {
    block.values.forEach((values, r) => {
      const row = block.row + r;
      values.forEach((value, c) => {
        if (typeof value !== 'string' || value === '') return;
        const col = block.col + c;
        const over = covering(row, col);
        const wrap = over.reduce<boolean | undefined>((w, s) => s.wrap ?? w, undefined);
        if (!wrap) return;
        const fontSize = over.reduce((f, s) => s.fontSize ?? f, DEFAULT_FONT_SIZE);
        const width = plan.columnWidths?.[col] ?? DEFAULT_WIDTH;
        const lines = wrappedLineCount(value, lineCapacity(width, fontSize));
        if (lines <= 1) return;
        const height = acceptedRowHeight(Math.ceil((lines * LINE_HEIGHT * fontSize) / DEFAULT_FONT_SIZE));
        heights.set(row, Math.max(heights.get(row) ?? 0, height));
      });
    });
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}
