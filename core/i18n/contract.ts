/**
 * Texts of the Contract and Actuals sheets and of the problems found in them, in English and French.
 * Readers accept the labels of both languages, so a sheet keeps reading after its language is switched.
 */
import type { Dec, RoundingRule } from '../money';
import type { ActualKind } from '../contract/actuals';
import type { LevelChange } from '../contract/levelTerms';
import type {
  ActualsColumn,
  FeeColumn,
  FeeType,
  GeneralKey,
  KpiColumn,
  KpiLevel,
  SectionKey,
  EnumKind,
} from '../contract/sheetSpec';
import type {
  AmountPer,
  GateNotEvaluated,
  ChargesBasis,
  Comparison,
  Direction,
  Frequency,
  Grading,
  KpiAggregation,
  KpiModel,
  KpiUnit,
  Language,
  TierMode,
} from '../contract/types';
import { PERIOD_TERM_PROBLEMS, type PeriodTermProblems } from './periodTerms';
import { fr, frenchTexts, joinList } from './frenchTypography';
import { formatNumber } from './numberFormat';
import { formatCount } from './digitGroups';

/** The problems readers report; each returns the text after `Contract!H7 (Target): `. */
/** The whole numbers either side of a fraction typed for a count, spelled: `42500` and `42501`. */
export type WholeHint = readonly [below: string, above: string];

export interface ContractProblems {
  readonly required: string;
  requiredByModel(model: string): string;
  notUsedByModel(model: string): string;
  notUsedByFee(feeType: string): string;
  expectedNumber(got: string): string;
  /** A number in scientific notation (`7.74E-01`), as a spreadsheet writes one too wide for its column. */
  scientificNumber(got: string): string;
  /** JSON only: decimals are written as strings. */
  expectedDecimal(got: string): string;
  expectedText(got: string): string;
  expectedOneOf(options: readonly string[], got: string): string;
  expectedPeriod(got: string): string;
  expectedInteger(min: number, max: number, got: string): string;
  expectedObject(got: string): string;
  expectedList(got: string): string;
  errorValue(code: string): string;
  /** A date where a number belongs; a time (a typed `7:30`) with the decimal it stands for. */
  dateForNumber(got: string): string;
  timeForNumber(shown: string, decimal: string): string;
  unknownField(name: string): string;
  /** Problems of one value said together, `; `-separated the way of the language. */
  list(problems: readonly string[]): string;
  duplicateField(name: string): string;
  missingRow(label: string): string;
  missingSection(title: string): string;
  duplicateSection(title: string): string;
  missingColumn(header: string): string;
  atLeast(min: string): string;
  greaterThan(min: string): string;
  atMost(max: string): string;
  /** A fraction typed as a percentage (`"vatRate": "20"`): the bound, then the fraction it likely meant. */
  atMostFraction(max: string, hint: string): string;
  /** An amount of money with more decimals than its currency's minor unit has (`places` of them). */
  beyondMinorUnit(currency: string, digits: number, places: number): string;
  /** A fixed fee with more decimals than the indexation's `decimals` (beyond the minor unit) allow. */
  beyondRevisedDecimals(digits: number, places: number): string;
  currencyCode(got: string): string;
  /** Three capital letters that are no ISO 4217 code (`JYP` for JPY). */
  unknownCurrency(got: string): string;
  unsupportedSchema(got: string, expected: string): string;
  /** Names of the levels as `levelOrder` quotes them. */
  readonly levelNames: Readonly<Record<KpiLevel, string>>;
  /** `other` is the localized name of the level compared with, `value` its value. */
  levelOrder(op: '≤' | '≥', other: string, value: string, direction: string): string;
  stretchNeedsTarget: string;
  weightsSum(sum: string): string;
  duplicateKpi(name: string): string;
  /** A gate names its KPI and its level together. */
  readonly gateIncomplete: string;
  gateUnknown(name: string): string;
  readonly gateSelf: string;
  duplicateMonth(month: string): string;
  readonly perNeedsMinimum: string;
  /** A volume with both a minimum fee and a volume floor: two least amounts, one too many. */
  readonly floorOrMinimumFee: string;
  duplicateVolume(name: string): string;
  /** A KPI and a volume of one name: `other` is the other one's kind. */
  nameKpiAndVolume(name: string, other: 'kpi' | 'volume'): string;
  needsHourly(model: string): string;
  needsVariablePay(model: string): string;
  needsSla(model: string): string;
  earnbackNeedsSla: string;
  kpiPeriodTooShort(period: string, frequency: string): string;
  /** Aggregation, graded adjustments, price revisions and the VAT note (`periodTerms.ts`). */
  readonly periodTerms: PeriodTermProblems;
  lastBeforeFirst(first: string): string;
  eitherOr(a: string, b: string): string;
  amountOrPercent: string;
  atRiskMissing: string;
  openTierNotLast: string;
  lastTierBounded: string;
  tierOrder(previous: string): string;
  noTiers: string;
  noFees: string;
  oneHourly: string;
  volumeConflict(name: string, first: string): string;
  invalidJson(detail: string): string;
  /** An invoice JSON (`number`, `lines`, `total`, no `schema`) given as a contract. */
  invoiceNotContract(number: string): string;
  unknownKpi(name: string, known: string): string;
  unknownVolume(name: string, known: string): string;
  noHourly: string;
  /** A row's Unit cell names another unit than the contract measures `name` in. */
  unitMismatch(name: string, expected: string, written: string): string;
  periodOutside(period: string, first: string, last: string | undefined): string;
  notClosingMonth(name: string, period: string, closing: string): string;
  /** A value typed with a `%` sign for a measure that is no percentage (NPS points, a volume). */
  percentSign(got: string, name: string): string;
  /** A moving-level text (`+5% a year, ceiling 3`) with a percentage, for a KPI not measured in percent. */
  percentInTerm(got: string, name: string): string;
  /** A rate per unit of KPI `name` (not measured in money) typed as a percentage (`5%`). */
  percentRate(got: string, name: string): string;
  /**
   * A fraction for a volume counted in whole units (`countUnits.ts`): `value` as read, `unit` the contract's,
   * `whole` the whole numbers either side of it (the hint).
   */
  fractionalCount(name: string, unit: string, value: string, whole: WholeHint): string;
  /** `name` is the volume KPI `kpi` counts its minimum sample in, and `value` is no whole number. */
  fractionalSample(name: string, kpi: string, value: string, whole: WholeHint): string;
  /** A fraction for a KPI in the unit `count` (coaching sessions, incidents). */
  fractionalCountKpi(name: string, value: string, whole: WholeHint): string;
  /** `0.912%` for a percent KPI: `value` as read (0.00912), and the fraction likely meant (`percentBelowOne.ts`). */
  percentBelowOne(got: string, value: string, hint: string | undefined): string;
  /** A time-boxed clause's value on a month it is not active: no invoice would read it. */
  notActiveMonth(name: string, active: string, period: string): string;
  /** A measure's second value for one month (or scenario); `first`, the first one's cell (`D2`). */
  duplicateActual(name: string, period: string, first?: string): string;
  /** A measure's second row in the wide layout; `first`, the first one's row number. */
  duplicateRow(name: string, first?: number): string;
  duplicatePeriod(period: string): string;
  missingHeader: string;
  /** A KPI value, level or baseline outside the KPI's valid range (`core/contract/validRange.ts`). */
  outsideRange(range: OutsideRange): string;
  /** A tolerance at least as wide as the KPI's valid range, and the fraction a percentage typed means. */
  toleranceWholeRange(tolerance: string, width: string, hint: string | undefined): string;
  /** A text number two conventions read differently (`1,234`). */
  ambiguousNumber(got: string, a: string, b: string): string;
  /** A text number that does not follow the convention of a `;` or `,` CSV file. */
  numberConvention(delimiter: ';' | ',', got: string): string;
  /**
   * A text number the file's decimal mark reads as `reading` and the other as `other`, in a file whose
   * cell `ref` holds `evidence`, written with the other mark (`sheet/markEvidence.ts`).
   */
  markAmbiguous(
    got: string,
    delimiter: ';' | ',',
    reading: string,
    other: string,
    ref: string,
    evidence: string,
  ): string;
  unknownColumn(header: string): string;
  /** A value in a table row under a blank header cell (`header`, its address). */
  unheadedValue(header: string): string;
  duplicateColumn(header: string): string;
  /** A JSON object giving the same key twice (JSON.parse would keep the last silently). */
  duplicateKey(key: string): string;
  /** A CSV line whose number of fields differs from the header's. */
  fieldCount(got: number, expected: number): string;
  /** A CSV line that is not valid CSV (a stray quote). */
  csvSyntax(detail: string): string;
  /** How a cell or JSON value is quoted in messages. */
  describe(value: unknown): string;
  /**
   * A number the product states in a problem (a bound, a hint): every digit kept, in the language's
   * convention, French with a decimal comma (`0,774`).
   */
  decimal(value: Dec): string;
}

