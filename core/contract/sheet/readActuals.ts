/**
 * Reads the Actuals sheet (or an actuals CSV file) in either layout:
 * - wide, as the layout writes it: `Kind | Name | Unit | 2026-09 | 2026-10 | …`, one row per measure, one
 *   column per month (a procurement analyst adds a column each month);
 * - long, as exports produce it: `Period | Kind | Name | Value`, one row per value.
 * Against a contract it also checks names, months and evaluation periods; without one, only the cells.
 */
import {
  CONTRACT_TEXT,
  contractText,
  normalizeLabel,
  enumLabel,
  type ContractText,
} from '../../i18n/contract';
import { csvLayoutTexts } from '../../i18n/csvLayout';
import { exclusionReasonTexts } from '../../i18n/exclusionReason';
import { invoiceTexts } from '../../i18n/invoice';
import { a1 } from '../../layout/a1';
import { dec } from '../../money';
import { buildActuals, type ActualEntry, type ActualKind } from '../actuals';
import { cellIssue, failed, ok, sortIssues, type Issue, type Result } from '../issues';
import { gatesWithoutValue } from '../gateReading';
import { closesWindow, isWithinContract, kpiEntryMonths, windowName, windowOf } from '../period';
import type { ActualsColumn, CellKind } from '../sheetSpec';
import type { NumberSource } from '../numberText';
import { percentBelowOneProblem } from '../percentBelowOne';
import { markOf, rangeProblem } from '../validRange';
import { namedItem } from '../nameMatch';
import { unpricedSampleVolumes } from '../conditions';
import type { Actuals, Contract, Language, Period } from '../types';
import { unitNamed, type UnitWord } from '../unitWords';
import { countKpiProblem, fractionProblem } from '../countUnits';
import {
  cellAt,
  cellText,
  isBlank,
  isBlankRow,
  readCell,
  readPeriodCell,
  type CellValue,
  type Grid,
} from './cells';
import type { SheetReadOptions } from './readContract';
import { markAmbiguity, markEvidence, type MarkEvidence } from './markEvidence';
import { SourceMap, type Source } from './sources';

const HEADER_INDEX = (() => {
  const index = new Map<string, ActualsColumn>();
  for (const t of Object.values(CONTRACT_TEXT)) {
    for (const [key, label] of Object.entries(t.actualsColumns) as [ActualsColumn, string][]) {
      index.set(normalizeLabel(label), key);
    }
  }
  return index;
})();

/**
 * Whether a row is the Actuals header: it names the Kind and Name columns (in either language), as both
 * layouts' headers do. The first such row is the header; a title may stand above it.
 */
export function isActualsHeader(cells: readonly CellValue[]): boolean {
  const named = new Set(cells.map((cell) => HEADER_INDEX.get(normalizeLabel(cellText(cell)))));
  return named.has('kind') && named.has('name');
}

const KIND: CellKind = { type: 'enum', list: 'actualKind' };
const TEXT: CellKind = { type: 'text' };
/** Text made of a number only, in any spelling a file or a sheet writes one (`0.999`, `99,9 %`, `−2`). */
const NUMBER_LIKE = /^[+\-\u2212]?[\d.,'\s]*\d[\d.,'\s]*%?$/u;
const DECIMAL: CellKind = { type: 'decimal' };
const PERIOD: CellKind = { type: 'period' };

/**
 * A header written as a month another way than YYYY-MM (`2026/10`, `01/10/2026`, `10/2026`, `Oct 2026`,
 * `oct.-26`): its column would otherwise be taken for a note and its values left out.
 */
const MONTH_LIKE =
  /^(\d{4}[-/.]\d|\d{1,2}[-/.](\d{1,2}[-/.])?\d{2,4}$|(jan|f[eé]v|feb|mar|apr|avr|ma[iy]|jui?n|jui?l|aug|ao[uû]|sep|oct|nov|d[eé]c)\p{L}*\.?[-/ ]?'?\d{2}(\d{2})?$)/iu;

/**
 * A header that is a month's name alone (`October`, `Oct.`, `octobre`): the month of which year? Its
 * column would otherwise be taken for a note and its values left out. Whole names only, so that a note
 * titled `Market` or `Decision` stays a note.
 */
const MONTH_NAMES = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'janv févr fevr fév fev avr juil aout déc'
  ).split(' '),
);

