/**
 * What the pane's modelling actions share: the numbers the user typed (read in the pane's language, an
 * error naming the field otherwise), the values a curve or an exposure holds (a period of the actuals or
 * a named row of a Scenarios sheet), and the Scenarios sheet read back.
 */
import type { ModelBasis } from '../i18n/modelSheets';
import { readNumberText } from '../contract/numberText';
import type { Actuals, Contract } from '../contract/types';
import { modelTexts } from '../i18n/model';
import type { Invoice } from '../invoice/types';
import type { MissingValue } from '../invoice/context';
import { a1, columnLetters } from '../layout/a1';
import { scenarioMeasures } from '../layout/editableScenariosSheet';
import {
  priceScenario,
  scenarioOfPeriod,
  type PricingPlace,
  type Scenario,
  type ScenarioValues,
} from '../model/scenario';
import { measureKey, scenarioHeaderRow, scenariosFromGrid, type ScenarioCells } from '../model/scenariosGrid';
import { cellText, isBlank, type Grid } from '../contract/sheet/cells';
import { dec, type Dec } from '../money';
import { ActionError } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort } from './workbookPort';

/**
 * The values held by a curve or an exposure: a period of the actuals (the pane's period, the latest one
 * after Check contract), or a named row of a Scenarios sheet.
 */
export type ModelBase =
  | { readonly kind: 'period'; readonly period: string }
  | { readonly kind: 'scenario'; readonly sheet: string; readonly scenario: string };

/** A base resolved: its values, where they are priced, what sheets word (`basis`) and how the pane names it. */
export interface ResolvedBase {
  readonly values: ScenarioValues;
  readonly place: PricingPlace;
  readonly basis: ModelBasis;
  readonly label: string;
  /** The engine's problems at these values; a scenario's are said on its cells of the sheet (`onScenarioCells`). */
  readonly problems: (problems: readonly string[]) => readonly string[];
}

/** A decimal typed in the pane: a decimal point in English, a comma in French; `undefined` when blank. */
export function typedDecimal(text: string, label: string, lang: Lang): Dec | undefined {
  if (text.trim() === '') return undefined;
  const read = readNumberText(text, lang === 'fr' ? 'semicolon-file' : 'comma-file');
  if ('value' in read) return dec(read.value);
  throw new ActionError(modelTexts(lang).badNumberInput(label, text));
}

/** A whole number typed in the pane, within [min, max]. */
export function typedWhole(text: string, label: string, min: number, max: number, lang: Lang): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  throw new ActionError(modelTexts(lang).wholeNumberInput(label, min, max, text));
}

/** The scenario names of a sheet, in row order (column A under the `Scenario` header). */
export function scenarioNames(grid: Grid | null, sheet: string, lang: Lang): string[] {
  const header = grid ? scenarioHeaderRow(grid) : -1;
  if (!grid || header < 0) throw new ActionError(modelTexts(lang).notAScenarioSheet(sheet));
  const names: string[] = [];
  for (let row = header + 1; row < grid.length && !isBlank(grid[row][0]); row++)
    names.push(cellText(grid[row][0]));
  return names;
}

/** The scenarios of a sheet and the cells holding their values. */
export interface SheetScenarios {
  readonly scenarios: readonly Scenario[];
  readonly cells: ScenarioCells;
}

/** Every scenario of a sheet, read against the contract, or an ActionError naming the first bad cell. */
export function scenariosOf(
  grid: Grid | null,
  sheet: string,
  contract: Contract,
  lang: Lang,
): SheetScenarios {
  const t = modelTexts(lang);
  if (!grid) throw new ActionError(t.notAScenarioSheet(sheet));
  const read = scenariosFromGrid(grid, contract, sheet, lang);
  if (!read.ok) throw new ActionError(firstOf(read.problems, lang));
  return read;
}

/** One problem as it is, several counted with the first. */
export function firstOf(problems: readonly string[], lang: Lang): string {
  const [first] = problems;
  return problems.length === 1 ? first : modelTexts(lang).sheetProblems(problems.length, first);
}

/** The measure (its key in `ScenarioCells.columns`) whose value the invoice lacks. */
function missingKey(value: MissingValue): string {
  switch (value.kind) {
    case 'kpi':
    case 'kpi-month':
      return measureKey('kpi', value.name);
    case 'weight':
      return measureKey('volume', value.volume);
    case 'volume':
      return measureKey('volume', value.name);
    case 'hours':
      return measureKey('hours', '');
  }
}

