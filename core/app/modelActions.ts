/**
 * The task pane's modelling actions (issue 12), written once over a `WorkbookPort`: a live Scenarios sheet
 * and its repricing (modelScenarios.ts), a fee curve with its chart, the exposure of a period or of a
 * scenario, a seeded forecast (modelForecast.ts) and the comparison of two contracts (modelCompare.ts).
 * Each result goes on a new, uniquely named sheet; the contract, actuals and scenarios are only read.
 */
import type { KpiClause } from '../contract/types';
import { contractText } from '../i18n/contract';
import { modelTexts } from '../i18n/model';
import { modelSheetTexts } from '../i18n/modelSheets';
import { formatMoney, formatNumber } from '../i18n/numberFormat';
import { curveSheetPlan } from '../layout/curveSheet';
import { exposureSheetPlan } from '../layout/exposureSheet';
import { exposure } from '../model/exposure';
import { kinkedCurve } from '../model/curveKinks';
import { defaultSpanAt, evenlySpaced } from '../model/feeCurve';
import { rangeProblem } from '../contract/validRange';
import { HOST_DIGITS, type Dec } from '../money';
import { ActionError, invoiceOf, readWorkbook, usableInputs, type ReadWorkbook } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import { compareContracts, type CompareBasis } from './modelCompare';
import { forecastSheet, type ForecastRequest } from './modelForecast';
import { resolveBase, typedDecimal, typedWhole, type ModelBase } from './modelInputs';
import {
  createScenarios,
  listScenarios,
  repriceScenarios,
  type ModelSheetResult,
  type ScenariosResult,
} from './modelScenarios';
import type { WorkbookPort } from './workbookPort';

export type { CompareBasis } from './modelCompare';
export type { ForecastRequest } from './modelForecast';
export type { ModelBase } from './modelInputs';
export type { ModelSheetResult, ScenariosResult } from './modelScenarios';

/** What an exposure found and wrote. */
export interface ExposureSummary {
  /** Name of the new Exposure sheet. */
  readonly sheet: string;
  /** The least and the most invoice total (VAT included), formatted; `null` for an unbounded side. */
  readonly minimum: string | null;
  readonly maximum: string | null;
  /** Why a side is unbounded, one sentence per clause, in the pane's language. */
  readonly unbounded: readonly string[];
  readonly message: string;
}

/** A fee curve as the pane asks for it: numbers as typed (blank From/To: the KPI's span). */
export interface CurveRequest {
  readonly kpi: string;
  readonly from: string;
  readonly to: string;
  readonly steps: string;
  readonly base: ModelBase;
}

/** Points of a curve: enough to show every kink of a template, few enough to read. */
const MAX_STEPS = 201;

export interface ModelActions {
  /** The KPI names of the contract, for the curve's list. */
  listKpis(lang: Lang, contract?: string): MaybePromise<readonly string[]>;
  /** A new Scenarios sheet (worst, expected, best), live where the host has CONTRACTFEE. */
  createScenarios(lang: Lang, contract?: string): MaybePromise<ScenariosResult>;
  /** The scenario names on `sheet`. */
  listScenarios(sheet: string, lang: Lang): MaybePromise<readonly string[]>;
  /** The scenarios of `sheet`, as edited, priced by the engine on a new sheet. */
  repriceScenarios(sheet: string, lang: Lang, contract?: string): MaybePromise<ModelSheetResult>;
  /** The exposure at the volumes and hours of `period`, in its history, on a new sheet. */
  periodExposure(period: string, lang: Lang, contract?: string): MaybePromise<ExposureSummary>;
  /** The exposure at the volumes and hours of a scenario of a Scenarios sheet, on a new sheet. */
  scenarioExposure(
    sheet: string,
    scenario: string,
    lang: Lang,
    contract?: string,
  ): MaybePromise<ExposureSummary>;
  /** The fee curve of one KPI, on a new sheet with its charts. */
  feeCurve(request: CurveRequest, lang: Lang, contract?: string): MaybePromise<ModelSheetResult>;
  /** A seeded forecast of the months after the actuals, on a new sheet with its histogram. */
  forecast(request: ForecastRequest, lang: Lang, contract?: string): MaybePromise<ModelSheetResult>;
  /**
   * Two contracts side by side, on a new sheet: on the first one's actuals (every period both invoice, by
   * default, or one), or on each scenario of a Scenarios sheet.
   */
  compareContracts(
    first: string,
    second: string,
    lang: Lang,
    on?: CompareBasis,
  ): MaybePromise<ModelSheetResult>;
}

function clauseOf(read: ReadWorkbook, name: string, lang: Lang): KpiClause {
  const { contract } = usableInputs(read, lang);
  const clause = contract.kpis.find((k) => k.name === name);
  if (!clause) throw new ActionError(modelTexts(lang).chooseKpi);
  return clause;
}

