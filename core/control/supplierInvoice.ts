/**
 * The supplier's invoice as the buyer receives it, read from a sheet or a CSV file: a header row, then one
 * row per line. Columns are found by their header, in English or French; an unknown header is an error at
 * its cell (a misspelled `Amonut` must not leave the amounts unread), and every value is read with the
 * number rules of the actuals: a blank required cell is an error, never zero. An amount may be printed as
 * text with its currency (`€ 1 234,56`, `(500.00)`: `printedAmount`); the currency and period a row states
 * (its mark, or `Currency` and `Period` columns) and those its title block states (`titleBlock.ts`) are
 * kept, so the reconciliation refuses another invoice's.
 */
import { readCsv } from '../contract/csv';
import { cellIssue, failed, ok, sheetPrefix, sortIssues, type Issue, type Result } from '../contract/issues';
import {
  cellAt,
  cellText,
  isBlank,
  isBlankRow,
  readCell,
  readPeriodCell,
  type CellValue,
  type Grid,
} from '../contract/sheet/cells';
import type { NumberSource } from '../contract/numberText';
import { markAmbiguity, type MarkEvidence } from '../contract/sheet/markEvidence';
import type { Language, Period } from '../contract/types';
import { contractText, normalizeLabel } from '../i18n/contract';
import { invoiceSheetLabels } from '../i18n/invoiceSheet';
import { FRENCH_SPACE } from '../i18n/frenchTypography';
import { formatPercent } from '../i18n/numberFormat';
import { reconciliationTexts } from '../i18n/reconciliation';
import { dec, type Dec } from '../money';
import { a1 } from '../layout/a1';
import {
  formatCurrencyMark,
  isPercentFormat,
  selfEvidentNumber,
  shownDecimalMark,
  unprintAmount,
  unprintQuantity,
} from './printedAmount';
import { statedPeriodSpan } from './statedPeriod';
import { withinHostRange } from './hostRange';
import { lineDateReading, lineDateText, shownDateOrder, type DateOrder } from './lineDate';
import { headerColumn, isFrenchHeader, type SupplierColumn } from './supplierColumns';
import { readVatRate, type StatedVatRate } from './vatRateCell';
import { readTitleBlock, sheetNamePeriod, type StatedTerm } from './titleBlock';
import { totalKind } from './totalRows';

const EVIDENCE_TITLES = new Set([invoiceSheetLabels('en').evidence, invoiceSheetLabels('fr').evidence]);

/** One line of the supplier's invoice (totals rows included: the reconciliation tells them apart). */
export interface SupplierRow {
  readonly label: string;
  readonly amount: Dec;
  readonly quantity?: Dec;
  readonly unitPrice?: Dec;
  /** Where the row's label is: `supplier.csv!A3`. */
  readonly at: string;
  /** Where its amount is. */
  readonly row: number;
  readonly amountCol: number;
  /** The currency the row states: a mark printed with an amount (`€`, `USD`) or its Currency cell. */
  readonly currency?: { readonly mark: string; readonly col: number; readonly shown?: string };
  /** The row is hidden in the supplier's workbook: read as billed, and said hidden where it is disputed. */
  readonly hidden?: true;
  /** Its VAT and its amount including VAT, where the file has those columns. */
  readonly vat?: Dec;
  readonly gross?: Dec;
  /**
   * The day its Date cell gives, as written, and the months it may be in: two for `05/10/2026` where the
   * file shows no order, with the day each reading gives (`2026-10-05`, `2026-05-10`).
   */
  readonly dated?: {
    readonly text: string;
    readonly months: readonly Period[];
    readonly col: number;
    /** The Date cell: `supplier.csv!D4`. */
    readonly at: string;
    readonly readings?: { readonly dayFirst: string; readonly monthFirst: string };
    /** The order `05/10/2026` was read in, where its digits could be either. */
    readonly readIn?: DatesRead;
  };
  /** The VAT rate its VAT rate cell states, and that cell (`supplier.csv!D4`). */
  readonly vatRate?: StatedVatRate & { readonly at: string };
  /** The period the row states in a Period column: as written, and the months it spans. */
  readonly period?: {
    readonly text: string;
    readonly first: Period;
    readonly last: Period;
    readonly col: number;
    /** The Period cell: `supplier.csv!E4`. */
    readonly at: string;
  };
}

/**
 * The order the table's dates in digits read in, and the cell showing it (`15/10/2026`, a day over 12);
 * none for a French file's day first.
 */
