/**
 * The shape of the Contract and Actuals sheets, declared once: the layout writes exactly these rows and
 * columns and the reader parses exactly them, so a painted contract always reads back as itself. Labels
 * live in `core/i18n/contract.ts`; this file holds keys, order and kinds only.
 */
import { ROUNDING_RULES } from '../money';
import { ACTUAL_KINDS } from './actuals';
import { LEVEL_CHANGES } from './levelTerms';
import {
  AMOUNT_PERS,
  CHARGES_BASES,
  COMPARISONS,
  DIRECTIONS,
  FREQUENCIES,
  GATE_NOT_EVALUATED,
  GRADINGS,
  KPI_AGGREGATIONS,
  KPI_MODELS,
  KPI_UNITS,
  LANGUAGES,
  TIER_MODES,
} from './types';

/** The three sections of the Contract sheet, top to bottom. */
export type SectionKey = 'general' | 'fees' | 'kpis';
/** The sections in sheet order. */
export const SECTIONS: readonly SectionKey[] = ['general', 'fees', 'kpis'];

/** Closed lists whose cells carry a validation list and accept English or French labels. */
export type EnumKind =
  | 'language'
  | 'frequency'
  | 'rounding'
  | 'basis'
  | 'direction'
  | 'unit'
  | 'model'
  | 'feeType'
  | 'mode'
  | 'actualKind'
  | 'comparison'
  | 'per'
  | 'aggregation'
  | 'grading'
  | 'levelChange'
  | 'gateNotEvaluated';

/** Kind of fee on a row of the Fees table. */
export type FeeType = 'fixed' | 'hourly' | 'volume' | 'rebate' | 'amendment';
/** Every fee type, in the order the Fees table lists them (an amendment names the fee it revises). */
export const FEE_TYPES: readonly FeeType[] = ['fixed', 'hourly', 'volume', 'rebate', 'amendment'];

/** The canonical values of each closed list, in display order. */
export const ENUM_VALUES: { readonly [K in EnumKind]: readonly string[] } = {
  language: LANGUAGES,
  frequency: FREQUENCIES,
  rounding: ROUNDING_RULES,
  basis: CHARGES_BASES,
  direction: DIRECTIONS,
  unit: KPI_UNITS,
  model: KPI_MODELS,
  feeType: FEE_TYPES,
  mode: TIER_MODES,
  actualKind: ACTUAL_KINDS,
  comparison: COMPARISONS,
  per: AMOUNT_PERS,
  aggregation: KPI_AGGREGATIONS,
  grading: GRADINGS,
  levelChange: LEVEL_CHANGES,
  gateNotEvaluated: GATE_NOT_EVALUATED,
};

/** How a cell is read. */
export type CellKind =
  | { readonly type: 'text' }
  | { readonly type: 'decimal' }
  | { readonly type: 'integer'; readonly min: number; readonly max: number }
  | { readonly type: 'period' }
  /** Months as text (`2026-11, 2026-12`), or one month a host turned into a date (`cells.ts`). */
  | { readonly type: 'months' }
  | { readonly type: 'enum'; readonly list: EnumKind };

const TEXT: CellKind = { type: 'text' };
const DECIMAL: CellKind = { type: 'decimal' };
const PERIOD: CellKind = { type: 'period' };
const MONTHS: CellKind = { type: 'months' };
const enumOf = (list: EnumKind): CellKind => ({ type: 'enum', list });

/** Keys of the General rows. */
export type GeneralKey =
  | 'id'
  | 'name'
  | 'client'
  | 'provider'
  | 'currency'
  | 'language'
  | 'vatRate'
  | 'vatNote'
  | 'frequency'
  | 'firstPeriod'
  | 'lastPeriod'
  | 'rounding'
  | 'bonusCapAmount'
  | 'bonusCapPercent'
  | 'malusCapAmount'
  | 'malusCapPercent'
  | 'slaAtRiskAmount'
  | 'slaAtRiskPercent'
  | 'slaBasis'
  | 'earnbackPeriods'
  | 'indexFrom'
  | 'indexFrequency'
  | 'indexName'
  | 'indexBase'
  | 'indexRate'
  | 'indexDecimals';

/** How a General value is shown: drives its number format. */
export type GeneralFormat = 'text' | 'percent' | 'money' | 'integer';

