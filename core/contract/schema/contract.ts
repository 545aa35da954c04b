/**
 * The contract schema: fields, then the checks that span several of them (unique names, weights, the terms
 * a model needs, evaluation periods against the invoicing frequency). Cross-checks run even when some fields
 * failed, on the parts that parsed, so one pass reports every issue.
 */
import { gateProblems } from './gates';
import { gateValueProblems } from './gatePeriods';
import { conditionContractProblems } from './conditions';
import { levelMonthProblems } from './levels';
import { amendmentSchema, assemblePeriodTerms, indexationSchema, periodTermProblems } from './periodTerms';
import { z } from 'zod';
import { contractText, enumLabel, type ContractProblems } from '../../i18n/contract';
import {
  ONE,
  ROUNDING_RULES,
  decSum,
  isDec,
  minorUnitDigits,
  type Dec,
  type RoundingRule,
} from '../../money';
import { FREQUENCY_MONTHS, comparePeriods, isPeriod } from '../period';
import {
  CHARGES_BASES,
  CONTRACT_SCHEMA_ID,
  FREQUENCIES,
  LANGUAGES,
  type AmountRule,
  type Caps,
  type ChargesBasis,
  type Contract,
  type Frequency,
  type KpiClause,
  type Language,
  type VolumeFee,
} from '../types';
import { fixedFeeSchema, hourlySchema, volumeSchema } from './fees';
import { isCurrencyCode } from './iso4217';
import { kpiClauseSchema } from './kpi';
import { nameKey } from '../nameMatch';
import {
  FRACTION,
  NON_NEGATIVE,
  POSITIVE,
  containerError,
  decimal,
  hasIssueAt,
  hostMoneyProblem,
  integer,
  oneOf,
  period,
  text,
  type Bounds,
} from './primitives';

/** `{ amount }` or `{ percentOfBase }`, exactly one. */
function amountRuleSchema(p: ContractProblems, percentBounds: Bounds) {
  return z
    .strictObject(
      { amount: decimal(p, NON_NEGATIVE).optional(), percentOfBase: decimal(p, percentBounds).optional() },
      { error: containerError(p, 'object') },
    )
    .superRefine((rule, ctx) => {
      if (rule.amount !== undefined && rule.percentOfBase !== undefined) {
        ctx.addIssue({ code: 'custom', message: p.amountOrPercent, path: ['percentOfBase'] });
      }
      if (rule.amount === undefined && rule.percentOfBase === undefined) {
        ctx.addIssue({ code: 'custom', message: p.required, path: ['amount'] });
      }
    })
    .transform((rule): AmountRule =>
      rule.amount !== undefined ? { amount: rule.amount } : { percentOfBase: rule.percentOfBase as Dec },
    );
}

function schemaMarker(p: ContractProblems) {
  return z.unknown().transform((value, ctx): typeof CONTRACT_SCHEMA_ID => {
    if (value === CONTRACT_SCHEMA_ID) return CONTRACT_SCHEMA_ID;
    ctx.addIssue({
      code: 'custom',
      message: value === undefined ? p.required : p.unsupportedSchema(p.describe(value), CONTRACT_SCHEMA_ID),
    });
    return z.NEVER as never;
  });
}

function currencySchema(p: ContractProblems) {
  return z.unknown().transform((value, ctx): string => {
    if (typeof value === 'string' && isCurrencyCode(value)) return value;
    const message =
      value === undefined
        ? p.required
        : typeof value === 'string' && /^[A-Z]{3}$/.test(value)
          ? p.unknownCurrency(p.describe(value))
          : p.currencyCode(p.describe(value));
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER as never;
  });
}