/**
 * The engine's problems with scenario `index` of a sheet, each on its cell: a value the scenario lacks on
 * the cell of its column, or, when the sheet has no such column, on the cell a column added right of the
 * headers (before the live totals, where there are) would give it, and said so; a problem of no one value
 * on the scenario's row. `missing` maps a
 * problem's words to the value it lacks (`priceScenario`'s `noteMissing`).
 */
export function onScenarioCells(
  read: SheetScenarios,
  index: number,
  contract: Contract,
  problems: readonly string[],
  missing: ReadonlyMap<string, MissingValue>,
  lang: Lang,
): string[] {
  const t = modelTexts(lang);
  const { cells } = read;
  const { name } = read.scenarios[index];
  const row = cells.rows[index];
  return problems.map((problem) => {
    const value = missing.get(problem);
    if (!value) return t.ofScenarioRow(cells.sheet, row + 1, name, problem);
    const key = missingKey(value);
    const header = scenarioMeasures(contract).find((m) => measureKey(m.kind, m.name) === key)!.header;
    const given = cells.columns.get(key);
    const at = (r: number, c: number) => `${cells.sheet}!${a1(r, c)}`;
    if (given !== undefined) return t.ofScenarioCell(at(row, given), name, header, problem);
    if (cells.totalsColumn === undefined) {
      const lacking = t.noColumn(problem, header, a1(cells.header, cells.freeColumn));
      return t.ofScenarioCell(at(row, cells.freeColumn), name, header, lacking);
    }
    // Live totals read the measures' range: a column typed after them, or inserted right after that range,
    // would not reach CONTRACTFEE; one inserted before its last column widens it.
    const inside = Math.max(...[...cells.columns.values()].filter((c) => c < cells.totalsColumn!));
    const col = Number.isFinite(inside) ? inside : cells.totalsColumn;
    const lacking = t.noColumnBefore(problem, header, columnLetters(col));
    return t.ofScenarioCell(at(row, col), name, header, lacking);
  });
}

/** A scenario of a sheet priced alone, or an ActionError saying each problem on its cell. */
export function priceOnSheet(read: SheetScenarios, index: number, contract: Contract, lang: Lang): Invoice {
  const missing = new Map<string, MissingValue>();
  const noteMissing = (value: MissingValue, text: string) => missing.set(text, value);
  const result = priceScenario(contract, read.scenarios[index].values, {}, noteMissing);
  if (result.ok) return result.invoice;
  const placed = onScenarioCells(read, index, contract, result.problems, missing, lang);
  throw new ActionError(modelTexts(lang).modelProblems(placed));
}

/** The values `base` holds (reading the Scenarios sheet in one more call when it names a row). */
export function resolveBase(
  port: WorkbookPort,
  base: ModelBase,
  contract: Contract,
  actuals: Actuals,
  lang: Lang,
): MaybePromise<ResolvedBase> {
  const t = modelTexts(lang);
  if (base.kind === 'period') {
    const { period } = base;
    return {
      values: scenarioOfPeriod(contract, actuals, period),
      place: { period, history: actuals, ofActuals: true },
      basis: base,
      label: t.periodBase(period),
      problems: (problems) => problems,
    };
  }
  return andThen(port.readSheets([base.sheet]), ([grid]) => {
    const read = scenariosOf(grid ?? null, base.sheet, contract, lang);
    const { scenarios } = read;
    const index = scenarios.findIndex((s) => s.name === base.scenario);
    const found = scenarios[index];
    if (!found)
      throw new ActionError(
        t.noSuchScenario(
          base.scenario,
          base.sheet,
          scenarios.map((s) => s.name),
        ),
      );
    return {
      values: found.values,
      place: {},
      basis: base,
      label: t.scenarioBase(found.name, base.sheet),
      // What the values lack is learnt by pricing them once more, told each missing value.
      problems: (problems) => {
        const missing = new Map<string, MissingValue>();
        priceScenario(contract, found.values, {}, (value, text) => missing.set(text, value));
        return onScenarioCells(read, index, contract, problems, missing, lang);
      },
    };
  });
}