const isMonthName = (text: string) => MONTH_NAMES.has(text.trim().toLowerCase().replace(/\.$/, ''));

/** The months a problem concerns; `all` when it cannot be told (a header, a month that does not read). */
export type Months = readonly Period[] | 'all';

/** A problem of the actuals and the months it concerns. */
export interface TaggedIssue {
  readonly issue: Issue;
  readonly months: Months;
}

/** What the reader found: every value that read, the months the sheet lists, every problem. */
export interface ActualsReading {
  readonly entries: readonly ActualEntry[];
  readonly periods: readonly Period[];
  readonly issues: readonly TaggedIssue[];
  /**
   * Gates that form no one value on an invoice these actuals hold, said on a cell of that invoice: not a
   * problem of the cells (the invoice stops on it itself), but one the check lists before invoicing.
   */
  readonly gates?: readonly Issue[];
  /** Where each value is, or would be typed: the check says an invoice's problem on its cell. */
  readonly places?: ActualsPlaces;
}

/**
 * The cells of the actuals a check points to when an invoice refuses them: the sheet (or CSV file) read
 * and, in the wide layout, a measure's row and a month's column.
 */
export interface ActualsPlaces {
  readonly sheet: string;
  readonly lang: Language;
  /**
   * The cell of `kind` `name` (the contract's spelling; `''` for hours) in `month`: the value's own, in the
   * wide layout the one it would be typed in; its month's header when no row has that measure.
   */
  cell(kind: ActualKind, name: string, month: Period): Source | undefined;
  /** The header of `month`'s column in the wide layout; undefined in the long one (one value per row). */
  month(month: Period): Source | undefined;
}

/**
 * Like `readActualsSheet`, but keeps what read well beside the problems, each tagged with its months.
 * `rows`, ascending, are the only rows that may hold values (every other is blank): one contract's rows of
 * a portfolio's file, read without walking the other contracts' thousands.
 */
export function readActualsTagged(
  grid: Grid,
  contract: Contract | undefined,
  options: SheetReadOptions = {},
  numbers: NumberSource = 'unknown',
  rows?: readonly number[],
): ActualsReading {
  const lang = options.lang ?? 'en';
  const sheet = options.sheet ?? contractText(lang).actualsSheet;
  return new ActualsReader(grid, contract, sheet, lang, numbers, rows).readAll();
}

/** Every problem of a reading, strictly: any problem fails the whole actuals. */
export function strictActuals(reading: ActualsReading): Result<Actuals> {
  if (reading.issues.length > 0) return failed(sortIssues(reading.issues.map((t) => t.issue)));
  return ok(buildActuals(reading.entries, reading.periods));
}

/**
 * Parses the Actuals sheet's cells; with a contract, names and months are checked against it. `numbers`
 * is the convention of numbers written as text (a CSV file's delimiter decides it; a sheet's is unknown).
 */
export function readActualsSheet(
  grid: Grid,
  contract: Contract | undefined,
  options: SheetReadOptions = {},
  numbers: NumberSource = 'unknown',
): Result<Actuals> {
  return strictActuals(readActualsTagged(grid, contract, options, numbers));
}

class ActualsReader {
  private readonly text: ContractText;
  private readonly sources: SourceMap;
  private readonly entries: ActualEntry[] = [];
  /** The months the sheet lists, in order: a set, as a long file may list tens of thousands. */
  private readonly periods = new Set<Period>();
  /** `period|kind|name` of each value read, to find repeated ones. */
  private readonly seen = new Set<string>();
  /** The months the cell being read concerns: its problems block only the invoices reading them. */
  private months: Months = 'all';
  private readonly tagged: TaggedIssue[] = [];
  /** The columns whose header names one of the Actuals columns (a repeated one too). */
  private readonly headerCols = new Set<number>();
  /** The cell of each value or exclusion read, by `period|kind|name`: where a later problem is said. */
  private readonly places = new Map<string, Source>();
  /** The wide layout's header cell of each month, and row of each measure (`kind|name`, lower case). */
  private readonly monthHeaders = new Map<Period, Source>();
  private readonly measureRows = new Map<string, number>();
  /** A value cell written with the other decimal mark than the file's delimiter says, if any. */
  private otherMark: MarkEvidence | undefined;

