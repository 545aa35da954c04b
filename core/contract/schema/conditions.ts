/**
 * The condition terms of a clause (minimum sample, neutral fee, repeat-failure escalation and key measures)
 * and of a volume (a gated price): their fields, which models take them, and the checks that tie them
 * together. The invoice side is `core/invoice/conditions/`.
 */
import type { ContractProblems } from '../../i18n/contract';
import { conditionProblems } from '../../i18n/conditions';
import { enumLabel } from '../../i18n/contract';
import { ONE, dec, decMin, isDec, type Dec } from '../../money';
import { FREQUENCY_MONTHS } from '../period';
import type { ModelRule } from './kpi';
import {
  COMPARISONS,
  GATE_NOT_EVALUATED,
  type Frequency,
  type KpiClause,
  type Language,
  type VolumeFee,
} from '../types';
import { NON_NEGATIVE, POSITIVE, decimal, oneOf, text } from './primitives';

/** Repeat windows count at most two years of monthly periods. */
const MAX_REPEAT = 24;

/** The zod fields of the condition terms of a KPI clause. */
export function conditionFields(p: ContractProblems) {
  return {
    sampleVolume: text(p).optional(),
    sampleMinimum: decimal(p, { min: ONE }).optional(),
    neutralFee: decimal(p, NON_NEGATIVE).optional(),
    repeatPeriods: decimal(p, { min: dec(2), max: dec(MAX_REPEAT) }).optional(),
    escalateAt: decimal(p, { min: ONE, max: dec(MAX_REPEAT) }).optional(),
    escalationFactor: decimal(p, { min: ONE, minExclusive: true }).optional(),
    criticalAt: decimal(p, { min: ONE, max: dec(MAX_REPEAT) }).optional(),
    gateNotEvaluated: oneOf(p, GATE_NOT_EVALUATED).optional(),
  };
}

/** Any clause may need a minimum sample. */
export const SAMPLED: ModelRule['terms'] = { sampleVolume: 'optional', sampleMinimum: 'optional' };
/** A fee model says what it pays when not evaluated. */
export const NEUTRAL_FEE: ModelRule['terms'] = { ...SAMPLED, neutralFee: 'optional' };
/** A service level may escalate on repeated misses, or be a key measure until then. */
export const REPEATED: ModelRule['terms'] = {
  ...SAMPLED,
  repeatPeriods: 'optional',
  escalateAt: 'optional',
  escalationFactor: 'optional',
  criticalAt: 'optional',
};

type Fields = Partial<
  Pick<
    KpiClause,
    'sampleVolume' | 'sampleMinimum' | 'neutralFee' | 'repeatPeriods' | 'escalateAt' | 'escalationFactor'
  > & { criticalAt: Dec; amount: Dec }
>;

/** The checks between condition terms of one clause; terms a model does not take were refused already. */
export function conditionTermChecks(
  clause: Fields,
  add: (field: string, message: string) => void,
  clean: (field: string) => boolean,
  p: ContractProblems,
  lang: Language,
): void {
  const c = conditionProblems(lang);
  const given = (field: keyof Fields) => clause[field] !== undefined;
  const whole = (field: 'sampleMinimum' | 'repeatPeriods' | 'escalateAt' | 'criticalAt', max: number) => {
    const value = clause[field];
    if (value !== undefined && clean(field) && !value.isInteger())
      add(field, p.expectedInteger(1, max, value.toFixed()));
  };
  whole('sampleMinimum', Number.MAX_SAFE_INTEGER);
  for (const field of ['repeatPeriods', 'escalateAt', 'criticalAt'] as const) whole(field, MAX_REPEAT);

  if (given('sampleVolume') !== given('sampleMinimum')) {
    const missing = given('sampleVolume') ? 'sampleMinimum' : 'sampleVolume';
    if (clean(missing)) add(missing, c.sampleIncomplete);
  }
  const { neutralFee, amount } = clause;
  // Either may have failed its own check (a text): only two numbers compare.
  if (isDec(neutralFee) && isDec(amount) && clean('neutralFee') && neutralFee.gt(amount))
    add('neutralFee', c.neutralAboveAmount(amount.toFixed()));

  if (given('escalateAt') !== given('escalationFactor')) {
    const missing = given('escalateAt') ? 'escalationFactor' : 'escalateAt';
    if (clean(missing)) add(missing, c.escalationIncomplete);
  }
  const counted = given('escalateAt') || given('criticalAt');
  if (counted && !given('repeatPeriods') && clean('repeatPeriods'))
    add(given('escalateAt') ? 'escalateAt' : 'criticalAt', c.repeatNeedsWindow);
  if (!counted && given('repeatPeriods') && clean('repeatPeriods')) add('repeatPeriods', c.repeatNeedsCount);
  // Only numbers that passed their own check compare (a window of 0 is refused on its own).
  const window = isDec(clause.repeatPeriods) && clean('repeatPeriods') ? clause.repeatPeriods : undefined;
  for (const field of ['escalateAt', 'criticalAt'] as const) {
    const misses = clause[field];
    if (window !== undefined && isDec(misses) && clean(field) && misses.gt(window))
      add(field, p.atMost(window.toFixed()));
  }
  // A key measure gives no credit before it is critical: escalating it earlier would multiply nothing.
  const { escalateAt, criticalAt } = clause;
  if (
    isDec(escalateAt) &&
    isDec(criticalAt) &&
    clean('escalateAt') &&
    clean('criticalAt') &&
    escalateAt.lt(criticalAt)
  )
    add('escalateAt', p.atLeast(criticalAt.toFixed()));
}

