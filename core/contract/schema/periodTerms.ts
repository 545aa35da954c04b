/**
 * Period and amount terms: KPI aggregation and graded rate adjustments (checked on each clause), dated
 * amendments, indexation and the VAT note (checked across the contract). A revision takes effect at the
 * start of an invoicing period, so an invoice is priced with one price per fee, never a blend.
 */
import { z } from 'zod';
import type { ContractProblems } from '../../i18n/contract';
import { HUNDRED, dec, isDec, quotient, type Dec } from '../../money';
import { FREQUENCY_MONTHS, comparePeriods, isPeriod, windowOf } from '../period';
import {
  FREQUENCIES,
  type Frequency,
  type Indexation,
  type KpiAggregation,
  type KpiModel,
  type Period,
  type PriceAmendment,
  type VolumeFee,
} from '../types';
import { NON_NEGATIVE, POSITIVE, containerError, decimal, integer, oneOf, period, text } from './primitives';

type Add = (path: PropertyKey[], message: string) => void;
type Clean = (...path: PropertyKey[]) => boolean;

/** Models whose amount is a share of a per-invoice pay or pool: a month-by-month sum would count it thrice. */
const PER_INVOICE_MODELS: readonly KpiModel[] = ['achievement-share', 'rate-adjustment', 'sla-credit'];

/** The clause fields these checks read. */
interface ClauseTerms {
  readonly model?: KpiModel;
  readonly aggregation?: KpiAggregation;
  readonly aggregationVolume?: string;
  readonly grading?: string;
  readonly threshold?: Dec;
  readonly target?: Dec;
  readonly comparison?: string;
}

/** Aggregation and grading on one clause; `given`/`clean` as in `modelChecks`. */
export function clausePeriodTermChecks(
  clause: ClauseTerms,
  add: (field: string, message: string) => void,
  clean: (field: string) => boolean,
  p: ContractProblems,
  modelName: string,
): void {
  const t = p.periodTerms;
  const { aggregation } = clause;
  if (
    aggregation === 'weighted-average' &&
    clause.aggregationVolume === undefined &&
    clean('aggregationVolume')
  )
    add('aggregationVolume', t.aggregationVolumeRequired);
  if (clause.aggregationVolume !== undefined && aggregation !== 'weighted-average' && clean('aggregation'))
    add('aggregationVolume', t.aggregationVolumeUnused);
  if (aggregation === 'each-month' && clause.model && PER_INVOICE_MODELS.includes(clause.model))
    add('aggregation', t.eachMonthNotFor(modelName));
  if (clause.grading !== 'linear') return;
  if (clause.threshold === undefined) {
    if (clean('threshold')) add('threshold', t.gradingNeedsThreshold);
  } else if (isDec(clause.threshold) && isDec(clause.target) && clause.threshold.eq(clause.target)) {
    add('threshold', t.gradingDistinctLevels);
  }
  if (clause.comparison !== undefined) add('comparison', t.gradingComparison);
}

/** A dated amendment: `{ from, fee, amount, upTo? }`. */
export function amendmentSchema(p: ContractProblems) {
  return z
    .strictObject(
      {
        from: period(p),
        fee: text(p),
        amount: decimal(p, NON_NEGATIVE),
        upTo: z.union([z.null(), decimal(p, POSITIVE)]).optional(),
      },
      { error: containerError(p, 'object') },
    )
    .transform((a): PriceAmendment => {
      const amendment = { from: a.from, fee: a.fee, amount: a.amount };
      // No bound, or `null`, is the open last tier (a single price is one): the sheet's blank Up to.
      return a.upTo === undefined || a.upTo === null ? amendment : { ...amendment, upTo: a.upTo };
    });
}

/**
 * Indexation: `{ from, frequency?, index + base | rate, decimals? }`, revised prices to the cent unless
 * `decimals`, yearly unless `frequency` (a wage index revised every quarter or half-year).
 */