export interface DatesRead {
  readonly order: DateOrder;
  readonly shownBy?: { readonly at: string; readonly text: string };
}

/** The supplier's invoice as read: its rows in order, and the file or sheet name issues are given under. */
export interface SupplierInvoice {
  readonly sheet: string;
  readonly rows: readonly SupplierRow[];
  /** The period and currency its title block states above the table (`Period: October 2026`). */
  readonly stated?: readonly StatedTerm[];
}

/** Options of `readSupplierInvoice`. */
export interface SupplierReadOptions {
  /** File or sheet name, as issues print it: `supplier.csv!B4 (Amount)`. */
  readonly sheet: string;
  readonly lang?: Language;
  /** How numbers written as text read: a CSV file's delimiter decides it (`readCsv`); a sheet's are unknown. */
  readonly numbers?: NumberSource;
  /** A workbook's number formats, beside `grid`: a number cell formatted `[$$-409]#,##0.00` is in dollars. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** `sheet` is a workbook sheet's name, which may state the period as a title does (`Facture septembre 2026`). */
  readonly sheetNamed?: boolean;
  /** The rows (0-based) hidden in the workbook: a total's formula still adds them, so they are read. */
  readonly hiddenRows?: readonly number[];
}

/** Whether a row is a header naming the two required columns. */
function namesTable(cells: readonly CellValue[] | undefined): boolean {
  const found = new Set((cells ?? []).map((value) => headerColumn(cellText(value)).column));
  return found.has('label') && found.has('amount');
}

