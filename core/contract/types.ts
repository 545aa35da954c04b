/**
 * The parsed contract: what the invoice engine consumes. Every amount and rate is an exact `Dec`; every
 * default is already applied, and each KPI clause carries exactly the levels and parameters its model needs
 * (the schema guarantees them), so the engine never checks for a missing value.
 */
import type { Direction } from '../direction';
import type { Dec, RoundingRule } from '../money';
import type { Comparison } from '../models/comparison';
import type { LevelChange, Ramp, Ratchet, ScheduleStep } from './levelTerms';

export type { Direction } from '../direction';
export { COMPARISONS, type Comparison } from '../models/comparison';

/** The `schema` marker of a saved contract; the number changes only with an incompatible format. */
export const CONTRACT_SCHEMA_ID = 'outcome-fees/contract@1';

/** Language of the contract's documents (invoice lines, explanations). */
export type Language = 'en' | 'fr';
/** Every language, in display order. */
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** How often invoices are issued; also the evaluation period of a KPI. */
export type Frequency = 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';
/** Every frequency, shortest first. */
export const FREQUENCIES: readonly Frequency[] = ['monthly', 'quarterly', 'half-yearly', 'yearly'];

/** A month, `YYYY-MM` (`2026-10`). Actuals are monthly; longer periods are counted in months. */
export type Period = string;

/** Both directions, the default (`higher`) first. */
export const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];

/** What a KPI's values measure; drives number formats and how explanations print them. */
export type KpiUnit = 'percent' | 'minutes' | 'hours' | 'count' | 'points' | 'currency' | 'score';
/** Every KPI unit, in display order. */
export const KPI_UNITS: readonly KpiUnit[] = [
  'percent',
  'minutes',
  'hours',
  'count',
  'points',
  'currency',
  'score',
];

/** Tier semantics as Stripe and Lago define them (see `core/models/tieredFee.ts`). */
export type TierMode = 'graduated' | 'volume';
/** Both tier modes, the default (`graduated`) first. */
export const TIER_MODES: readonly TierMode[] = ['graduated', 'volume'];

/** The charges a service-level at-risk percentage applies to. */
export type ChargesBasis = 'base-fees' | 'fixed-fees';
/** Both charges bases, the default (`base-fees`) first. */
export const CHARGES_BASES: readonly ChargesBasis[] = ['base-fees', 'fixed-fees'];

/** The fee models a KPI clause can use. */
export type KpiModel =
  | 'threshold'
  | 'bonus-malus'
  | 'kpi-score'
  | 'achievement-share'
  | 'rate-adjustment'
  | 'sla-credit'
  | 'gain-share';
/** Every KPI model, in display order. */
export const KPI_MODELS: readonly KpiModel[] = [
  'threshold',
  'bonus-malus',
  'kpi-score',
  'achievement-share',
  'rate-adjustment',
  'sla-credit',
  'gain-share',
];

/** Who pays and who invoices. */
export interface Parties {
  readonly client: string;
  readonly provider: string;
}

/** What an amount is stated per: each invoice (the default), or each month of the invoiced period. */
export type AmountPer = 'invoice' | 'month';
/** Both, the default (`invoice`) first. */
export const AMOUNT_PERS: readonly AmountPer[] = ['invoice', 'month'];

/** An amount charged on every invoice. */
export interface FixedFee {
  readonly label: string;
  readonly amount: Dec;
  /** `month`: the amount × the invoiced months (a monthly fee on quarterly invoices); absent: per invoice. */
  readonly per?: AmountPer;
}

/** Hours × rate × (1 + adjustment), plus an optional variable pay shared by achievement-share clauses. */
export interface HourlyTerms {
  readonly label: string;
  readonly rate: Dec;
  /** Complexity adjustment of the rate, a fraction > −1 (+10 % = 0.1); 0 when not given. */
  readonly adjustment: Dec;
  /** Variable pay per invoice at 100 % achievement, split among achievement-share clauses by weight. */
  readonly variablePay?: Dec;
}

