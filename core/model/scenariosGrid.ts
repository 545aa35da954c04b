/**
 * The scenarios of an edited Scenarios sheet (see layout/editableScenariosSheet.ts), read back strictly:
 * the header row is the one whose column A says `Scenario`; every header after it is a measure of the
 * contract (hours, a volume, a KPI, case ignored) or a totals column; rows follow until the first blank
 * one. An unknown or repeated header, a blank or repeated name, a blank, non-numeric, negative or
 * out-of-range value is a problem naming its cell and column: never a guess, never a zero. Read for a
 * comparison, a column of another compared contract's measure is no unknown header, only not this one's.
 */
import {
  cellText,
  errorCode,
  isBlank,
  isBlankRow,
  readDecimalCell,
  type Grid,
} from '../contract/sheet/cells';
import { countKpiProblem, fractionProblem } from '../contract/countUnits';
import type { Contract } from '../contract/types';
import { namedItem } from '../contract/nameMatch';
import { rangeProblem } from '../contract/validRange';
import { contractText } from '../i18n/contract';
import { modelTexts } from '../i18n/model';
import { a1 } from '../layout/a1';
import {
  isScenarioHeader,
  isTotalHeader,
  scenarioMeasures,
  type ScenarioMeasure,
} from '../layout/editableScenariosSheet';
import { dec, type Dec } from '../money';
import type { Language } from '../contract/types';
import type { Scenario } from './scenario';

/**
 * Where the sheet holds each scenario's values (0-based rows and columns), so that what the engine then
 * refuses is said on its cell: `rows[i]` is scenario i's row, `columns` each measure's column (by
 * `measureKey`), `freeColumn` the first column right of the headers, `totalsColumn` the first of the live
 * totals (Subtotal, VAT, Total) when the sheet has them: a missing measure's column goes in the first, or
 * is inserted among the measures left of the second, inside the range the live CONTRACTFEE formulas read.
 */
export interface ScenarioCells {
  readonly sheet: string;
  readonly header: number;
  readonly rows: readonly number[];
  readonly columns: ReadonlyMap<string, number>;
  readonly freeColumn: number;
  readonly totalsColumn?: number;
}

export type ScenariosRead =
  | { readonly ok: true; readonly scenarios: readonly Scenario[]; readonly cells: ScenarioCells }
  | { readonly ok: false; readonly problems: readonly string[] };

/** A measure's key in `ScenarioCells.columns`: hours have the name ''. */
export function measureKey(kind: ScenarioMeasure['kind'], name: string): string {
  return `${kind}|${name}`;
}

/** The row of the Scenarios table's header (column A says `Scenario` or `Scénario`), -1 when the grid has none. */
export function scenarioHeaderRow(grid: Grid): number {
  return grid.findIndex((row) => isScenarioHeader(cellText(row[0])));
}

