/**
 * Whether a cell reads back as the text painted: as written, or with its CR LFs as lone line feeds, the
 * same lines (Excel's line break in a cell is the line feed), so a host that stores them so fails nothing.
 * The Sheets painter's check of every paint and Diagnostics' textStaysText judge by this one rule.
 */
export function sameText(value: unknown, painted: string): boolean {
  return value === painted || value === painted.replace(/\r\n/g, '\n');
}