  constructor(
    private readonly grid: Grid,
    private readonly contract: Contract | undefined,
    private readonly sheet: string,
    private readonly lang: Language,
    private readonly numbers: NumberSource,
    private readonly rows?: readonly number[],
  ) {
    this.text = contractText(lang);
    this.sources = new SourceMap(sheet, lang);
  }

  private get p() {
    return this.text.problems;
  }

  /** Reports a problem at a cell, tagged with the months it concerns. */
  private report(source: Source, problem: string): void {
    this.tagged.push({ issue: this.sources.report(source, problem), months: this.months });
  }

  /** Every value read, every problem with its months. */
  readAll(): ActualsReading {
    this.readCells();
    const gates = this.contract === undefined ? [] : this.gateIssues(this.contract);
    const places = this.actualsPlaces();
    return { entries: this.entries, periods: [...this.periods], issues: this.tagged, gates, places };
  }

  private actualsPlaces(): ActualsPlaces {
    const { sheet, lang, places, monthHeaders, measureRows } = this;
    return {
      sheet,
      lang,
      cell(kind, name, month) {
        const key = `${kind}|${name.toLowerCase()}`;
        const read = places.get(`${month}|${key}`);
        if (read) return read;
        const header = monthHeaders.get(month);
        const row = measureRows.get(key);
        return header && row !== undefined ? { ...header, row } : header;
      },
      month: (month) => monthHeaders.get(month),
    };
  }

  private readCells(): void {
    const headerRow = this.headerRow();
    const headers = new Map<ActualsColumn, { col: number; header: string }>();
    (this.grid[headerRow] ?? []).forEach((value, col) => {
      const header = cellText(value);
      const key = HEADER_INDEX.get(normalizeLabel(header));
      if (key === undefined) return;
      this.headerCols.add(col);
      // A second Name or Value column would be left unread (or read as a note): which one is meant?
      if (headers.has(key)) this.report({ row: headerRow, col, header }, this.p.duplicateColumn(header));
      else headers.set(key, { col, header });
    });
    if (headers.has('period') && headers.has('value') && headers.has('kind') && headers.has('name')) {
      this.readLong(headerRow, headers);
    } else if (
      headers.has('period') !== headers.has('value') &&
      headers.has('kind') &&
      headers.has('name') &&
      !this.hasMonthColumn(headerRow)
    ) {
      this.halfLong(headerRow, headers.has('period') ? 'value' : 'period');
    } else if (headers.has('kind') && headers.has('name')) {
      this.readWide(headerRow, headers);
    } else {
      // A file of blank lines has no header row at all: said on its first cell.
      const row = headerRow < this.grid.length ? headerRow : 0;
      this.report({ row, col: 0, header: '' }, this.p.missingHeader);
    }
  }

  /**
   * The first row naming the Kind and Name columns, else the first non-blank one (whose missing columns
   * are then said). Above the header, a title in one cell is the export's or the analyst's own; a row of
   * several cells there (values sorted above the header) would go unread, so it is an error.
   */
  private headerRow(): number {
    let first = 0;
    while (first < this.grid.length && isBlankRow(this.grid, first)) first++;
    let header = first;
    while (header < this.grid.length && !isActualsHeader(this.grid[header] ?? [])) header++;
    if (header === this.grid.length) return first;
    const t = csvLayoutTexts(this.lang);
    for (let row = first; row < header; row++) {
      const filled = (this.grid[row] ?? []).flatMap((cell, col) => (isBlank(cell) ? [] : [col]));
      if (filled.length < 2) continue;
      this.months = 'all';
      this.report({ row, col: filled[0], header: '' }, t.aboveHeader(a1(header, 0), filled.length));
    }
    return header;
  }

  /** Whether a cell below the header in `col` holds what the long layout's `key` column would: a month, a number. */
  private holdsEntries(headerRow: number, col: number, key: 'period' | 'value'): boolean {
    for (const row of this.bodyRows(headerRow)) {
      const cell = cellAt(this.grid, row, col);
      if (isBlank(cell)) continue;
      if (key === 'period' ? readPeriodCell(cell) !== undefined : typeof cell === 'number') return true;
      if (key === 'value' && typeof cell === 'string' && NUMBER_LIKE.test(cell.trim())) return true;
    }
    return false;
  }

