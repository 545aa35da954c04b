import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actualsFromCsv } from '../../core/contract/csv';
import { parseContract } from '../../core/contract/json';
import type { Actuals, Contract, Period } from '../../core/contract/types';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { exposure } from '../../core/model/exposure';
import { kinkedCurve } from '../../core/model/curveKinks';
import { defaultSpan, evenlySpaced } from '../../core/model/feeCurve';
import { priceScenario, scenarioOfPeriod } from '../../core/model/scenario';
import { HOST_DIGITS, dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

function contractOf(json: unknown): Contract {
  const read = parseContract(json);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read.value;
}

function mustExpose(...args: Parameters<typeof exposure>) {
  const result = exposure(...args);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.exposure;
}

/** Hours with a variable pay of €1,000 shared by one lower-is-better achievement share (target 4 min). */
const achievement = contractOf({
  schema: 'outcome-fees/contract@1',
  id: 'achievement',
  name: 'Response-time share',
  parties: { client: 'A', provider: 'B' },
  currency: 'EUR',
  language: 'en',
  vatRate: '0.2',
  frequency: 'monthly',
  firstPeriod: '2026-01',
  hourly: { label: 'Hours', rate: '50', variablePay: '1000' },
  kpis: [
    {
      name: 'Response',
      measure: 'Mean minutes to answer',
      unit: 'minutes',
      direction: 'lower',
      period: 'monthly',
      model: 'achievement-share',
      target: '4',
      weight: '1',
      achievementCap: '1.2',
    },
  ],
});
const hundredHours = { kpis: new Map(), volumes: new Map(), hours: dec(100) };

describe('a lower-is-better achievement share (target ÷ actual) on minutes, which have no upper bound', () => {
  const e = mustExpose(achievement, hundredHours);

  test('its minimum is bounded: the share falls to 0.00, it is no uncapped malus', () => {
    // 100 h × €50 = 5,000.00; the share is €1,000 × 4 ÷ actual, 0.00 once below half a cent (actual above
    // 800,000 min): subtotal 5,000.00, VAT 1,000.00, total 6,000.00. It was "unbounded: the Response malus
    // has no cap".
    expect(e.unbounded).toEqual([]);
    expect(e.min!.subtotal.toFixed(2)).toBe('5000.00');
    expect(e.min!.total.toFixed(2)).toBe('6000.00');
    expect(e.min!.values.get('Response')!.gt(800_000)).toBe(true);
  });

  test('the maximum is reported at a value a cell holds, and typing it back gives the maximum', () => {
    // The cap 120 % is reached at 4 ÷ 1.2 = 3.333…: reported as 3.33333333333333 (4 ÷ 3.33333333333333 ≥
    // 1.2), not 40 digits of 3. Share 1,200.00; subtotal 6,200.00; total 7,440.00.
    const value = e.max!.values.get('Response')!;
    expect(value.toFixed()).toBe('3.33333333333333');
    expect(e.max!.total.toFixed(2)).toBe('7440.00');
    const typed = priceScenario(achievement, { ...hundredHours, kpis: new Map([['Response', value]]) });
    expect(typed.ok && typed.invoice.total.toFixed(2)).toBe('7440.00');
  });

  test("the curve's achievement-cap breakpoint is at a value a cell holds, on the capped side", () => {
    const curve = kinkedCurve(achievement, hundredHours, 'Response', [dec(1), dec(6)]);
    if (!curve.ok) throw new Error(curve.problems.join('\n'));
    const kink = curve.points.find((p) => p.kinks.some((k) => k.kind === 'achievement-cap'))!;
    expect(kink.value.toFixed()).toBe('3.33333333333333');
    expect(kink.amount.toFixed(2)).toBe('1200.00');
    expect(curve.points.every((p) => p.value.sd() <= HOST_DIGITS)).toBe(true);
  });
});

test('a bonus limit found by division (cap ÷ rate) is reported at a value a cell holds', () => {
  // FCR's bonus €30,000 a unit above 75 %, capped at €1,000: the limit is 0.75 + 1,000 ÷ 30,000 = 0.78333…
  // (40 digits before); at 0.783333333333333 the bonus is 30,000 × 0.033333333333333 = 999.99999999999,
  // 1,000.00 once rounded: the engine prices the cell's value as the exact one.
  const contract = contractOf({
    schema: 'outcome-fees/contract@1',
    id: 'third',
    name: 'FCR bonus',
    parties: { client: 'A', provider: 'B' },
    currency: 'EUR',
    language: 'en',
    vatRate: '0',
    frequency: 'monthly',
    firstPeriod: '2026-01',
    fixedFees: [{ label: 'Base', amount: '1000' }],
    kpis: [
      {
        name: 'FCR',
        measure: 'First contact resolution',
        unit: 'percent',
        direction: 'higher',
        period: 'monthly',
        model: 'bonus-malus',
        target: '0.75',
        bonusRate: '30000',
        malusRate: '0',
        bonusCap: '1000',
      },
    ],
    vatNote: 'Exempt',
  });
  const base = { kpis: new Map(), volumes: new Map() };
  const curve = kinkedCurve(contract, base, 'FCR', [dec('0.7'), dec('0.8')]);
  if (!curve.ok) throw new Error(curve.problems.join('\n'));
  const kink = curve.points.find((p) => p.kinks.some((k) => k.kind === 'bonus-limit'))!;
  expect(kink.value.toFixed()).toBe('0.783333333333333');
  expect(kink.amount.toFixed(2)).toBe('1000.00');
});

describe('IT services with a gate, a ratchet, an escalation history, indexation and a time-boxed clause', () => {
  // The IT template plus a CSAT fee that must exceed 90 % (strict) and is gated on a first-time fix rate
  // of 75 %, and a change-lead-time fee active in 2027-06 only; 2027-06 is in contract year 2 (the
  // availability minimum ratchets to 99.55 %), a Syntec revision month (295 ÷ 280), and P1 missed 2027-04.
  const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
  const contract = contractOf(JSON.parse(fixture('it-sla-gated-peak.json')));
  const read = actualsFromCsv(fixture('it-sla-gated-peak.csv'), contract);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  const actuals: Actuals = read.value;
  const period: Period = '2027-06';
  const e = mustExpose(contract, scenarioOfPeriod(contract, actuals, period), { period, history: actuals });

  /** The actuals with the period's KPI values replaced by `values`. */
  function withValues(values: ReadonlyMap<string, ReturnType<typeof dec>>): Actuals {
    const at = actuals.periods.get(period)!;
    const periods = new Map(actuals.periods).set(period, { ...at, kpis: new Map(values) });
    return { ...actuals, periods };
  }

  test.each(['min', 'max'] as const)('invoicing the values reported for the %s gives its total', (side) => {
    const bound = e[side]!;
    const invoiced = buildInvoice(contract, withValues(bound.values), period);
    if (!invoiced.ok) throw new Error(invoiced.problems.join('\n'));
    expect(invoiced.invoice.total.toFixed(2)).toBe(bound.total.toFixed(2));
  });

  test('the bounds, by hand', () => {
    // Base: 100,000 × 295 ÷ 280 = 105,357.14; 930 workstations × 10 × 295 ÷ 280 = 10.54 → 9,802.20;
    // base fees 115,159.34; at risk 12 % = 13,819.12.
    // Max: run-cost share capped at 15,000.00, CSAT 3,000.00 (its gate held at exactly 75 %), change lead
    // time 2,000.00, no credit (availability at the ratcheted 99.55 %): 135,159.34; VAT 27,031.87.
    expect(e.max!.subtotal.toFixed(2)).toBe('135159.34');
    expect(e.max!.values.get('Availability')!.toFixed()).toBe('0.9955');
    expect(e.max!.values.get('First-time fix rate')!.toFixed()).toBe('0.75');
    // Min: every credit, P1's escalated × 1.5 (second miss in three), capped at the at-risk 13,819.12:
    // 115,159.34 − 13,819.12 = 101,340.22; VAT 20,268.04; total 121,608.26.
    expect(e.min!.subtotal.toFixed(2)).toBe('101340.22');
    expect(e.min!.total.toFixed(2)).toBe('121608.26');
    expect(e.max!.total.toFixed(2)).toBe('162191.21');
  });
});

describe('a valid range declared far wider than the unit (FCR from −10^300 to 10^300), without caps', () => {
  const bpo = bpoCustomerService.contract('en');
  const wide = (bound: string): Contract => ({
    ...bpo,
    caps: {},
    kpis: bpo.kpis.map((k) =>
      k.name === 'FCR' ? { ...k, validMin: dec(`-${bound}`), validMax: dec(bound) } : k,
    ),
  });
  const actuals = bpoCustomerService.actuals('en');
  const at = (contract: Contract) =>
    exposure(contract, scenarioOfPeriod(contract, actuals, '2026-10'), {
      period: '2026-10',
      history: actuals,
    });

  test('a range end the engine cannot price is said, not skipped', () => {
    // It was a maximum of 116,750.00 at FCR 0.74, the band's edge: the priceable values only.
    const result = at(wide('1e300'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(
      /^FCR = -1e\+300: Line "FCR": the amount is beyond ±€9,999,999,999,999\.99/,
    );
  });

  test('a wide range the engine can price gives the bound at its end, which invoices back', () => {
    // FCR 5 (500 %): (5 − 0.75 − 0.01) × €40,000 = +169,600.00; response time 0: +3,000.00; CSAT: +5,000.00.
    // 108,750.00 + 177,600.00 = 286,350.00; VAT 57,270.00; total 343,620.00.
    const contract = wide('5');
    const result = at(contract);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.exposure.max!.values.get('FCR')!.toFixed()).toBe('5');
    expect(result.exposure.max!.total.toFixed(2)).toBe('343620.00');
    const values = new Map(result.exposure.max!.values);
    const october = actuals.periods.get('2026-10')!;
    const invoiced = buildInvoice(
      contract,
      { ...actuals, periods: new Map(actuals.periods).set('2026-10', { ...october, kpis: values }) },
      '2026-10',
    );
    expect(invoiced.ok && invoiced.invoice.total.toFixed(2)).toBe('343620.00');
  });
});

test("the curve's default span of a lower-is-better achievement share starts where it can be priced", () => {
  // Minutes range from 0, where target ÷ actual has no ratio: the default span was 0 to the far end, and
  // every such curve failed with "actual must not be 0". It starts at 4 ÷ 1.2, where the cap is reached
  // (capped all the way down to 0), and runs as far again beyond the last breakpoint, 4 × 1.2 = 4.8.
  const span = defaultSpan(achievement.kpis[0]);
  expect(span.from.toSignificantDigits(15).toFixed()).toBe('3.33333333333333');
  const curve = kinkedCurve(achievement, hundredHours, 'Response', evenlySpaced(span.from, span.to, 5));
  if (!curve.ok) throw new Error(curve.problems.join('\n'));
  expect(curve.points[0].amount.toFixed(2)).toBe('1200.00');
});

test('a gated bonus on minutes, its gate failing at the start, leaves the maximum unbounded', () => {
  // K1's bonus, €1 a minute above 0.101 min with no cap, is paid only when K0 ≤ 50 % (lower is better).
  // At the starting values K0 is 60 %: the bonus is withheld along the whole tail, which read as flat, and
  // the maximum was 18,001.20 at K1 = 1.101 min; at K0 = 0 and K1 = 1.12 min the invoice is already more.
  const percent = { measure: 'm', period: 'monthly', model: 'bonus-malus', tolerance: '0.001' };
  const contract = contractOf({
    schema: 'outcome-fees/contract@1',
    id: 'gated',
    name: 'Gated bonus',
    parties: { client: 'A', provider: 'B' },
    currency: 'EUR',
    language: 'en',
    vatRate: '0.2',
    frequency: 'monthly',
    firstPeriod: '2026-01',
    fixedFees: [{ label: 'Base', amount: '10000' }],
    kpis: [
      {
        ...percent,
        name: 'K0',
        unit: 'percent',
        direction: 'lower',
        target: '0.51',
        bonusRate: '0',
        malusRate: '0',
      },
      {
        ...percent,
        name: 'K1',
        unit: 'minutes',
        direction: 'higher',
        target: '0.1',
        bonusRate: '1',
        malusRate: '0',
        gateKpi: 'K0',
        gateLevel: '0.5',
      },
    ],
  });
  const start = {
    kpis: new Map([
      ['K0', dec('0.6')],
      ['K1', dec('0.2')],
    ]),
    volumes: new Map(),
  };
  const e = mustExpose(contract, start);
  expect(e.max).toBeNull();
  expect(e.unbounded.map((u) => [u.clause, u.side])).toEqual([['K1', 'max']]);
});