function buildContractSchema(lang: Language, source: ContractSource) {
  const p = source === 'json' ? jsonProblems(contractText(lang).problems) : contractText(lang).problems;
  const object = (shape: z.ZodRawShape) => z.strictObject(shape, { error: containerError(p, 'object') });
  const list = <T extends z.ZodType>(item: T) => z.array(item, { error: containerError(p, 'list') });
  return z
    .strictObject(
      {
        schema: schemaMarker(p),
        id: text(p),
        name: text(p),
        version: text(p).optional(),
        parties: object({ client: text(p), provider: text(p) }),
        currency: currencySchema(p),
        language: oneOf(p, LANGUAGES),
        vatRate: decimal(p, FRACTION),
        vatNote: text(p).optional(),
        frequency: oneOf(p, FREQUENCIES),
        firstPeriod: period(p),
        lastPeriod: period(p).optional(),
        rounding: oneOf(p, ROUNDING_RULES).optional(),
        fixedFees: list(fixedFeeSchema(p)).optional(),
        rebates: list(fixedFeeSchema(p)).optional(),
        hourly: hourlySchema(p).optional(),
        volumes: list(volumeSchema(p, lang)).optional(),
        kpis: list(kpiClauseSchema(p, lang)).optional(),
        caps: object({
          // A share of the base, as VAT and the at-risk share: 10 for 10 % would cap at 1,000 %.
          bonus: amountRuleSchema(p, FRACTION).optional(),
          malus: amountRuleSchema(p, FRACTION).optional(),
        }).optional(),
        sla: object({
          atRisk: amountRuleSchema(p, { ...POSITIVE, max: ONE }).optional(),
          basis: oneOf(p, CHARGES_BASES).optional(),
        }).optional(),
        earnback: object({ periods: integer(p, 1, 24) }).optional(),
        amendments: list(amendmentSchema(p)).optional(),
        indexation: indexationSchema(p).optional(),
      },
      { error: containerError(p, 'object') },
    )
    .superRefine((raw, ctx) => crossChecks(raw as unknown as RawContract, ctx, p, lang), { when: anObject })
    .transform((raw): Contract => assemble(raw as unknown as RawContract));
}

/**
 * The cross-checks run even where fields failed (one pass reports every issue), but over an object only:
 * `null` crashed them, and a list or `true` was said to have no fees.
 */
function anObject({ value }: { value: unknown }): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The contract as fields parsed; during cross-checks any part may still be raw input. */
interface RawContract {
  schema: typeof CONTRACT_SCHEMA_ID;
  id: string;
  name: string;
  version?: string;
  parties: Contract['parties'];
  currency: string;
  language: Language;
  vatRate: Dec;
  frequency: Frequency;
  firstPeriod: string;
  lastPeriod?: string;
  rounding?: RoundingRule;
  fixedFees?: Contract['fixedFees'];
  rebates?: Contract['fixedFees'];
  hourly?: Contract['hourly'];
  volumes?: Contract['volumes'];
  kpis?: Contract['kpis'];
  caps?: Caps;
  sla?: { atRisk?: AmountRule; basis?: ChargesBasis };
  earnback?: Contract['earnback'];
  vatNote?: string;
  amendments?: Contract['amendments'];
  indexation?: Contract['indexation'];
}

type Sink = {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void;
  issues: readonly { path?: readonly PropertyKey[] }[];
};

