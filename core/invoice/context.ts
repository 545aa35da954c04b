import type { Actuals, Contract, KpiUnit, Period } from '../contract/types';
import { formatMoney, formatNumber, formatPercent } from '../i18n/numberFormat';
import { invoiceTexts, type InvoiceTexts } from '../i18n/invoice';
import { HUNDRED, ZERO, clamp, minorUnitDigits, moneyLimit, quotient, roundMoney, type Dec } from '../money';

/** What every line builder needs: the contract, the actuals, the invoiced months, texts and formatting. */
export interface InvoiceContext {
  readonly contract: Contract;
  readonly actuals: Actuals;
  /** The invoiced months, oldest first. */
  readonly months: readonly Period[];
  /**
   * A period priced alone (scenarios, exposure, curves, forecasts): the months before it are not looked
   * at, and a repeat-failure count says it counted none of them.
   */
  readonly withoutHistory?: boolean;
  /**
   * Aggregated KPIs a scenario gave one value for, spread over the months of their window: the line says
   * it priced that value (every month at it, when evaluated each month), not monthly values nobody gave.
   */
  readonly spread?: ReadonlySet<string>;
  /**
   * For callers that read only amounts (the forecast prices 100,000s of invoices): no value is formatted,
   * every formatter returns ''. Amounts and problems' presence are unchanged; a caller that must say a
   * problem prices again without it, for the message.
   */
  readonly amountsOnly?: boolean;
  /**
   * The invoiced months' values are a scenario's (`alone`: there is nothing else; `in-history`: the months
   * before them are actuals): a value missing there is said of the scenario, which has no actuals file and
   * no months of its own to name (`InvoiceTexts.scenarioMissing`); one missing in a history's month is the
   * actuals'.
   */
  readonly ofScenario?: 'alone' | 'in-history';
  readonly texts: InvoiceTexts;
  /** Why a value the invoice needs is absent, in the words of whoever was to give it (`ofScenario`). */
  missing(value: MissingValue): string;
  /** Told each missing value and its words: the check says the problem on the value's cell. */
  readonly noteMissing?: (value: MissingValue, text: string) => void;
  /** The one rounding of a printed line: the currency's minor unit, the contract's rule. */
  round(amount: Dec): Dec;
  /** What a limit (≥ 0) lets through in printed amounts: rounded toward zero (see `moneyLimit`). */
  limit(limit: Dec): Dec;
  /**
   * The one rounding of a line bounded by limits (a clause's cap ≥ 0, a floor ≤ 0): the contract's
   * rounding, then never beyond what the limits let through, so a cap of 1,200.005 prints 1,200.00.
   */
  roundWithin(amount: Dec, low: Dec | null, high: Dec | null): Dec;
  /** An amount as printed (minor unit), optionally with its sign. */
  money(amount: Dec, signed?: boolean): string;
  /** An amount that need not be at the minor unit (a cap of 5 % of base fees), with every digit it has. */
  exactMoney(amount: Dec): string;
  /** A rate or unit price, with the digits it has. */
  price(amount: Dec): string;
  /** A KPI value in its unit: `77.4%`, `3.4 min`. */
  value(value: Dec, unit: KpiUnit): string;
  /** A difference of KPI values in its unit, signed: `+1.4 pts`, `−0.4 min`. */
  gap(value: Dec, unit: KpiUnit): string;
  /** A rate per unit of KPI as the contract reader thinks of it: per percentage point for percentages. */
  ratePerUnit(rate: Dec, unit: KpiUnit): string;
  percent(fraction: Dec): string;
  number(value: Dec): string;
}

/** A value the invoice needs that the actuals (or a scenario) do not give, and the months it lacks. */
export type MissingValue =
  | { readonly kind: 'kpi'; readonly name: string; readonly month: Period }
  /** A month of an aggregated KPI's window (`window`: as printed). */
  | { readonly kind: 'kpi-month'; readonly name: string; readonly month: Period; readonly window: string }
  /** The volume that weights an aggregated KPI's average. */
  | { readonly kind: 'weight'; readonly kpi: string; readonly volume: string; readonly month: Period }
  | { readonly kind: 'volume'; readonly name: string; readonly months: readonly Period[] }
  | { readonly kind: 'hours'; readonly months: readonly Period[] };

/**
 * The words for a missing value: the scenario's when every month it lacks is one of the scenario's (all of
 * them alone, the invoiced months inside a history), else the actuals', naming the months.
 */
function missingValueText(
  texts: InvoiceTexts,
  invoiced: readonly Period[],
  ofScenario: InvoiceContext['ofScenario'],
): InvoiceContext['missing'] {
  const scenarios = (months: readonly Period[]) =>
    ofScenario === 'alone' || (ofScenario === 'in-history' && months.every((m) => invoiced.includes(m)));
  return (value) => {
    switch (value.kind) {
      case 'kpi':
        return scenarios([value.month])
          ? texts.scenarioMissing('kpi', value.name)
          : texts.missingKpi(value.name, value.month);
      case 'kpi-month':
        return scenarios([value.month])
          ? texts.scenarioMissing('kpi', value.name)
          : texts.periodTerms.missingMonth(value.name, value.month, value.window);
      case 'weight':
        return scenarios([value.month])
          ? texts.scenarioMissing('volume', value.volume)
          : texts.periodTerms.missingWeight(value.kpi, value.volume, value.month);
      case 'volume':
        return scenarios(value.months)
          ? texts.scenarioMissing('volume', value.name)
          : texts.missingVolume(value.name, value.months.join(', '));
      case 'hours':
        return scenarios(value.months)
          ? texts.scenarioMissing('hours', '')
          : texts.missingHours(value.months.join(', '));
    }
  };
}