  /** The rows below the header that may hold values, in order. */
  private *bodyRows(headerRow: number): Generator<number> {
    if (this.rows) {
      for (const row of this.rows) if (row > headerRow) yield row;
      return;
    }
    for (let row = headerRow + 1; row < this.grid.length; row++) yield row;
  }

  private cell(source: Source, kind: CellKind): string | number | undefined {
    const read = readCell(cellAt(this.grid, source.row, source.col), kind, this.p, this.lang, this.numbers);
    if ('problem' in read) {
      this.report(source, read.problem);
      return undefined;
    }
    return read.value;
  }

  private readWide(headerRow: number, headers: Map<ActualsColumn, { col: number; header: string }>): void {
    // A long layout's column left beside the months, holding months or numbers: which holds a month's
    // value? One of words (`checked`) is the analyst's note, as any other column.
    for (const key of ['period', 'value'] as const) {
      const column = headers.get(key);
      if (column === undefined || !this.holdsEntries(headerRow, column.col, key)) continue;
      this.months = 'all';
      const source = { row: headerRow, col: column.col, header: column.header };
      this.report(source, csvLayoutTexts(this.lang).longColumnBesideMonths(column.header));
    }
    const periodColumns: { col: number; period: Period; header: string }[] = [];
    const known = this.headerCols;
    (this.grid[headerRow] ?? []).forEach((value, col) => {
      if (known.has(col) || isBlank(value)) return;
      const source = { row: headerRow, col, header: this.text.actualsColumns.period };
      const period = readPeriodCell(value);
      this.months = period === undefined ? 'all' : [period];
      if (period === undefined) {
        // Other headers are the analyst's own notes, unless they look like a month written wrongly.
        if (MONTH_LIKE.test(cellText(value).trim()) || isMonthName(cellText(value)))
          this.report(source, this.p.expectedPeriod(this.p.describe(value)));
        return;
      }
      if (this.periods.has(period)) {
        this.report(source, this.p.duplicatePeriod(period));
        return;
      }
      if (!this.checkPeriod(source, period)) return;
      this.periods.add(period);
      periodColumns.push({ col, period, header: cellText(value) || period });
      this.monthHeaders.set(period, { row: headerRow, col, header: cellText(value) || period });
    });

    const monthCols = periodColumns.map((c) => c.col);
    this.otherMark = markEvidence(this.grid, this.bodyRows(headerRow), monthCols, this.numbers);
    const rowsSeen = new Set<string>();
    for (const row of this.bodyRows(headerRow)) {
      if (isBlankRow(this.grid, row)) continue;
      // A problem of the row (an unknown name) concerns the months it has values for.
      this.months = periodColumns.filter((c) => !isBlank(cellAt(this.grid, row, c.col))).map((c) => c.period);
      const measure = this.readMeasure(row, headers);
      if (measure === undefined) continue;
      const key = `${measure.kind}|${measure.name.toLowerCase()}`;
      if (rowsSeen.has(key)) {
        const name = measure.kind === 'hours' ? enumLabel('actualKind', 'hours', this.lang) : measure.name;
        const first = this.measureRows.get(key);
        this.report(measure.at, this.p.duplicateRow(name, first === undefined ? undefined : first + 1));
        continue;
      }
      rowsSeen.add(key);
      this.measureRows.set(key, row);
      for (const column of periodColumns) {
        this.readValue({ row, col: column.col, header: column.header }, column.period, measure);
      }
    }
  }

  /**
   * A Period column without a Value one, or a Value without a Period, and no month column, is the long
   * layout with the other misspelled (`Perod`, `Valeu`): read as the wide layout, its values would all be
   * left out as notes and the invoice would say only that none was given. The missing column is said, and
   * each unknown header.
   */
  private hasMonthColumn(headerRow: number): boolean {
    return (this.grid[headerRow] ?? []).some(
      (value, col) => !this.headerCols.has(col) && readPeriodCell(value) !== undefined,
    );
  }

  private halfLong(headerRow: number, missing: 'period' | 'value'): void {
    this.months = 'all';
    this.report(
      { row: headerRow, col: 0, header: '' },
      this.p.missingColumn(this.text.actualsColumns[missing]),
    );
    (this.grid[headerRow] ?? []).forEach((value, col) => {
      if (this.headerCols.has(col) || isBlank(value)) return;
      this.report({ row: headerRow, col, header: cellText(value) }, this.p.unknownColumn(cellText(value)));
    });
  }

