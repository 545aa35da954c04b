/**
 * KPI clauses. The input is flat (every level and parameter is an optional field, as in the KPI clauses
 * table); which of them a clause uses is data, `MODEL_RULES`, checked in one place. The output is the
 * discriminated union `KpiClause`, so the engine gets exactly its model's parameters.
 */
import { z } from 'zod';
import { conditionProblems } from '../../i18n/conditions';
import { enumLabel, type ContractProblems } from '../../i18n/contract';
import { HUNDRED, dec, isDec, quotient, type Dec } from '../../money';
import {
  KPI_LEVELS,
  KPI_PARAMS,
  KPI_RANGE_FIELDS,
  KPI_TERMS,
  type KpiLevel,
  type KpiParam,
  type KpiTerm,
} from '../sheetSpec';
import { rangeProblem, validRange, type OutsideRangeParams } from '../validRange';
import { clausePeriodTermChecks } from './periodTerms';
import { NEUTRAL_FEE, REPEATED, SAMPLED, conditionFields, conditionTermChecks } from './conditions';
import { LEVEL_CHANGES } from '../levelTerms';
import {
  levelTermChecks,
  monthsSchema,
  normalizedSchedule,
  rampSchema,
  ratchetSchema,
  scheduleSchema,
  type Place,
} from './levels';
import {
  COMPARISONS,
  DIRECTIONS,
  FREQUENCIES,
  GRADINGS,
  KPI_AGGREGATIONS,
  KPI_MODELS,
  KPI_UNITS,
  type Direction,
  type KpiClause,
  type KpiCommon,
  type KpiModel,
  type Language,
} from '../types';
import {
  FRACTION,
  NON_NEGATIVE,
  POSITIVE,
  containerError,
  decimal,
  hasIssueAt,
  oneOf,
  periodList,
  text,
  type Bounds,
} from './primitives';

/** Whether a model needs a level or parameter; one it does not list is "not used", an error when given. */
export type Use = 'required' | 'optional';

/** What a model uses: its levels, whether it needs a weight, and its parameters. */
export interface ModelRule {
  readonly levels: Partial<Readonly<Record<KpiLevel, Use>>>;
  /** Achievement-share weights are required (they split the variable pay); elsewhere a weight is informative. */
  readonly weight: boolean;
  readonly params: Partial<Readonly<Record<KpiParam, Use>>>;
  /** Terms that are not decimals (`KPI_TERMS`); a model that does not list one refuses it. */
  readonly terms: Partial<Readonly<Record<KpiTerm, Use>>>;
}

/** Any KPI measured monthly may be evaluated over longer periods (schema/periodTerms.ts). */
const AGGREGATED: ModelRule['terms'] = { aggregation: 'optional', aggregationVolume: 'optional' };
/** Any payment may be gated by another KPI. */
const GATED: ModelRule['terms'] = {
  gateKpi: 'optional',
  gateLevel: 'optional',
  gateComparison: 'optional',
  gateNotEvaluated: 'optional',
  activeMonths: 'optional',
  ...AGGREGATED,
};
/** A pass/fail level may be reached (≥) or must be exceeded (>). */
const PASS_FAIL: ModelRule['terms'] = { comparison: 'optional', ...GATED };
/** Levels that move (core/contract/levelTerms.ts): from a baseline, on a ramp or a dated schedule. */
const MOVING: ModelRule['terms'] = {
  baselineMonths: 'optional',
  levelChange: 'optional',
  ramp: 'optional',
  levelSchedule: 'optional',
};
/** A minimum that a ratchet raises each contract year, as well as moving. */
const RATCHETED: ModelRule['terms'] = { ...MOVING, ratchet: 'optional' };
/** The baseline levels are stated from, a parameter of every model with levels (gain-share's own otherwise). */
const BASELINE: ModelRule['params'] = { baseline: 'optional' };

/**
 * The levels and parameters of each model, the one table every reader enforces: a level or parameter a
 * model does not list would be printed in the evidence as if it mattered, so giving one is an error.
 */