/**
 * A scenario's invoice, alone or inside a history: its earlier months may lie past the history's end (or
 * be none), not measured yet, where an invoice of actuals reads only months that are over.
 */
export function isWhatIf(pricing: Pick<InvoiceContext, 'withoutHistory' | 'ofScenario'>): boolean {
  return pricing.withoutHistory === true || pricing.ofScenario !== undefined;
}

function noted(
  missing: InvoiceContext['missing'],
  note: InvoiceContext['noteMissing'],
): InvoiceContext['missing'] {
  if (note === undefined) return missing;
  return (value) => {
    const text = missing(value);
    note(value, text);
    return text;
  };
}

type Formatters = Pick<
  InvoiceContext,
  'money' | 'exactMoney' | 'price' | 'percent' | 'number' | 'value' | 'gap' | 'ratePerUnit'
>;
/** The formatters of an amounts-only context: every text they would give is empty. */
const UNFORMATTED: Formatters = {
  money: () => '',
  exactMoney: () => '',
  price: () => '',
  percent: () => '',
  number: () => '',
  value: () => '',
  gap: () => '',
  ratePerUnit: () => '',
};

/**
 * A KPI value (or gap) printed to a millionth of its unit (0.0001 % of a percentage), `≈ ` before it when it
 * has more digits: an average of 88 %, 88 % and 87.9999 % is 87.99997 %, and `88% < threshold 88%` would
 * say what is not true. Entered values and computed levels have at most those digits and print as they are.
 */
function approximately(value: Dec, text: string): string {
  return value.decimalPlaces() <= VALUE_DECIMALS ? text : `≈ ${text}`;
}
const VALUE_DECIMALS = 6;

export function invoiceContext(
  contract: Contract,
  actuals: Actuals,
  months: readonly Period[],
  pricing: Pick<
    InvoiceContext,
    'withoutHistory' | 'spread' | 'amountsOnly' | 'ofScenario' | 'noteMissing'
  > = {},
): InvoiceContext {
  const lang = contract.language;
  const texts = invoiceTexts(lang);
  const money = (amount: Dec, signed = false) => formatMoney(amount, contract.currency, lang, { signed });
  const price = (amount: Dec) => formatMoney(amount, contract.currency, lang, { exact: true });
  const number = (v: Dec) => formatNumber(v, lang);
  const round = (amount: Dec) => roundMoney(amount, contract.currency, contract.rounding);
  const limit = (value: Dec) => moneyLimit(value, contract.currency);
  const withUnit = (text: string, unit: KpiUnit, magnitude: Dec): string => {
    switch (unit) {
      case 'minutes':
        return `${text} ${texts.unitMinutes}`;
      case 'hours':
        return `${text} ${texts.unitHours}`;
      case 'points':
        return `${text} ${texts.unitPoints(!magnitude.abs().eq(1))}`;
      default:
        return text;
    }
  };
  const formatters: Formatters = {
    money,
    exactMoney: (amount) =>
      amount.decimalPlaces() <= minorUnitDigits(contract.currency) ? money(amount) : price(amount),
    price,
    percent: (fraction) => formatPercent(fraction, lang),
    number,
    value: (v, unit) => {
      if (unit === 'currency') return price(v);
      const text = unit === 'percent' ? formatPercent(v, lang) : withUnit(number(v), unit, v);
      return approximately(v, text);
    },
    gap: (v, unit) => {
      if (unit === 'currency') return formatMoney(v, contract.currency, lang, { signed: true, exact: true });
      if (unit === 'percent') {
        const points = v.times(HUNDRED);
        const text = `${formatNumber(points, lang, { signed: true, max: 4 })} ${texts.unitPoints(!points.abs().eq(1))}`;
        return approximately(v, text);
      }
      return approximately(v, withUnit(formatNumber(v, lang, { signed: true }), unit, v));
    },
    ratePerUnit: (rate, unit) => price(unit === 'percent' ? quotient(rate, HUNDRED) : rate),
  };
  return {
    contract,
    actuals,
    months,
    withoutHistory: pricing.withoutHistory ?? false,
    ...(pricing.spread === undefined ? {} : { spread: pricing.spread }),
    ...(pricing.amountsOnly ? { amountsOnly: true } : {}),
    ...(pricing.ofScenario ? { ofScenario: pricing.ofScenario } : {}),
    texts,
    missing: noted(missingValueText(texts, months, pricing.ofScenario), pricing.noteMissing),
    ...(pricing.noteMissing ? { noteMissing: pricing.noteMissing } : {}),
    round,
    limit,
    roundWithin: (amount, low, high) =>
      clamp(
        round(amount),
        low === null ? null : ZERO.minus(limit(low.neg())),
        high === null ? null : limit(high),
      ),
    ...(pricing.amountsOnly ? UNFORMATTED : formatters),
  };
}