  private readLong(headerRow: number, headers: Map<ActualsColumn, { col: number; header: string }>): void {
    const at = (row: number, key: ActualsColumn): Source => {
      const h = headers.get(key) as { col: number; header: string };
      return { row, col: h.col, header: h.header };
    };
    // One value per row leaves no room for notes: any other header is a mistake (a misspelled column, a
    // portfolio's Contract column given for one contract), never ignored.
    const known = this.headerCols;
    (this.grid[headerRow] ?? []).forEach((value, col) => {
      if (known.has(col) || isBlank(value)) return;
      this.months = 'all';
      this.report({ row: headerRow, col, header: cellText(value) }, this.p.unknownColumn(cellText(value)));
    });
    const valueCol = [at(headerRow, 'value').col];
    this.otherMark = markEvidence(this.grid, this.bodyRows(headerRow), valueCol, this.numbers);
    for (const row of this.bodyRows(headerRow)) {
      if (isBlankRow(this.grid, row)) continue;
      const periodSource = at(row, 'period');
      this.months = 'all';
      const period = this.cell(periodSource, PERIOD) as Period | undefined;
      if (period !== undefined) this.months = [period];
      if (period === undefined && isBlank(cellAt(this.grid, row, periodSource.col))) {
        this.report(periodSource, this.p.required);
      }
      const measure = this.readMeasure(row, headers);
      if (period === undefined || measure === undefined || !this.checkPeriod(periodSource, period)) continue;
      this.periods.add(period);
      const valueSource = at(row, 'value');
      if (isBlank(cellAt(this.grid, row, valueSource.col))) {
        this.report(valueSource, this.p.required);
        continue;
      }
      this.readValue(valueSource, period, measure);
    }
  }

  /** A month must lie within the contract; reports it otherwise. */
  private checkPeriod(source: Source, period: Period): boolean {
    if (this.contract === undefined || isWithinContract(this.contract, period)) return true;
    this.report(source, this.p.periodOutside(period, this.contract.firstPeriod, this.contract.lastPeriod));
    return false;
  }

  /** Kind and name of a row, the name resolved to the contract's spelling. */
  private readMeasure(
    row: number,
    headers: Map<ActualsColumn, { col: number; header: string }>,
  ): { kind: ActualKind; name: string; at: Source; months: number } | undefined {
    const h = (key: ActualsColumn) => headers.get(key) as { col: number; header: string };
    const kindAt = { row, col: h('kind').col, header: h('kind').header };
    const nameAt = { row, col: h('name').col, header: h('name').header };
    const kind = this.cell(kindAt, KIND) as ActualKind | undefined;
    if (kind === undefined) {
      if (isBlank(cellAt(this.grid, row, kindAt.col))) this.report(kindAt, this.p.required);
      return undefined;
    }
    if (kind === 'hours') {
      if (this.contract !== undefined && this.contract.hourly === undefined) {
        this.report(kindAt, this.p.noHourly);
        return undefined;
      }
      const label = this.contract?.hourly?.label ?? enumLabel('actualKind', 'hours', this.lang);
      const hours = enumLabel('unit', 'hours', this.lang);
      if (!this.unitAgrees(row, headers.get('unit'), 'hours', label, hours)) return undefined;
      return { kind, name: '', at: kindAt, months: 1 };
    }
    const written = this.cell(nameAt, TEXT) as string | undefined;
    if (written === undefined) {
      if (isBlank(cellAt(this.grid, row, nameAt.col))) this.report(nameAt, this.p.required);
      return undefined;
    }
    if (this.contract === undefined) return { kind, name: written, at: nameAt, months: 1 };
    // An exclusion names the KPI whose month it excludes.
    if (kind === 'kpi' || kind === 'excluded') {
      const kpi = namedItem(this.contract.kpis, (k) => k.name, written);
      const unit = kpi && kind === 'kpi' ? enumLabel('unit', kpi.unit, this.lang) : undefined;
      if (kpi && unit !== undefined && !this.unitAgrees(row, headers.get('unit'), kpi.unit, kpi.name, unit))
        return undefined;
      if (kpi) return { kind, name: kpi.name, at: nameAt, months: kpiEntryMonths(kpi) };
      this.report(nameAt, this.p.unknownKpi(written, this.contract.kpis.map((k) => k.name).join(', ')));
      return undefined;
    }
    if (kind === 'index') {
      const index = namedItem([this.contract.indexation?.index ?? ''], (i) => i, written);
      if (index) return { kind, name: index, at: nameAt, months: 1 };
      this.report(nameAt, this.p.periodTerms.unknownIndex(written, this.contract.indexation?.index ?? ''));
      return undefined;
    }
    const volume = namedItem(this.contract.volumes, (v) => v.name, written);
    if (
      volume &&
      !this.unitAgrees(row, headers.get('unit'), unitNamed(volume.unit), volume.name, volume.unit)
    )
      return undefined;
    if (volume) return { kind, name: volume.name, at: nameAt, months: 1 };
    // A clause's sample (survey answers) is a volume too, even when the contract does not price it.
    const sample = namedItem(unpricedSampleVolumes(this.contract), (n) => n, written);
    if (sample) return { kind, name: sample, at: nameAt, months: 1 };
    const volumes = [...this.contract.volumes.map((v) => v.name), ...unpricedSampleVolumes(this.contract)];
    this.report(nameAt, this.p.unknownVolume(written, volumes.join(', ')));
    return undefined;
  }

