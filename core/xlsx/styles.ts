import type { Alignment, Border, Font, Worksheet } from 'exceljs';
import type { PlanConditionalFormat, PlanStyle } from '../layout/sheetPlan';
import { a1Range } from '../layout/a1';

/**
 * The workbook's default font (exceljs writes Calibri 11 as style 0). A cell font is written whole, so a
 * bold-only font would lose its face and size in Excel; styled cells start from this one.
 */
const BASE_FONT: Partial<Font> = { name: 'Calibri', family: 2, size: 11, scheme: 'minor' };

const THIN: Partial<Border> = { style: 'thin' };

const HEX_COLOUR = /^#([0-9a-fA-F]{6})$/;

/** exceljs colours are ARGB: `#1f4e79` → `FF1F4E79`. */
function argb(colour: string, where: string): string {
  const match = HEX_COLOUR.exec(colour);
  if (!match) throw new Error(`${where}: colour must be #rrggbb, got ${JSON.stringify(colour)}`);
  return `FF${match[1].toUpperCase()}`;
}

/**
 * Applies one plan style to every cell of its rectangle. Styles compose: a later style changes only the
 * properties it sets, so a bold header row and a filled total row can overlap.
 */
export function applyStyle(sheet: Worksheet, style: PlanStyle): void {
  const where = `${sheet.name}!${a1Range(style)}`;
  const font: Partial<Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.color !== undefined) font.color = { argb: argb(style.color, where) };
  const alignment: Partial<Alignment> = {};
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.horizontalAlignment !== undefined) alignment.horizontal = style.horizontalAlignment;
  const fillArgb = style.fill === undefined ? undefined : argb(style.fill, where);
  const hasFont = Object.keys(font).length > 0;
  const hasAlignment = Object.keys(alignment).length > 0;

  for (let r = style.row; r < style.row + style.rows; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = style.col; c < style.col + style.cols; c++) {
      const cell = row.getCell(c + 1);
      // New objects every time: exceljs may share style objects between cells.
      if (hasFont) cell.font = { ...BASE_FONT, ...cell.font, ...font };
      if (hasAlignment) cell.alignment = { ...cell.alignment, ...alignment };
      if (fillArgb !== undefined)
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fillArgb } };
      if (style.borderTop !== undefined) {
        const border = { ...cell.border };
        if (style.borderTop) border.top = THIN;
        else delete border.top;
        cell.border = border;
      }
    }
  }
}

/** A cell-value highlight: cells of the rectangle equal to the text get the fill and colour. */
export function addConditionalFormat(sheet: Worksheet, format: PlanConditionalFormat): void {
  const where = `${sheet.name}!${a1Range(format)}`;
  const fill = argb(format.fill, where);
  sheet.addConditionalFormatting({
    ref: a1Range(format),
    rules: [
      {
        type: 'cellIs',
        operator: 'equal',
        priority: 1,
        // A string constant in a formula: quotes doubled, so a text can never close it early.
        formulae: [`"${format.equals.replace(/"/g, '""')}"`],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } },
          ...(format.color === undefined ? {} : { font: { color: { argb: argb(format.color, where) } } }),
        },
      },
    ],
  });
}