export const MODEL_RULES: Readonly<Record<KpiModel, ModelRule>> = {
  threshold: {
    levels: { threshold: 'required' },
    weight: false,
    params: { amount: 'required', ...BASELINE },
    terms: { ...PASS_FAIL, ...RATCHETED, ...NEUTRAL_FEE },
  },
  'bonus-malus': {
    levels: { target: 'required' },
    weight: false,
    params: {
      bonusRate: 'required',
      malusRate: 'required',
      tolerance: 'optional',
      bonusCap: 'optional',
      malusCap: 'optional',
      ...BASELINE,
    },
    terms: { ...GATED, ...MOVING, ...SAMPLED },
  },
  'kpi-score': {
    levels: { threshold: 'required', target: 'required', stretch: 'optional' },
    weight: false,
    params: { amount: 'required', thresholdScore: 'optional', stretchScore: 'optional', ...BASELINE },
    terms: { ...GATED, ...MOVING, ...NEUTRAL_FEE },
  },
  'achievement-share': {
    levels: { target: 'required' },
    weight: true,
    params: { achievementCap: 'optional', ...BASELINE },
    terms: { ...GATED, ...MOVING, ...SAMPLED },
  },
  // The threshold, when given, is the level below which the malus applies (else the target).
  'rate-adjustment': {
    levels: { threshold: 'optional', target: 'required' },
    weight: false,
    params: { bonusRate: 'required', malusRate: 'required', ...BASELINE },
    terms: { ...PASS_FAIL, ...MOVING, grading: 'optional', ...SAMPLED },
  },
  // The target, when given, is the level an earnback expects (else the minimum, `threshold`).
  'sla-credit': {
    levels: { threshold: 'required', target: 'optional' },
    weight: false,
    params: { allocation: 'required', ...BASELINE },
    // Not time-boxed: its earnback reads the months after a credit, which a time box would leave empty.
    terms: { comparison: 'optional', ...RATCHETED, ...AGGREGATED, ...REPEATED },
  },
  'gain-share': {
    levels: {},
    weight: false,
    params: { baseline: 'required', share: 'required', bonusCap: 'optional', floor: 'optional' },
    terms: { ...GATED, ...SAMPLED },
  },
};

/** Bounds of each parameter, whatever the model (model-specific ones are checked in `modelChecks`). */
const PARAM_BOUNDS: Readonly<Record<KpiParam, Bounds>> = {
  amount: NON_NEGATIVE,
  bonusRate: NON_NEGATIVE,
  malusRate: NON_NEGATIVE,
  tolerance: NON_NEGATIVE,
  bonusCap: NON_NEGATIVE,
  malusCap: NON_NEGATIVE,
  thresholdScore: FRACTION,
  stretchScore: { min: dec(1) },
  achievementCap: POSITIVE,
  allocation: { min: dec(0), minExclusive: true, max: dec(1) },
  baseline: {},
  share: NON_NEGATIVE,
  floor: { max: dec(0) },
};

/** Defaults applied to optional parameters, so the engine never meets a missing one. */
const PARAM_DEFAULTS: Partial<Readonly<Record<KpiParam, Dec>>> = {
  tolerance: dec(0),
  thresholdScore: dec(0),
  stretchScore: dec(1),
  achievementCap: dec(1),
};

/** The flat clause as parsed field by field, before model rules apply. */
type FlatClause = Omit<KpiCommon, never> & { model: KpiModel } & Partial<Record<KpiParam, Dec>>;