/** Reads the supplier's invoice; every problem is reported with its cell. */
export function readSupplierInvoice(sheetGrid: Grid, options: SupplierReadOptions): Result<SupplierInvoice> {
  const lang = options.lang ?? 'en';
  const { sheet } = options;
  const p = contractText(lang).problems;
  const t = reconciliationTexts(lang);
  const issues: Issue[] = [];
  const issue = (row: number, col: number, header: string, problem: string) =>
    issues.push(cellIssue(sheet, row, col, header, problem, lang));

  // An invoice sheet written by Outcome Fees (a supplier billing with it) prints its KPI evidence below
  // the totals: that table is no line.
  const evidence = sheetGrid.findIndex((cells) => EVIDENCE_TITLES.has(cellText(cells[0] ?? null)));
  const grid = evidence > 0 ? sheetGrid.slice(0, evidence) : sheetGrid;
  let headerRow = 0;
  while (headerRow < grid.length && isBlankRow(grid, headerRow)) headerRow++;
  // An exported invoice may open on a title block (the supplier's name, the invoice number): the table
  // starts at the first row naming both a line and an amount column. Without one, the first row is read
  // as the header, so a misspelled one is still an error at its cells.
  const table = grid.findIndex((cells, row) => row >= headerRow && namesTable(cells));
  if (table > headerRow) headerRow = table;
  const columns = new Map<SupplierColumn, { col: number; header: string }>();
  const headed = new Set<number>();
  const known = Object.values(t.supplierColumns);
  const headerMarks: StatedTerm[] = [];
  (grid[headerRow] ?? []).forEach((value, col) => {
    if (isBlank(value)) return;
    const header = cellText(value);
    const { column, mark } = headerColumn(header);
    if (mark !== undefined) headerMarks.push({ kind: 'currency', text: mark, row: headerRow, col });
    if (column === undefined) issue(headerRow, col, '', t.unknownColumn(header, known.join(', ')));
    else if (columns.has(column)) issue(headerRow, col, '', t.duplicateColumn(header));
    else columns.set(column, { col, header });
    headed.add(col);
  });
  if (headerRow >= grid.length) return failed([cellIssue(sheet, 0, 0, '', t.noHeader, lang)]);
  // Not one known header: the file starts with its lines (or a title), so say that, not each cell's name.
  if (columns.size === 0) return failed([cellIssue(sheet, headerRow, 0, '', t.noHeader, lang)]);
  for (const column of ['label', 'amount'] as const) {
    if (columns.has(column) || issues.length > 0) continue;
    const gross = columns.get('gross');
    issue(
      headerRow,
      column === 'amount' && gross ? gross.col : 0,
      '',
      column === 'amount' && gross
        ? t.grossOnly(t.supplierColumns.amount, gross.header)
        : t.missingColumn(t.supplierColumns[column]),
    );
  }
  const named = options.sheetNamed ? sheetNamePeriod(sheet) : undefined;
  const stated = [...(named ? [named] : []), ...readTitleBlock(grid, headerRow), ...headerMarks];
  for (const term of stated)
    if (term.kind === 'period' && term.span === undefined)
      issue(term.row, term.col, '', t.notAPeriod(term.text));
  if (issues.length > 0) return failed(issues);

  const label = columns.get('label')!;
  const amount = columns.get('amount')!;
  const rows: SupplierRow[] = [];
  const hidden = new Set(options.hiddenRows);
  const headerText = (row: number) =>
    (grid[row] ?? [])
      .map((value) => normalizeLabel(cellText(value)))
      .join('\t')
      .replace(/\t+$/, '');
  const header = headerText(headerRow);
  const otherMark = otherDecimalMark(grid, headerRow + 1, columns, options.numbers);
  const dates = dateOrder(grid, headerRow, columns, lang, sheet);
  for (let row = headerRow + 1; row < grid.length; row++) {
    if (isBlankRow(grid, row)) continue;
    // An export paged for print repeats its header on each page: that row is no line.
    if (headerText(row) === header) continue;
    const labelCol = totalLabelCol(grid[row] ?? [], label.col, amount.col) ?? label.col;
    (grid[row] ?? []).forEach((value, col) => {
      if (!headed.has(col) && col !== labelCol && !isBlank(value)) issue(row, col, '', t.unheadedValue);
    });
    let currency: SupplierRow['currency'];
    const text = cellText(cellAt(grid, row, labelCol));
    // Only its label filled: a heading, or the line above's text wrapped onto a row of its own.
    const labelAlone =
      text !== '' && (grid[row] ?? []).every((value, col) => col === label.col || isBlank(value));
    const number = (column: { col: number; header: string } | undefined, required: boolean, money = true) => {
      if (column === undefined || column.col === labelCol) return undefined;
      const value = cellAt(grid, row, column.col);
      if (isBlank(value)) {
        if (required)
          issue(row, column.col, column.header, labelAlone ? t.labelAlone(p.required, text) : p.required);
        return undefined;
      }
      const unprinted =
        typeof value !== 'string'
          ? { text: value }
          : money
            ? unprintAmount(value)
            : { text: unprintQuantity(value) };
      if ('problem' in unprinted) {
        const shown = value as string;
        const problem = unprinted.problem === 'percent' ? t.percentAmount(shown) : t.twoSigns(shown);
        issue(row, column.col, column.header, problem);
        return undefined;
      }
      // `1,234.50` shows its convention itself: read as printed, whatever the file's delimiter says.
      const evident =
        money && typeof unprinted.text === 'string' ? selfEvidentNumber(unprinted.text) : undefined;
      // Its plain digits are then written with the file's decimal mark, which its reader expects.
      const plain =
        evident !== undefined && options.numbers === 'semicolon-file' ? evident.replace('.', ',') : evident;
      // A problem quotes the cell as the supplier wrote it (`"(1,234)"`, `"€5,000"`), never the text it was
      // rewritten to (`"-1,234"`), which the buyer would not find in the supplier's file.
      const typed = plain ?? unprinted.text;
      const quoting = { ...p, describe: (v: unknown) => p.describe(v === typed ? value : v) };
      const read = readCell(typed, { type: 'decimal' }, quoting, lang, options.numbers);
      // An amount showing its own convention reads one way; another may read two in this file.
      const ambiguous =
        'problem' in read || evident !== undefined
          ? undefined
          : markAmbiguity(typed, otherMark, options.numbers ?? 'unknown', quoting);
      if ('problem' in read || ambiguous !== undefined) {
        issue(row, column.col, column.header, 'problem' in read ? read.problem : ambiguous!);
        return undefined;
      }
      const format = typeof value === 'number' ? options.numberFormats?.[row]?.[column.col] : null;
      // 0.2 formatted as a percentage shows 20 %: read as an amount, it would be billed as 0.20.
      if (money && format && isPercentFormat(format)) {
        issue(
          row,
          column.col,
          column.header,
          t.percentAmount(formatPercent(dec(read.value as string), lang)),
        );
        return undefined;
      }
      // A printed mark is quoted with its cell's text; a format's, with nothing the buyer could find.
      if ('mark' in unprinted && unprinted.mark !== undefined)
        currency ??= { mark: unprinted.mark, col: column.col, shown: (value as string).trim() };
      const formatted = format && money ? formatCurrencyMark(format) : undefined;
      if (formatted !== undefined) currency ??= { mark: formatted, col: column.col };
      const figure = dec(read.value as string);
      if (!withinHostRange(figure)) {
        issue(row, column.col, column.header, t.outOfRange(String(value).trim()));
        return undefined;
      }
      return figure;
    };
    if (text === '') issue(row, label.col, label.header, p.required);
    // A VAT or total row of a table with VAT and gross columns may print its figure there alone, its
    // Amount cell empty (`TVA 20 %` | | 22 798,00): that figure is the row's amount.
    const kind = totalKind(text);
    const own = kind === 'vat' ? columns.get('vat') : kind === 'total' ? columns.get('gross') : undefined;
    const inOwn =
      own !== undefined && isBlank(cellAt(grid, row, amount.col)) && !isBlank(cellAt(grid, row, own.col));
    const lineAmount = number(inOwn ? own : amount, true);
    const quantity = number(columns.get('quantity'), false, false);
    const unitPrice = number(columns.get('unitPrice'), false);
    const vat = inOwn ? undefined : number(columns.get('vat'), false);
    const gross = inOwn ? undefined : number(columns.get('gross'), false);
    const dateColumn = columns.get('date');
    const dateValue = dateColumn && cellAt(grid, row, dateColumn.col);
    let dated: SupplierRow['dated'];
    const cellOf = (col: number) => `${sheetPrefix(sheet)}!${a1(row, col)}`;
    if (dateColumn && !isBlank(dateValue)) {
      const reading = lineDateReading(dateValue, dates?.order);
      const written = lineDateText(dateValue);
      // Read in the file's order where its digits could be either: a date outside the period says so.
      const unordered = dates && lineDateReading(dateValue);
      const ordered = unordered !== undefined && 'ambiguous' in unordered;
      if (reading === undefined) issue(row, dateColumn.col, dateColumn.header, t.notADate(written));
      else if ('month' in reading)
        dated = {
          text: written,
          months: [reading.month],
          col: dateColumn.col,
          at: cellOf(dateColumn.col),
          ...(ordered ? { readIn: dates } : {}),
        };
      else {
        const { dayFirst, monthFirst } = reading.ambiguous;
        const months = [dayFirst.slice(0, 7), monthFirst.slice(0, 7)];
        dated = {
          text: written,
          months,
          col: dateColumn.col,
          at: cellOf(dateColumn.col),
          readings: reading.ambiguous,
        };
      }
    }
    const rateColumn = columns.get('vatRate');
    const rateValue = rateColumn && cellAt(grid, row, rateColumn.col);
    let vatRate: SupplierRow['vatRate'];
    if (rateColumn && !isBlank(rateValue)) {
      const format = options.numberFormats?.[row]?.[rateColumn.col];
      const read = readVatRate(rateValue, rateColumn.header, format ?? null, lang);
      if ('problem' in read) issue(row, rateColumn.col, rateColumn.header, read.problem);
      else vatRate = { ...read, at: cellOf(rateColumn.col) };
    }
    const currencyColumn = columns.get('currency');
    const stated = currencyColumn && cellText(cellAt(grid, row, currencyColumn.col));
    if (currencyColumn && stated) currency = { mark: stated.toUpperCase(), col: currencyColumn.col };
    const periodColumn = columns.get('period');
    let period: SupplierRow['period'];
    const periodValue = periodColumn && cellAt(grid, row, periodColumn.col);
    if (periodColumn && !isBlank(periodValue)) {
      const written = cellText(periodValue);
      const month = readPeriodCell(periodValue);
      const span = month !== undefined ? { first: month, last: month } : statedPeriodSpan(written);
      if (span === undefined) issue(row, periodColumn.col, periodColumn.header, t.notAPeriod(written));
      else
        period = {
          text: typeof periodValue === 'string' ? written : span.first,
          ...span,
          col: periodColumn.col,
          at: cellOf(periodColumn.col),
        };
    }
    if (text === '' || lineAmount === undefined) continue;
    rows.push({
      label: text,
      amount: lineAmount,
      ...(quantity !== undefined ? { quantity } : {}),
      ...(unitPrice !== undefined ? { unitPrice } : {}),
      ...(vat !== undefined ? { vat } : {}),
      ...(gross !== undefined ? { gross } : {}),
      ...(dated ? { dated } : {}),
      ...(vatRate ? { vatRate } : {}),
      at: cellOf(labelCol),
      row,
      amountCol: inOwn ? own.col : amount.col,
      ...(currency ? { currency } : {}),
      ...(hidden.has(row) ? { hidden: true } : {}),
      ...(period ? { period } : {}),
    });
  }
  if (issues.length === 0) return ok({ sheet, rows, ...(stated.length > 0 ? { stated } : {}) });
  return failed(sortIssues(issues));
}