  /**
   * Whether the row's Unit cell, if it names a unit (`unitNamed`), names `unit`: values given in seconds
   * for a KPI in minutes would be read as minutes, hours on an interactions row are no interactions.
   * `expected` is how the contract writes its unit. Reports it otherwise.
   */
  private unitAgrees(
    row: number,
    column: { col: number; header: string } | undefined,
    unit: UnitWord | undefined,
    name: string,
    expected: string,
  ): boolean {
    if (column === undefined) return true;
    const written = cellText(cellAt(this.grid, row, column.col)).trim();
    const given = written === '' ? undefined : unitNamed(written);
    if (given === undefined || given === unit) return true;
    this.report(
      { row, col: column.col, header: column.header },
      this.p.unitMismatch(name, expected, written),
    );
    return false;
  }

  private readValue(
    source: Source,
    period: Period,
    measure: { kind: ActualKind; name: string; months: number },
  ): void {
    this.months = [period];
    if (measure.kind === 'excluded') {
      this.readExclusion(source, period, measure);
      return;
    }
    const value = this.cell(source, DECIMAL);
    if (value === undefined) return;
    const typed = cellAt(this.grid, source.row, source.col);
    const ambiguous = markAmbiguity(typed, this.otherMark, this.numbers, this.p);
    if (ambiguous !== undefined) {
      this.report(source, ambiguous);
      return;
    }
    const amount = dec(value);
    const label = measure.kind === 'hours' ? enumLabel('actualKind', 'hours', this.lang) : measure.name;
    if (measure.kind !== 'kpi' && amount.isNeg()) {
      this.report(source, this.p.atLeast('0'));
      return;
    }
    // An index is a ratio's term: 0 would price everything at nothing.
    if (measure.kind === 'index' && amount.isZero()) {
      this.report(source, this.p.greaterThan('0'));
      return;
    }
    if (
      this.contract !== undefined &&
      measure.kind === 'kpi' &&
      !closesWindow(this.contract.firstPeriod, measure.months, period)
    ) {
      const window = windowOf(this.contract.firstPeriod, measure.months, period);
      const closing = window ? window[window.length - 1] : period;
      const kpi = this.contract.kpis.find((k) => k.name === measure.name);
      const periodName = kpi ? enumLabel('frequency', kpi.period, this.lang) : '';
      this.report(source, this.p.notClosingMonth(measure.name, periodName, closing));
      return;
    }
    const clause =
      measure.kind === 'kpi' ? this.contract?.kpis.find((k) => k.name === measure.name) : undefined;
    if (clause?.activeMonths !== undefined && !clause.activeMonths.includes(period)) {
      this.report(source, this.p.notActiveMonth(measure.name, clause.activeMonths.join(', '), period));
      return;
    }
    // "35 %" is 0.35: right for a percent KPI, a hundred times too small for NPS points or a volume.
    const percent = measure.kind === 'kpi' && (clause === undefined || clause.unit === 'percent');
    if (typeof typed === 'string' && /%$/.test(typed.trim()) && !percent) {
      this.report(source, this.p.percentSign(this.p.describe(typed), label));
      return;
    }
    const notWhole =
      measure.kind === 'volume' && this.contract
        ? fractionProblem(this.contract, measure.name, amount, this.p)
        : clause && countKpiProblem(clause, amount, this.p);
    if (notWhole !== undefined) {
      this.report(source, notWhole);
      return;
    }
    const outside =
      clause &&
      (rangeProblem(amount, clause, this.p, typed, markOf(this.numbers)) ??
        percentBelowOneProblem(amount, clause, typed, this.p, markOf(this.numbers)));
    if (outside !== undefined) {
      this.report(source, outside);
      return;
    }
    const key = `${period}|${measure.kind}|${measure.name.toLowerCase()}`;
    if (this.seen.has(key)) {
      this.report(source, this.p.duplicateActual(label, period, this.firstAt(key)));
      return;
    }
    this.seen.add(key);
    this.places.set(key, source);
    this.entries.push({ period, kind: measure.kind, name: measure.name, value: amount });
  }

