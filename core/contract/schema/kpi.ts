/**
 * KPI clauses. The input is flat (every level and parameter is an optional field, as in the KPI clauses
 * table); which of them a clause needs is data, `MODEL_RULES`, checked in one place. The output is the
 * discriminated union `KpiClause`, so the engine gets exactly its model's parameters.
 */
import { z } from 'zod';
import { enumLabel, type ContractProblems } from '../../i18n/contract';
import { dec, type Dec } from '../../money';
import { KPI_LEVELS, KPI_PARAMS, type KpiLevel, type KpiParam } from '../sheetSpec';
import {
  DIRECTIONS,
  FREQUENCIES,
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
  text,
  type Bounds,
} from './primitives';

/** What a model needs: required levels, whether it needs a weight, and its parameters. */
export interface ModelRule {
  readonly levels: readonly KpiLevel[];
  readonly weight: boolean;
  readonly params: Partial<Readonly<Record<KpiParam, 'required' | 'optional'>>>;
}

/** The levels and parameters of each model; a parameter not listed is "not used" by that model. */
export const MODEL_RULES: Readonly<Record<KpiModel, ModelRule>> = {
  threshold: { levels: ['threshold'], weight: false, params: { amount: 'required' } },
  'bonus-malus': {
    levels: ['target'],
    weight: false,
    params: {
      bonusRate: 'required',
      malusRate: 'required',
      tolerance: 'optional',
      bonusCap: 'optional',
      malusCap: 'optional',
    },
  },
  'kpi-score': {
    levels: ['threshold', 'target'],
    weight: false,
    params: { amount: 'required', thresholdScore: 'optional', stretchScore: 'optional' },
  },
  'achievement-share': { levels: ['target'], weight: true, params: { achievementCap: 'optional' } },
  'rate-adjustment': {
    levels: ['target'],
    weight: false,
    params: { bonusRate: 'required', malusRate: 'required' },
  },
  'sla-credit': { levels: ['threshold'], weight: false, params: { allocation: 'required' } },
  'gain-share': {
    levels: [],
    weight: false,
    params: { baseline: 'required', share: 'required', bonusCap: 'optional', floor: 'optional' },
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
  return z
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
      },
      { error: containerError(p, 'object') },
    )
    .superRefine((clause, ctx) => modelChecks(clause as unknown as Partial<FlatClause>, ctx, p, lang), {
      when: () => true,
    })
    .transform((clause) => toClause(clause as unknown as FlatClause));
}

type IssueSink = { addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void } & {
  issues: readonly { path?: readonly PropertyKey[] }[];
};

/** Required and unused levels and parameters, model-specific bounds and the order of the levels. */
function modelChecks(clause: Partial<FlatClause>, ctx: IssueSink, p: ContractProblems, lang: Language): void {
  const add = (field: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [field] });
  const model = clause.model;
  if (model === undefined || hasIssueAt(ctx, ['model'])) return;
  const rule = MODEL_RULES[model];
  const modelName = enumLabel('model', model, lang);
  const given = (field: string) => (clause as Record<string, unknown>)[field] !== undefined;
  const clean = (field: string) => !hasIssueAt(ctx, [field]);

  for (const level of rule.levels) {
    if (!given(level) && clean(level)) add(level, p.requiredByModel(modelName));
  }
  if (rule.weight && !given('weight') && clean('weight')) add('weight', p.requiredByModel(modelName));
  for (const param of KPI_PARAMS) {
    const use = rule.params[param];
    if (use === 'required' && !given(param) && clean(param)) add(param, p.requiredByModel(modelName));
    if (use === undefined && given(param)) add(param, p.notUsedByModel(modelName));
  }
  if (model === 'rate-adjustment' && clause.malusRate?.gt(1)) add('malusRate', p.atMost('1'));
  if (model === 'achievement-share' && clause.target && !clause.target.gt(0))
    add('target', p.greaterThan('0'));

  if (clause.direction === undefined || hasIssueAt(ctx, ['direction'])) return;
  levelOrder(clause, clause.direction, add, p, lang);
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
  for (const level of KPI_LEVELS) if (flat[level] !== undefined) common[level] = flat[level];
  if (flat.weight !== undefined) common.weight = flat.weight;
  for (const param of KPI_PARAMS) {
    if (rule.params[param] === undefined) continue;
    const value = flat[param] ?? PARAM_DEFAULTS[param];
    if (value !== undefined) common[param] = value;
  }
  // The checks above guarantee the model's levels and parameters, which is what makes this cast sound.
  return common as unknown as KpiClause;
}