/** What `outsideRange` says: the value, the range's bounds (absent: none), and a likely intended value. */
export interface OutsideRange {
  readonly value: string;
  readonly min?: string;
  readonly max?: string;
  readonly unit: KpiUnit;
  /** Whether the contract declared the range (else it is the unit's default). */
  readonly declared: boolean;
  /** The fraction a percentage typed without its sign stands for: 0.774 for 77.4. */
  readonly hint?: string;
}

/** Every text of the Contract and Actuals sheets in one language. */
export interface ContractText {
  readonly contractSheet: string;
  readonly actualsSheet: string;
  readonly title: string;
  readonly hint: string;
  readonly sections: Readonly<Record<SectionKey, string>>;
  readonly generalHeader: { readonly field: string; readonly value: string; readonly help: string };
  readonly general: Readonly<Record<GeneralKey, { readonly label: string; readonly help: string }>>;
  readonly feeColumns: Readonly<Record<FeeColumn, string>>;
  readonly kpiColumns: Readonly<Record<KpiColumn, string>>;
  readonly actualsColumns: Readonly<Record<ActualsColumn, string>>;
  /** The unit shown beside hours in the Actuals sheet. */
  readonly hoursUnit: string;
  /** How a problem of a whole CSV line names it: `line 5`. */
  csvLine(line: number): string;
  readonly enums: {
    readonly language: Readonly<Record<Language, string>>;
    readonly frequency: Readonly<Record<Frequency, string>>;
    readonly rounding: Readonly<Record<RoundingRule, string>>;
    readonly basis: Readonly<Record<ChargesBasis, string>>;
    readonly direction: Readonly<Record<Direction, string>>;
    readonly unit: Readonly<Record<KpiUnit, string>>;
    readonly model: Readonly<Record<KpiModel, string>>;
    readonly feeType: Readonly<Record<FeeType, string>>;
    readonly mode: Readonly<Record<TierMode, string>>;
    readonly actualKind: Readonly<Record<ActualKind, string>>;
    readonly comparison: Readonly<Record<Comparison, string>>;
    readonly per: Readonly<Record<AmountPer, string>>;
    readonly aggregation: Readonly<Record<KpiAggregation, string>>;
    readonly grading: Readonly<Record<Grading, string>>;
    readonly levelChange: Readonly<Record<LevelChange, string>>;
    readonly gateNotEvaluated: Readonly<Record<GateNotEvaluated, string>>;
  };
  readonly problems: ContractProblems;
}

/** The words `describe` quotes a cell or JSON value with, in one language. */
interface QuoteWords {
  readonly empty: string;
  text(value: string): string;
  readonly booleans: readonly [string, string];
  readonly invalidDate: string;
  date(iso: string): string;
  readonly list: string;
  readonly object: string;
  /** A JSON number beyond a double (`1e400`), which `JSON.parse` reads as Infinity: no value to quote. */
  readonly tooLarge: string;
}

/** How a cell or JSON value is quoted in messages: the same cases in every language, worded by `w`. */
function quoter(w: QuoteWords): (value: unknown) => string {
  return (value) => {
    if (value === undefined || value === null || value === '') return w.empty;
    if (typeof value === 'string') return w.text(value);
    if (typeof value === 'boolean') return w.booleans[value ? 0 : 1];
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? w.invalidDate : w.date(isoDate(value));
    if (typeof value === 'number' && !Number.isFinite(value)) return w.tooLarge;
    if (Array.isArray(value)) return w.list;
    if (typeof value === 'object') return w.object;
    return String(value);
  };
}

const quoteEn = quoter({
  empty: 'an empty cell',
  text: (value) => JSON.stringify(value),
  booleans: ['TRUE', 'FALSE'],
  invalidDate: 'an invalid date',
  date: (iso) => `the date ${iso}`,
  list: 'a list',
  object: 'an object',
  tooLarge: 'a number too large to read',
});

const quoteFr = quoter({
  empty: 'une cellule vide',
  text: (value) => fr`« ${value} »`,
  booleans: ['VRAI', 'FAUX'],
  invalidDate: 'une date invalide',
  date: (iso) => `la date ${iso}`,
  list: 'une liste',
  object: 'un objet',
  tooLarge: 'un nombre trop grand pour être lu',
});