export function scenariosFromGrid(
  grid: Grid,
  contract: Contract,
  sheet: string,
  lang: Language,
  /** Contracts compared with this one: a column of their measures, not of this one's, is left out here. */
  others: readonly Contract[] = [],
): ScenariosRead {
  const t = modelTexts(lang);
  const p = contractText(lang).problems;
  const header = scenarioHeaderRow(grid);
  if (header < 0) return { ok: false, problems: [t.notAScenarioSheet(sheet)] };
  const ref = (row: number, col: number) => `${sheet}!${a1(row, col)}`;
  const problems: string[] = [];
  const measures = scenarioMeasures(contract);
  const theirs = others.flatMap((o) => scenarioMeasures(o));
  const columns: { col: number; measure: ScenarioMeasure }[] = [];
  const headers = grid[header];
  let col = 1;
  let totalsColumn: number | undefined;
  for (; col < headers.length && !isBlank(headers[col]); col++) {
    const text = cellText(headers[col]);
    // A measure first: a KPI named "Total" is read, never skipped as the totals column.
    const measure = namedItem(measures, (m) => m.header, text);
    if (!measure && isTotalHeader(text)) {
      totalsColumn ??= col;
      continue;
    }
    if (!measure && namedItem(theirs, (m) => m.header, text)) continue;
    if (!measure)
      problems.push(
        t.unknownColumn(ref(header, col), text, [...new Set([...measures, ...theirs].map((m) => m.header))]),
      );
    else if (columns.some((c) => c.measure === measure))
      problems.push(t.repeatedColumn(ref(header, col), text));
    else columns.push({ col, measure });
  }

  const freeColumn = col;
  // Typed past the table's edges, a header, a value or a row would not be read: said, never dropped.
  const stray = (row: number) => grid[row].findIndex((cell, c) => c >= freeColumn && !isBlank(cell));
  const gapped = stray(header);
  if (gapped >= 0)
    problems.push(t.headerAfterGap(ref(header, gapped), cellText(headers[gapped]), a1(header, freeColumn)));
  const scenarios: Scenario[] = [];
  const rows: number[] = [];
  let row = header + 1;
  for (; row < grid.length && !isBlankRow(grid, row); row++) {
    const unheaded = stray(row);
    if (unheaded >= 0 && unheaded !== gapped)
      problems.push(t.valueWithoutHeader(ref(row, unheaded), a1(header, unheaded)));
    const name = cellText(grid[row][0]);
    if (name === '') problems.push(t.blankScenarioName(ref(row, 0)));
    else if (scenarios.some((s) => s.name === name)) problems.push(t.repeatedScenario(ref(row, 0), name));
    const kpis = new Map<string, Dec>();
    const volumes = new Map<string, Dec>();
    let hours: Dec | undefined;
    for (const { col, measure } of columns) {
      const value = readValue(grid[row][col], ref(row, col), measure, contract, lang, problems, p);
      if (value === undefined) continue;
      if (measure.kind === 'hours') hours = value;
      else (measure.kind === 'kpi' ? kpis : volumes).set(measure.name, value);
    }
    if (name === '') continue;
    scenarios.push({ name, values: { kpis, volumes, ...(hours !== undefined ? { hours } : {}) } });
    rows.push(row);
  }
  // Below the blank row, up to another table (a priced sheet's lines), every row is one the user typed.
  for (let below = row + 1; below < grid.length && !isScenarioHeader(cellText(grid[below][0])); below++) {
    const typed = grid[below].findIndex((cell) => !isBlank(cell));
    if (typed >= 0) problems.push(t.rowBelowTable(ref(below, typed), row + 1));
  }
  if (problems.length === 0 && scenarios.length === 0) problems.push(t.noScenario(sheet));
  if (problems.length > 0) return { ok: false, problems };
  const placed = new Map(columns.map((c) => [measureKey(c.measure.kind, c.measure.name), c.col]));
  const cells = {
    sheet,
    header,
    rows,
    columns: placed,
    freeColumn,
    ...(totalsColumn ? { totalsColumn } : {}),
  };
  return { ok: true, scenarios, cells };
}

function readValue(
  cell: Grid[number][number],
  at: string,
  measure: ScenarioMeasure,
  contract: Contract,
  lang: Language,
  problems: string[],
  p: ReturnType<typeof contractText>['problems'],
): Dec | undefined {
  const t = modelTexts(lang);
  const header = measure.header;
  if (isBlank(cell)) return void problems.push(t.blankValue(at, header));
  const error = errorCode(cell);
  if (error !== undefined) return void problems.push(t.outsideRange(at, header, p.errorValue(error)));
  const read = readDecimalCell(cell);
  if (!('value' in read)) {
    if (read.problem === 'ambiguous')
      return void problems.push(t.ambiguousNumber(at, header, p.describe(cell), ...read.readings));
    // Text a spreadsheet wrote for a number too wide for its column: digits lost, said as the Actuals sheet says it.
    if (read.problem === 'scientific')
      return void problems.push(t.outsideRange(at, header, p.scientificNumber(p.describe(cell))));
    return void problems.push(t.notANumber(at, header, p.describe(cell)));
  }
  const value = dec(read.value);
  if (measure.kind === 'kpi') {
    const clause = contract.kpis.find((k) => k.name === measure.name)!;
    const problem = rangeProblem(value, clause, p, cell) ?? countKpiProblem(clause, value, p);
    if (problem !== undefined) return void problems.push(t.outsideRange(at, header, problem));
  } else if (value.isNeg()) return void problems.push(t.negative(at, header));
  else if (measure.kind === 'volume') {
    // A count comes whole (42,500.5 interactions), as the Actuals sheet and CONTRACTFEE hold it.
    const fraction = fractionProblem(contract, measure.name, value, p);
    if (fraction !== undefined) return void problems.push(t.outsideRange(at, header, fraction));
  }
  return value;
}
