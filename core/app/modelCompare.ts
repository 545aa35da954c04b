/**
 * The pane's comparison: two contracts of the workbook priced on the same values, as the command line's
 * `compare` offers them: the first one's actuals (its Actuals sheet), every invoicing period both can
 * invoice (a monthly contract's invoices added up over the other's quarter: model/compare.ts) or the one
 * period chosen; or every scenario of a Scenarios sheet. Side by side with the difference second − first.
 * A value only one of them knows (the hybrid's KPIs, for a fixed-only proposal) is left out for the other.
 */
import { actualsFromSheet, contractFromSheet } from '../contract/fromSheet';
import type { Issue } from '../contract/issues';
import { invoicePeriods } from '../contract/period';
import { periodNameOf } from '../contract/periodNames';
import type { Grid } from '../contract/sheet/cells';
import type { Actuals, Contract } from '../contract/types';
import { periodsInRange } from '../control/batch';
import { actionTexts } from '../i18n/actions';
import { contractChoiceTexts } from '../i18n/contractChoice';
import { modelTexts } from '../i18n/model';
import type { ComparisonBasis } from '../i18n/modelSheets';
import { formatMoney } from '../i18n/numberFormat';
import { buildInvoice } from '../invoice/buildInvoice';
import { compareSheetPlan } from '../layout/compareSheet';
import {
  compareRow,
  compareWindow,
  comparisonWindows,
  scenarioFrequencyProblem,
  type ComparisonRow,
} from '../model/compare';
import { unknownToEvery, withoutForeignRows } from '../model/foreignRows';
import { scenariosFromGrid } from '../model/scenariosGrid';
import { compareForecast, type ForecastComparison } from '../model/compareForecast';
import { decSum, type Dec } from '../money';
import { rowsTotal } from '../i18n/modelNotes';
import { ActionError } from './actions';
import type { Lang } from './bridge';
import { contractPairs, type ContractPair } from './contractPair';
import { andThen, type MaybePromise } from './maybePromise';
import { firstOf, priceOnSheet } from './modelInputs';
import { forecastMonths, forecastNumbers, type ForecastRequest } from './modelForecast';
import type { ModelSheetResult } from './modelScenarios';
import type { WorkbookPort } from './workbookPort';

/**
 * What the two contracts are priced on: every period both invoice in the first one's actuals, one period
 * of them (`YYYY-MM`), or each scenario of a Scenarios sheet.
 */
export type CompareBasis =
  | { readonly kind: 'actuals' }
  | { readonly kind: 'period'; readonly period: string }
  | { readonly kind: 'scenarios'; readonly sheet: string }
  | ForecastOn;

/** A forecast from the first one's actuals, as the Forecast fields give it (as typed). */
export interface ForecastOn extends Pick<ForecastRequest, 'firstMonth' | 'months' | 'simulations' | 'seed'> {
  readonly kind: 'forecast';
}

function problems(lang: Lang, issues: readonly Issue[]): never {
  throw new ActionError(actionTexts(lang).contractHasProblems(issues.length, issues[0].message));
}

/** The rows compared and what they are: both contracts read, and the grid of the basis' sheet. */
interface Compared {
  readonly contracts: readonly Contract[];
  readonly pairs: readonly ContractPair[];
  readonly grid: Grid;
  readonly lang: Lang;
}

/** The first contract's actuals read for each contract, the rows of the other's measures left out. */
function actualsOf(at: Compared, sheet: string): Actuals[] {
  const { contracts, pairs, grid, lang } = at;
  // A name neither contract knows is said with both one's names, before either reader says its own.
  const labelled = contracts.map((contract, i) => ({ contract, label: pairs[i].contract }));
  const unknown = unknownToEvery(grid, labelled, sheet, lang);
  if (unknown.length > 0)
    throw new ActionError(modelTexts(lang).modelProblems(unknown.map((i) => i.message)));
  return contracts.map((contract, i) => {
    const read = actualsFromSheet(withoutForeignRows(grid, contract, [contracts[1 - i]]), contract, {
      sheet,
      lang,
    });
    return read.ok ? read.value : problems(lang, read.issues);
  });
}