/** One row of a price grid; `upTo` is inclusive, `null` only on the last tier (no limit). */
export interface Tier {
  readonly upTo: Dec | null;
  readonly unitPrice: Dec;
  /** 0 when not given. */
  readonly flatFee: Dec;
}

/** A price per outcome (interactions, applications approved within 24 h), named as in the Actuals. */
export interface VolumeFee {
  /** Key in the Actuals and label of the invoice line. */
  readonly name: string;
  /** Unit label for one outcome: `interaction`. */
  readonly unit: string;
  readonly mode: TierMode;
  /** Ascending; the last one has `upTo: null`. */
  readonly tiers: readonly Tier[];
  /** The volume line is at least this amount (a top-up when the tiers give less). */
  readonly minimumFee?: Dec;
  /**
   * A volume floor (the buyer pays for at least this many units): the line is at least what they cost on
   * the tiers at the prices in force, so a revision moves the floor's amount with the price.
   */
  readonly minimumQuantity?: Dec;
  /** What `minimumFee` or `minimumQuantity` is stated per, as `FixedFee.per`; only with one of them. */
  readonly per?: AmountPer;
  /**
   * What the tier bounds count: the units of one invoice (`invoice`, absent), or of each month (`month`:
   * "up to 40,000 a month" on quarterly invoices, each month filling the tiers on its own, amounts added).
   */
  readonly tiersPer?: AmountPer;
  /**
   * Gated price (performance-only): the tiers apply only when the KPI clause `gateKpi` reaches `gateLevel`
   * on the invoice's last month; else every unit is priced at `fallbackPrice` (0 when not given). See
   * `core/invoice/conditions/volumeGate.ts`.
   */
  readonly gateKpi?: string;
  readonly gateLevel?: Dec;
  /** How the gate KPI is compared with `gateLevel`, as a clause's `comparison`; absent: `reaches`. */
  readonly gateComparison?: Comparison;
  /** A gate KPI not evaluated: the tiers stand (`pay`, absent) or the fallback prices the units. */
  readonly gateNotEvaluated?: GateNotEvaluated;
  readonly fallbackPrice?: Dec;
  /**
   * A gate on the upper tiers only (a volume bonus paid only if quality holds): the bound of the graduated
   * tier above which units are gated; the units up to it keep their price whatever the gate.
   */
  readonly gatedAbove?: Dec;
}

/** A limit written as an amount or as a fraction of a base (base fees, or the SLA's charges). */
export type AmountRule = { readonly amount: Dec } | { readonly percentOfBase: Dec };

/** Caps on the sum of bonuses and on the sum of maluses of one invoice. */
export interface Caps {
  readonly bonus?: AmountRule;
  readonly malus?: AmountRule;
}

/** Service-level credits: the at-risk amount is both the scale of each credit and the cap on their sum. */
export interface SlaTerms {
  /** An amount, or a fraction of the charges named by `basis`. */
  readonly atRisk: AmountRule;
  readonly basis: ChargesBasis;
}

/** A credit is refunded when the `periods` following invoices all meet the clause's expected level. */
export interface EarnbackTerms {
  readonly periods: number;
}