/** The schema of one KPI clause, with messages in `lang`. */
export function kpiClauseSchema(p: ContractProblems, lang: Language) {
  const levels = Object.fromEntries(KPI_LEVELS.map((level) => [level, decimal(p).optional()]));
  const params = Object.fromEntries(
    KPI_PARAMS.map((param) => [param, decimal(p, PARAM_BOUNDS[param]).optional()]),
  );
  return (
    z
      .strictObject(
        {
          name: text(p),
          measure: text(p),
          unit: oneOf(p, KPI_UNITS),
          direction: oneOf(p, DIRECTIONS),
          period: oneOf(p, FREQUENCIES),
          model: oneOf(p, KPI_MODELS),
          ...levels,
          weight: decimal(p, NON_NEGATIVE).optional(),
          ...params,
          validMin: decimal(p).optional(),
          validMax: decimal(p).optional(),
          comparison: oneOf(p, COMPARISONS).optional(),
          gateKpi: text(p).optional(),
          gateLevel: decimal(p).optional(),
          gateComparison: oneOf(p, COMPARISONS).optional(),
          activeMonths: periodList(p).optional(),
          aggregation: oneOf(p, KPI_AGGREGATIONS).optional(),
          aggregationVolume: text(p).optional(),
          grading: oneOf(p, GRADINGS).optional(),
          baselineMonths: monthsSchema(p, lang).optional(),
          levelChange: oneOf(p, LEVEL_CHANGES).optional(),
          ramp: rampSchema(p, lang).optional(),
          levelSchedule: scheduleSchema(p, lang).optional(),
          ratchet: ratchetSchema(p, lang).optional(),
          ...conditionFields(p),
        },
        { error: containerError(p, 'object') },
      )
      // Run even when a field failed, so every problem is said at once; an entry that is no object has
      // only its own (`kpis[0]: null`).
      .superRefine(
        (clause, ctx) => {
          if (clause !== null && typeof clause === 'object')
            modelChecks(clause as unknown as Partial<FlatClause>, ctx, p, lang);
        },
        { when: () => true },
      )
      .transform((clause) => toClause(clause as unknown as FlatClause))
  );
}

type IssueSink = {
  addIssue(issue: {
    code: 'custom';
    message: string;
    path: PropertyKey[];
    params?: OutsideRangeParams;
  }): void;
} & {
  issues: readonly { path?: readonly PropertyKey[] }[];
};

/** Required and unused levels and parameters, model-specific bounds and the order of the levels. */
function modelChecks(clause: Partial<FlatClause>, ctx: IssueSink, p: ContractProblems, lang: Language): void {
  const add = (field: Place, message: string, params?: OutsideRangeParams) =>
    ctx.addIssue({ code: 'custom', message, path: typeof field === 'string' ? [field] : [...field], params });
  const model = clause.model;
  if (model === undefined || hasIssueAt(ctx, ['model'])) return;
  const rule = MODEL_RULES[model];
  const modelName = enumLabel('model', model, lang);
  const given = (field: string) => (clause as Record<string, unknown>)[field] !== undefined;
  const clean = (field: string) => !hasIssueAt(ctx, [field]);

  const checkUse = (field: string, use: Use | undefined) => {
    if (use === 'required' && !given(field) && clean(field)) add(field, p.requiredByModel(modelName));
    if (use === undefined && given(field)) add(field, p.notUsedByModel(modelName));
  };
  for (const level of KPI_LEVELS) checkUse(level, rule.levels[level]);
  if (rule.weight && !given('weight') && clean('weight')) add('weight', p.requiredByModel(modelName));
  for (const param of KPI_PARAMS) checkUse(param, rule.params[param]);
  for (const term of KPI_TERMS) checkUse(term, rule.terms[term]);
  clausePeriodTermChecks(clause, add, clean, p, modelName);
  // A gate is a KPI and a level: either alone would pay or withhold on a guess.
  if (rule.terms.gateKpi && given('gateKpi') !== given('gateLevel')) {
    const missing = given('gateKpi') ? 'gateLevel' : 'gateKpi';
    if (clean(missing)) add(missing, p.gateIncomplete);
  }
  if (given('gateComparison') && !given('gateKpi') && !given('gateLevel'))
    add('gateComparison', conditionProblems(lang).gateComparisonNeedsGate);
  if (given('gateNotEvaluated') && !given('gateKpi') && !given('gateLevel'))
    add('gateNotEvaluated', conditionProblems(lang).gateNotEvaluatedNeedsGate);
  // A rate or level that failed its own check (a text) is not compared.
  if (model === 'rate-adjustment' && isDec(clause.malusRate) && clause.malusRate.gt(1))
    add('malusRate', p.atMost('1'));
  if (model === 'achievement-share' && isDec(clause.target) && !clause.target.gt(0))
    add('target', p.greaterThan('0'));

  if (clause.unit !== undefined && clean('unit')) valueRanges(clause as FlatClause, add, clean, p);
  levelTermChecks(clause, add, clean, p, lang);
  conditionTermChecks(clause, add, clean, p, lang);

  if (clause.direction === undefined || hasIssueAt(ctx, ['direction'])) return;
  // A level the model does not use, or one outside the valid range (99.9 for 99.9 %), has its own issue:
  // its order says nothing more.
  const used = Object.fromEntries(
    KPI_LEVELS.filter((l) => rule.levels[l] && clean(l)).map((l) => [l, clause[l]]),
  );
  levelOrder(used, clause.direction, add, p, lang);
}

