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
import type { Grid } from '../contract/sheet/cells';
import type { Contract } from '../contract/types';
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
import { decSum } from '../money';
import { ActionError } from './actions';
import type { Lang } from './bridge';
import { contractPairs, type ContractPair } from './contractPair';
import { andThen, type MaybePromise } from './maybePromise';
import { firstOf, priceOnSheet } from './modelInputs';
import type { ModelSheetResult } from './modelScenarios';
import type { WorkbookPort } from './workbookPort';

/**
 * What the two contracts are priced on: every period both invoice in the first one's actuals, one period
 * of them (`YYYY-MM`), or each scenario of a Scenarios sheet.
 */
export type CompareBasis =
  | { readonly kind: 'actuals' }
  | { readonly kind: 'period'; readonly period: string }
  | { readonly kind: 'scenarios'; readonly sheet: string };

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

/** Rows of periods of the first contract's actuals: every one both invoice, or `only`. */
function periodRows(at: Compared, sheet: string, only: string | undefined): ComparisonRow[] {
  const { contracts, pairs, grid, lang } = at;
  const t = modelTexts(lang);
  // A name neither contract knows is said with both one's names, before either reader says its own.
  const labelled = contracts.map((contract, i) => ({ contract, label: pairs[i].contract }));
  const unknown = unknownToEvery(grid, labelled, sheet, lang);
  if (unknown.length > 0) throw new ActionError(t.modelProblems(unknown.map((i) => i.message)));
  const actuals = contracts.map((contract, i) => {
    const read = actualsFromSheet(withoutForeignRows(grid, contract, [contracts[1 - i]]), contract, {
      sheet,
      lang,
    });
    return read.ok ? read.value : problems(lang, read.issues);
  });
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
 * Rows of the scenarios of a Scenarios sheet, read against each contract: a column only the other one
 * has is left out for it (a proposal's measures added to the current contract's sheet); one neither has
 * is said. Scenarios compare only across contracts invoicing at one frequency, as on the command line.
 */
function scenarioRows(at: Compared, sheet: string): ComparisonRow[] {
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
  return reads[0].scenarios.map((scenario, s) =>
    compareRow(
      scenario.name,
      contracts.map((contract, i) => {
        try {
          return priceOnSheet(reads[i], s, contract, lang);
        } catch (error) {
          if (!(error instanceof ActionError)) throw error;
          throw new ActionError(t.ofContract(pairs[i].contract, error.message));
        }
      }),
    ),
  );
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
      const rows =
        on.kind === 'scenarios'
          ? scenarioRows(at, source)
          : periodRows(at, source, on.kind === 'period' ? on.period : undefined);
      const labels = [a.contract, b.contract];
      const basis: ComparisonBasis = { kind: on.kind === 'scenarios' ? 'scenarios' : 'actuals', source };
      const plan = compareSheetPlan(labels, one.currency, rows, basis, one.language);
      return andThen(port.paint([{ plan }]), ([sheet]) => ({
        sheet: sheet!,
        message: t.compared(
          sheet!,
          first,
          second,
          rows.length,
          formatMoney(decSum(rows.map((r) => r.difference)), one.currency, lang),
          basis.kind,
        ),
      }));
    });
  });
}