function exposureAt(
  port: WorkbookPort,
  read: ReadWorkbook,
  base: ModelBase,
  lang: Lang,
): MaybePromise<ExposureSummary> {
  const { contract, actuals } = usableInputs(read, lang);
  const t = modelTexts(lang);
  return andThen(resolveBase(port, base, contract, actuals, lang), (at) => {
    const result = exposure(contract, at.values, at.place);
    if (!result.ok) throw new ActionError(t.modelProblems(at.problems(result.problems)));
    const e = result.exposure;
    const money = (total: Dec | undefined) =>
      total === undefined ? null : formatMoney(total, contract.currency, lang);
    const minimum = money(e.min?.total);
    const maximum = money(e.max?.total);
    return andThen(port.paint([{ plan: exposureSheetPlan(contract, e, at.basis) }]), ([sheet]) => ({
      sheet: sheet!,
      minimum,
      maximum,
      // In the pane's language, as its message (the engine words it in the contract's).
      unbounded: e.unbounded.map((u) =>
        modelSheetTexts(lang).uncapped(
          u.clause,
          u.side,
          contract.kpis.find((k) => k.name === u.clause)?.unit,
          u.end,
        ),
      ),
      message: t.exposure(at.label, minimum, maximum, sheet!),
    }));
  });
}

function curveAt(
  port: WorkbookPort,
  read: ReadWorkbook,
  request: CurveRequest,
  lang: Lang,
): MaybePromise<ModelSheetResult> {
  const t = modelTexts(lang);
  const { contract, actuals } = usableInputs(read, lang);
  const clause = clauseOf(read, request.kpi, lang);
  const typedFrom = typedDecimal(request.from, t.fromLabel, lang);
  const typedTo = typedDecimal(request.to, t.toLabel, lang);
  const steps = typedWhole(request.steps, t.stepsLabel, 2, MAX_STEPS, lang);
  return andThen(resolveBase(port, request.base, contract, actuals, lang), (at) => {
    // The default span follows the levels of the base's period (a baseline of months of the actuals).
    const span = defaultSpanAt(contract, clause, at.values, at.place);
    const [from, to] = [typedFrom ?? span.from, typedTo ?? span.to];
    for (const value of [from, to]) {
      const problem = rangeProblem(value, clause, contractText(lang).problems);
      if (problem !== undefined) throw new ActionError(t.kpiProblem(clause.name, problem));
    }
    // Ends typed the wrong way round are a typing error, as `--from` above `--to` is on the command line.
    if (from.gt(to)) {
      const blank = typedFrom === undefined ? 'from' : typedTo === undefined ? 'to' : undefined;
      const shown = (value: Dec) => formatNumber(value, lang, { max: HOST_DIGITS });
      throw new ActionError(t.fromAboveTo(shown(from), shown(to), blank));
    }
    const curve = kinkedCurve(contract, at.values, clause.name, evenlySpaced(from, to, steps), at.place);
    if (!curve.ok) throw new ActionError(t.modelProblems(at.problems(curve.problems)));
    const plan = curveSheetPlan(contract, clause.name, curve.points, at.basis);
    return andThen(port.paint([{ plan }]), ([sheet]) => ({
      sheet: sheet!,
      message: t.curveMade(clause.name, sheet!, curve.points.length),
    }));
  });
}

export function modelActions(port: WorkbookPort): ModelActions {
  const withRead = <T>(
    lang: Lang,
    contract: string | undefined,
    fn: (read: ReadWorkbook) => MaybePromise<T>,
  ) => andThen(readWorkbook(port, lang, contract), fn);
  return {
    listKpis: (lang, contract) =>
      withRead(lang, contract, (read) => usableInputs(read, lang).contract.kpis.map((k) => k.name)),
    createScenarios: (lang, contract) => createScenarios(port, lang, contract),
    listScenarios: (sheet, lang) => listScenarios(port, sheet, lang),
    repriceScenarios: (sheet, lang, contract) => repriceScenarios(port, sheet, lang, contract),
    periodExposure: (period, lang, contract) =>
      withRead(lang, contract, (read) => {
        // The period must be one the contract can invoice: the same refusals as Generate invoice.
        invoiceOf(read, period, lang);
        return exposureAt(port, read, { kind: 'period', period }, lang);
      }),
    scenarioExposure: (sheet, scenario, lang, contract) =>
      withRead(lang, contract, (read) => exposureAt(port, read, { kind: 'scenario', sheet, scenario }, lang)),
    feeCurve: (request, lang, contract) =>
      withRead(lang, contract, (read) => curveAt(port, read, request, lang)),
    forecast: (request, lang, contract) => forecastSheet(port, request, lang, contract),
    compareContracts: (first, second, lang, on) => compareContracts(port, first, second, lang, on),
  };
}