/** One row of the General block: label in column A, value in column B. */
export interface GeneralRow {
  readonly key: GeneralKey;
  readonly kind: CellKind;
  /** Where the value goes in the contract JSON. */
  readonly path: readonly string[];
  /** A required row must exist; its value is checked by the schema. */
  readonly required: boolean;
  readonly format: GeneralFormat;
  /**
   * A term few contracts have (the VAT note, indexation): the layout writes its row only when the contract
   * uses it, so other contracts keep their rows where they were; the reader reads it wherever it is added.
   */
  readonly whenUsed?: boolean;
  /** A rarer option of such a term (the revision frequency): its row is written only when it has a value. */
  readonly whenGiven?: boolean;
}

const row = (
  key: GeneralKey,
  kind: CellKind,
  path: string[],
  format: GeneralFormat,
  required = false,
): GeneralRow => ({
  key,
  kind,
  path,
  required,
  format,
});

/** The General rows, in sheet order. */
export const GENERAL_ROWS: readonly GeneralRow[] = [
  row('id', TEXT, ['id'], 'text', true),
  row('name', TEXT, ['name'], 'text', true),
  row('client', TEXT, ['parties', 'client'], 'text', true),
  row('provider', TEXT, ['parties', 'provider'], 'text', true),
  row('currency', TEXT, ['currency'], 'text', true),
  row('language', enumOf('language'), ['language'], 'text', true),
  row('vatRate', DECIMAL, ['vatRate'], 'percent', true),
  { ...row('vatNote', TEXT, ['vatNote'], 'text'), whenUsed: true },
  row('frequency', enumOf('frequency'), ['frequency'], 'text', true),
  row('firstPeriod', PERIOD, ['firstPeriod'], 'text', true),
  row('lastPeriod', PERIOD, ['lastPeriod'], 'text'),
  row('rounding', enumOf('rounding'), ['rounding'], 'text'),
  row('bonusCapAmount', DECIMAL, ['caps', 'bonus', 'amount'], 'money'),
  row('bonusCapPercent', DECIMAL, ['caps', 'bonus', 'percentOfBase'], 'percent'),
  row('malusCapAmount', DECIMAL, ['caps', 'malus', 'amount'], 'money'),
  row('malusCapPercent', DECIMAL, ['caps', 'malus', 'percentOfBase'], 'percent'),
  row('slaAtRiskAmount', DECIMAL, ['sla', 'atRisk', 'amount'], 'money'),
  row('slaAtRiskPercent', DECIMAL, ['sla', 'atRisk', 'percentOfBase'], 'percent'),
  row('slaBasis', enumOf('basis'), ['sla', 'basis'], 'text'),
  row('earnbackPeriods', { type: 'integer', min: 1, max: 24 }, ['earnback', 'periods'], 'integer'),
  { ...row('indexFrom', PERIOD, ['indexation', 'from'], 'text'), whenUsed: true },
  {
    ...row('indexFrequency', enumOf('frequency'), ['indexation', 'frequency'], 'text'),
    whenUsed: true,
    whenGiven: true,
  },
  { ...row('indexName', TEXT, ['indexation', 'index'], 'text'), whenUsed: true },
  { ...row('indexBase', DECIMAL, ['indexation', 'base'], 'text'), whenUsed: true },
  { ...row('indexRate', DECIMAL, ['indexation', 'rate'], 'percent'), whenUsed: true },
  {
    ...row('indexDecimals', { type: 'integer', min: 0, max: 6 }, ['indexation', 'decimals'], 'integer'),
    whenUsed: true,
  },
];

/** Columns of the Fees table. */
export type FeeColumn =
  | 'type'
  | 'name'
  | 'unit'
  | 'mode'
  | 'upTo'
  | 'price'
  | 'flatFee'
  | 'minimumFee'
  | 'adjustment'
  | 'variablePay'
  | 'per'
  | 'from'
  | 'gateKpi'
  | 'gateLevel'
  | 'gateComparison'
  | 'fallbackPrice'
  | 'gatedAbove'
  | 'minimumQuantity'
  | 'gateNotEvaluated'
  | 'tiersPer';

/** How a value is shown: drives number formats. */
export type ColumnFormat = 'text' | 'money' | 'percent' | 'quantity';

/** One column of the Fees table and the fee types that use it. */
export interface FeeColumnSpec {
  readonly key: FeeColumn;
  readonly kind: CellKind;
  readonly usedBy: readonly FeeType[];
  /** A missing required column is reported even when no row needs it. */
  readonly required: boolean;
  readonly format: ColumnFormat;
}

