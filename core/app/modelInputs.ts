/**
 * What the pane's modelling actions share: the numbers the user typed (read in the pane's language, an
 * error naming the field otherwise), the values a curve or an exposure holds (a period of the actuals or
 * a named row of a Scenarios sheet), and the Scenarios sheet read back.
 */
import type { ModelBasis } from '../i18n/modelSheets';
import { readNumberText } from '../contract/numberText';
import type { Actuals, Contract } from '../contract/types';
import { modelTexts } from '../i18n/model';
import { scenarioOfPeriod, type PricingPlace, type Scenario, type ScenarioValues } from '../model/scenario';
import { scenarioHeaderRow, scenariosFromGrid } from '../model/scenariosGrid';
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
  /** The engine's problems at these values; a scenario's say its sheet, row and name (what it lacks is its to add). */
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

/** Every scenario of a sheet, read against the contract, or an ActionError naming the first bad cell. */
export function scenariosOf(
  grid: Grid | null,
  sheet: string,
  contract: Contract,
  lang: Lang,
): readonly Scenario[] {
  const t = modelTexts(lang);
  if (!grid) throw new ActionError(t.notAScenarioSheet(sheet));
  const read = scenariosFromGrid(grid, contract, sheet, lang);
  if (!read.ok) {
    const [first] = read.problems;
    throw new ActionError(read.problems.length === 1 ? first : t.sheetProblems(read.problems.length, first));
  }
  return read.scenarios;
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
    const scenarios = scenariosOf(grid ?? null, base.sheet, contract, lang);
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
      // One scenario a row under the header (the reader refuses a row without a name); rows 1-based.
      problems: (problems) => {
        const row = scenarioHeaderRow(grid!) + index + 2;
        return problems.map((p) => t.ofScenarioRow(base.sheet, row, found.name, p));
      },
    };
  });
}