  /** The address of the first value read for `key` (`D2`), where a second one is said. */
  private firstAt(key: string): string | undefined {
    const first = this.places.get(key);
    return first === undefined ? undefined : a1(first.row, first.col);
  }

  /**
   * An exclusion: its cell holds the reason as text (the invoice prints it), on a month the KPI is evaluated
   * on, as its values are.
   */
  private readExclusion(source: Source, period: Period, measure: { name: string; months: number }): void {
    const reason = this.cell(source, TEXT);
    if (reason === undefined) return;
    // A number is a value left on a row whose Kind was changed: excluding its month would drop the clause.
    const typed = cellText(cellAt(this.grid, source.row, source.col)).trim();
    if (NUMBER_LIKE.test(typed)) {
      const kind = enumLabel('actualKind', 'kpi', this.lang);
      this.report(source, exclusionReasonTexts(this.lang).reasonIsNumber(typed, measure.name, kind));
      return;
    }
    if (this.contract !== undefined && !closesWindow(this.contract.firstPeriod, measure.months, period)) {
      const window = windowOf(this.contract.firstPeriod, measure.months, period);
      const kpi = this.contract.kpis.find((k) => k.name === measure.name);
      const periodName = kpi ? enumLabel('frequency', kpi.period, this.lang) : '';
      this.report(source, this.p.notClosingMonth(measure.name, periodName, window?.at(-1) ?? period));
      return;
    }
    const active = this.contract?.kpis.find((k) => k.name === measure.name)?.activeMonths;
    if (active !== undefined && !active.includes(period)) {
      this.report(source, this.p.notActiveMonth(measure.name, active.join(', '), period));
      return;
    }
    const key = `${period}|excluded|${measure.name.toLowerCase()}`;
    if (this.seen.has(key)) {
      this.report(source, this.p.duplicateActual(measure.name, period, this.firstAt(key)));
      return;
    }
    this.seen.add(key);
    this.places.set(key, source);
    this.entries.push({ period, kind: 'excluded', name: measure.name, reason: String(reason) });
  }

  /**
   * A gate that forms no one value on an invoice these actuals hold stops that invoice (`gateReading.ts`):
   * said on the gate KPI's cell of the invoice's months, latest first, else on what it gates.
   */
  private gateIssues(contract: Contract): Issue[] {
    const t = invoiceTexts(this.lang).periodTerms;
    return gatesWithoutValue(contract, [...this.periods]).flatMap(({ owner, gate, months }) => {
      const latest = [...months].reverse();
      const cell = (kind: ActualKind, name: string) =>
        latest.map((m) => this.places.get(`${m}|${kind}|${name.toLowerCase()}`)).find((s) => s);
      const place =
        cell('kpi', gate.name) ?? cell('excluded', gate.name) ?? cell('kpi', owner) ?? cell('volume', owner);
      if (place === undefined) return [];
      const problem = t.gateNoPeriodValue(owner, gate.name, windowName(months));
      return [cellIssue(this.sheet, place.row, place.col, place.header, problem, this.lang)];
    });
  }
}
