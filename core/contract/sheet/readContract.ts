/**
 * Reads the Contract sheet: three sections (General, Fees, KPI clauses), each started by a row holding only
 * its title in column A. General rows are found by their label, table columns by their header, in English
 * or French, so rows and columns may be moved. Cells become a contract JSON document that the schema then
 * checks; every problem comes back on its cell.
 */
import {
  contractText,
  normalizeLabel,
  enumLabel,
  CONTRACT_TEXT,
  type ContractText,
} from '../../i18n/contract';
import { a1 } from '../../layout/a1';
import { failed, ok, type Result } from '../issues';
import { contractSchema } from '../schema/contract';
import {
  FEE_COLUMNS,
  GENERAL_ROWS,
  KPI_COLUMNS,
  KPI_LEVELS,
  KPI_RANGE_FIELDS,
  SECTIONS,
  type CellKind,
  type FeeColumn,
  type FeeType,
  type SectionKey,
} from '../sheetSpec';
import { CONTRACT_SCHEMA_ID, type Contract, type Language } from '../types';
import { dec } from '../../money';
import { percentBelowOneProblem } from '../percentBelowOne';
import { outsideRangeOf, rangeProblem } from '../validRange';
import { cellAt, cellText, isBlank, isBlankRow, readCell, type Grid } from './cells';
import { SourceMap, type Source } from './sources';

/** Options of the sheet readers. */
export interface SheetReadOptions {
  /** The sheet's name as issues should print it (default: the sheet's name in `lang`). */
  readonly sheet?: string;
  /** Language of the messages (default English). */
  readonly lang?: Language;
}

type Json = Record<string, unknown>;

/** Parses the Contract sheet's cells. */
export function readContractSheet(grid: Grid, options: SheetReadOptions = {}): Result<Contract> {
  const lang = options.lang ?? 'en';
  const text = contractText(lang);
  const reader = new ContractReader(grid, options.sheet ?? text.contractSheet, lang);
  return reader.read();
}

/** Labels of both languages, normalized, mapped to their key. */
function labelIndex<K extends string>(
  pick: (t: ContractText) => Readonly<Record<K, string>>,
): Map<string, K> {
  const index = new Map<string, K>();
  for (const t of Object.values(CONTRACT_TEXT)) {
    for (const [key, label] of Object.entries(pick(t)) as [K, string][])
      index.set(normalizeLabel(label), key);
  }
  return index;
}

const SECTION_INDEX = labelIndex((t) => t.sections);
const GENERAL_INDEX = labelIndex((t) =>
  Object.fromEntries(Object.entries(t.general).map(([key, value]) => [key, value.label])),
);
const GENERAL_HEADERS = new Set(
  Object.values(CONTRACT_TEXT).map((t) => normalizeLabel(t.generalHeader.field)),
);
const FEE_INDEX = labelIndex((t) => t.feeColumns);
const KPI_INDEX = labelIndex((t) => t.kpiColumns);

interface Section {
  readonly key: SectionKey;
  /** Row of the title. */
  readonly row: number;
  /** First row after the section (next title or end of the grid). */
  readonly end: number;
}

class ContractReader {
  private readonly text: ContractText;
  private readonly sources: SourceMap;
  private readonly json: Json = { schema: CONTRACT_SCHEMA_ID };

  constructor(
    private readonly grid: Grid,
    sheet: string,
    private readonly lang: Language,
  ) {
    this.text = contractText(lang);
    this.sources = new SourceMap(sheet, lang);
  }