/** The zod fields of a gated volume price. */
export function volumeGateFields(p: ContractProblems) {
  return {
    gateKpi: text(p).optional(),
    gateLevel: decimal(p).optional(),
    gateComparison: oneOf(p, COMPARISONS).optional(),
    gateNotEvaluated: oneOf(p, GATE_NOT_EVALUATED).optional(),
    fallbackPrice: decimal(p, NON_NEGATIVE).optional(),
    gatedAbove: decimal(p, POSITIVE).optional(),
  };
}

/**
 * A volume's gate: KPI and level together, a fallback only with them, never above the price of a tier it
 * replaces; a gate on the upper tiers only (`gatedAbove`) on a graduated grid, at the end of a tier.
 */
export function volumeGateChecks(
  volume: Partial<
    Pick<VolumeFee, GateField | 'tiers'> & {
      unitPrice: Dec;
      mode: string;
    }
  >,
  add: (path: PropertyKey[], message: string) => void,
  clean: (path: PropertyKey[]) => boolean,
  p: ContractProblems,
  lang: Language,
): void {
  const c = conditionProblems(lang);
  const gate = volume.gateKpi !== undefined;
  if (gate !== (volume.gateLevel !== undefined)) {
    const missing = gate ? 'gateLevel' : 'gateKpi';
    if (clean([missing])) add([missing], p.gateIncomplete);
  }
  if (volume.gateComparison !== undefined && !gate && volume.gateLevel === undefined)
    add(['gateComparison'], c.gateComparisonNeedsGate);
  if (volume.gateNotEvaluated !== undefined && !gate && volume.gateLevel === undefined)
    add(['gateNotEvaluated'], c.gateNotEvaluatedNeedsGate);
  const above = volume.gatedAbove;
  const tiers = volume.tiers ?? [];
  if (isDec(above) && clean(['gatedAbove'])) {
    const bounds = tiers.map((t) => t?.upTo).filter(isDec);
    if (!gate && volume.gateLevel === undefined) add(['gatedAbove'], c.gatedAboveNeedsGate);
    else if (volume.mode === 'volume') add(['gatedAbove'], c.gatedAboveGraduated);
    else if (clean(['tiers']) && !bounds.some((b) => b.eq(above)))
      add(
        ['gatedAbove'],
        c.gatedAboveNotABound(above.toFixed(), bounds.map((b) => b.toFixed()).join(', ') || '∞'),
      );
  }
  if (volume.fallbackPrice === undefined) return;
  if (!gate && volume.gateLevel === undefined) add(['fallbackPrice'], c.fallbackNeedsGate);
  // The fallback replaces the gated tiers' prices only: those above `gatedAbove`, or every one.
  const gated = tiers.filter((t) => !isDec(above) || !isDec(t?.upTo) || t.upTo.gt(above));
  const prices = [...gated.map((t) => t?.unitPrice), volume.unitPrice].filter(isDec);
  if (!isDec(volume.fallbackPrice)) return;
  if (prices.length > 0 && volume.fallbackPrice.gt(prices.reduce(decMin)))
    add(['fallbackPrice'], c.fallbackAbovePrice(prices.reduce(decMin).toFixed()));
}

/** The fields of a volume's gate. */
type GateField =
  'gateKpi' | 'gateLevel' | 'gateComparison' | 'gateNotEvaluated' | 'fallbackPrice' | 'gatedAbove';

/** The gate fields of a volume as the contract holds them: only those given. */
export function gateOf(v: Partial<Pick<VolumeFee, GateField>>): Partial<Pick<VolumeFee, GateField>> {
  const gate: { -readonly [K in GateField]?: VolumeFee[K] } = {};
  if (v.gateKpi !== undefined) gate.gateKpi = v.gateKpi;
  if (v.gateLevel !== undefined) gate.gateLevel = v.gateLevel;
  if (v.gateComparison !== undefined) gate.gateComparison = v.gateComparison;
  if (v.gateNotEvaluated !== undefined) gate.gateNotEvaluated = v.gateNotEvaluated;
  if (v.fallbackPrice !== undefined) gate.fallbackPrice = v.fallbackPrice;
  if (v.gatedAbove !== undefined) gate.gatedAbove = v.gatedAbove;
  return gate;
}

/**
 * Conditions that reach across the contract: a volume's gate names a KPI clause evaluated on every
 * invoice (or aggregated over its months).
 */
export function conditionContractProblems(
  raw: { frequency?: unknown },
  kpis: readonly KpiClause[],
  volumes: readonly VolumeFee[],
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
  p: ContractProblems,
  lang: Language,
): void {
  const c = conditionProblems(lang);
  const frequency = typeof raw.frequency === 'string' ? (raw.frequency as Frequency) : undefined;
  if (frequency === undefined || !(frequency in FREQUENCY_MONTHS) || !clean('frequency')) return;
  const longer = (period: unknown) =>
    typeof period === 'string' &&
    period in FREQUENCY_MONTHS &&
    FREQUENCY_MONTHS[period as Frequency] > FREQUENCY_MONTHS[frequency];
  const name = (f: string) => enumLabel('frequency', f, lang);
  volumes.forEach((volume, i) => {
    const gate = volume?.gateKpi;
    if (typeof gate !== 'string' || !clean('volumes', i, 'gateKpi')) return;
    const kpi = kpis.find((k) => typeof k?.name === 'string' && k.name.toLowerCase() === gate.toLowerCase());
    if (kpi === undefined) {
      add(['volumes', i, 'gateKpi'], p.gateUnknown(gate));
      return;
    }
    // An aggregated KPI is entered every month: whether it forms one value on every invoice is
    // gatePeriods.ts's check, the one clause gates have, with the rule invoicing reads the gate by.
    if (longer(kpi.period) && kpi.aggregation === undefined)
      add(['volumes', i, 'gateKpi'], c.gatePeriod(kpi.name, name(kpi.period), name(frequency)));
  });
}
