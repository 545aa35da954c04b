/**
 * Excel measures a column in characters of the default font's widest digit (SheetPlan's unit) but
 * Office.js sets `format.columnWidth` in points. For the default Calibri 11 a digit is 7 px and a column
 * adds 5 px of padding and gridline, and 1 px is 0.75 pt at 96 dpi: points = (chars × 7 + 5) × 0.75.
 * So the default 8.43-character column is 64 px = 48 pt, as Excel shows it.
 */
export function columnWidthPoints(characters: number): number {
  if (characters <= 0) return 0;
  return (Math.round(characters * 7) + 5) * 0.75;
}