/** What every KPI clause has, whatever its model. */
export interface KpiCommon {
  /** Unique in the contract; the key of its values in the Actuals. */
  readonly name: string;
  /** How the KPI is computed, in words. */
  readonly measure: string;
  readonly unit: KpiUnit;
  readonly direction: Direction;
  readonly period: Frequency;
  /** Levels, ordered for the direction (higher: threshold ≤ target ≤ stretch; lower: the reverse). */
  readonly threshold?: Dec;
  readonly target?: Dec;
  readonly stretch?: Dec;
  /** Required by achievement-share clauses (their weights sum to 1); informative elsewhere. */
  readonly weight?: Dec;
  /**
   * Declared bounds of the KPI's values, overriding its unit's default (`UNIT_RANGES` in
   * `validRange.ts`): a value, level or baseline outside them is an error. Absent: the unit's bound.
   */
  readonly validMin?: Dec;
  readonly validMax?: Dec;
  /** Models with a pass/fail level (threshold, rate-adjustment, sla-credit) only; absent: `reaches`. */
  readonly comparison?: Comparison;
  /**
   * Gate (anti-gaming): the clause's positive amount (a fee, a bonus) is paid only when the KPI clause
   * named `gateKpi` reaches `gateLevel` in the month this clause is evaluated on; a malus applies anyway.
   * Given together or not at all; not on sla-credit clauses (a credit is never a payment).
   */
  readonly gateKpi?: string;
  readonly gateLevel?: Dec;
  /** "Only if CSAT exceeds 85 %" (`exceeds`) or "reaches 85 %" (`reaches`, the default): the level itself holds only when reached. */
  readonly gateComparison?: Comparison;
  /** A gate KPI not evaluated: the payment stands (`pay`, absent) or is withheld as by a failed gate. */
  readonly gateNotEvaluated?: GateNotEvaluated;
  /**
   * Time-boxed clause (peak periods: Black Friday, sales): evaluated only when the month it is evaluated
   * on is listed, with its own levels and rates; absent, every month. Sorted, no month twice.
   */
  readonly activeMonths?: readonly Period[];
  /**
   * Moving levels (`core/invoice/levels/`): with `levelChange`, the levels are changes from the KPI's
   * `baseline` (a number, or the average of `baselineMonths` of the actuals); a `ramp` or a `levelSchedule`
   * moves them over time; a `ratchet` raises a minimum each contract year. Absent: the levels as stated.
   */
  readonly baseline?: Dec;
  readonly baselineMonths?: readonly Period[];
  readonly levelChange?: LevelChange;
  readonly ramp?: Ramp;
  readonly levelSchedule?: readonly ScheduleStep[];
  readonly ratchet?: Ratchet;
  /**
   * How a KPI measured every month forms the value of its evaluation period (the longer of its period and
   * the invoice's): see `core/invoice/aggregation/`. Absent: one value, on the month closing the period.
   */
  readonly aggregation?: KpiAggregation;
  /** The volume weighting a `weighted-average` aggregation; only with it. */
  readonly aggregationVolume?: string;
  /**
   * Rate-adjustment clauses only. `linear`: the adjustment moves from −malusRate (the largest cut) at the
   * threshold to +bonusRate (the largest uplift) at the target, capped at both ends
   * (`core/invoice/pricing/gradedAdjustment.ts`); absent or `step`: a step at each level.
   */
  readonly grading?: Grading;
  /**
   * Minimum sample (`core/invoice/conditions/`): the clause is evaluated only when the volume
   * `sampleVolume` of the invoiced months (survey answers) reaches `sampleMinimum`; else it is neutral.
   * Given together or not at all.
   */
  readonly sampleVolume?: string;
  readonly sampleMinimum?: Dec;
  /** Fee models (threshold, kpi-score): what the clause pays when not evaluated; absent: 0. */
  readonly neutralFee?: Dec;
  /**
   * Repeat failures (sla-credit): over the last `repeatPeriods` evaluation periods (this one included),
   * the credit × `escalationFactor` when missed in at least `escalateAt` of them; a key measure
   * (`criticalAt`) gives no credit until missed in at least `criticalAt` of them.
   */
  readonly repeatPeriods?: Dec;
  readonly escalateAt?: Dec;
  readonly escalationFactor?: Dec;
  readonly criticalAt?: Dec;
}

/** How the monthly values of a KPI make its period's value, or `each-month`: every month evaluated, amounts added. */
export type KpiAggregation =
  'average' | 'weighted-average' | 'sum' | 'minimum' | 'maximum' | 'last' | 'each-month';
/** Every aggregation, in display order. */
export const KPI_AGGREGATIONS: readonly KpiAggregation[] = [
  'average',
  'weighted-average',
  'sum',
  'minimum',
  'maximum',
  'last',
  'each-month',
];

