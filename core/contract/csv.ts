/**
 * Actuals as CSV files for the command line: the same columns as the Actuals sheet (wide or long layout),
 * read with the same reader, so a problem in `actuals.csv` is addressed like a cell: `actuals.csv!D5 (2026-10)`.
 * What this product writes is never run as a formula by the spreadsheet that opens it.
 */
import { CsvError, parse, type InfoRecord, type Options } from 'csv-parse/sync';
import { contractText, enumLabel } from '../i18n/contract';
import { csvLayoutTexts } from '../i18n/csvLayout';
import { actualEntries } from './actuals';
import { cellIssue, type Issue, type Result } from './issues';
import type { NumberSource } from './numberText';
import {
  isActualsHeader,
  readActualsTagged,
  strictActuals,
  type ActualsReading,
  type TaggedIssue,
} from './sheet/readActuals';
import type { Actuals, Contract, Language } from './types';

/** The delimiters a CSV file may use: its header line's, else its first line's most frequent one. */
type Delimiter = ',' | ';' | '\t';

/** What the delimiter says of the numbers: `;` is a French or German export (decimal commas). */
const NUMBERS_OF: Readonly<Record<Delimiter, NumberSource>> = {
  ';': 'semicolon-file',
  ',': 'comma-file',
  '\t': 'unknown',
};

/** csv-parse's options for a file with `delimiter`. */
function parseOptions(delimiter: Delimiter) {
  // Line ends may be mixed (a file appended to on another system): each of them ends a record.
  return { delimiter, record_delimiter: ['\r\n', '\n', '\r'], bom: true, relax_column_count: true };
}

/**
 * csv-parse builds a `CsvError`, stack trace included, for every record whose length differs from the
 * first one's, even when told to let them through: a 70,000-line file of ragged lines spent most of its
 * check capturing 70,000 stack traces nobody reads. The parse is synchronous, so no other code sees the
 * limit lowered while it runs; its one thrown error (bad quoting) is reported by message and line.
 */
function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A record of a CSV file: its fields, and the line it starts on. */
interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/**
 * Whether a line's fields are the file's header. An actuals file's is the first line naming its columns,
 * so that a title line above it (`Actuals October 2026`, with no delimiter or another one) decides nothing.
 */
export type HeaderTest = (fields: readonly string[]) => boolean;

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** The file's delimiter, and the line its header is on when `isHeader` finds it on one line. */
function layoutOf(
  text: string,
  isHeader: HeaderTest | undefined,
): { delimiter: Delimiter; headerLine?: number } {
  if (isHeader !== undefined) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
    for (let i = 0; i < lines.length; i++) {
      const delimiter = DELIMITERS.find(
        (d) => lines[i].includes(d) && isHeader(lines[i].split(d).map(unquoted)),
      );
      if (delimiter !== undefined) return { delimiter, headerLine: i + 1 };
    }
  }
  return { delimiter: detectDelimiter(text) };
}

/** A field of a line split by hand, as csv-parse would read it when it is quoted whole. */
function unquoted(field: string): string {
  const trimmed = field.trim();
  return /^".*"$/s.test(trimmed) ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed;
}

/**
 * Records of a CSV text with the line each one starts on, and the line its header is on when `isHeader`
 * finds it; throws csv-parse's `CsvError` on bad quoting.
 * The lines after the header are parsed on their own (from the line after it): csv-parse compares each
 * record's length with the first one's, and builds an error for every one that differs even when told to
 * let them through; `readCsv` counts the fields itself against the header, so csv-parse's first record is
 * best a data line. A file whose every line has a decimal comma too many then costs what a clean one does.
 */
function records(
  text: string,
  isHeader?: HeaderTest,
): { delimiter: Delimiter; rows: CsvRecord[]; headerLine?: number } {
  const { delimiter, headerLine } = layoutOf(text, isHeader);
  const options = parseOptions(delimiter);
  let line = 1;
  // Each record keeps its fields and line only: csv-parse's info about it (and any error it built) is
  // dropped at once, so 400,000 ragged lines do not hold 400,000 errors in memory.
  const onRecord = (record: string[], info: InfoRecord): CsvRecord => {
    const row = { fields: record.map(unneutralized), line };
    line = info.lines + 1;
    return row;
  };
  const read = (lines: { from_line?: number; to_line?: number }) =>
    withoutStackTraces(() =>
      parse(text, { ...options, ...lines, on_record: onRecord } as unknown as Options),
    ) as unknown as CsvRecord[];
  const end = headerLine ?? headerRecord(text, options)?.end;
  if (end === undefined) return { delimiter, rows: read({}) };
  return { delimiter, headerLine, rows: [...read({ to_line: end }), ...read({ from_line: end + 1 })] };
}

/**
 * The first non-blank record of `text` (from line `from`, 1-based) and the line it ends on, parsing no
 * further; throws on bad quoting.
 */
function headerRecord(text: string, options: ReturnType<typeof parseOptions>, from = 1) {
  const [first] = withoutStackTraces(() =>
    parse(text, { ...options, from_line: from, to: 1, skip_records_with_empty_values: true, info: true }),
  ) as unknown as { record: string[]; info: InfoRecord }[];
  return first && { fields: first.record, end: first.info.lines };
}