/**
 * The declared range is not empty, and levels and the baseline (values of the KPI) lie within the range:
 * a target of 75 on a percent KPI is 7,500 %, a typo for 0.75.
 */
function valueRanges(
  clause: FlatClause,
  add: (field: string, message: string, params?: OutsideRangeParams) => void,
  clean: (field: string) => boolean,
  p: ContractProblems,
): void {
  if (!KPI_RANGE_FIELDS.every(clean)) return;
  const { min, max } = validRange(clause);
  if (min !== undefined && max !== undefined && min.gt(max)) {
    const field = clause.validMin !== undefined ? 'validMin' : 'validMax';
    add(field, clause.validMin !== undefined ? p.atMost(max.toFixed()) : p.atLeast(min.toFixed()));
    return;
  }
  for (const field of [...KPI_LEVELS, 'baseline'] as const) {
    const value = clause[field];
    if (value === undefined || !clean(field)) continue;
    // Levels stated as changes from a baseline are resolved, and range-checked, per period.
    if (clause.levelChange !== undefined && field !== 'baseline') continue;
    // A JSON file or a sheet says it again in its own spelling of numbers (`outsideRangeOf`).
    const problem = rangeProblem(value, clause, p);
    if (problem !== undefined) add(field, problem, { outsideRange: { value, kpi: clause } });
  }
  // A neutral band as wide as the range leaves nothing to pay or deduct: 1 typed for 1 point (0.01).
  const { tolerance } = clause;
  if (tolerance === undefined || !clean('tolerance') || min === undefined || max === undefined) return;
  const width = max.minus(min);
  if (width.isZero() || tolerance.lt(width)) return;
  const scaled = quotient(tolerance, HUNDRED);
  const hint = clause.unit === 'percent' && scaled.lt(width) ? p.decimal(scaled) : undefined;
  add('tolerance', p.toleranceWholeRange(p.decimal(tolerance), p.decimal(width), hint));
}

/** Levels must be ordered for the direction: higher: threshold ≤ target ≤ stretch; lower: the reverse. */
function levelOrder(
  clause: Partial<FlatClause>,
  direction: Direction,
  add: (field: string, message: string) => void,
  p: ContractProblems,
  lang: Language,
): void {
  const { threshold, target, stretch } = clause;
  const dirName = enumLabel('direction', direction, lang);
  const op = direction === 'higher' ? '≥' : '≤';
  const worse = (a: Dec, b: Dec) => (direction === 'higher' ? a.lt(b) : a.gt(b));
  const levelName = (level: KpiLevel) => p.levelNames[level];
  if (stretch !== undefined && target === undefined) add('stretch', p.stretchNeedsTarget);
  if (threshold !== undefined && target !== undefined && worse(target, threshold)) {
    add('target', p.levelOrder(op, levelName('threshold'), threshold.toFixed(), dirName));
  }
  if (target !== undefined && stretch !== undefined && worse(stretch, target)) {
    add('stretch', p.levelOrder(op, levelName('target'), target.toFixed(), dirName));
  }
}

/** The discriminated clause with defaults applied; runs only on a clause that passed every check. */
function toClause(flat: FlatClause): KpiClause {
  const rule = MODEL_RULES[flat.model];
  const common: Record<string, unknown> = {
    name: flat.name,
    measure: flat.measure,
    unit: flat.unit,
    direction: flat.direction,
    period: flat.period,
    model: flat.model,
  };
  for (const field of [...KPI_LEVELS, 'weight', ...KPI_RANGE_FIELDS, ...KPI_TERMS] as const) {
    if (flat[field] !== undefined) common[field] = flat[field];
  }
  const schedule = normalizedSchedule(flat);
  if (schedule !== undefined) common.levelSchedule = schedule;
  for (const param of KPI_PARAMS) {
    if (rule.params[param] === undefined) continue;
    const value = flat[param] ?? PARAM_DEFAULTS[param];
    if (value !== undefined) common[param] = value;
  }
  // The checks above guarantee the model's levels and parameters, which is what makes this cast sound.
  return common as unknown as KpiClause;
}