function crossChecks(raw: RawContract, ctx: Sink, p: ContractProblems, lang: Language): void {
  const add = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', message, path });
  const clean = (...path: PropertyKey[]) => !hasIssueAt(ctx, path);
  // Parts that failed are still raw input here: every use below is guarded by `clean` or a type test.
  const kpis = (Array.isArray(raw.kpis) ? raw.kpis : []) as readonly KpiClause[];
  const volumes = (Array.isArray(raw.volumes) ? raw.volumes : []) as readonly VolumeFee[];
  const modelName = (model: string) => enumLabel('model', model, lang);
  const modelOf = (i: number): string | undefined =>
    clean('kpis', i, 'model') && typeof kpis[i]?.model === 'string' ? kpis[i].model : undefined;

  if (isPeriod(String(raw.firstPeriod)) && raw.lastPeriod !== undefined && isPeriod(String(raw.lastPeriod))) {
    if (comparePeriods(raw.lastPeriod, raw.firstPeriod) < 0)
      add(['lastPeriod'], p.lastBeforeFirst(raw.firstPeriod));
  }

  uniqueNames(kpis, 'kpis', p.duplicateKpi, add, clean);
  uniqueNames(volumes, 'volumes', p.duplicateVolume, add, clean);
  kpiVolumeClashes(kpis, volumes, p, add, clean);
  gateProblems(kpis, volumes, add, clean, p, lang);
  conditionContractProblems(raw, kpis, volumes, add, clean, p, lang);
  gateValueProblems(raw, kpis, volumes, add, clean, lang);
  levelMonthProblems(raw, kpis, add, clean, p, lang);
  periodTermProblems(raw, add, clean, p);

  const shares = kpis.map((_, i) => i).filter((i) => modelOf(i) === 'achievement-share');
  const weights = shares.map((i) => (clean('kpis', i, 'weight') ? kpis[i].weight : undefined));
  if (shares.length > 0 && weights.every(isDec)) {
    const sum = decSum(weights as Dec[]);
    if (!sum.eq(ONE)) add(['kpis', shares[0], 'weight'], p.weightsSum(sum.toFixed()));
  }

  const hourlyClean = clean('hourly');
  const frequencyClean = clean('frequency') && FREQUENCIES.includes(raw.frequency);
  kpis.forEach((kpi, i) => {
    const model = modelOf(i);
    if ((model === 'achievement-share' || model === 'rate-adjustment') && hourlyClean) {
      if (raw.hourly === undefined) add(['kpis', i, 'model'], p.needsHourly(modelName(model)));
      else if (model === 'achievement-share' && raw.hourly.variablePay === undefined) {
        add(['kpis', i, 'model'], p.needsVariablePay(modelName(model)));
      }
    }
    if (model === 'sla-credit' && clean('sla') && raw.sla === undefined) {
      add(['kpis', i, 'model'], p.needsSla(modelName(model)));
    }
    const kpiPeriod =
      clean('kpis', i, 'period') && FREQUENCIES.includes(kpi?.period) ? kpi.period : undefined;
    if (
      frequencyClean &&
      kpiPeriod !== undefined &&
      // An aggregated KPI is measured monthly and evaluated over the invoice's months (periodTerms.ts).
      kpi.aggregation === undefined &&
      FREQUENCY_MONTHS[kpiPeriod] < FREQUENCY_MONTHS[raw.frequency]
    ) {
      add(
        ['kpis', i, 'period'],
        p.kpiPeriodTooShort(
          enumLabel('frequency', kpiPeriod, lang),
          enumLabel('frequency', raw.frequency, lang),
        ),
      );
    }
  });

  if (raw.sla !== undefined && clean('sla') && raw.sla.atRisk === undefined)
    add(['sla', 'atRisk'], p.atRiskMissing);
  if (raw.earnback !== undefined && clean('earnback') && kpis.every((_, i) => modelOf(i) !== 'sla-credit')) {
    if (kpis.every((_, i) => clean('kpis', i, 'model'))) add(['earnback', 'periods'], p.earnbackNeedsSla);
  }

  const fixedFees = Array.isArray(raw.fixedFees) ? raw.fixedFees : [];
  if (clean('currency') && typeof raw.currency === 'string') {
    // Prices stated to more decimals than the cent, as an indexation's `decimals` says, are revised exactly.
    const decimals = typeof raw.indexation?.decimals === 'number' ? raw.indexation.decimals : 0;
    for (const [path, value] of amountFields(raw, fixedFees, kpis, volumes)) {
      const revised = path[0] === 'fixedFees' || path[0] === 'amendments';
      const places = Math.max(minorUnitDigits(raw.currency), revised ? decimals : 0);
      const problem =
        places > minorUnitDigits(raw.currency) && isDec(value) && value.decimalPlaces() > places
          ? p.beyondRevisedDecimals(places, value.decimalPlaces())
          : hostMoneyProblem(value, raw.currency, p, places);
      if (problem !== undefined) add(path, problem);
    }
  }
  if (fixedFees.length === 0 && volumes.length === 0 && kpis.length === 0 && raw.hourly === undefined) {
    if (clean('fixedFees') && clean('volumes') && clean('kpis') && clean('hourly'))
      add(['fixedFees'], p.noFees);
  }
}