/**
 * The header of CSV text, read without parsing the rest (a caller that only looks at the columns need not
 * read 70,000 lines): the first line `isHeader` accepts, as `readCsv` finds it, else the first non-blank
 * line; `undefined` for a blank file or bad quoting, which reading the file reports.
 */
export function csvHeader(text: string, isHeader?: HeaderTest): string[] | undefined {
  try {
    const { delimiter, headerLine } = layoutOf(text, isHeader);
    return headerRecord(text, parseOptions(delimiter), headerLine)?.fields.map(unneutralized);
  } catch {
    return undefined;
  }
}

/**
 * Splits CSV text into rows of fields (RFC 4180, by csv-parse: quoted fields, doubled quotes, line breaks
 * inside quotes). The delimiter is the first line's most frequent of `,` `;` and tab: spreadsheets in
 * French locales save with `;`. A leading byte-order mark is dropped. Rows keep their own length here;
 * `actualsFromCsv` refuses a line whose field count is not the header's.
 */
export function parseCsv(text: string): string[][] {
  return records(text).rows.map((row) => row.fields);
}

/** A CSV file as cells: rows, the number convention its delimiter implies, and the file's problems. */
export interface CsvCells {
  readonly grid: string[][];
  readonly numbers: NumberSource;
  readonly issues: readonly Issue[];
}

/**
 * Reads CSV text as cells, reporting each line whose field count differs from the header's: `2026-10,kpi,
 * CSAT,0,912` is a decimal comma, not a fifth field to ignore, and a line separated by another delimiter
 * than the header's is said so. The header is the first line `isHeader` accepts (its delimiter is the
 * file's), else the first non-blank line; the lines above it are left to the reader, which takes a title
 * there. A line with the wrong field count is left blank in the grid, so that nothing of it is read. Bad
 * quoting is one problem on its line.
 */
export function readCsv(text: string, file: string, lang: Language = 'en', isHeader?: HeaderTest): CsvCells {
  const p = contractText(lang).problems;
  const lineIssue = (row: number, line: number, problem: string) =>
    cellIssue(file, row, 0, contractText(lang).csvLine(line), problem, lang);
  if (isJson(text))
    return { grid: [], numbers: 'unknown', issues: [lineIssue(0, 1, csvLayoutTexts(lang).jsonNotCsv)] };
  let read: ReturnType<typeof records>;
  try {
    read = records(text, isHeader);
  } catch (error) {
    // csv-parse names the line its parse ended on: for a quote never closed, the file's last.
    const opened =
      error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? unclosedQuoteLine(text)
        : undefined;
    if (opened !== undefined)
      return {
        grid: [],
        numbers: 'unknown',
        issues: [lineIssue(opened - 1, opened, csvLayoutTexts(lang).quoteNotClosed)],
      };
    const line = error instanceof CsvError ? Number(error.lines) || 1 : 1;
    const detail = error instanceof Error ? error.message : String(error);
    return { grid: [], numbers: 'unknown', issues: [lineIssue(line - 1, line, p.csvSyntax(detail))] };
  }
  const issues: Issue[] = [];
  const blank = (fields: readonly string[]) => fields.every((f) => f.trim() === '');
  const header =
    read.rows.find((row) => row.line === read.headerLine) ?? read.rows.find((row) => !blank(row.fields));
  const headerIndex = header === undefined ? -1 : read.rows.indexOf(header);
  const grid = read.rows.map((row, index) => {
    if (header === undefined || index <= headerIndex || blank(row.fields)) return row.fields;
    if (row.fields.length === header.fields.length) return row.fields;
    const problem =
      mixedDelimiters(row.fields, read.delimiter, header, lang) ??
      fieldCountProblem(row.fields, header.fields, read.delimiter, lang);
    issues.push(lineIssue(index, row.line, problem));
    return [];
  });
  return { grid, numbers: NUMBERS_OF[read.delimiter], issues };
}

/**
 * Whether the text is a JSON object or list (a contract or an invoice given where a CSV file belongs): read
 * as CSV, its first quote made csv-parse's "Invalid Opening Quote: a quote is found on field 0".
 */