const ALL_FEES = FEE_TYPES;
const feeColumn = (
  key: FeeColumn,
  kind: CellKind,
  usedBy: readonly FeeType[],
  format: ColumnFormat,
  required = false,
): FeeColumnSpec => ({ key, kind, usedBy, format, required });

/** The Fees table columns, in sheet order. */
export const FEE_COLUMNS: readonly FeeColumnSpec[] = [
  feeColumn('type', enumOf('feeType'), ALL_FEES, 'text', true),
  feeColumn('name', TEXT, ALL_FEES, 'text', true),
  feeColumn('unit', TEXT, ['volume'], 'text'),
  feeColumn('mode', enumOf('mode'), ['volume'], 'text'),
  // On an amendment, the tier of a tiered volume whose unit price it revises.
  feeColumn('upTo', DECIMAL, ['volume', 'amendment'], 'quantity'),
  feeColumn('price', DECIMAL, ALL_FEES, 'money', true),
  feeColumn('flatFee', DECIMAL, ['volume'], 'money'),
  feeColumn('minimumFee', DECIMAL, ['volume'], 'money'),
  feeColumn('adjustment', DECIMAL, ['hourly'], 'percent'),
  feeColumn('variablePay', DECIMAL, ['hourly'], 'money'),
  // What a fixed amount, or a volume's minimum fee, is stated per.
  feeColumn('per', enumOf('per'), ['fixed', 'volume', 'rebate'], 'text'),
  // The month a dated amendment takes effect.
  feeColumn('from', PERIOD, ['amendment'], 'text'),
  // A gated price per outcome (core/invoice/conditions/volumeGate.ts), on a volume's first row.
  feeColumn('gateKpi', TEXT, ['volume'], 'text'),
  feeColumn('gateLevel', DECIMAL, ['volume'], 'quantity'),
  feeColumn('gateComparison', enumOf('comparison'), ['volume'], 'text'),
  feeColumn('fallbackPrice', DECIMAL, ['volume'], 'money'),
  // A gate on the tiers above this bound only (a volume bonus paid only if quality holds).
  feeColumn('gatedAbove', DECIMAL, ['volume'], 'quantity'),
  // A volume floor in units (the buyer pays for at least so many), where Minimum fee states an amount.
  feeColumn('minimumQuantity', DECIMAL, ['volume'], 'quantity'),
  // What the gate does when its KPI is not evaluated; last, so the columns before it keep their letters.
  feeColumn('gateNotEvaluated', enumOf('gateNotEvaluated'), ['volume'], 'text'),
  // What a volume's tier bounds count: the invoice's units, or each month's.
  feeColumn('tiersPer', enumOf('per'), ['volume'], 'text'),
];

/** Parameters of KPI models, each a column of the KPI clauses table and a field of the clause. */
export type KpiParam =
  | 'amount'
  | 'bonusRate'
  | 'malusRate'
  | 'tolerance'
  | 'bonusCap'
  | 'malusCap'
  | 'thresholdScore'
  | 'stretchScore'
  | 'achievementCap'
  | 'allocation'
  | 'baseline'
  | 'share'
  | 'floor';

/** Every model parameter, in column order. */
export const KPI_PARAMS: readonly KpiParam[] = [
  'amount',
  'bonusRate',
  'malusRate',
  'tolerance',
  'bonusCap',
  'malusCap',
  'thresholdScore',
  'stretchScore',
  'achievementCap',
  'allocation',
  'baseline',
  'share',
  'floor',
];

/** KPI levels, in order of the columns. */
export type KpiLevel = 'threshold' | 'target' | 'stretch';
/** The levels, in column order. */
export const KPI_LEVELS: readonly KpiLevel[] = ['threshold', 'target', 'stretch'];

/** Bounds a clause may declare for its KPI's values, overriding the unit's default range. */
export type KpiRangeField = 'validMin' | 'validMax';
/** The range fields, in column order. */
export const KPI_RANGE_FIELDS: readonly KpiRangeField[] = ['validMin', 'validMax'];

/**
 * Terms of a clause that are not decimals, after the valid range: each is a column and a field of the clause,
 * read by its cell kind. Which models take them is `MODEL_RULES` (schema/kpi.ts).
 */
export type KpiTerm =
  | 'comparison'
  | 'gateKpi'
  | 'gateLevel'
  | 'gateComparison'
  | 'activeMonths'
  | 'aggregation'
  | 'aggregationVolume'
  | 'grading'
  | 'baselineMonths'
  | 'levelChange'
  | 'ramp'
  | 'levelSchedule'
  | 'ratchet'
  | ConditionTerm;
