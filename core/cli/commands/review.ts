import { invoicesOf } from '../../control/batch';
import { performanceReview, type Review } from '../../control/review';
import { cliTexts } from '../../i18n/cli';
import { RATIO_DECIMALS } from '../../invoice/shownRatio';
import { performanceSheetPlan } from '../../layout/performanceSheet';
import { minorUnitDigits } from '../../money';
import { workbookBuffer } from '../../xlsx/writeWorkbook';
import { requiredOption, stringOption } from '../args';
import { usageError } from '../cliError';
import type { Command } from '../command';
import type { ExitCode } from '../io';
import { inputProblems, readInputs } from '../inputs';
import { checkOutputFile, writeFileAtomic } from '../outputFile';
import { checkPeriodSpelling, periodsNamed, requiredPeriod, splitPeriodRange } from '../periodArgs';
import { shownPath } from '../shown';

const USAGE =
  'usage: outcome-fees review --contract FILE.json|FILE.xlsx --actuals FILE.csv|FILE.xlsx --period YYYY-MM..YYYY-MM|YYYY-Qn..YYYY-Qn [-o FILE.xlsx | --json]';

/**
 * The review as JSON: decimals as strings, amounts in the currency's minor unit as the invoice JSON writes
 * them, scores to a millionth as invoices print ratios.
 */
function reviewJson(review: Review, currency: string): unknown {
  return {
    rows: review.rows.map((r) => ({
      kpi: r.kpi.name,
      invoice: r.invoice,
      month: r.month,
      // An aggregated KPI's actual is formed over its window, as in the invoice JSON's evidence.
      ...(r.aggregate ? { aggregation: r.aggregate.kind, window: r.aggregate.window } : {}),
      // A month excluded without a value measured nothing; a clause not evaluated says why.
      actual: r.actual?.toFixed() ?? null,
      ...(r.notEvaluated !== undefined ? { notEvaluated: r.notEvaluated } : {}),
      level: r.level?.toFixed() ?? null,
      outcome: r.outcome,
      status: r.status,
      amount: r.amount.toFixed(minorUnitDigits(currency)),
    })),
    misses: review.misses.map((m) => ({ kpi: m.kpi.name, evaluated: m.evaluated, missed: m.missed })),
    achievement: review.achievement.map((a) => ({
      invoice: a.invoice,
      period: a.period,
      // Six decimals, as invoices print a ratio: exact for a score with no more digits (0.5 is "0.500000").
      score: a.score.toFixed(RATIO_DECIMALS),
    })),
    // The invoices' caps and earnbacks over the range: the rows' amounts are each clause's before them.
    caps: review.caps.map((c) => ({ kind: c.kind, amount: c.amount.toFixed(minorUnitDigits(currency)) })),
  };
}

/**
 * `outcome-fees review`: the supplier performance review over a range of periods (the buyer's quarterly
 * business review): a Performance sheet, or its figures as JSON, all read from the range's invoices.
 */
export const reviewCommand: Command = {
  usage: USAGE,
  options: {
    contract: { type: 'string' },
    actuals: { type: 'string' },
    period: { type: 'string' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
  },
  maxPositionals: 0,
  run: async (args, io): Promise<ExitCode> => {
    checkPeriodSpelling(args, ['period'], USAGE);
    const contractFile = requiredOption(args, 'contract', USAGE);
    const actualsFile = requiredOption(args, 'actuals', USAGE);
    const period = requiredPeriod(args, 'period', USAGE);
    const range = splitPeriodRange(period) ?? { from: period, to: period };
    const out = stringOption(args, 'output');
    if (out !== undefined && args.values.json)
      throw usageError((t) => t.excludeEachOther('-o', '--json'), USAGE);
    const target =
      out === undefined ? undefined : checkOutputFile(out, '.xlsx', [contractFile, actualsFile], USAGE);

    const inputs = await readInputs(contractFile, actualsFile, io);
    if (!inputs.contract.ok) {
      io.err(inputProblems(inputs).join('\n'));
      return 1;
    }
    const contract = inputs.contract.value;
    const periods = periodsNamed(contract, range);
    if (!periods.ok) {
      io.err(periods.problem);
      return 1;
    }
    const run = invoicesOf(contract, inputs.actualsInput, periods.periods);
    if (!run.ok) {
      // As a range of invoices says it: no review.xlsx to look for.
      const t = cliTexts(contract.language);
      const closing =
        target &&
        t.nothingWritten(
          shownPath(target),
          run.problems.length,
          t.batchProblems(run.problems.length, undefined),
        );
      io.err([...run.problems, ...(closing ? [closing] : [])].join('\n'));
      return 1;
    }
    if (contract.kpis.length === 0) {
      io.err(`${inputs.contractSource}: ${cliTexts(contract.language).noKpiToReview}`);
      return 1;
    }
    const review = performanceReview(run.invoices);
    if (target === undefined) {
      io.out(JSON.stringify(reviewJson(review, contract.currency), null, 2));
      return 0;
    }
    await writeFileAtomic(target, await workbookBuffer([performanceSheetPlan(review, run.invoices)]), io.fs);
    const missed = review.misses.reduce((n, m) => n + m.missed, 0);
    const t = cliTexts(contract.language);
    io.out(t.wrote(shownPath(target), t.reviewWritten(review.misses.length, run.invoices.length, missed)));
    return 0;
  },
};