export function indexationSchema(p: ContractProblems) {
  return z
    .strictObject(
      {
        from: period(p),
        frequency: oneOf(p, FREQUENCIES).optional(),
        index: text(p).optional(),
        base: decimal(p, POSITIVE).optional(),
        rate: decimal(p, { min: dec(-1), minExclusive: true }).optional(),
        decimals: integer(p, 0, 6).optional(),
      },
      { error: containerError(p, 'object') },
    )
    .superRefine((x, ctx) => {
      const add = (field: string, message: string) =>
        ctx.addIssue({ code: 'custom', message, path: [field] });
      const t = p.periodTerms;
      // A rate is a fraction: 2.5 typed for 2.5 % would revise every price × 3.5 a year.
      if (x.rate?.gt(1)) {
        const [rate, percent, hint] = [x.rate, x.rate.times(HUNDRED), quotient(x.rate, HUNDRED)].map(
          p.decimal,
        );
        add('rate', t.rateIsFraction(rate, percent, hint));
      } else if (x.rate !== undefined && (x.index !== undefined || x.base !== undefined))
        add('rate', t.indexOrRate);
      else if (x.rate === undefined && x.index === undefined && x.base === undefined)
        add('index', t.indexOrRate);
      else if (x.index !== undefined && x.base === undefined) add('base', t.indexNeedsBase);
      else if (x.base !== undefined && x.index === undefined) add('index', t.baseNeedsIndex);
      // A contract's fixed rate is a yearly one: applied quarterly it would compound four times a year.
      if (x.rate !== undefined && x.frequency !== undefined && x.frequency !== 'yearly')
        add('frequency', t.rateIsYearly);
    })
    .transform((x): Indexation => {
      const decimals = x.decimals ?? 2;
      const every = x.frequency === undefined ? {} : { frequency: x.frequency };
      return x.rate !== undefined
        ? { from: x.from, ...every, rate: x.rate, decimals }
        : { from: x.from, ...every, index: x.index, base: x.base, decimals };
    });
}

/** The contract's fields these checks read; any may still be raw input. */
interface RawTerms {
  readonly vatRate?: unknown;
  readonly vatNote?: unknown;
  readonly frequency?: Frequency;
  readonly firstPeriod?: unknown;
  readonly lastPeriod?: unknown;
  readonly fixedFees?: readonly { label?: unknown }[];
  readonly hourly?: { label?: unknown };
  readonly volumes?: readonly VolumeFee[];
  readonly kpis?: readonly {
    aggregationVolume?: unknown;
    activeMonths?: readonly Period[];
    aggregation?: unknown;
    period?: Frequency;
  }[];
  readonly amendments?: readonly PriceAmendment[];
  readonly indexation?: Indexation;
}

/** Checks across the contract: the VAT note, aggregation volumes, amendments and revision months. */
export function periodTermProblems(raw: RawTerms, add: Add, clean: Clean, p: ContractProblems): void {
  const t = p.periodTerms;
  if (raw.vatNote !== undefined && clean('vatNote') && clean('vatRate')) {
    const rate = raw.vatRate as Dec | undefined;
    if (rate !== undefined && !rate.isZero()) add(['vatNote'], t.vatNoteNeedsZero(rate.toFixed()));
  }
  const volumes = Array.isArray(raw.volumes) && clean('volumes') ? raw.volumes : [];
  (Array.isArray(raw.kpis) ? raw.kpis : []).forEach((kpi, i) => {
    const name = kpi?.aggregationVolume;
    if (typeof name !== 'string' || !clean('kpis', i, 'aggregationVolume') || !clean('volumes')) return;
    if (!volumes.some((v) => v.name.toLowerCase() === name.toLowerCase()))
      add(['kpis', i, 'aggregationVolume'], p.unknownVolume(name, volumes.map((v) => v.name).join(', ')));
  });

  const first =
    typeof raw.firstPeriod === 'string' && isPeriod(raw.firstPeriod) ? raw.firstPeriod : undefined;
  const last = typeof raw.lastPeriod === 'string' && isPeriod(raw.lastPeriod) ? raw.lastPeriod : undefined;
  const frequency = clean('frequency') && raw.frequency ? raw.frequency : undefined;
  const monthProblem = (month: Period): string | undefined => {
    if (first === undefined || frequency === undefined) return undefined;
    if (comparePeriods(month, first) < 0 || (last !== undefined && comparePeriods(month, last) > 0))
      return t.revisionOutside(first, last);
    const window = windowOf(first, FREQUENCY_MONTHS[frequency], month)!;
    return window[0] === month
      ? undefined
      : t.revisionInsidePeriod(month, window[0], window[window.length - 1]);
  };
  // A time-boxed clause's months must be invoiced, and measured over a longer period without an
  // aggregation it is evaluated on the closing month only: any other month would leave it out unsaid.
  const clauses: NonNullable<RawTerms['kpis']> = Array.isArray(raw.kpis) ? raw.kpis : [];
  clauses.forEach((kpi, i) => {
    const active = kpi?.activeMonths;
    if (first === undefined || active === undefined || !clean('kpis', i, 'activeMonths')) return;
    const period = kpi.aggregation === undefined && clean('kpis', i, 'period') ? kpi.period : undefined;
    const months = period === undefined ? 1 : FREQUENCY_MONTHS[period];
    active.forEach((month, j) => {
      if (comparePeriods(month, first) < 0 || (last !== undefined && comparePeriods(month, last) > 0)) {
        add(['kpis', i, 'activeMonths', j], t.revisionOutside(first, last));
        return;
      }
      const window = months > 1 ? windowOf(first, months, month) : undefined;
      if (window !== undefined && window[window.length - 1] !== month)
        add(
          ['kpis', i, 'activeMonths', j],
          t.activeNotEvaluated(month, window[0], window[window.length - 1]),
        );
    });
  });
  // An indexation that is no object has its own issue, and no month to check.
  if (typeof raw.indexation?.from === 'string' && clean('indexation', 'from')) {
    const problem = monthProblem(raw.indexation.from);
    if (problem !== undefined) add(['indexation', 'from'], problem);
  }
  const every = raw.indexation?.frequency;
  if (every !== undefined && frequency !== undefined && clean('indexation', 'frequency')) {
    const [months, invoiced] = [FREQUENCY_MONTHS[every], FREQUENCY_MONTHS[frequency]];
    if (months % invoiced !== 0)
      add(['indexation', 'frequency'], t.revisionMoreOftenThanInvoices(months, invoiced));
  }
  if (!Array.isArray(raw.amendments) || !clean('fixedFees') || !clean('hourly') || !clean('volumes')) return;
  const seen = new Set<string>();
  raw.amendments.forEach((amendment, i) => {
    if (!clean('amendments', i)) return;
    const problem = monthProblem(amendment.from);
    if (problem !== undefined) add(['amendments', i, 'from'], problem);
    const fee = feeNamed(raw, amendment.fee);
    if (fee.kind === 'none')
      return add(['amendments', i, 'fee'], t.amendmentUnknownFee(amendment.fee, fee.known));
    if (fee.kind === 'several') return add(['amendments', i, 'fee'], t.amendmentAmbiguousFee(amendment.fee));
    const upTo = amendment.upTo ?? null;
    if (fee.kind !== 'volume' && amendment.upTo !== undefined)
      return add(['amendments', i, 'upTo'], t.amendmentTierUnused);
    if (fee.kind === 'volume' && !fee.volume.tiers.some((tier) => sameUpTo(tier.upTo, upTo))) {
      const tiers = fee.volume.tiers
        .map((tier) => (tier.upTo === null ? '∞' : tier.upTo.toFixed()))
        .join(', ');
      return add(['amendments', i, 'upTo'], t.amendmentUnknownTier(upTo?.toFixed() ?? '∞', tiers));
    }
    const key = `${amendment.fee.toLowerCase()}|${upTo?.toFixed() ?? ''}|${amendment.from}`;
    if (seen.has(key)) add(['amendments', i, 'from'], t.amendmentTwice(amendment.fee, amendment.from));
    seen.add(key);
  });
}