/**
 * The amounts of money a contract states, bounded to what a cell holds and held to the currency's minor
 * unit (prices per unit and rates are bounded through the lines they make, and keep their digits). An
 * amount billed as stated (a fixed fee, a threshold fee) would be rounded on every invoice; a limit or a
 * base (a cap, a floor, the amount at risk, the variable pay) finer than the cent would let through a
 * figure neither party wrote. A limit stated as a share of the fees is computed, not stated: exact, it
 * lets through its value rounded toward zero (README "Caps are exact").
 */
function* amountFields(
  raw: RawContract,
  fixedFees: readonly unknown[],
  kpis: readonly KpiClause[],
  volumes: readonly VolumeFee[],
): Generator<[path: PropertyKey[], value: unknown]> {
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  for (const [i, fee] of fixedFees.entries()) yield [['fixedFees', i, 'amount'], field(fee, 'amount')];
  const rebates = Array.isArray(raw.rebates) ? raw.rebates : [];
  for (const [i, fee] of rebates.entries()) yield [['rebates', i, 'amount'], field(fee, 'amount')];
  yield [['hourly', 'variablePay'], field(raw.hourly, 'variablePay')];
  for (const [i, volume] of volumes.entries()) {
    yield [['volumes', i, 'minimumFee'], field(volume, 'minimumFee')];
    const tiers = field(volume, 'tiers');
    if (Array.isArray(tiers))
      for (const [t, tier] of tiers.entries())
        yield [['volumes', i, 'tiers', t, 'flatFee'], field(tier, 'flatFee')];
  }
  for (const [i, kpi] of kpis.entries()) {
    for (const key of ['amount', 'neutralFee', 'bonusCap', 'malusCap', 'floor'])
      yield [['kpis', i, key], field(kpi, key)];
  }
  // An amendment's amount is an amount when it names a fixed fee; a new rate or unit price is a price.
  const amendments = Array.isArray(raw.amendments) ? raw.amendments : [];
  const fixedLabels = new Set(
    fixedFees
      .map((fee) => field(fee, 'label'))
      .filter((label) => typeof label === 'string')
      .map((label) => label.trim().toLowerCase()),
  );
  for (const [i, amendment] of amendments.entries()) {
    const fee = field(amendment, 'fee');
    if (typeof fee === 'string' && fixedLabels.has(fee.trim().toLowerCase()))
      yield [['amendments', i, 'amount'], field(amendment, 'amount')];
  }
  for (const cap of ['bonus', 'malus'])
    yield [['caps', cap, 'amount'], field(field(raw.caps, cap), 'amount')];
  yield [['sla', 'atRisk', 'amount'], field(field(raw.sla, 'atRisk'), 'amount')];
}

/**
 * Each name once, as it reads on screen (`nameKey`, as the Actuals and Scenarios readers match a typed
 * name): the later uses of a name get the issue.
 */
function uniqueNames(
  items: readonly { name?: unknown }[],
  list: string,
  problem: (name: string) => string,
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!clean(list, i, 'name') || typeof item?.name !== 'string') return;
    const key = nameKey(item.name);
    if (seen.has(key)) add([list, i, 'name'], problem(item.name.trim()));
    seen.add(key);
  });
}