/**
 * Where a totals row has its label when not in the lines' column: invoices print `Subtotal`, `VAT 20%`,
 * `Total` beside the amounts (under the unit price, or in a column of their own), the line's cell empty.
 * Only a row whose one cell besides the amount names a total is read so; any other stays refused.
 */
function totalLabelCol(cells: readonly CellValue[], labelCol: number, amountCol: number): number | undefined {
  if (!isBlank(cells[labelCol] ?? null)) return undefined;
  const filled = cells.flatMap((value, col) => (col !== amountCol && !isBlank(value) ? [col] : []));
  if (filled.length !== 1) return undefined;
  const value = cells[filled[0]];
  return typeof value === 'string' && totalKind(value) !== undefined ? filled[0] : undefined;
}

/**
 * The order of the table's dates in digits: the one its Date column shows by a day over 12 (`15/10/2026`),
 * else day first in a French file (its contract's language or its headers: `Libellé`, `Montant HT`);
 * none where the column shows both, or nothing says which.
 */
function dateOrder(
  grid: Grid,
  headerRow: number,
  columns: ReadonlyMap<SupplierColumn, { col: number; header: string }>,
  lang: Language,
  sheet: string,
): DatesRead | undefined {
  const date = columns.get('date');
  if (date === undefined) return undefined;
  const shown = grid.flatMap((cells, row) => {
    const order = row > headerRow ? shownDateOrder(cells[date.col] ?? null) : undefined;
    const at = `${sheetPrefix(sheet)}!${a1(row, date.col)}`;
    return order === undefined ? [] : [{ order, at, text: cellText(cells[date.col] ?? null) }];
  });
  if (shown.some((s) => s.order !== shown[0].order)) return undefined;
  if (shown.length > 0) return { order: shown[0].order, shownBy: shown[0] };
  const french =
    lang === 'fr' ||
    ['label', 'amount'].some((c) => isFrenchHeader(columns.get(c as SupplierColumn)!.header));
  return french ? { order: 'day-first' } : undefined;
}