/** How a rate adjustment follows its KPI: a `step` at its levels (the default) or `linear` between them. */
export type Grading = 'step' | 'linear';
/** Both gradings, the default first. */
export const GRADINGS: readonly Grading[] = ['step', 'linear'];

/**
 * What a gate does when its KPI is not evaluated that period (a sample short of its minimum, an excluded
 * month): it cannot be proven met. `pay` (the default, what contracts written before the term give) leaves
 * the payment as it is, neutral as the KPI's own clause is; `withhold` counts the gate as failed, so a
 * supplier cannot earn a gated bonus by keeping the gate's sample short.
 */
export type GateNotEvaluated = 'pay' | 'withhold';
/** Both, the default first. */
export const GATE_NOT_EVALUATED: readonly GateNotEvaluated[] = ['pay', 'withhold'];

/** Performance-only fee: `amount` when the actual meets the threshold (THRESHOLDFEE). */
export interface ThresholdClause extends KpiCommon {
  readonly model: 'threshold';
  readonly threshold: Dec;
  readonly amount: Dec;
}

/** Bonus above the target, malus below it, beyond a neutral band (BONUSMALUS). Rates per unit of KPI. */
export interface BonusMalusClause extends KpiCommon {
  readonly model: 'bonus-malus';
  readonly target: Dec;
  readonly bonusRate: Dec;
  readonly malusRate: Dec;
  readonly tolerance: Dec;
  readonly bonusCap?: Dec;
  readonly malusCap?: Dec;
}

/** `amount` × KPISCORE(actual, threshold, target, direction, stretch, stretchScore, thresholdScore). */
export interface KpiScoreClause extends KpiCommon {
  readonly model: 'kpi-score';
  readonly threshold: Dec;
  readonly target: Dec;
  readonly amount: Dec;
  /** 0 when not given. */
  readonly thresholdScore: Dec;
  /** 1 when not given; used only with a stretch level. */
  readonly stretchScore: Dec;
}

/** hourly.variablePay × weight × min(ACHIEVEMENT(actual, target, direction), achievementCap). */
export interface AchievementShareClause extends KpiCommon {
  readonly model: 'achievement-share';
  readonly target: Dec;
  readonly weight: Dec;
  /** 1 when not given. */
  readonly achievementCap: Dec;
}

/**
 * The hourly pay adjusted by the KPI: + bonusRate × hourly pay when the target is met, − malusRate × hourly
 * pay when the actual is worse than the threshold (the target when no threshold is given), else nothing.
 */
export interface RateAdjustmentClause extends KpiCommon {
  readonly model: 'rate-adjustment';
  readonly target: Dec;
  /** Fractions of the hourly pay. */
  readonly bonusRate: Dec;
  readonly malusRate: Dec;
}

/**
 * Service-level credit (SLACREDIT): when the actual fails the minimum (`threshold`), at-risk amount ×
 * allocation. `target`, when given, is the expected level an earnback needs; else the minimum.
 */
export interface SlaCreditClause extends KpiCommon {
  readonly model: 'sla-credit';
  readonly threshold: Dec;
  /** Fraction of the at-risk pool, in (0, 1]; allocations may sum to more than 1 (the pool cap applies). */
  readonly allocation: Dec;
}

/** share × (actual − baseline), or baseline − actual when lower is better, clamped to [floor, bonusCap]. */
export interface GainShareClause extends KpiCommon {
  readonly model: 'gain-share';
  readonly baseline: Dec;
  /** Money per unit of gain, or a fraction when the KPI is itself money. */
  readonly share: Dec;
  readonly bonusCap?: Dec;
  /** ≤ 0; when absent losses are not shared (floor 0). */
  readonly floor?: Dec;
}

/** A KPI clause: discriminated on `model`. */
export type KpiClause =
  | ThresholdClause
  | BonusMalusClause
  | KpiScoreClause
  | AchievementShareClause
  | RateAdjustmentClause
  | SlaCreditClause
  | GainShareClause;