  read(): Result<Contract> {
    const sections = this.findSections();
    const general = sections.get('general');
    const fees = sections.get('fees');
    const kpis = sections.get('kpis');
    if (general) this.readGeneral(general);
    const feesRead = fees !== undefined && this.readFees(fees);
    const kpisRead = kpis !== undefined && this.readKpis(kpis);

    const parsed = contractSchema(this.lang, 'sheet').safeParse(this.json);
    if (parsed.success && this.sources.allIssues().length === 0) return ok(parsed.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        // "No fees at all" means nothing when a table could not be read: its own issue says why.
        if (issue.path.length === 1 && issue.path[0] === 'fixedFees' && !(feesRead && kpisRead)) continue;
        this.sources.reportAtPath(issue.path, this.spelled(issue));
      }
    }
    return failed(this.sources.allIssues());
  }

  private problems() {
    return this.text.problems;
  }

  /**
   * A schema issue's message; a value outside its KPI's range said again as its cell has it, the value
   * quoted as typed in a text cell, the hint with the separator typed there, else as the sheet shows
   * numbers in the contract's language.
   */
  private spelled(issue: { readonly path: readonly PropertyKey[]; readonly message: string }): string {
    const outside = outsideRangeOf((issue as { params?: unknown }).params);
    const source = outside && this.sources.sourceOf(issue.path);
    if (outside === undefined || source === undefined) return issue.message;
    const cell = cellAt(this.grid, source.row, source.col);
    return rangeProblem(outside.value, outside.kpi, this.problems(), cell) ?? issue.message;
  }

  /** Title rows: a section label in column A and nothing else on the row. */
  private findSections(): Map<SectionKey, Section> {
    const found: { key: SectionKey; row: number }[] = [];
    for (let row = 0; row < this.grid.length; row++) {
      const key = SECTION_INDEX.get(normalizeLabel(cellText(cellAt(this.grid, row, 0))));
      if (key === undefined || !(this.grid[row] ?? []).slice(1).every(isBlank)) continue;
      if (found.some((f) => f.key === key)) {
        this.sources.report(
          { row, col: 0, header: '' },
          this.problems().duplicateSection(cellText(cellAt(this.grid, row, 0))),
        );
        continue;
      }
      found.push({ key, row });
    }
    const sections = new Map<SectionKey, Section>();
    const starts = [...found.map((f) => f.row), this.grid.length].sort((a, b) => a - b);
    for (const f of found) {
      const end = starts.find((row) => row > f.row) ?? this.grid.length;
      sections.set(f.key, { key: f.key, row: f.row, end });
    }
    for (const key of SECTIONS) {
      if (!sections.has(key))
        this.sources.report(
          { row: 0, col: 0, header: '' },
          this.problems().missingSection(this.text.sections[key]),
        );
    }
    const title = (key: SectionKey): Source | undefined => {
      const s = sections.get(key);
      return s && { row: s.row, col: 0, header: cellText(cellAt(this.grid, s.row, 0)) };
    };
    // Issues about a list as a whole (no fees at all) are shown on the section's title.
    const feesTitle = title('fees');
    const kpisTitle = title('kpis');
    if (feesTitle) for (const key of ['fixedFees', 'hourly', 'volumes']) this.sources.set([key], feesTitle);
    if (kpisTitle) this.sources.set(['kpis'], kpisTitle);
    return sections;
  }

  /** Reads a cell, reporting its problem; returns the JSON value or `undefined` (blank or failed). */
  private cell(source: Source, kind: CellKind): string | number | undefined {
    const read = readCell(cellAt(this.grid, source.row, source.col), kind, this.problems(), this.lang);
    if ('problem' in read) {
      this.sources.report(source, read.problem);
      return undefined;
    }
    return read.value;
  }

  private readGeneral(section: Section): void {
    const seen = new Set<string>();
    const parents = new Set<string>();
    const fieldHeader = this.text.generalHeader.field;
    for (let row = section.row + 1; row < section.end; row++) {
      if (isBlankRow(this.grid, row)) {
        // The block ends at a blank row unless General rows follow it: rows left of a section whose title
        // was mistyped are that section's, not unknown General fields.
        if (!this.generalRowFollows(row, section.end)) break;
        continue;
      }
      const label = cellText(cellAt(this.grid, row, 0));
      if (GENERAL_HEADERS.has(normalizeLabel(label))) continue;
      const key = GENERAL_INDEX.get(normalizeLabel(label));
      const spec = GENERAL_ROWS.find((r) => r.key === key);
      if (spec === undefined) {
        this.sources.report({ row, col: 0, header: fieldHeader }, this.problems().unknownField(label));
        continue;
      }
      if (seen.has(spec.key)) {
        this.sources.report({ row, col: 0, header: fieldHeader }, this.problems().duplicateField(label));
        continue;
      }
      seen.add(spec.key);
      const source = { row, col: 1, header: label };
      this.sources.set(spec.path, source);
      // A parent object's issues ("give the at-risk amount or percentage") land on its first row.
      const parent = spec.path.slice(0, -1);
      if (parent.length > 0 && !parents.has(parent.join('.'))) {
        parents.add(parent.join('.'));
        this.sources.set(parent, source);
      }
      const value = this.cell(source, spec.kind);
      if (value !== undefined) setPath(this.json, spec.path, value);
      // Required objects (the parties) exist as soon as one of their rows does, so that each missing
      // value is reported on its own row rather than the object on its first one.
      else if (spec.required && spec.path.length > 1)
        setPath(this.json, spec.path.slice(0, -1), undefined, true);
    }
    const title = { row: section.row, col: 0, header: cellText(cellAt(this.grid, section.row, 0)) };
    for (const spec of GENERAL_ROWS) {
      if (spec.required && !seen.has(spec.key)) {
        this.sources.report(title, this.problems().missingRow(this.text.general[spec.key].label));
        // The schema's "required" for this field lands on the same cell, where it is not repeated.
        this.sources.set(spec.path, title);
      }
    }
  }

  /** Whether a General row (or the General header) comes after `row` before the section ends. */
  private generalRowFollows(row: number, end: number): boolean {
    for (let next = row + 1; next < end; next++) {
      if (isBlankRow(this.grid, next)) continue;
      const label = normalizeLabel(cellText(cellAt(this.grid, next, 0)));
      return GENERAL_INDEX.has(label) || GENERAL_HEADERS.has(label);
    }
    return false;
  }

  /** The header row of a table section: its first non-blank row, columns mapped to keys. */
  private tableHeader<K extends string>(
    section: Section,
    index: Map<string, K>,
    required: readonly K[],
    labelOf: (key: K) => string,
  ): { row: number; columns: Map<K, { col: number; header: string }> } | undefined {
    let row = section.row + 1;
    while (row < section.end && isBlankRow(this.grid, row)) row++;
    const title = { row: section.row, col: 0, header: cellText(cellAt(this.grid, section.row, 0)) };
    if (row >= section.end) {
      for (const key of required) this.sources.report(title, this.problems().missingColumn(labelOf(key)));
      return undefined;
    }
    const columns = new Map<K, { col: number; header: string }>();
    // A header the table does not know is an error: a misspelt optional column would drop its term.
    (this.grid[row] ?? []).forEach((value, col) => {
      if (isBlank(value)) return;
      const header = cellText(value);
      const key = index.get(normalizeLabel(header));
      const at = { row, col, header: title.header };
      if (key === undefined) this.sources.report(at, this.problems().unknownColumn(header || String(value)));
      else if (columns.has(key)) this.sources.report(at, this.problems().duplicateColumn(header));
      else columns.set(key, { col, header });
    });
    const missing = required.filter((key) => !columns.has(key));
    for (const key of missing)
      this.sources.report({ row, col: 0, header: title.header }, this.problems().missingColumn(labelOf(key)));
    this.unheadedValues(row, section.end, title.header);
    return missing.length > 0 ? undefined : { row, columns };
  }

  /**
   * A value in a table row under a blank header (a parameter typed one column past the last header) would
   * be left unread, its term dropped from the invoice without a word: it is an error on its cell.
   */
  private unheadedValues(headerRow: number, end: number, section: string): void {
    const header = this.grid[headerRow] ?? [];
    for (let row = headerRow + 1; row < end; row++) {
      (this.grid[row] ?? []).forEach((value, col) => {
        if (isBlank(value) || !isBlank(header[col])) return;
        this.sources.report({ row, col, header: section }, this.problems().unheadedValue(a1(headerRow, col)));
      });
    }
  }

  /** Reads the Fees table; `false` when its header could not be read. */
  private readFees(section: Section): boolean {
    const required = FEE_COLUMNS.filter((c) => c.required).map((c) => c.key);
    const table = this.tableHeader(section, FEE_INDEX, required, (key) => this.text.feeColumns[key]);
    if (!table) return false;
    const fixedFees: Json[] = [];
    const rebates: Json[] = [];
    const amendments: Json[] = [];
    const volumes: {
      json: Json;
      tiers: Json[];
      firstRow: Map<FeeColumn, string | number | undefined>;
      index: number;
    }[] = [];
    const byName = new Map<string, (typeof volumes)[number]>();
    let hourlyRow: number | undefined;

    for (let row = table.row + 1; row < section.end; row++) {
      if (isBlankRow(this.grid, row)) continue;
      const at = (key: FeeColumn): Source => {
        const column = table.columns.get(key);
        return column
          ? { row, col: column.col, header: column.header }
          : { row, col: 0, header: this.text.feeColumns[key] };
      };
      const values = new Map<FeeColumn, string | number | undefined>();
      for (const spec of FEE_COLUMNS) {
        if (table.columns.has(spec.key)) values.set(spec.key, this.cell(at(spec.key), spec.kind));
      }
      const type = values.get('type') as FeeType | undefined;
      if (type === undefined) {
        if (isBlank(cellAt(this.grid, row, at('type').col)))
          this.sources.report(at('type'), this.problems().required);
        continue;
      }
      const typeName = enumLabel('feeType', type, this.lang);
      for (const spec of FEE_COLUMNS) {
        if (!spec.usedBy.includes(type) && values.get(spec.key) !== undefined) {
          this.sources.report(at(spec.key), this.problems().notUsedByFee(typeName));
        }
      }
      if (type === 'fixed' || type === 'rebate') {
        const list = type === 'fixed' ? fixedFees : rebates;
        const path = [type === 'fixed' ? 'fixedFees' : 'rebates', list.length];
        this.sources.set(path, at('name'));
        this.sources.set([...path, 'label'], at('name'));
        this.sources.set([...path, 'amount'], at('price'));
        this.sources.set([...path, 'per'], at('per'));
        list.push(
          compact({ label: values.get('name'), amount: values.get('price'), per: values.get('per') }),
        );
      } else if (type === 'hourly') {
        if (hourlyRow !== undefined) {
          this.sources.report(at('type'), this.problems().oneHourly);
          continue;
        }
        hourlyRow = row;
        this.sources.set(['hourly'], at('name'));
        this.sources.set(['hourly', 'label'], at('name'));
        this.sources.set(['hourly', 'rate'], at('price'));
        this.sources.set(['hourly', 'adjustment'], at('adjustment'));
        this.sources.set(['hourly', 'variablePay'], at('variablePay'));
        this.json.hourly = compact({
          label: values.get('name'),
          rate: values.get('price'),
          adjustment: values.get('adjustment'),
          variablePay: values.get('variablePay'),
        });
      } else if (type === 'amendment') {
        // A dated amendment names the fee it revises; Up to names a volume's tier (schema/periodTerms.ts).
        const path = ['amendments', amendments.length];
        this.sources.set(path, at('name'));
        for (const [field, column] of [
          ['fee', 'name'],
          ['amount', 'price'],
          ['upTo', 'upTo'],
          ['from', 'from'],
        ] as const)
          this.sources.set([...path, field], at(column));
        amendments.push(
          compact({
            fee: values.get('name'),
            amount: values.get('price'),
            upTo: values.get('upTo'),
            from: values.get('from'),
          }),
        );
      } else {
        this.readVolumeRow(values, at, volumes, byName);
      }
    }
    if (amendments.length > 0) this.json.amendments = amendments;
    this.json.fixedFees = fixedFees;
    if (rebates.length > 0) this.json.rebates = rebates;
    this.json.volumes = volumes.map((v) => ({ ...v.json, tiers: v.tiers }));
    return true;
  }

  /** A volume row is one price tier; rows sharing a name are the tiers of one volume, in row order. */
  private readVolumeRow(
    values: Map<FeeColumn, string | number | undefined>,
    at: (key: FeeColumn) => Source,
    volumes: {
      json: Json;
      tiers: Json[];
      firstRow: Map<FeeColumn, string | number | undefined>;
      index: number;
    }[],
    byName: Map<string, (typeof volumes)[number]>,
  ): void {
    const name = values.get('name');
    const key = typeof name === 'string' ? name.toLowerCase() : undefined;
    let volume = key === undefined ? undefined : byName.get(key);
    if (volume === undefined) {
      volume = { json: {}, tiers: [], firstRow: values, index: volumes.length };
      volumes.push(volume);
      if (key !== undefined) byName.set(key, volume);
      const path = ['volumes', volume.index];
      this.sources.set(path, at('name'));
      this.sources.set([...path, 'name'], at('name'));
      volume.json.name = name;
    }
    const path = ['volumes', volume.index];
    // Unit, mode and minimum fee describe the whole volume: given once, repeated identically, or left blank.
    for (const field of [
      'unit',
      'mode',
      'minimumFee',
      'per',
      'gateKpi',
      'gateLevel',
      'gateComparison',
      'fallbackPrice',
      'gatedAbove',
      'minimumQuantity',
      'gateNotEvaluated',
      'tiersPer',
    ] as const) {
      const value = values.get(field);
      if (value === undefined) {
        if (volume.json[field] === undefined) this.sources.set([...path, field], at(field));
        continue;
      }
      if (volume.json[field] === undefined) {
        volume.json[field] = value;
        this.sources.set([...path, field], at(field));
      } else if (volume.json[field] !== value) {
        // A list value is named as its cell shows it (`mois`, not `month`).
        const kind = FEE_COLUMNS.find((c) => c.key === field)?.kind;
        const first =
          kind?.type === 'enum'
            ? enumLabel(kind.list, String(volume.json[field]), this.lang)
            : String(volume.json[field]);
        this.sources.report(at(field), this.problems().volumeConflict(String(name), first));
      }
    }
    const tierPath = [...path, 'tiers', volume.tiers.length];
    this.sources.set(tierPath, at('price'));
    this.sources.set([...tierPath, 'upTo'], at('upTo'));
    this.sources.set([...tierPath, 'unitPrice'], at('price'));
    this.sources.set([...tierPath, 'flatFee'], at('flatFee'));
    this.sources.set([...path, 'tiers'], at('upTo'));
    volume.tiers.push(
      compact({
        upTo: values.get('upTo') ?? null,
        unitPrice: values.get('price'),
        flatFee: values.get('flatFee'),
      }),
    );
  }

  /** Reads the KPI clauses table; `false` when its header could not be read. */
  /**
   * A level typed `35 %` reads as 0.35: the fraction a percent KPI wants, a hundred times too small for a
   * KPI measured in points, minutes or a count. Such a cell is an error there, not a plausible level; so
   * is a tolerance or a baseline typed so (`1%` a band of ±0.01 min), whatever the levels are stated as.
   */
  private percentSigns(row: number, columns: Map<string, { col: number; header: string }>, kpi: Json): void {
    if (typeof kpi.unit !== 'string') return;
    // Levels are fractions under a relative change; a tolerance and a baseline stay in the KPI's unit.
    const keys = kpi.levelChange === 'relative' ? IN_UNIT_ALWAYS : [...KPI_LEVELS, ...IN_UNIT_ALWAYS];
    for (const key of keys) {
      const column = columns.get(key);
      const value = column && cellAt(this.grid, row, column.col);
      if (column === undefined || typeof value !== 'string' || !/%$/.test(value.trim())) continue;
      const problem = this.problems().percentSign(this.problems().describe(value), String(kpi.name ?? ''));
      this.sources.report({ row, col: column.col, header: column.header }, problem);
    }
  }

  /**
   * A bonus-malus rate and a gain share's share are money per unit of the KPI, fractions only when the KPI
   * is itself money: `5%` beside a handle time would be €0.05 a minute.
   */
  private percentRates(row: number, columns: Map<string, { col: number; header: string }>, kpi: Json): void {
    const keys =
      kpi.model === 'bonus-malus' ? ['bonusRate', 'malusRate'] : kpi.model === 'gain-share' ? ['share'] : [];
    for (const key of keys) {
      const column = columns.get(key);
      const value = column && cellAt(this.grid, row, column.col);
      if (column === undefined || typeof value !== 'string' || !value.includes('%')) continue;
      const problem = this.problems().percentRate(this.problems().describe(value), String(kpi.name ?? ''));
      this.sources.report({ row, col: column.col, header: column.header }, problem);
    }
  }

  /** A percent KPI's level typed `0.9%` reads as 0.009: refused as `percentBelowOne.ts` says. */
  private percentsBelowOne(
    row: number,
    columns: Map<string, { col: number; header: string }>,
    kpi: Json,
  ): void {
    // The cells read as decimals hold plain decimal strings; the declared bounds decide the hint.
    const bound = (key: string) => (typeof kpi[key] === 'string' ? dec(kpi[key]) : undefined);
    const range = { unit: 'percent' as const, validMin: bound('validMin'), validMax: bound('validMax') };
    for (const key of IN_KPI_UNIT) {
      const column = columns.get(key);
      const value = kpi[key];
      if (column === undefined || typeof value !== 'string') continue;
      const cell = cellAt(this.grid, row, column.col);
      const problem = percentBelowOneProblem(dec(value), range, cell, this.problems());
      if (problem !== undefined)
        this.sources.report({ row, col: column.col, header: column.header }, problem);
    }
  }

  private readKpis(section: Section): boolean {
    const required = KPI_COLUMNS.filter((c) => c.required).map((c) => c.key);
    const table = this.tableHeader(section, KPI_INDEX, required, (key) => this.text.kpiColumns[key]);
    if (!table) return false;
    const kpis: Json[] = [];
    for (let row = table.row + 1; row < section.end; row++) {
      if (isBlankRow(this.grid, row)) continue;
      const path = ['kpis', kpis.length];
      const kpi: Json = {};
      for (const spec of KPI_COLUMNS) {
        const column = table.columns.get(spec.key);
        const source = column
          ? { row, col: column.col, header: column.header }
          : { row, col: 0, header: this.text.kpiColumns[spec.key] };
        this.sources.set([...path, spec.key], source);
        if (spec.key === 'name') this.sources.set(path, source);
        if (!column) continue;
        const value = this.cell(source, spec.kind);
        if (value !== undefined) kpi[spec.key] = value;
      }
      if (kpi.unit !== 'percent') this.percentSigns(row, table.columns, kpi);
      // A % sign in a Ramp, Level schedule or Ratchet text is the schema's (schema/levels.ts), as in a file.
      if (kpi.unit !== 'currency') this.percentRates(row, table.columns, kpi);
      if (kpi.unit === 'percent') this.percentsBelowOne(row, table.columns, kpi);
      kpis.push(kpi);
    }
    this.json.kpis = kpis;
    return true;
  }
}

/** The fields of a KPI clause stated in the KPI's own unit. */
const IN_KPI_UNIT = [...KPI_LEVELS, ...KPI_RANGE_FIELDS];
/**
 * Terms in the KPI's unit whatever its levels are stated as: its valid range, a neutral band, the value
 * changes start from.
 */
const IN_UNIT_ALWAYS = [...KPI_RANGE_FIELDS, 'tolerance', 'baseline'];

/** The object without its `undefined` fields: a blank cell is an absent field. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** Sets a value at a path, creating objects on the way; with `objectOnly`, only creates them. */
function setPath(target: Json, path: readonly string[], value: unknown, objectOnly = false): void {
  let node = target;
  for (const key of objectOnly ? path : path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  if (!objectOnly) node[path[path.length - 1]] = value;
}
