/**
 * The Scenarios sheet from the pane: made from the contract and its actuals history (worst, expected, best,
 * see model/prefill.ts), live in Excel (CONTRACTFEE formulas over the Contract sheet's cells, when the port
 * names the function) and values only elsewhere; listed by name for the other actions; and repriced: the
 * edited sheet read back and priced by the engine onto a new sheet. Nothing existing is written.
 */
import type { Grid } from '../contract/sheet/cells';
import { modelSheetTexts } from '../i18n/modelSheets';
import { modelTexts } from '../i18n/model';
import { formatMoney } from '../i18n/numberFormat';
import type { Invoice } from '../invoice/types';
import { quotedSheetName } from '../layout/a1';
import { absoluteA1, editableScenariosSheetPlan } from '../layout/editableScenariosSheet';
import { scenariosSheetPlan } from '../layout/scenariosSheet';
import { prefilledScenarios } from '../model/prefill';
import { priceScenario, type Scenario } from '../model/scenario';
import type { Contract } from '../contract/types';
import { ActionError, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import { priceOnSheet, scenarioNames, scenariosOf } from './modelInputs';
import type { WorkbookPort } from './workbookPort';

/** What a modelling action wrote. */
export interface ModelSheetResult {
  /** Name of the new sheet. */
  readonly sheet: string;
  readonly message: string;
}

/** What `createScenarios` wrote: `live` when its totals are formulas the host recalculates. */
export interface ScenariosResult extends ModelSheetResult {
  readonly live: boolean;
}

/** Each prefilled scenario's invoice, or an ActionError naming the scenario (it is on no sheet yet). */
function priceAll(contract: Contract, scenarios: readonly Scenario[], lang: Lang): Invoice[] {
  const t = modelTexts(lang);
  return scenarios.map((scenario) => {
    const result = priceScenario(contract, scenario.values);
    if (!result.ok)
      throw new ActionError(t.modelProblems(result.problems.map((p) => t.ofScenario(scenario.name, p))));
    return result.invoice;
  });
}

/**
 * Blank rows the live range takes below the Contract sheet's tables: room for clauses a user adds later,
 * and the blank last row CONTRACTFEE asks for (core/contract/sheet/rangeMargin.ts) so that a clause typed
 * past the room is refused, never left out.
 */
const ROOM_BELOW = 20;

/** The Contract sheet's cells as an absolute reference, a blank column and `ROOM_BELOW` rows past them. */
export function contractRange(sheet: string, grid: Grid): string {
  const rows = Math.max(1, grid.length) + ROOM_BELOW;
  const cols = Math.max(1, ...grid.map((row) => row.length)) + 1;
  return `${quotedSheetName(sheet)}!$A$1:${absoluteA1(rows - 1, cols - 1)}`;
}

export function createScenarios(
  port: WorkbookPort,
  lang: Lang,
  picked?: string,
): MaybePromise<ScenariosResult> {
  const fn = port.contractFeeFunction;
  return andThen(readWorkbook(port, lang, picked), (read) => {
    const { contract, actuals } = usableInputs(read, lang);
    const scenarios = prefilledScenarios(contract, actuals);
    const priced = priceAll(contract, scenarios, lang);
    // Live totals reference the Contract sheet's cells: its extent is read once more, only then.
    const extent: MaybePromise<readonly (Grid | null)[]> = fn ? port.readSheets([read.contractSheet]) : [];
    return andThen(extent, ([grid]) => {
      const live = fn && grid ? { fn, contractRange: contractRange(read.contractSheet, grid), priced } : null;
      const plan = editableScenariosSheetPlan(contract, scenarios, live);
      const t = modelTexts(lang);
      return andThen(port.paint([{ plan }]), ([sheet]) => {
        const totals = scenarios
          .map((s, i) => `${s.name} ${formatMoney(priced[i].total, contract.currency, lang)}`)
          .join(', ');
        return {
          sheet: sheet!,
          live: live !== null,
          message: live ? t.scenariosLive(sheet!) : t.scenariosFrozen(sheet!, totals),
        };
      });
    });
  });
}

export function listScenarios(
  port: WorkbookPort,
  sheet: string,
  lang: Lang,
): MaybePromise<readonly string[]> {
  return andThen(port.readSheets([sheet]), ([grid]) => scenarioNames(grid ?? null, sheet, lang));
}

export function repriceScenarios(
  port: WorkbookPort,
  sheet: string,
  lang: Lang,
  picked?: string,
): MaybePromise<ModelSheetResult> {
  return andThen(readWorkbook(port, lang, picked), (read) => {
    const { contract } = usableInputs(read, lang);
    return andThen(port.readSheets([sheet]), ([grid]) => {
      const read = scenariosOf(grid ?? null, sheet, contract, lang);
      const { scenarios } = read;
      const priced = scenarios.map((_, i) => priceOnSheet(read, i, contract, lang));
      const plan = {
        ...scenariosSheetPlan(
          contract,
          scenarios.map((scenario, i) => ({ scenario, invoice: priced[i] })),
        ),
        name: modelSheetTexts(contract.language).pricedScenariosName,
      };
      return andThen(port.paint([{ plan }]), ([made]) => ({
        sheet: made!,
        message: modelTexts(lang).repriced(made!, scenarios.length),
      }));
    });
  });
}