/**
 * The first number cell of a CSV file's table that shows the decimal mark its delimiter does not imply
 * (`20'000.50` or `"$1,234.50"` in a `;` file, `"1.234,50 €"` in a `,` one): that file's `1.250` may then
 * mean either, and is refused naming this cell, as on an actuals file (`markEvidence.ts`).
 */
function otherDecimalMark(
  grid: Grid,
  firstRow: number,
  columns: ReadonlyMap<SupplierColumn, { col: number }>,
  numbers: NumberSource | undefined,
): MarkEvidence | undefined {
  const other = numbers === 'semicolon-file' ? '.' : numbers === 'comma-file' ? ',' : undefined;
  if (other === undefined) return undefined;
  const cols = (['amount', 'unitPrice', 'quantity', 'vat', 'gross'] as const).flatMap(
    (c) => columns.get(c)?.col ?? [],
  );
  for (let row = firstRow; row < grid.length; row++)
    for (const col of cols) {
      const value = cellAt(grid, row, col);
      if (typeof value === 'string' && shownDecimalMark(value) === other)
        return { row, col, text: value.trim() };
    }
  return undefined;
}

function isJson(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the supplier's invoice from CSV text: numbers follow the file's delimiter, as in actuals files; a
 * title block above the table is read as a sheet's is.
 */
export function supplierInvoiceFromCsv(
  text: string,
  file: string,
  lang: Language = 'en',
): Result<SupplierInvoice> {
  // Read as CSV, a JSON file fails on its first quote: say what it is instead.
  if (isJson(text)) {
    const problem = reconciliationTexts(lang).jsonNotTable;
    return failed([
      { problem, message: `${file}${lang === 'fr' ? FRENCH_SPACE : ''}: ${problem}`, sheet: file },
    ]);
  }
  // A title block above the table (the supplier's name, `Période : oct. 2026`) has fewer fields than the
  // table: its header, the line naming a line and an amount column, gives the delimiter and field count.
  const csv = readCsv(text, file, lang, namesTable);
  if (csv.grid.length === 0 && csv.issues.length > 0) return failed(csv.issues);
  const read = readSupplierInvoice(csv.grid, { sheet: file, lang, numbers: csv.numbers });
  if (csv.issues.length === 0) return read;
  return failed(sortIssues([...csv.issues, ...(read.ok ? [] : read.issues)]));
}