/** A valid range as problems quote it: both bounds worded by `between`, else its one bound. */
function rangeText(r: OutsideRange, between: (min: string, max: string) => string): string {
  if (r.min !== undefined && r.max !== undefined) return between(r.min, r.max);
  return r.min !== undefined ? `≥ ${r.min}` : `≤ ${r.max}`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const EN: ContractText = {
  contractSheet: 'Contract',
  actualsSheet: 'Actuals',
  title: 'Outcome-based fees contract',
  hint:
    'Percentages are fractions (type 20 %). Bonus-malus rates are money per unit of the KPI: ' +
    '€400 per percentage point is 40000 (=400/1%). Check the contract from the add-in after editing.',
  sections: { general: 'General', fees: 'Fees', kpis: 'KPI clauses' },
  generalHeader: { field: 'Field', value: 'Value', help: 'Help' },
  general: {
    id: { label: 'Contract ID', help: 'Short identifier, used in file names' },
    name: { label: 'Contract name', help: '' },
    client: { label: 'Client', help: 'The party that pays' },
    provider: { label: 'Provider', help: 'The party that delivers and invoices' },
    currency: { label: 'Currency', help: 'ISO 4217 code: EUR, USD, GBP…' },
    language: { label: 'Language', help: 'Language of the invoices: en or fr' },
    vatRate: { label: 'VAT rate', help: '20 % in France' },
    vatNote: {
      label: 'VAT note',
      help: 'Optional, with a VAT rate of 0: the exemption wording printed on invoices',
    },
    frequency: { label: 'Invoicing frequency', help: 'monthly, quarterly, half-yearly or yearly' },
    firstPeriod: { label: 'First period', help: 'First invoiced month, YYYY-MM; periods count from it' },
    lastPeriod: { label: 'Last period', help: 'Optional: last invoiced month, YYYY-MM' },
    rounding: { label: 'Rounding', help: 'How each invoice line is rounded to the cent' },
    bonusCapAmount: {
      label: 'Bonus cap (amount)',
      help: 'Optional: most the KPI bonuses add to one invoice',
    },
    bonusCapPercent: { label: 'Bonus cap (% of base fees)', help: 'Or the same as a share of the base fees' },
    malusCapAmount: {
      label: 'Malus cap (amount)',
      help: 'Optional: most the KPI maluses take off one invoice',
    },
    malusCapPercent: { label: 'Malus cap (% of base fees)', help: 'Or the same as a share of the base fees' },
    slaAtRiskAmount: {
      label: 'SLA at-risk amount',
      help: 'Service-level credits: scale and cap of the credits',
    },
    slaAtRiskPercent: { label: 'SLA at-risk (% of charges)', help: 'Or the same as a share of the charges' },
    slaBasis: { label: 'SLA charges basis', help: 'base-fees (fixed + hourly + volumes) or fixed-fees' },
    earnbackPeriods: {
      label: 'Earnback periods',
      help: 'Following months that must meet the level to refund a credit',
    },
    indexFrom: { label: 'Indexation from', help: 'Optional: first price revision, YYYY-MM' },
    indexFrequency: { label: 'Revision frequency', help: 'Optional: quarterly, half-yearly (blank: yearly)' },
    indexName: { label: 'Index', help: 'Index entered in the Actuals (Syntec): P1 = P0 × S1 / S0' },
    indexBase: { label: 'Index base (S0)', help: 'The index value the contract prices are stated at' },
    indexRate: { label: 'Indexation rate', help: 'Or a fixed annual rate: P0 × (1 + rate)^years' },
    indexDecimals: { label: 'Revised price decimals', help: 'Revised prices are rounded to (2: the cent)' },
  },
  feeColumns: {
    type: 'Type',
    name: 'Name',
    unit: 'Unit',
    mode: 'Mode',
    upTo: 'Up to',
    price: 'Price',
    flatFee: 'Flat fee',
    minimumFee: 'Minimum fee',
    adjustment: 'Adjustment',
    variablePay: 'Variable pay',
    per: 'Per',
    from: 'From',
    gateKpi: 'Gate KPI',
    gateLevel: 'Gate level',
    gateComparison: 'Gate comparison',
    fallbackPrice: 'Fallback price',
    gatedAbove: 'Gated above',
    minimumQuantity: 'Volume floor',
    gateNotEvaluated: 'Gate not evaluated',
    tiersPer: 'Tiers per',
  },
  kpiColumns: {
    name: 'Name',
    measure: 'Measure',
    unit: 'Unit',
    direction: 'Direction',
    period: 'Period',
    model: 'Model',
    threshold: 'Threshold',
    target: 'Target',
    stretch: 'Stretch',
    weight: 'Weight',
    amount: 'Amount',
    bonusRate: 'Bonus rate',
    malusRate: 'Malus rate',
    tolerance: 'Tolerance',
    bonusCap: 'Bonus cap',
    malusCap: 'Malus cap',
    thresholdScore: 'Threshold score',
    stretchScore: 'Stretch score',
    achievementCap: 'Achievement cap',
    allocation: 'Allocation',
    baseline: 'Baseline',
    share: 'Share',
    floor: 'Floor',
    validMin: 'Valid min',
    validMax: 'Valid max',
    comparison: 'Comparison',
    gateKpi: 'Gate KPI',
    gateLevel: 'Gate level',
    gateComparison: 'Gate comparison',
    activeMonths: 'Active months',
    aggregation: 'Aggregation',
    aggregationVolume: 'Aggregation volume',
    grading: 'Grading',
    baselineMonths: 'Baseline months',
    levelChange: 'Level change',
    ramp: 'Ramp',
    levelSchedule: 'Level schedule',
    ratchet: 'Ratchet',
    sampleVolume: 'Sample volume',
    sampleMinimum: 'Sample minimum',
    neutralFee: 'Neutral fee',
    repeatPeriods: 'Repeat periods',
    escalateAt: 'Escalate at',
    escalationFactor: 'Escalation factor',
    criticalAt: 'Critical at',
    gateNotEvaluated: 'Gate not evaluated',
  },
  actualsColumns: { kind: 'Kind', name: 'Name', unit: 'Unit', period: 'Period', value: 'Value' },
  hoursUnit: 'hours',
  csvLine: (line) => `line ${line}`,
  enums: {
    language: { en: 'en', fr: 'fr' },
    frequency: { monthly: 'monthly', quarterly: 'quarterly', 'half-yearly': 'half-yearly', yearly: 'yearly' },
    rounding: { 'half-away-from-zero': 'half-away-from-zero', 'half-even': 'half-even', down: 'down' },
    basis: { 'base-fees': 'base-fees', 'fixed-fees': 'fixed-fees' },
    direction: { higher: 'higher', lower: 'lower' },
    unit: {
      percent: 'percent',
      minutes: 'minutes',
      hours: 'hours',
      count: 'count',
      points: 'points',
      currency: 'currency',
      score: 'score',
    },
    model: {
      threshold: 'threshold',
      'bonus-malus': 'bonus-malus',
      'kpi-score': 'kpi-score',
      'achievement-share': 'achievement-share',
      'rate-adjustment': 'rate-adjustment',
      'sla-credit': 'sla-credit',
      'gain-share': 'gain-share',
    },
    feeType: { fixed: 'fixed', hourly: 'hourly', volume: 'volume', rebate: 'rebate', amendment: 'amendment' },
    mode: { graduated: 'graduated', volume: 'volume' },
    actualKind: { kpi: 'kpi', volume: 'volume', hours: 'hours', index: 'index', excluded: 'excluded' },
    comparison: { reaches: 'reaches', exceeds: 'exceeds' },
    per: { invoice: 'invoice', month: 'month' },
    aggregation: {
      average: 'average',
      'weighted-average': 'weighted-average',
      sum: 'sum',
      minimum: 'minimum',
      maximum: 'maximum',
      last: 'last',
      'each-month': 'each-month',
    },
    grading: { step: 'step', linear: 'linear' },
    levelChange: { relative: 'relative', absolute: 'absolute' },
    gateNotEvaluated: { pay: 'pay', withhold: 'withhold' },
  },
  problems: {
    required: 'required',
    requiredByModel: (model) => `required by the ${model} model`,
    notUsedByModel: (model) => `not used by the ${model} model: leave it blank`,
    notUsedByFee: (type) => `not used by a ${type} fee: leave it blank`,
    expectedNumber: (got) => `expected a number, got ${got}`,
    scientificNumber: (got) =>
      `${got} is in scientific notation, which a spreadsheet writes for a number too wide for its column, with fewer digits than the cell holds: widen the column or give it a number format, then save the file again`,
    expectedDecimal: (got) => `expected a decimal number written as a string ("2.10"), got ${got}`,
    expectedText: (got) => `expected text, got ${got}`,
    expectedOneOf: (options, got) => `expected one of ${options.join(', ')}, got ${got}`,
    expectedPeriod: (got) => `expected a month YYYY-MM (2026-10), got ${got}`,
    expectedInteger: (min, max, got) =>
      `expected a whole number from ${formatCount('en', min)} to ${formatCount('en', max)}, got ${got}`,
    expectedObject: (got) => `expected an object, got ${got}`,
    expectedList: (got) => `expected a list, got ${got}`,
    errorValue: (code) => `the cell holds the error ${code}`,
    dateForNumber: (got) =>
      `expected a number, got ${got} (the cell is formatted as a date: format it as a number and type the value again)`,
    timeForNumber: (shown, decimal) =>
      `expected a number, got the time ${shown}: type hours or minutes as a decimal number, did you mean ${decimal}?`,
    unknownField: (name) => `unknown field ${JSON.stringify(name)}`,
    list: (problems) => joinList('en', problems),
    duplicateField: (name) => `${JSON.stringify(name)} is given twice`,
    missingRow: (label) => `the row ${JSON.stringify(label)} is missing`,
    missingSection: (title) =>
      `section ${JSON.stringify(title)} not found: a row with only ${JSON.stringify(title)} in column A starts it`,
    duplicateSection: (title) => `section ${JSON.stringify(title)} appears twice`,
    missingColumn: (header) => `column ${JSON.stringify(header)} not found in the header row`,
    atLeast: (min) => `must be ≥ ${min}`,
    greaterThan: (min) => `must be > ${min}`,
    atMost: (max) => `must be ≤ ${max}`,
    atMostFraction: (max, hint) => `must be ≤ ${max}: did you mean ${hint}?`,
    beyondMinorUnit: (currency, digits, places) =>
      digits === 0
        ? `must be a whole amount, as ${currency} has no minor unit: an invoice would round it`
        : `must have at most ${formatCount('en', digits)} decimals, as ${currency} amounts do (${formatCount('en', places)} here): an invoice would round it`,
    beyondRevisedDecimals: (digits, places) =>
      `must have at most ${formatCount('en', digits)} decimals, the revised prices' decimals of the indexation (${formatCount('en', places)} here): an invoice would round it`,
    currencyCode: (got) => `expected an ISO 4217 currency code of 3 upper-case letters (EUR), got ${got}`,
    unknownCurrency: (got) => `${got} is no ISO 4217 currency code: check its spelling (EUR, USD, JPY)`,
    unsupportedSchema: (got, expected) =>
      `unsupported format ${got}: this version reads ${JSON.stringify(expected)}`,
    levelNames: { threshold: 'threshold', target: 'target', stretch: 'stretch' },
    levelOrder: (op, other, value, direction) =>
      `must be ${op} the ${other} (${value}) for a KPI where ${direction} is better`,
    stretchNeedsTarget: 'a stretch level needs a target',
    weightsSum: (sum) =>
      `the weights of the achievement-share clauses must sum to 1 (100 %), they sum to ${sum}`,
    duplicateKpi: (name) => `KPI name ${JSON.stringify(name)} is used twice`,
    gateIncomplete: 'a gate needs both its KPI (Gate KPI) and its level (Gate level)',
    gateUnknown: (name) => `no KPI clause is named ${JSON.stringify(name)}`,
    gateSelf: 'a clause cannot be gated by its own KPI',
    duplicateMonth: (month) => `the month ${month} is listed twice`,
    perNeedsMinimum:
      'says what the minimum fee or volume floor is stated per: give one of them or leave it blank',
    floorOrMinimumFee:
      'a volume floor (in units) and a minimum fee (an amount) both set the least the volume pays: give one of them',
    duplicateVolume: (name) => `volume name ${JSON.stringify(name)} is used twice`,
    nameKpiAndVolume: (name, other) =>
      `${JSON.stringify(name)} names both a KPI and a volume (see its ${other === 'kpi' ? 'KPI' : 'volume'}): the invoice would print two lines of that name; rename one`,
    needsHourly: (model) => `the ${model} model needs an hourly fee`,
    needsVariablePay: (model) => `the ${model} model needs the hourly fee's variable pay`,
    needsSla: (model) => `the ${model} model needs the SLA at-risk amount or percentage`,
    earnbackNeedsSla: 'an earnback needs sla-credit clauses',
    kpiPeriodTooShort: (period, frequency) =>
      `a ${period} KPI cannot be evaluated on ${frequency} invoices: choose ${frequency} or longer, or give it an aggregation (average, sum…)`,
    periodTerms: PERIOD_TERM_PROBLEMS.en,
    lastBeforeFirst: (first) => `must not be before the first period (${first})`,
    eitherOr: (a, b) => `give either ${a} or ${b}, not both`,
    amountOrPercent: 'give either an amount or a percentage, not both',
    atRiskMissing: 'required: give the SLA at-risk amount or percentage',
    openTierNotLast: 'only the last tier may be open-ended (a blank "up to")',
    lastTierBounded: 'the last tier must be open-ended: leave "up to" blank',
    tierOrder: (previous) => `must be greater than the previous tier's "up to" (${previous})`,
    noTiers: 'a volume needs at least one price tier',
    noFees: 'the contract has no fees: add a fixed fee, an hourly fee, a volume or a KPI clause',
    oneHourly: 'only one hourly fee is allowed',
    volumeConflict: (name, first) => `differs from the first tier of ${JSON.stringify(name)} (${first})`,
    invalidJson: (detail) => `not valid JSON: ${detail}`,
    invoiceNotContract: (number) =>
      `this is the invoice ${JSON.stringify(number)}, not a contract: give the contract file it was computed from`,
    unknownKpi: (name, known) =>
      `unknown KPI ${JSON.stringify(name)} (the contract's KPIs: ${known || 'none'})`,
    unknownVolume: (name, known) =>
      `unknown volume ${JSON.stringify(name)} (the contract's volumes: ${known || 'none'})`,
    noHourly: 'hours are given but the contract has no hourly fee',
    unitMismatch: (name, expected, written) =>
      `the contract measures ${JSON.stringify(name)} in ${expected}, and this row says ${JSON.stringify(written)}: give its values in ${expected} and write ${expected} here`,
    periodOutside: (period, first, last) =>
      `${period} is outside the contract (${last === undefined ? `from ${first}` : `${first} to ${last}`})`,
    percentSign: (got, name) =>
      `${got} is a percentage, but ${JSON.stringify(name)} is not measured in percent: give its value without the % sign`,
    percentInTerm: (got, name) =>
      `${got} holds a percentage, but ${JSON.stringify(name)} is not measured in percent: give its numbers without the % sign`,
    percentRate: (got, name) =>
      `${got} is a percentage, but this rate is money per unit of ${JSON.stringify(name)}, which is not measured in money: give the amount without the % sign`,
    fractionalCount: (name, unit, value, [below, above]) =>
      `${JSON.stringify(name)} is counted in whole units (its unit is ${JSON.stringify(unit)}), and ${value} is not a whole number: did you mean ${below} or ${above}?`,
    fractionalSample: (name, kpi, value, [below, above]) =>
      `${JSON.stringify(name)} counts the minimum sample of KPI ${JSON.stringify(kpi)}, and ${value} is not a whole number: did you mean ${below} or ${above}?`,
    fractionalCountKpi: (name, value, [below, above]) =>
      `KPI ${JSON.stringify(name)} is a count, and ${value} is not a whole number: did you mean ${below} or ${above}?`,
    percentBelowOne: (got, value, hint) =>
      `${got} is ${value} (below 1 %), most likely a fraction typed with a % sign${hint === undefined ? '.' : `: did you mean ${hint}?`} A share below 1 % is typed as the fraction (${value})`,
    notClosingMonth: (name, period, closing) =>
      `${JSON.stringify(name)} is evaluated ${period}: enter its value on the month that closes the period (${closing})`,
    notActiveMonth: (name, active, period) =>
      `${JSON.stringify(name)} is evaluated only in ${active}: a value in ${period} would be read by no invoice`,
    duplicateActual: (name, period, first) =>
      `${JSON.stringify(name)} has two values for ${period}${first === undefined ? '' : ` (the first in ${first})`}`,
    duplicateRow: (name, first) =>
      `${JSON.stringify(name)} appears on two rows${first === undefined ? '' : ` (the first is row ${formatCount('en', first)})`}`,
    duplicatePeriod: (period) => `the month ${period} appears twice`,
    missingHeader: 'the header row is missing: Kind, Name, Unit then one column per month (YYYY-MM)',
    outsideRange: (r) => {
      const range = rangeText(r, (min, max) => `${min} to ${max}`);
      const where = r.declared
        ? `the valid range the contract declares (${range})`
        : `the valid range of a ${EN.enums.unit[r.unit]} KPI (${range})`;
      if (r.hint !== undefined) return `${r.value} is outside ${where}: did you mean ${r.hint}?`;
      return `${r.value} is outside ${where}${r.declared ? '' : '; the contract may declare another range (Valid min, Valid max)'}`;
    },
    toleranceWholeRange: (tolerance, width, hint) =>
      `a tolerance of ${tolerance} is as wide as the KPI's whole valid range (${width}): no value would earn a bonus or a malus${hint === undefined ? '' : `; did you mean ${hint}?`}`,
    ambiguousNumber: (got, a, b) =>
      `${got} reads as ${a} or as ${b}: type it as a number, or without thousands separators`,
    numberConvention: (delimiter, got) =>
      delimiter === ';'
        ? `expected a number with a decimal comma, as a file separated by ";" writes them (0,774 or 42 500), got ${got}`
        : `expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500), got ${got}`,
    markAmbiguous: (got, delimiter, reading, other, ref, evidence) =>
      delimiter === ';'
        ? `${got} reads as ${reading} with the decimal comma of a file separated by ";", but this file also writes decimal points (${ref}: ${evidence}), with which it reads ${other}: write every number of the file with a decimal comma, and no "." between thousands`
        : `${got} reads as ${reading} with the decimal point of a file separated by ",", but this file also writes decimal commas (${ref}: ${evidence}), with which it reads ${other}: write every number of the file with a decimal point, and no "." between thousands`,
    unknownColumn: (header) => `unknown column ${JSON.stringify(header)}`,
    unheadedValue: (header) =>
      `a value in a column with no header: type the column's name in ${header}, or clear the cell`,
    duplicateColumn: (header) => `column ${JSON.stringify(header)} is given twice`,
    duplicateKey: (key) => `${JSON.stringify(key)} is given twice`,
    fieldCount: (got, expected) =>
      `this line has ${formatCount('en', got)} fields, the header ${formatCount('en', expected)} (a decimal comma in a file separated by ","?)`,
    csvSyntax: (detail) => `not valid CSV: ${detail}`,
    describe: quoteEn,
    // As a contract file writes it (`-100`, `42500`), which the English messages have always quoted.
    decimal: (value) => value.toFixed(),
  },
};

/**
 * A frequency word (the contract's enum value, masculine: `trimestriel`) agreeing with a feminine noun
 * (« une facturation trimestrielle »); every one of them ends in -el.
 */
const frenchFeminine = (word: string): string => (word.endsWith('el') ? `${word}le` : word);

const FR: ContractText = frenchTexts<ContractText>({
  contractSheet: 'Contrat',
  actualsSheet: 'Réalisé',
  title: 'Contrat de facturation au résultat',
  hint:
    'Les pourcentages sont des fractions (tapez 20 %). Les taux de bonus-malus sont des montants par unité ' +
    'd’indicateur : 400 € par point de pourcentage s’écrit 40000 (=400/1%). Vérifiez le contrat depuis le ' +
    'complément après modification.',
  sections: { general: 'Général', fees: 'Honoraires', kpis: 'Clauses KPI' },
  generalHeader: { field: 'Champ', value: 'Valeur', help: 'Aide' },
  general: {
    id: { label: 'Identifiant du contrat', help: 'Court, utilisé dans les noms de fichiers' },
    name: { label: 'Nom du contrat', help: '' },
    client: { label: 'Client', help: 'La partie qui paie' },
    provider: { label: 'Prestataire', help: 'La partie qui réalise et facture' },
    currency: { label: 'Devise', help: 'Code ISO 4217 : EUR, USD, GBP…' },
    language: { label: 'Langue', help: 'Langue des factures : en ou fr' },
    vatRate: { label: 'Taux de TVA', help: '20 % en France' },
    vatNote: {
      label: 'Mention TVA',
      help: 'Facultatif, avec un taux de TVA de 0 : la mention d’exonération imprimée sur les factures',
    },
    frequency: { label: 'Fréquence de facturation', help: 'mensuel, trimestriel, semestriel ou annuel' },
    firstPeriod: {
      label: 'Première période',
      help: 'Premier mois facturé, AAAA-MM ; les périodes en partent',
    },
    lastPeriod: { label: 'Dernière période', help: 'Facultatif : dernier mois facturé, AAAA-MM' },
    rounding: { label: 'Arrondi', help: 'Arrondi de chaque ligne de facture au centime' },
    bonusCapAmount: {
      label: 'Plafond des bonus (montant)',
      help: 'Facultatif : total maximal des bonus KPI par facture',
    },
    bonusCapPercent: {
      label: 'Plafond des bonus (% des honoraires de base)',
      help: 'Ou en part des honoraires de base',
    },
    malusCapAmount: {
      label: 'Plafond des malus (montant)',
      help: 'Facultatif : total maximal des malus KPI par facture',
    },
    malusCapPercent: {
      label: 'Plafond des malus (% des honoraires de base)',
      help: 'Ou en part des honoraires de base',
    },
    slaAtRiskAmount: {
      label: 'Montant à risque SLA',
      help: 'Crédits de service : échelle et plafond des crédits',
    },
    slaAtRiskPercent: { label: 'Montant à risque SLA (% des redevances)', help: 'Ou en part des redevances' },
    slaBasis: {
      label: 'Assiette des crédits de service',
      help: 'honoraires-de-base (fixe + horaire + volumes) ou honoraires-fixes',
    },
    earnbackPeriods: {
      label: 'Périodes de récupération',
      help: 'Mois suivants qui doivent tenir le niveau pour rembourser un crédit',
    },
    indexFrom: { label: 'Indexation à partir de', help: 'Facultatif : première révision des prix, AAAA-MM' },
    indexFrequency: {
      label: 'Fréquence de révision',
      help: 'Facultatif : trimestriel, semestriel (vide : annuel)',
    },
    indexName: { label: 'Indice', help: 'Indice saisi dans le Réalisé (Syntec) : P1 = P0 × S1 / S0' },
    indexBase: { label: 'Indice de base (S0)', help: 'Valeur de l’indice à laquelle les prix sont fixés' },
    indexRate: { label: 'Taux d’indexation', help: 'Ou un taux annuel fixe : P0 × (1 + taux)^années' },
    indexDecimals: { label: 'Décimales du prix révisé', help: 'Arrondi des prix révisés (2 : au centime)' },
  },
  feeColumns: {
    type: 'Type',
    name: 'Nom',
    unit: 'Unité',
    mode: 'Mode',
    upTo: 'Jusqu’à',
    price: 'Prix',
    flatFee: 'Forfait de palier',
    minimumFee: 'Minimum facturé',
    adjustment: 'Ajustement',
    variablePay: 'Rémunération variable',
    per: 'Par',
    from: 'À partir de',
    gateKpi: 'Indicateur de condition',
    gateLevel: 'Niveau de condition',
    gateComparison: 'Comparaison de condition',
    fallbackPrice: 'Prix de repli',
    gatedAbove: 'Conditionné au-delà de',
    minimumQuantity: 'Plancher de volume',
    gateNotEvaluated: 'Condition non évaluée',
    tiersPer: 'Paliers par',
  },
  kpiColumns: {
    name: 'Nom',
    measure: 'Mesure',
    unit: 'Unité',
    direction: 'Sens',
    period: 'Période d’évaluation',
    model: 'Modèle',
    threshold: 'Seuil',
    target: 'Objectif',
    stretch: 'Objectif d’excellence',
    weight: 'Poids',
    amount: 'Montant',
    bonusRate: 'Taux de bonus',
    malusRate: 'Taux de malus',
    tolerance: 'Franchise',
    bonusCap: 'Plafond bonus',
    malusCap: 'Plafond malus',
    thresholdScore: 'Score au seuil',
    stretchScore: 'Score d’excellence',
    achievementCap: 'Plafond d’atteinte',
    allocation: 'Allocation',
    baseline: 'Référence',
    share: 'Part',
    floor: 'Plancher',
    validMin: 'Min valide',
    validMax: 'Max valide',
    comparison: 'Comparaison',
    gateKpi: 'Indicateur de condition',
    gateLevel: 'Niveau de condition',
    gateComparison: 'Comparaison de condition',
    activeMonths: 'Mois actifs',
    aggregation: 'Agrégation',
    aggregationVolume: 'Volume d’agrégation',
    grading: 'Graduation',
    baselineMonths: 'Mois de référence',
    levelChange: 'Variation des niveaux',
    ramp: 'Rampe',
    levelSchedule: 'Calendrier des niveaux',
    ratchet: 'Cliquet',
    sampleVolume: 'Volume d’échantillon',
    sampleMinimum: 'Échantillon minimum',
    neutralFee: 'Montant neutre',
    repeatPeriods: 'Périodes comptées',
    escalateAt: 'Aggravation à',
    escalationFactor: 'Facteur d’aggravation',
    criticalAt: 'Critique à',
    gateNotEvaluated: 'Condition non évaluée',
  },
  actualsColumns: { kind: 'Type', name: 'Nom', unit: 'Unité', period: 'Période', value: 'Valeur' },
  hoursUnit: 'heures',
  csvLine: (line) => fr`ligne ${line}`,
  enums: {
    language: { en: 'en', fr: 'fr' },
    frequency: {
      monthly: 'mensuel',
      quarterly: 'trimestriel',
      'half-yearly': 'semestriel',
      yearly: 'annuel',
    },
    rounding: { 'half-away-from-zero': 'au-plus-proche', 'half-even': 'bancaire', down: 'troncature' },
    basis: { 'base-fees': 'honoraires-de-base', 'fixed-fees': 'honoraires-fixes' },
    direction: { higher: 'hausse', lower: 'baisse' },
    unit: {
      percent: 'pourcentage',
      minutes: 'minutes',
      hours: 'heures',
      count: 'nombre',
      points: 'points',
      currency: 'montant',
      score: 'note',
    },
    model: {
      threshold: 'seuil',
      'bonus-malus': 'bonus-malus',
      'kpi-score': 'score-kpi',
      'achievement-share': "part-d'atteinte",
      'rate-adjustment': 'ajustement-du-taux',
      'sla-credit': 'crédit-de-service',
      'gain-share': 'partage-des-gains',
    },
    feeType: { fixed: 'fixe', hourly: 'horaire', volume: 'volume', rebate: 'remise', amendment: 'avenant' },
    mode: { graduated: 'progressif', volume: 'volume' },
    actualKind: { kpi: 'indicateur', volume: 'volume', hours: 'heures', index: 'indice', excluded: 'exclu' },
    comparison: { reaches: 'atteint', exceeds: 'dépasse' },
    per: { invoice: 'facture', month: 'mois' },
    aggregation: {
      average: 'moyenne',
      'weighted-average': 'moyenne-pondérée',
      sum: 'somme',
      minimum: 'minimum',
      maximum: 'maximum',
      last: 'dernier-mois',
      'each-month': 'chaque-mois',
    },
    grading: { step: 'palier', linear: 'linéaire' },
    levelChange: { relative: 'relative', absolute: 'absolue' },
    gateNotEvaluated: { pay: 'payer', withhold: 'retenir' },
  },
  problems: {
    required: 'obligatoire',
    requiredByModel: (model) => fr`obligatoire pour le modèle ${model}`,
    notUsedByModel: (model) => fr`inutilisé par le modèle ${model} : laissez la cellule vide`,
    notUsedByFee: (type) => fr`inutilisé pour des honoraires de type ${type} : laissez la cellule vide`,
    expectedNumber: (got) => fr`nombre attendu, reçu ${got}`,
    scientificNumber: (got) =>
      fr`${got} est en notation scientifique, qu’un tableur écrit pour un nombre trop large pour sa colonne, avec moins de chiffres que la cellule n’en contient : élargissez la colonne ou donnez-lui un format de nombre, puis enregistrez de nouveau le fichier`,
    expectedDecimal: (got) => fr`nombre décimal attendu, écrit comme texte (« 2.10 »), reçu ${got}`,
    expectedText: (got) => fr`texte attendu, reçu ${got}`,
    expectedOneOf: (options, got) => fr`valeur attendue parmi ${options.join(', ')}, reçu ${got}`,
    expectedPeriod: (got) => fr`mois attendu au format AAAA-MM (2026-10), reçu ${got}`,
    expectedInteger: (min, max, got) =>
      fr`nombre entier de ${formatCount('fr', min)} à ${formatCount('fr', max)} attendu, reçu ${got}`,
    expectedObject: (got) => fr`objet attendu, reçu ${got}`,
    expectedList: (got) => fr`liste attendue, reçu ${got}`,
    errorValue: (code) => fr`la cellule contient l’erreur ${code}`,
    dateForNumber: (got) =>
      fr`nombre attendu, reçu ${got} (la cellule est au format date : mettez-la au format nombre et saisissez à nouveau la valeur)`,
    timeForNumber: (shown, decimal) =>
      fr`nombre attendu, reçu l’heure ${shown} : saisissez heures ou minutes en nombre décimal, vouliez-vous dire ${decimal} ?`,
    unknownField: (name) => fr`champ inconnu « ${name} »`,
    list: (problems) => joinList('fr', problems),
    duplicateField: (name) => fr`« ${name} » est donné deux fois`,
    missingRow: (label) => fr`la ligne « ${label} » manque`,
    missingSection: (title) =>
      fr`section « ${title} » introuvable : une ligne avec seulement « ${title} » en colonne A la commence`,
    duplicateSection: (title) => fr`la section « ${title} » apparaît deux fois`,
    missingColumn: (header) => fr`colonne « ${header} » absente de la ligne d’en-tête`,
    atLeast: (min) => fr`doit être ≥ ${min}`,
    greaterThan: (min) => fr`doit être > ${min}`,
    atMost: (max) => fr`doit être ≤ ${max}`,
    atMostFraction: (max, hint) => fr`doit être ≤ ${max} : vouliez-vous dire ${hint} ?`,
    beyondMinorUnit: (currency, digits, places) =>
      digits === 0
        ? fr`doit être un montant entier, ${currency} n’ayant pas de subdivision : une facture l’arrondirait`
        : fr`doit avoir au plus ${formatCount('fr', digits)} décimales, comme un montant en ${currency} (${formatCount('fr', places)} ici) : une facture l’arrondirait`,
    beyondRevisedDecimals: (digits, places) =>
      fr`doit avoir au plus ${formatCount('fr', digits)} décimales, celles des prix révisés de l’indexation (${formatCount('fr', places)} ici) : une facture l’arrondirait`,
    currencyCode: (got) => fr`code devise ISO 4217 de 3 lettres majuscules attendu (EUR), reçu ${got}`,
    unknownCurrency: (got) =>
      fr`${got} n’est pas un code devise ISO 4217 : vérifiez son orthographe (EUR, USD, JPY)`,
    unsupportedSchema: (got, expected) =>
      fr`format non pris en charge ${got} : cette version lit « ${expected} »`,
    levelNames: { threshold: 'le seuil', target: 'l’objectif', stretch: 'l’objectif d’excellence' },
    levelOrder: (op, other, value, direction) =>
      fr`doit être ${op} ${other} (${value}) pour un indicateur orienté à la ${direction}`,
    stretchNeedsTarget: 'un objectif d’excellence suppose un objectif',
    weightsSum: (sum) =>
      fr`les poids des clauses part-d'atteinte doivent totaliser 1 (100 %), ils totalisent ${sum}`,
    duplicateKpi: (name) => fr`le nom d’indicateur « ${name} » est utilisé deux fois`,
    gateIncomplete:
      'une condition demande son indicateur (Indicateur de condition) et son niveau (Niveau de condition)',
    gateUnknown: (name) => fr`aucune clause d’indicateur ne s’appelle « ${name} »`,
    gateSelf: 'une clause ne peut pas être conditionnée par son propre indicateur',
    duplicateMonth: (month) => fr`le mois ${month} figure deux fois`,
    perNeedsMinimum:
      'indique la base du minimum facturé ou du plancher de volume : donnez-en un ou laissez la cellule vide',
    floorOrMinimumFee:
      'un plancher de volume (en unités) et un minimum facturé (un montant) fixent tous deux le moins que paie le volume : donnez-en un seul',
    duplicateVolume: (name) => fr`le nom de volume « ${name} » est utilisé deux fois`,
    nameKpiAndVolume: (name, other) =>
      fr`« ${name} » nomme à la fois un indicateur et un volume (voir ${other === 'kpi' ? 'l’indicateur' : 'le volume'}) : la facture aurait deux lignes de ce nom ; renommez l’un d’eux`,
    needsHourly: (model) => fr`le modèle ${model} suppose des honoraires horaires`,
    needsVariablePay: (model) =>
      fr`le modèle ${model} suppose la rémunération variable des honoraires horaires`,
    needsSla: (model) => fr`le modèle ${model} suppose le montant ou le pourcentage à risque SLA`,
    earnbackNeedsSla: 'une récupération suppose des clauses crédit-de-service',
    kpiPeriodTooShort: (period, frequency) =>
      fr`un indicateur ${period} ne peut pas être évalué sur une facturation ${frenchFeminine(frequency)} : choisissez « ${frequency} » ou une période plus longue, ou donnez-lui une agrégation (moyenne, somme…)`,
    periodTerms: PERIOD_TERM_PROBLEMS.fr,
    lastBeforeFirst: (first) => fr`ne doit pas précéder la première période (${first})`,
    eitherOr: (a, b) => fr`indiquez ${a} ou ${b}, pas les deux`,
    amountOrPercent: 'indiquez un montant ou un pourcentage, pas les deux',
    atRiskMissing: 'obligatoire : indiquez le montant ou le pourcentage à risque SLA',
    openTierNotLast: 'seul le dernier palier peut être ouvert (« jusqu’à » vide)',
    lastTierBounded: 'le dernier palier doit être ouvert : laissez « jusqu’à » vide',
    tierOrder: (previous) => fr`doit dépasser le « jusqu’à » du palier précédent (${previous})`,
    noTiers: 'un volume demande au moins un palier de prix',
    noFees: 'le contrat n’a aucun honoraire : ajoutez un fixe, un horaire, un volume ou une clause KPI',
    oneHourly: 'un seul honoraire horaire est permis',
    volumeConflict: (name, first) => fr`diffère du premier palier de « ${name} » (${first})`,
    invalidJson: (detail) => fr`JSON invalide : ${detail}`,
    invoiceNotContract: (number) =>
      fr`c’est la facture « ${number} », pas un contrat : donnez le fichier du contrat dont elle est calculée`,
    unknownKpi: (name, known) =>
      fr`indicateur inconnu « ${name} » (indicateurs du contrat : ${known || 'aucun'})`,
    unknownVolume: (name, known) => fr`volume inconnu « ${name} » (volumes du contrat : ${known || 'aucun'})`,
    noHourly: 'des heures sont données mais le contrat n’a pas d’honoraires horaires',
    unitMismatch: (name, expected, written) =>
      fr`le contrat mesure « ${name} » en ${expected}, et cette ligne indique « ${written} » : saisissez ses valeurs en ${expected} et écrivez ${expected} ici`,
    periodOutside: (period, first, last) =>
      fr`${period} est hors du contrat (${last === undefined ? fr`à partir de ${first}` : fr`de ${first} à ${last}`})`,
    percentSign: (got, name) =>
      fr`${got} est un pourcentage, mais « ${name} » ne se mesure pas en pourcentage : donnez sa valeur sans le signe %`,
    percentInTerm: (got, name) =>
      fr`${got} contient un pourcentage, mais « ${name} » ne se mesure pas en pourcentage : donnez ses nombres sans le signe %`,
    percentRate: (got, name) =>
      fr`${got} est un pourcentage, mais ce taux est un montant par unité de « ${name} », qui ne se mesure pas en monnaie : donnez le montant sans le signe %`,
    fractionalCount: (name, unit, value, [below, above]) =>
      fr`« ${name} » se compte en unités entières (son unité est « ${unit} »), et ${value} n’est pas un nombre entier : vouliez-vous dire ${below} ou ${above} ?`,
    fractionalSample: (name, kpi, value, [below, above]) =>
      fr`« ${name} » compte l’échantillon minimal du KPI « ${kpi} », et ${value} n’est pas un nombre entier : vouliez-vous dire ${below} ou ${above} ?`,
    fractionalCountKpi: (name, value, [below, above]) =>
      fr`le KPI « ${name} » est un comptage, et ${value} n’est pas un nombre entier : vouliez-vous dire ${below} ou ${above} ?`,
    percentBelowOne: (got, value, hint) =>
      fr`${got} vaut ${value} (moins de 1 %), sans doute une fraction saisie avec le signe %${hint === undefined ? '.' : fr` : vouliez-vous dire ${hint} ?`} Une part inférieure à 1 % se saisit en fraction (${value})`,
    notClosingMonth: (name, period, closing) =>
      fr`« ${name} » est évalué (${period}) : saisissez sa valeur sur le mois qui clôt la période (${closing})`,
    notActiveMonth: (name, active, period) =>
      fr`« ${name} » n’est évalué qu’en ${active} : une valeur en ${period} ne serait lue par aucune facture`,
    duplicateActual: (name, period, first) =>
      fr`« ${name} » a deux valeurs pour ${period}${first === undefined ? '' : ` (la première en ${first})`}`,
    duplicateRow: (name, first) =>
      fr`« ${name} » apparaît sur deux lignes${first === undefined ? '' : ` (la première est la ligne ${formatCount('fr', first)})`}`,
    duplicatePeriod: (period) => fr`le mois ${period} apparaît deux fois`,
    missingHeader: 'la ligne d’en-tête manque : Type, Nom, Unité puis une colonne par mois (AAAA-MM)',
    outsideRange: (r) => {
      const range = rangeText(r, (min, max) => fr`de ${min} à ${max}`);
      const where = r.declared
        ? fr`de la plage valide déclarée par le contrat (${range})`
        : fr`de la plage valide d’un indicateur de type ${FR.enums.unit[r.unit]} (${range})`;
      if (r.hint !== undefined) return fr`${r.value} est en dehors ${where} : vouliez-vous dire ${r.hint} ?`;
      return fr`${r.value} est en dehors ${where}${r.declared ? '' : fr` ; le contrat peut déclarer une autre plage (Min valide, Max valide)`}`;
    },
    toleranceWholeRange: (tolerance, width, hint) =>
      fr`une franchise de ${tolerance} couvre toute la plage valide de l’indicateur (${width}) : aucune valeur ne donnerait de bonus ni de malus${hint === undefined ? '' : fr` ; vouliez-vous dire ${hint} ?`}`,
    ambiguousNumber: (got, a, b) =>
      fr`${got} se lit ${a} ou ${b} : saisissez-le comme un nombre, ou sans séparateur de milliers`,
    numberConvention: (delimiter, got) =>
      delimiter === ';'
        ? fr`nombre attendu avec une virgule décimale, comme l’écrit un fichier séparé par « ; » (0,774 ou 42 500), reçu ${got}`
        : fr`nombre attendu avec un point décimal et sans virgule, comme l’écrit un fichier séparé par « , » (0.774 ou 42500), reçu ${got}`,
    markAmbiguous: (got, delimiter, reading, other, ref, evidence) =>
      delimiter === ';'
        ? fr`${got} se lit ${reading} avec la virgule décimale d’un fichier séparé par « ; », mais ce fichier écrit aussi des points décimaux (${ref} : ${evidence}), avec lesquels il se lit ${other} : écrivez tous les nombres du fichier avec une virgule décimale, et aucun « . » entre les milliers`
        : fr`${got} se lit ${reading} avec le point décimal d’un fichier séparé par « , », mais ce fichier écrit aussi des virgules décimales (${ref} : ${evidence}), avec lesquelles il se lit ${other} : écrivez tous les nombres du fichier avec un point décimal, et aucun « . » entre les milliers`,
    unknownColumn: (header) => fr`colonne inconnue « ${header} »`,
    unheadedValue: (header) =>
      fr`une valeur dans une colonne sans en-tête : saisissez le nom de la colonne en ${header}, ou videz la cellule`,
    duplicateColumn: (header) => fr`la colonne « ${header} » est donnée deux fois`,
    duplicateKey: (key) => fr`« ${key} » est donné deux fois`,
    fieldCount: (got, expected) =>
      fr`cette ligne a ${formatCount('fr', got)} champs, l’en-tête ${formatCount('fr', expected)} (une virgule décimale dans un fichier séparé par « , » ?)`,
    csvSyntax: (detail) => fr`CSV invalide : ${detail}`,
    describe: quoteFr,
    decimal: (value) => formatNumber(value, 'fr', { max: value.decimalPlaces() }),
  },
});

/** Texts by language. */
export const CONTRACT_TEXT: Readonly<Record<Language, ContractText>> = { en: EN, fr: FR };

/** The texts of a language. */
export function contractText(lang: Language): ContractText {
  return CONTRACT_TEXT[lang];
}

/**
 * The form labels are compared in: lower case, accents and curly apostrophes folded, runs of spaces,
 * underscores and hyphens made one hyphen. `Bonus malus`, `bonus_malus` and `BONUS-MALUS` all match.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}

/** The label of an enum value in a language (the canonical value itself in English). */
export function enumLabel(kind: EnumKind, value: string, lang: Language): string {
  const labels = CONTRACT_TEXT[lang].enums[kind] as Readonly<Record<string, string>>;
  // An own-property check: `constructor` is no enum value, whatever Object.prototype holds.
  return Object.prototype.hasOwnProperty.call(labels, value) ? labels[value] : value;
}

/** The canonical value of an enum label written in either language, or `undefined`. */
export function parseEnumLabel(kind: EnumKind, text: string): string | undefined {
  const wanted = normalizeLabel(text);
  for (const lang of ['en', 'fr'] as const) {
    const labels = CONTRACT_TEXT[lang].enums[kind] as Readonly<Record<string, string>>;
    for (const [value, label] of Object.entries(labels)) {
      if (normalizeLabel(label) === wanted || normalizeLabel(value) === wanted) return value;
    }
  }
  return undefined;
}