function isJson(text: string): boolean {
  if (!/^\uFEFF?\s*[[{]/.test(text)) return false;
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

/**
 * The line a quote that is never closed opens on: quotes inside a quoted field are doubled, so a line with
 * an odd number of them opens a field across lines, or closes one; the last opened and not closed is it.
 */
function unclosedQuoteLine(text: string): number | undefined {
  let opened: number | undefined;
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if ((line.split('"').length - 1) % 2 === 1) opened = opened === undefined ? i + 1 : undefined;
  });
  return opened;
}

/**
 * A line whose fields past the header's are all empty ends with a delimiter typed after its last column,
 * and is said so; else a line with more fields than the header in a `,` file is most likely a decimal
 * comma, and is said so; elsewhere that guess would mislead (a `;` file, a line short of fields). A header
 * ending with empty fields the line lacks is named as the likely cause.
 */
function fieldCountProblem(
  fields: readonly string[],
  header: readonly string[],
  delimiter: Delimiter,
  lang: Language,
): string {
  const got = fields.length;
  const t = csvLayoutTexts(lang);
  if (got > header.length && fields.slice(header.length).every((f) => f.trim() === ''))
    return t.lineEndsEmpty(got, header.length, got - header.length, t.oneDelimiter(delimiter));
  if (delimiter === ',' && got > header.length)
    return contractText(lang).problems.fieldCount(got, header.length);
  let trailing = 0;
  while (trailing < header.length && header[header.length - 1 - trailing].trim() === '') trailing++;
  const fromTrailing = got < header.length && got >= header.length - trailing ? header.length - got : 0;
  return t.fieldCount(got, header.length, fromTrailing, t.oneDelimiter(delimiter));
}

/**
 * Why a line has the wrong field count when it is written with another delimiter than the header's: a
 * `;` file with a line pasted from a `,` one. Undefined when no other delimiter gives it the header's count.
 */
function mixedDelimiters(
  fields: readonly string[],
  delimiter: Delimiter,
  header: CsvRecord,
  lang: Language,
): string | undefined {
  const line = fields.join(delimiter);
  const used = DELIMITERS.find((d) => d !== delimiter && line.split(d).length === header.fields.length);
  if (used === undefined || !line.includes(used)) return undefined;
  const t = csvLayoutTexts(lang);
  return t.mixedDelimiters(t.delimiter(used), t.delimiter(delimiter), header.line);
}

/** The first line's most frequent delimiter; blank lines before it (an export's empty first row) say none. */
function detectDelimiter(text: string): Delimiter {
  const firstLine = (/^\uFEFF?(?:[ \t]*(?:\r\n|\n|\r))*([^\r\n]*)/.exec(text) as RegExpExecArray)[1];
  const counts = DELIMITERS.map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}

/** Options of `actualsFromCsv`. */
export interface CsvReadOptions {
  /** File name as issues print it (default `actuals.csv`). */
  readonly file?: string;
  readonly lang?: Language;
}

/**
 * Reads an actuals CSV file, against a contract when there is one (without, only the cells are checked);
 * issues name the file and the cell (`actuals.csv!D5`) or the line. Numbers written in the file follow its
 * delimiter's convention (`numberText.ts`).
 */
export function actualsFromCsv(
  text: string,
  contract: Contract | undefined,
  options: CsvReadOptions = {},
): Result<Actuals> {
  return strictActuals(actualsReadingFromCsv(text, contract, options));
}

/**
 * The CSV file's values and every problem, each tagged with the months it concerns: for the check
 * (`contractProblems`) and for one invoice (`actualsForInvoice`).
 */
export function actualsReadingFromCsv(
  text: string,
  contract: Contract | undefined,
  options: CsvReadOptions = {},
): ActualsReading {
  const file = options.file ?? 'actuals.csv';
  const csv = readCsv(text, file, options.lang, isActualsHeader);
  // A broken line may belong to any month: it concerns them all. A file that is not CSV has no cells.
  const lines: TaggedIssue[] = csv.issues.map((issue) => ({ issue, months: 'all' }));
  if (csv.grid.length === 0 && lines.length > 0) return { entries: [], periods: [], issues: lines };
  const read = readActualsTagged(csv.grid, contract, { sheet: file, lang: options.lang }, csv.numbers);
  return { ...read, issues: [...lines, ...read.issues] };
}

/**
 * Actuals as a CSV file in the long layout (`Period,Kind,Name,Value`, one row per value), the easiest to
 * append to by hand or from an export. Labels in `lang` (default: the contract's language).
 */
export function actualsToCsv(
  contract: Contract,
  actuals: Actuals,
  lang: Language = contract.language,
): string {
  const t = contractText(lang);
  const c = t.actualsColumns;
  const lines = [[c.period, c.kind, c.name, c.value].map(textField)];
  for (const entry of actualEntries(actuals)) {
    const name = entry.kind === 'hours' ? (contract.hourly?.label ?? '') : entry.name;
    lines.push([
      textField(entry.period),
      textField(enumLabel('actualKind', entry.kind, lang)),
      textField(name),
      // An exclusion's reason is text, kept text even when it begins like a formula.
      entry.kind === 'excluded' ? textField(entry.reason) : numberField(entry.value.toFixed()),
    ]);
  }
  return lines.map((fields) => fields.join(',')).join('\n') + '\n';
}

/** Characters that make a spreadsheet read a field as a formula (`=HYPERLINK(…)`, `+1`, `@SUM`, `-2+3`). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text field as this product writes it: quoted when needed, and a text that a spreadsheet would run as
 * a formula is kept text by a leading apostrophe (OWASP's CSV injection advice), which the reader drops.
 */
export function textField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number field: its plain decimal digits, sign included (`-320.5` is a number, never a formula). */
export function numberField(digits: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(digits)) throw new Error(`not a plain decimal: ${digits}`);
  return digits;
}

/** The field as written before `textField` protected it: `'=1+1` reads back as `=1+1`. */
function unneutralized(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}