/** Rows of periods of the first contract's actuals: every one both invoice, or `only`. */
function periodRows(at: Compared, sheet: string, only: string | undefined): ComparisonRow[] {
  const { contracts, pairs, lang } = at;
  const t = modelTexts(lang);
  const actuals = actualsOf(at, sheet);
  const windows = comparisonWindows(
    contracts,
    contracts.map((contract, i) => invoicePeriods(contract, actuals[i])),
    only,
    lang,
  );
  if (!windows.ok) throw new ActionError(windows.problem);
  if (windows.windows.length === 0) throw new ActionError(t.noCommonPeriod);
  return windows.windows.map((window) =>
    compareWindow(
      window.name,
      contracts.map((contract, i) =>
        window.periods[i].map((period) => {
          const result = buildInvoice(contract, actuals[i], period);
          if (!result.ok)
            throw new ActionError(
              actionTexts(lang).invoiceProblems(
                result.problems.map((p) => t.ofContract(pairs[i].contract, p)),
              ),
            );
          return result.invoice;
        }),
      ),
    ),
  );
}

/**
 * Rows of a forecast's periods, as the command line's `compare --from --to`: both contracts priced on the
 * same seeded draws from the first one's actuals, each row a period's mean invoices. The months are the
 * Forecast fields' (the First month blank: after the latest actuals), whole periods of both contracts.
 */
function forecastRows(
  at: Compared,
  sheet: string,
  firstMonth: string,
  { months, simulations, seed }: ReturnType<typeof forecastNumbers>,
): ForecastComparison {
  const { contracts, pairs, lang } = at;
  const t = modelTexts(lang);
  const actuals = actualsOf(at, sheet);
  const { from, to } = forecastMonths(contracts[0], actuals[0], firstMonth, months, lang);
  contracts.forEach((contract, i) => {
    const range = periodsInRange(contract, from, to, lang);
    if (!range.ok) throw new ActionError(t.ofContract(pairs[i].contract, range.problem));
  });
  const labels = pairs.map((p) => p.contract);
  const options = { from, to, simulations, seed, declared: [] };
  const result = compareForecast(contracts, actuals, options, labels, lang, rowsTotal(lang));
  if (!result.ok) throw new ActionError(t.modelProblems(result.problems));
  if (result.comparison.rows.length === 0) throw new ActionError(t.noCommonPeriod);
  return result.comparison;
}

/**
 * Rows of the scenarios of a Scenarios sheet, read against each contract: a column only the other one
 * has is left out for it (a proposal's measures added to the current contract's sheet); one neither has
 * is said. Scenarios compare only across contracts invoicing at one frequency, as on the command line.
 */
function scenarioRows(
  at: Compared,
  sheet: string,
): { rows: ComparisonRow[]; pricedAs: { contract: string; period: string }[] } {
  const { contracts, pairs, grid, lang } = at;
  const t = modelTexts(lang);
  const frequencies = scenarioFrequencyProblem(contracts, lang);
  if (frequencies !== undefined) throw new ActionError(frequencies);
  const reads = contracts.map((contract, i) => {
    const read = scenariosFromGrid(grid, contract, sheet, lang, [contracts[1 - i]]);
    if (!read.ok) throw new ActionError(firstOf(read.problems, lang));
    return read;
  });
  // One sheet read twice: the same rows, the same scenarios, in the same order.
  const invoices = reads[0].scenarios.map((_, s) =>
    contracts.map((contract, i) => {
      try {
        return priceOnSheet(reads[i], s, contract, lang);
      } catch (error) {
        if (!(error instanceof ActionError)) throw error;
        throw new ActionError(t.ofContract(pairs[i].contract, error.message));
      }
    }),
  );
  // Each contract prices them as its first invoice closing every KPI: the sheet says which (a proposal
  // evaluating a KPI each quarter prices them as March, the contract as January).
  const pricedAs = contracts.map((contract, i) => ({
    contract: pairs[i].contract,
    // A sheet without scenarios is refused by its reader: there is a first one.
    period: periodNameOf(contract, invoices[0][i].period),
  }));
  return {
    rows: reads[0].scenarios.map((scenario, s) => compareRow(scenario.name, invoices[s])),
    pricedAs,
  };
}

