/**
 * Number formats compared by what they print. A cell's format decides the figure a reader sees (`"5,500.00"`
 * shows 5,500.00 whatever the cell holds; `#,##0.00,` shows thousands), so verify compares formats; but a
 * program saving the workbook again re-spells a format's literal text (LibreOffice writes `#,##0.00" EUR"`
 * for `#,##0.00 "EUR"`, Excel may escape the space, `#,##0.00\ "EUR"`). Each run of literal text, quoted,
 * escaped by a backslash or a character printed as itself, is therefore read as one text.
 */

/** Characters a format prints as themselves without quotes (Excel's list: `$ - + / ( ) : ! ^ & ' ~ { } < > =` and space). */
const PRINTED_AS_IS = new Set([..." $-+/():!^&'~{}<>="]);

/** The format as codes and merged literal texts; General for none. */
function canonical(format: string | null): string {
  if (format === null || format.trim().toLowerCase() === 'general') return 'general';
  let out = '';
  let literal = '';
  const flush = () => {
    if (literal !== '') out += JSON.stringify(literal);
    literal = '';
  };
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      literal += format.slice(i + 1, end < 0 ? format.length : end);
      i = end < 0 ? format.length : end;
    } else if (ch === '\\' && i + 1 < format.length) literal += format[++i];
    else if (PRINTED_AS_IS.has(ch)) literal += ch;
    else {
      flush();
      // Codes read in either case (`YYYY`, `yyyy`; `[Red]`, `[RED]`).
      out += ch.toLowerCase();
    }
  }
  flush();
  return out;
}

/** Whether two number formats (`null`: General) print a number alike. */
export function sameNumberFormat(a: string | null, b: string | null): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Whether a cell written with format `got` shows the figure it holds as one written with `want` does:
 * the same format, or General, which prints the number itself (a sheet pasted as values keeps none).
 */
export function showsTheFigure(want: string | null, got: string | null): boolean {
  return got === null || sameNumberFormat(want, got);
}
