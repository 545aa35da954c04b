/**
 * The pane's comparison: two contracts of the workbook priced on the same actuals (the first one's Actuals
 * sheet), every invoicing period both can invoice (a monthly contract's invoices added up over the other's
 * quarter: model/compare.ts), side by side with the difference second − first. A
 * value only one of them knows (the hybrid's KPIs, for a fixed-only proposal) is left out for the other.
 */
import { actualsFromSheet, contractFromSheet } from '../contract/fromSheet';
import type { Issue } from '../contract/issues';
import { invoicePeriods } from '../contract/period';
import { actionTexts } from '../i18n/actions';
import { contractChoiceTexts } from '../i18n/contractChoice';
import { modelTexts } from '../i18n/model';
import { formatMoney } from '../i18n/numberFormat';
import { buildInvoice } from '../invoice/buildInvoice';
import { compareSheetPlan } from '../layout/compareSheet';
import { compareWindow, comparisonWindows } from '../model/compare';
import { unknownToEvery, withoutForeignRows } from '../model/foreignRows';
import { decSum } from '../money';
import { ActionError } from './actions';
import type { Lang } from './bridge';
import { contractPairs } from './contractPair';
import { andThen, type MaybePromise } from './maybePromise';
import type { ModelSheetResult } from './modelScenarios';
import type { WorkbookPort } from './workbookPort';

function problems(lang: Lang, issues: readonly Issue[]): never {
  throw new ActionError(actionTexts(lang).contractHasProblems(issues.length, issues[0].message));
}

export function compareContracts(
  port: WorkbookPort,
  first: string,
  second: string,
  lang: Lang,
): MaybePromise<ModelSheetResult> {
  const t = modelTexts(lang);
  if (first === second) throw new ActionError(t.sameContract);
  return andThen(port.sheets(), (sheets) => {
    const pairs = contractPairs(sheets.sheets);
    const [a, b] = [first, second].map((name) => {
      const pair = pairs.find((p) => p.contract === name);
      if (!pair) throw new ActionError(contractChoiceTexts(lang).notAContract(name));
      if (pair.twins) throw new ActionError(contractChoiceTexts(lang).twins(pair.contract, pair.twins));
      return pair;
    });
    if (a.actuals === null)
      throw new ActionError(t.compareWithoutActuals(a.contract, b.contract, b.actuals !== null));
    const actualsSheet = a.actuals;
    return andThen(port.readSheets([a.contract, b.contract, actualsSheet]), ([gridA, gridB, gridActuals]) => {
      const contracts = [
        contractFromSheet(gridA ?? [], { sheet: a.contract, lang }),
        contractFromSheet(gridB ?? [], { sheet: b.contract, lang }),
      ].map((read) => (read.ok ? read.value : problems(lang, read.issues)));
      const [one, two] = contracts;
      if (one.currency !== two.currency)
        throw new ActionError(t.currencies(a.contract, one.currency, b.contract, two.currency));
      // A name neither contract knows is said with both one's names, before either reader says its own.
      const labelled = contracts.map((contract, i) => ({ contract, label: [a, b][i].contract }));
      const unknown = unknownToEvery(gridActuals ?? [], labelled, actualsSheet, lang);
      if (unknown.length > 0) throw new ActionError(t.modelProblems(unknown.map((i) => i.message)));
      const actuals = contracts.map((contract, i) => {
        const other = contracts[1 - i];
        const grid = withoutForeignRows(gridActuals ?? [], contract, [other]);
        const read = actualsFromSheet(grid, contract, { sheet: actualsSheet, lang });
        return read.ok ? read.value : problems(lang, read.issues);
      });
      const windows = comparisonWindows(
        contracts,
        contracts.map((contract, i) => invoicePeriods(contract, actuals[i])),
        undefined,
        lang,
      );
      if (!windows.ok) throw new ActionError(windows.problem);
      if (windows.windows.length === 0) throw new ActionError(t.noCommonPeriod);
      const rows = windows.windows.map((window) =>
        compareWindow(
          window.name,
          contracts.map((contract, i) =>
            window.periods[i].map((period) => {
              const result = buildInvoice(contract, actuals[i], period);
              if (!result.ok)
                throw new ActionError(
                  actionTexts(lang).invoiceProblems(
                    result.problems.map((p) => t.ofContract([first, second][i], p)),
                  ),
                );
              return result.invoice;
            }),
          ),
        ),
      );
      const labels = [a.contract, b.contract];
      const basis = { kind: 'actuals', source: actualsSheet } as const;
      const plan = compareSheetPlan(labels, one.currency, rows, basis, one.language);
      return andThen(port.paint([{ plan }]), ([sheet]) => ({
        sheet: sheet!,
        message: t.compared(
          sheet!,
          first,
          second,
          rows.length,
          formatMoney(decSum(rows.map((r) => r.difference)), one.currency, lang),
        ),
      }));
    });
  });
}