export function compareContracts(
  port: WorkbookPort,
  first: string,
  second: string,
  lang: Lang,
  on: CompareBasis = { kind: 'actuals' },
): MaybePromise<ModelSheetResult> {
  const t = modelTexts(lang);
  if (first === second) throw new ActionError(t.sameContract);
  // A forecast's fields typed wrong are said before the workbook is read, as Forecast says them.
  const numbers = on.kind === 'forecast' ? forecastNumbers(on, lang) : undefined;
  return andThen(port.sheets(), (sheets) => {
    const all = contractPairs(sheets.sheets);
    const pairs = [first, second].map((name) => {
      const pair = all.find((p) => p.contract === name);
      if (!pair) throw new ActionError(contractChoiceTexts(lang).notAContract(name));
      if (pair.twins) throw new ActionError(contractChoiceTexts(lang).twins(pair.contract, pair.twins));
      return pair;
    });
    const [a, b] = pairs;
    let source: string;
    if (on.kind === 'scenarios') source = on.sheet;
    else if (a.actuals === null)
      throw new ActionError(t.compareWithoutActuals(a.contract, b.contract, b.actuals !== null));
    else source = a.actuals;
    return andThen(port.readSheets([a.contract, b.contract, source]), ([gridA, gridB, grid]) => {
      const contracts = [
        contractFromSheet(gridA ?? [], { sheet: a.contract, lang }),
        contractFromSheet(gridB ?? [], { sheet: b.contract, lang }),
      ].map((read) => (read.ok ? read.value : problems(lang, read.issues)));
      const [one, two] = contracts;
      if (one.currency !== two.currency)
        throw new ActionError(t.currencies(a.contract, one.currency, b.contract, two.currency));
      if (on.kind === 'scenarios' && grid === null) throw new ActionError(t.notAScenarioSheet(source));
      const at: Compared = { contracts, pairs, grid: grid ?? [], lang };
      const forecast =
        on.kind === 'forecast' && numbers !== undefined
          ? forecastRows(at, source, on.firstMonth ?? '', numbers)
          : undefined;
      const scenarios = on.kind === 'scenarios' ? scenarioRows(at, source) : undefined;
      const rows =
        forecast?.rows ??
        scenarios?.rows ??
        periodRows(at, source, on.kind === 'period' ? on.period : undefined);
      const labels = [a.contract, b.contract];
      const money = (d: Dec) => formatMoney(d, one.currency, lang);
      const difference = money(decSum(rows.map((r) => r.difference)));
      let basis: ComparisonBasis;
      let said: (sheet: string) => string;
      if (forecast !== undefined && numbers !== undefined) {
        const { simulations, seed } = numbers;
        basis = { kind: 'forecast', source, simulations, seed, declared: [] };
        const spread = forecast.difference;
        said = (sheet) =>
          t.comparedForecast(
            sheet,
            first,
            second,
            rows.length,
            difference,
            money(spread.p10),
            money(spread.p90),
          );
      } else {
        const kind = scenarios ? 'scenarios' : 'actuals';
        basis = scenarios
          ? { kind: 'scenarios', source, pricedAs: scenarios.pricedAs }
          : { kind: 'actuals', source };
        said = (sheet) => t.compared(sheet, first, second, rows.length, difference, kind);
      }
      const plan = compareSheetPlan(labels, one.currency, rows, basis, one.language, forecast?.difference);
      return andThen(port.paint([{ plan }]), ([sheet]) => ({ sheet: sheet!, message: said(sheet!) }));
    });
  });
}