/** What a dated amendment or indexation revises: a fixed fee, the hourly rate, or a volume's unit price. */
export interface PriceAmendment {
  /** First month the amount applies; the first month of an invoicing period. */
  readonly from: Period;
  /** The fixed fee's label, the hourly fee's label or the volume's name. */
  readonly fee: string;
  /** The new fixed amount, hourly rate or unit price. */
  readonly amount: Dec;
  /** For a tiered volume: the `upTo` of the tier whose unit price changes; absent: the open last tier. */
  readonly upTo?: Dec;
}

/**
 * Indexation of the fixed fees, the hourly rate and the unit prices: from `from`, every `frequency` (12
 * months when absent), P = P0 × S / S0 (S the index entered in the actuals on the revision month) or
 * P0 × (1 + rate)^n, rounded to `decimals` places by the contract's rounding rule (`core/invoice/pricing/`).
 */
export interface Indexation {
  readonly from: Period;
  /** How often prices are revised (a BPO's wage index every quarter); absent: yearly. A rate is yearly. */
  readonly frequency?: Frequency;
  /** The index's name in the actuals (`Syntec`), with its base value S0; or a fixed annual `rate`. */
  readonly index?: string;
  readonly base?: Dec;
  readonly rate?: Dec;
  /** Decimal places of a revised price (2: to the cent). */
  readonly decimals: number;
}

/** A validated contract. Build one with `parseContract`, `loadContract` or `contractFromSheet`. */
export interface Contract {
  readonly schema: typeof CONTRACT_SCHEMA_ID;
  /** Short identifier, used in file names. */
  readonly id: string;
  readonly name: string;
  /** The contract's own version (`2026-03 amendment 2`); invoices record it, or a hash of the terms without it. */
  readonly version?: string;
  readonly parties: Parties;
  /** ISO 4217, upper case: `EUR`. */
  readonly currency: string;
  readonly language: Language;
  /** A fraction: 20 % = 0.2. */
  readonly vatRate: Dec;
  /** The exemption wording printed with a VAT rate of 0 (`Autoliquidation — article 283-2 du CGI`). */
  readonly vatNote?: string;
  readonly frequency: Frequency;
  /** First invoiced month; evaluation periods are counted from it. */
  readonly firstPeriod: Period;
  readonly lastPeriod?: Period;
  readonly rounding: RoundingRule;
  readonly fixedFees: readonly FixedFee[];
  /** Agreed rebates: positive amounts printed as negative lines after the fixed fees; absent: none. */
  readonly rebates?: readonly FixedFee[];
  readonly hourly?: HourlyTerms;
  readonly volumes: readonly VolumeFee[];
  readonly kpis: readonly KpiClause[];
  readonly caps: Caps;
  readonly sla?: SlaTerms;
  readonly earnback?: EarnbackTerms;
  /** Dated amendments of prices, oldest first; absent: none. */
  readonly amendments?: readonly PriceAmendment[];
  readonly indexation?: Indexation;
}

/** The values measured in one month. */
export interface PeriodActuals {
  /** KPI values by KPI name; a KPI evaluated over several months has its value on the closing month. */
  readonly kpis: ReadonlyMap<string, Dec>;
  /** Quantities by volume name. */
  readonly volumes: ReadonlyMap<string, Dec>;
  /** Hours worked, when the contract has an hourly fee. */
  readonly hours?: Dec;
  /** Index values by index name (`Syntec`), read on revision months; absent: none entered. */
  readonly indices?: ReadonlyMap<string, Dec>;
  /** KPIs excluded this month (force majeure, a client-caused outage) by KPI name, with the reason. */
  readonly exclusions?: ReadonlyMap<string, string>;
}

/** Measured values by month (`2026-10`), in ascending order of month. */
export interface Actuals {
  readonly periods: ReadonlyMap<Period, PeriodActuals>;
}