/** Two tier bounds are the same tier: equal, or both the open last tier. */
export function sameUpTo(a: Dec | null, b: Dec | null): boolean {
  return a === null || b === null ? a === b : a.eq(b);
}

/** The fee an amendment names: a fixed fee, the hourly fee or a volume, matched without case. */
type NamedFee =
  | { readonly kind: 'fixed'; readonly index: number }
  | { readonly kind: 'hourly' }
  | { readonly kind: 'volume'; readonly volume: VolumeFee }
  | { readonly kind: 'none'; readonly known: string }
  | { readonly kind: 'several' };

/** Which fee `name` is among the contract's fixed fees, hourly fee and volumes. */
function feeNamed(contract: Pick<RawTerms, 'fixedFees' | 'hourly' | 'volumes'>, name: string): NamedFee {
  const wanted = name.trim().toLowerCase();
  const same = (label: unknown) => typeof label === 'string' && label.trim().toLowerCase() === wanted;
  const found: NamedFee[] = [];
  (contract.fixedFees ?? []).forEach(
    (fee, index) => same(fee?.label) && found.push({ kind: 'fixed', index }),
  );
  if (contract.hourly && same(contract.hourly.label)) found.push({ kind: 'hourly' });
  for (const volume of contract.volumes ?? []) if (same(volume.name)) found.push({ kind: 'volume', volume });
  if (found.length === 1) return found[0];
  if (found.length > 1) return { kind: 'several' };
  const known = [
    ...(contract.fixedFees ?? []).map((f) => f?.label),
    contract.hourly?.label,
    ...(contract.volumes ?? []).map((v) => v.name),
  ].filter((label): label is string => typeof label === 'string');
  return { kind: 'none', known: known.join(', ') };
}

/** Used by the contract's assembly: the terms of this file as the parsed contract carries them. */
export function assemblePeriodTerms(raw: RawTerms, contract: Record<string, unknown>): void {
  if (typeof raw.vatNote === 'string') contract.vatNote = raw.vatNote;
  if (raw.amendments !== undefined && raw.amendments.length > 0)
    contract.amendments = [...raw.amendments].sort((a, b) => comparePeriods(a.from, b.from));
  if (raw.indexation !== undefined) contract.indexation = raw.indexation;
}