/** Terms of the conditions on a clause's evaluation (core/invoice/conditions/), in column order. */
export type ConditionTerm =
  | 'sampleVolume'
  | 'sampleMinimum'
  | 'neutralFee'
  | 'repeatPeriods'
  | 'escalateAt'
  | 'escalationFactor'
  | 'criticalAt'
  | 'gateNotEvaluated';
/** The condition terms, in column order. */
export const CONDITION_TERMS: readonly ConditionTerm[] = [
  'sampleVolume',
  'sampleMinimum',
  'neutralFee',
  'repeatPeriods',
  'escalateAt',
  'escalationFactor',
  'criticalAt',
  'gateNotEvaluated',
];

/** The terms, in column order. */
export const KPI_TERMS: readonly KpiTerm[] = [
  'comparison',
  'gateKpi',
  'gateLevel',
  'gateComparison',
  'activeMonths',
  'aggregation',
  'aggregationVolume',
  'grading',
  'baselineMonths',
  'levelChange',
  'ramp',
  'levelSchedule',
  'ratchet',
  ...CONDITION_TERMS,
];

/** Columns of the KPI clauses table. */
export type KpiColumn =
  | 'name'
  | 'measure'
  | 'unit'
  | 'direction'
  | 'period'
  | 'model'
  | KpiLevel
  | 'weight'
  | KpiParam
  | KpiRangeField
  | KpiTerm;

/** One column of the KPI clauses table; the field it fills has the column's key as its name. */
export interface KpiColumnSpec {
  readonly key: KpiColumn;
  readonly kind: CellKind;
  readonly required: boolean;
}

/** The KPI clauses table columns, in sheet order (Target is column H). */
export const KPI_COLUMNS: readonly KpiColumnSpec[] = [
  { key: 'name', kind: TEXT, required: true },
  { key: 'measure', kind: TEXT, required: true },
  { key: 'unit', kind: enumOf('unit'), required: true },
  { key: 'direction', kind: enumOf('direction'), required: true },
  { key: 'period', kind: enumOf('frequency'), required: true },
  { key: 'model', kind: enumOf('model'), required: true },
  ...KPI_LEVELS.map((key) => ({ key, kind: DECIMAL, required: false })),
  { key: 'weight', kind: DECIMAL, required: false },
  ...KPI_PARAMS.map((key) => ({ key, kind: DECIMAL, required: false })),
  ...KPI_RANGE_FIELDS.map((key) => ({ key, kind: DECIMAL, required: false })),
  { key: 'comparison', kind: enumOf('comparison'), required: false },
  { key: 'gateKpi', kind: TEXT, required: false },
  { key: 'gateLevel', kind: DECIMAL, required: false },
  { key: 'gateComparison', kind: enumOf('comparison'), required: false },
  // Months as text (`2026-11, 2026-12`), split by the schema exactly as a JSON list is read.
  { key: 'activeMonths', kind: MONTHS, required: false },
  { key: 'aggregation', kind: enumOf('aggregation'), required: false },
  { key: 'aggregationVolume', kind: TEXT, required: false },
  { key: 'grading', kind: enumOf('grading'), required: false },
  // Moving levels (core/contract/levelTerms.ts): texts read by the schema as their JSON forms are.
  { key: 'baselineMonths', kind: MONTHS, required: false },
  { key: 'levelChange', kind: enumOf('levelChange'), required: false },
  { key: 'ramp', kind: TEXT, required: false },
  { key: 'levelSchedule', kind: TEXT, required: false },
  { key: 'ratchet', kind: TEXT, required: false },
  // Conditions (core/invoice/conditions/): a minimum sample, a neutral fee, repeat-failure escalation.
  ...CONDITION_TERMS.map((key) => ({ key, kind: conditionKind(key), required: false })),
];

/** Columns of the Actuals sheet. The wide layout has Kind, Name, Unit then one column per month; the long
 * layout (handy for exports and CSV files) has Period, Kind, Name, Value. */
export type ActualsColumn = 'kind' | 'name' | 'unit' | 'period' | 'value';

/** How a condition term's cell is read: a volume's name, what a gate does when not evaluated, or a number. */
function conditionKind(term: ConditionTerm): CellKind {
  if (term === 'sampleVolume') return TEXT;
  return term === 'gateNotEvaluated' ? enumOf('gateNotEvaluated') : DECIMAL;
}