/**
 * A KPI and a volume may not share a name as it reads on screen (`nameKey`: case, spaces, invisible
 * characters and the apostrophe aside, as the Actuals and Scenarios readers match a typed name): the invoice
 * would print two lines of one label, and a label-based reconcile or a Scenarios sheet column could take one
 * for the other. Both places are named, each pointing to the other.
 */
function kpiVolumeClashes(
  kpis: readonly { name?: unknown }[],
  volumes: readonly { name?: unknown }[],
  p: ContractProblems,
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
): void {
  const keyOf = (list: string, items: readonly { name?: unknown }[], i: number) => {
    const name = items[i]?.name;
    return clean(list, i, 'name') && typeof name === 'string' ? nameKey(name) : undefined;
  };
  const kpiAt = new Map<string, number>();
  kpis.forEach((_, i) => {
    const key = keyOf('kpis', kpis, i);
    if (key !== undefined && !kpiAt.has(key)) kpiAt.set(key, i);
  });
  volumes.forEach((volume, v) => {
    const key = keyOf('volumes', volumes, v);
    const k = key === undefined ? undefined : kpiAt.get(key);
    if (k === undefined) return;
    add(['kpis', k, 'name'], p.nameKpiAndVolume(String(kpis[k].name).trim(), 'volume'));
    add(['volumes', v, 'name'], p.nameKpiAndVolume(String(volume.name).trim(), 'kpi'));
  });
}

/** The contract with every default applied; runs only when no check failed. */
function assemble(raw: RawContract): Contract {
  const contract: Record<string, unknown> = {
    schema: CONTRACT_SCHEMA_ID,
    id: raw.id,
    name: raw.name,
    parties: { client: raw.parties.client, provider: raw.parties.provider },
    currency: raw.currency,
    language: raw.language,
    vatRate: raw.vatRate,
    frequency: raw.frequency,
    firstPeriod: raw.firstPeriod,
    rounding: raw.rounding ?? 'half-away-from-zero',
    fixedFees: raw.fixedFees ?? [],
    volumes: raw.volumes ?? [],
    kpis: raw.kpis ?? [],
    caps: pruned({ bonus: raw.caps?.bonus, malus: raw.caps?.malus }),
  };
  if (raw.version !== undefined) contract.version = raw.version;
  if (raw.lastPeriod !== undefined) contract.lastPeriod = raw.lastPeriod;
  if (raw.hourly !== undefined) contract.hourly = raw.hourly;
  if (raw.rebates !== undefined && raw.rebates.length > 0) contract.rebates = raw.rebates;
  if (raw.sla !== undefined) contract.sla = { atRisk: raw.sla.atRisk, basis: raw.sla.basis ?? 'base-fees' };
  if (raw.earnback !== undefined) contract.earnback = { periods: raw.earnback.periods };
  assemblePeriodTerms(raw, contract);
  return contract as unknown as Contract;
}

function pruned<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Where the document came from: a contract file's JSON, or the JSON the Contract sheet's reader builds. */
export type ContractSource = 'json' | 'sheet';

/**
 * A contract file's problems: its values are said as JSON writes them, `null`, `true` and `false` (a
 * sheet's blank cell arrives as `null`, "an empty cell" there, and its booleans are `TRUE`, `VRAI`); a
 * file has no cells to look for.
 */
function jsonProblems(p: ContractProblems): ContractProblems {
  return {
    ...p,
    describe: (value) => (value === null || typeof value === 'boolean' ? String(value) : p.describe(value)),
  };
}

const SCHEMAS = new Map<string, ReturnType<typeof buildContractSchema>>();

/**
 * The zod schema of a contract JSON document, with messages in `lang` (built once per language and
 * source).
 */
export function contractSchema(lang: Language = 'en', source: ContractSource = 'json') {
  const key = `${lang} ${source}`;
  let schema = SCHEMAS.get(key);
  if (!schema) SCHEMAS.set(key, (schema = buildContractSchema(lang, source)));
  return schema;
}
