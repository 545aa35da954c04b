/**
 * KPI aggregation (issue 11): KPIs measured monthly, evaluated on quarterly invoices, each clause forming
 * its quarter's value its own way. Golden invoices worked out by hand, EN and FR.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildActuals, type ActualEntry } from '../../contract/actuals';
import { contractFromSheet } from '../../contract/fromSheet';
import { monthsRead } from '../../contract/invoiceActuals';
import { parsedContract, testContractJson } from '../../../test/support/testContract';
import { parseContract } from '../../contract/json';
import type { Actuals, Contract, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { a1 } from '../../layout/a1';
import { contractSheetPlan } from '../../layout/contractSheet';
import { invoiceSheetPlan } from '../../layout/invoiceSheet';
import { planToGrid } from '../../layout/planToGrid';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';
import { invoiceToJson } from '../toJson';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

const monthly = { measure: 'm', period: 'monthly' } as const;

function aggregationContractJson(language: Language): Record<string, unknown> {
  return testContractJson({
    id: 'quarterly',
    name: 'Quarterly',
    language,
    vatRate: '0',
    vatNote: 'Autoliquidation — article 283-2 du CGI',
    frequency: 'quarterly',
    fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
    volumes: [{ name: 'Tickets', unit: 'ticket', unitPrice: '1.00' }],
    kpis: [
      {
        name: 'CSAT',
        ...monthly,
        unit: 'percent',
        direction: 'higher',
        model: 'threshold',
        threshold: '0.85',
        amount: '3000.00',
        aggregation: 'average',
      },
      {
        name: 'FCR',
        ...monthly,
        unit: 'percent',
        direction: 'higher',
        model: 'bonus-malus',
        target: '0.75',
        bonusRate: '40000',
        malusRate: '40000',
        aggregation: 'weighted-average',
        aggregationVolume: 'Tickets',
      },
      {
        name: 'Sessions',
        ...monthly,
        unit: 'count',
        direction: 'higher',
        model: 'bonus-malus',
        target: '300',
        bonusRate: '10',
        malusRate: '10',
        aggregation: 'sum',
      },
      {
        name: 'Response time',
        ...monthly,
        unit: 'hours',
        direction: 'lower',
        model: 'threshold',
        threshold: '4',
        amount: '1000.00',
        aggregation: 'maximum',
      },
      {
        name: 'Availability',
        ...monthly,
        unit: 'percent',
        direction: 'higher',
        model: 'threshold',
        threshold: '0.99',
        amount: '2000.00',
        aggregation: 'minimum',
      },
      {
        name: 'Backlog',
        ...monthly,
        unit: 'count',
        direction: 'lower',
        model: 'threshold',
        threshold: '50',
        amount: '500.00',
        aggregation: 'last',
      },
      {
        name: 'NPS',
        ...monthly,
        unit: 'points',
        direction: 'higher',
        model: 'bonus-malus',
        target: '40',
        bonusRate: '50',
        malusRate: '50',
        aggregation: 'each-month',
      },
    ],
  });
}

function contract(language: Language, edit: (json: Record<string, unknown>) => void = () => {}): Contract {
  const json = aggregationContractJson(language);
  edit(json);
  return parsedContract(json);
}

const MONTHS: Record<string, Record<string, string>> = {
  '2026-01': {
    CSAT: '0.80',
    FCR: '0.70',
    Sessions: '100',
    'Response time': '3.5',
    Availability: '0.995',
    Backlog: '70',
    NPS: '42',
    Tickets: '1000',
  },
  '2026-02': {
    CSAT: '0.86',
    FCR: '0.80',
    Sessions: '110',
    'Response time': '3.9',
    Availability: '0.992',
    Backlog: '60',
    NPS: '38',
    Tickets: '2000',
  },
  '2026-03': {
    CSAT: '0.89',
    FCR: '0.75',
    Sessions: '120',
    'Response time': '3.8',
    Availability: '0.991',
    Backlog: '45',
    NPS: '45',
    Tickets: '1000',
  },
};

function actuals(extra: ActualEntry[] = [], drop?: { month: string; name: string }): Actuals {
  const entries: ActualEntry[] = Object.entries(MONTHS).flatMap(([period, values]) =>
    Object.entries(values)
      .filter(([name]) => !(drop && drop.month === period && drop.name === name))
      .map(([name, value]): ActualEntry => ({
        period,
        kind: name === 'Tickets' ? 'volume' : 'kpi',
        name,
        value: dec(value),
      })),
  );
  return buildActuals([...entries, ...extra]);
}

function invoiceOf(c: Contract, a: Actuals = actuals()) {
  const result = buildInvoice(c, a, '2026-03');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('a quarterly invoice, each KPI aggregated its own way', () => {
  // By hand, Q1 2026 (quarterly invoices from 2026-01, VAT 0):
  // fixed 10,000.00; tickets 1,000 + 2,000 + 1,000 = 4,000 × 1.00 = 4,000.00;
  // CSAT average (0.80 + 0.86 + 0.89) / 3 = 2.55 / 3 = 0.85, exactly on its threshold: fee 3,000.00;
  // FCR weighted by tickets (0.70×1000 + 0.80×2000 + 0.75×1000) / 4000 = 3050 / 4000 = 0.7625:
  //   +1.25 pts × €400 = 500.00 (the plain average, 0.75, would give 0);
  // Sessions sum 100 + 110 + 120 = 330 vs 300: +30 × 10 = 300.00;
  // Response time maximum 3.9 h ≤ 4 h: 1,000.00; Availability minimum 99.1 % ≥ 99 %: 2,000.00;
  // Backlog last month 45 ≤ 50: 500.00;
  // NPS each month vs 40 at €50 a point: +100.00 − 100.00 + 250.00 = 250.00;
  // subtotal 10,000 + 4,000 + 3,000 + 500 + 300 + 1,000 + 2,000 + 500 + 250 = 21,550.00; VAT 0; total 21,550.00.
  const invoice = invoiceOf(contract('en'));
  const amount = (label: string) => invoice.lines.find((l) => l.label === label)!.amount.toFixed(2);

  test('every line, the subtotal and the total are the hand-computed ones', () => {
    expect(invoice.lines.map((l) => [l.label, l.amount.toFixed(2)])).toEqual([
      ['Fixed fee', '10000.00'],
      ['Tickets', '4000.00'],
      ['CSAT', '3000.00'],
      ['FCR', '500.00'],
      ['Sessions', '300.00'],
      ['Response time', '1000.00'],
      ['Availability', '2000.00'],
      ['Backlog', '500.00'],
      ['NPS', '250.00'],
    ]);
    expect(invoice.subtotal.toFixed(2)).toBe('21550.00');
    expect(invoice.total.toFixed(2)).toBe('21550.00');
  });

  test('the explanations say how each value was formed', () => {
    const text = (label: string) => plain(invoice.lines.find((l) => l.label === label)!.explanation);
    expect(text('CSAT')).toBe(
      'CSAT 85% ≥ threshold 85%: fee €3,000.00; average of Q1 2026 (80%, 86%, 89%) = 85%',
    );
    expect(text('FCR')).toBe(
      'FCR 76.25% vs target 75%: +1.25 pts × €400 = €500.00; weighted average of Q1 2026 (70% × 1,000, 80% × 2,000, 75% × 1,000) = 76.25%',
    );
    expect(text('Sessions')).toContain('; sum of Q1 2026 (100, 110, 120) = 330');
    expect(text('Response time')).toContain('; maximum of Q1 2026 (3.5 h, 3.9 h, 3.8 h) = 3.9 h');
    expect(text('Availability')).toContain('; minimum of Q1 2026 (99.5%, 99.2%, 99.1%) = 99.1%');
    expect(text('Backlog')).toContain('; last month of Q1 2026 (70, 60, 45) = 45');
    expect(text('NPS')).toBe(
      'Each month evaluated: January 2026: €100.00 (NPS 42 pts vs target 40 pts: +2 pts × €50 = €100.00); February 2026: −€100.00 (NPS 38 pts vs target 40 pts: −2 pts × €50 = −€100.00); March 2026: €250.00 (NPS 45 pts vs target 40 pts: +5 pts × €50 = €250.00); total €250.00',
    );
  });

  test('in French', () => {
    const fr = invoiceOf(contract('fr'));
    expect(fr.total.toFixed(2)).toBe('21550.00');
    const text = (label: string) => plain(fr.lines.find((l) => l.label === label)!.explanation);
    expect(text('CSAT')).toBe(
      'CSAT 85 % ≥ seuil 85 % : honoraires 3 000,00 € ; moyenne de T1 2026 (80 % ; 86 % ; 89 %) = 85 %',
    );
    expect(text('FCR')).toContain(
      ' ; moyenne pondérée de T1 2026 (70 % × 1 000 ; 80 % × 2 000 ; 75 % × 1 000) = 76,25 %',
    );
    expect(text('NPS')).toMatch(/^Chaque mois évalué : janvier 2026 : 100,00 € \(.*\) ; total 250,00 €$/);
  });

  test('the VAT note (issue 13) is printed where the VAT is, in the sheet and the JSON, EN and FR', () => {
    expect(plain(invoice.vat.explanation)).toBe(
      'VAT 0% of €21,550.00 — Autoliquidation — article 283-2 du CGI',
    );
    const fr = invoiceOf(contract('fr'));
    expect(plain(fr.vat.explanation)).toBe('TVA 0 % de 21 550,00 € — Autoliquidation — article 283-2 du CGI');
    const totals = invoiceSheetPlan(fr).blocks.flatMap((b) => b.values.flat());
    expect(totals).toContain(fr.vat.explanation);
    const json = invoiceToJson(invoice) as { contract: { vatNote?: string } };
    expect(json.contract.vatNote).toBe('Autoliquidation — article 283-2 du CGI');
  });

  test('the KPI evidence shows the months and the aggregate, in the sheet and the JSON', () => {
    const values = invoiceSheetPlan(invoice).blocks.at(-1)!.values;
    const at = values.findIndex((row) => row[0] === 'FCR');
    expect(values.slice(at, at + 4)).toEqual([
      ['FCR', '2026-01 – 2026-03, weighted-average', 0.7625, null, 0.75, null, 'bonus', 500],
      [null, '2026-01', 0.7, null, null, null, '× 1,000', null],
      [null, '2026-02', 0.8, null, null, null, '× 2,000', null],
      [null, '2026-03', 0.75, null, null, null, '× 1,000', null],
    ]);
    const nps = values.findIndex((row) => row[0] === 'NPS');
    expect(values.slice(nps + 1, nps + 4).map((row) => [row[1], row[2], row[7]])).toEqual([
      ['2026-01', 42, 100],
      ['2026-02', 38, -100],
      ['2026-03', 45, 250],
    ]);
    const json = invoiceToJson(invoice) as { evidence: { kpi: string; aggregate?: unknown }[] };
    expect(json.evidence.find((e) => e.kpi === 'CSAT')!.aggregate).toEqual({
      kind: 'average',
      months: [
        { month: '2026-01', value: '0.8' },
        { month: '2026-02', value: '0.86' },
        { month: '2026-03', value: '0.89' },
      ],
    });
  });

  const FORMULAS = [
    '`THRESHOLDFEE(AVERAGE(0.80, 0.86, 0.89), 0.85, 3000)` = 3000',
    '`BONUSMALUS(SUMPRODUCT({0.7;0.8;0.75}, {1000;2000;1000}) / SUM(1000, 2000, 1000), 0.75, 40000, 40000)` = 500',
    '`BONUSMALUS(SUM(100, 110, 120), 300, 10, 10)` = 300',
    '`BONUSMALUS(42, 40, 50, 50) + BONUSMALUS(38, 40, 50, 50) + BONUSMALUS(45, 40, 50, 50)` = 250',
  ];

  test('the docs give these formulas', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    for (const formula of FORMULAS) expect(doc).toContain(formula);
  });

  test('check by hand: the docs formulas give the lines', () => {
    expect(evaluateFormula('THRESHOLDFEE(AVERAGE(0.80, 0.86, 0.89), 0.85, 3000)')).toBe(
      Number(amount('CSAT')),
    );
    expect(
      evaluateFormula(
        'BONUSMALUS(SUMPRODUCT({0.7;0.8;0.75}, {1000;2000;1000}) / SUM(1000, 2000, 1000), 0.75, 40000, 40000)',
      ),
    ).toBe(Number(amount('FCR')));
    expect(evaluateFormula('BONUSMALUS(SUM(100, 110, 120), 300, 10, 10)')).toBe(Number(amount('Sessions')));
    expect(evaluateFormula('THRESHOLDFEE(MAX(3.5, 3.9, 3.8), 4, 1000, "lower")')).toBe(
      Number(amount('Response time')),
    );
    expect(evaluateFormula('THRESHOLDFEE(MIN(0.995, 0.992, 0.991), 0.99, 2000)')).toBe(
      Number(amount('Availability')),
    );
    expect(
      evaluateFormula('BONUSMALUS(42, 40, 50, 50) + BONUSMALUS(38, 40, 50, 50) + BONUSMALUS(45, 40, 50, 50)'),
    ).toBe(Number(amount('NPS')));
  });
});

describe('each month at its own levels', () => {
  // A response time paid €300 a month when ≤ its threshold, ramped from 6 h to 4 h over 4 months from
  // January 2026, evaluated each month on quarterly invoices. Month k's threshold is 6 − 2k ÷ 4: January
  // 5.5 h, February 5 h, March 4.5 h. 5.5 h, 5 h and 4.5 h are each exactly on their month's level:
  // 3 × €300.00 = €900.00, what the three monthly invoices would bill. Judged at March's 4.5 h for every
  // month, the line was €300.00.
  const ramped = (language: Language) =>
    parsedContract(
      testContractJson({
        id: 'each',
        name: 'Each month',
        language,
        frequency: 'quarterly',
        fixedFees: [{ label: 'Fixed fee', amount: '1000.00' }],
        kpis: [
          {
            name: 'Response',
            ...monthly,
            unit: 'hours',
            direction: 'lower',
            model: 'threshold',
            threshold: '4',
            amount: '300.00',
            aggregation: 'each-month',
            ramp: { start: '2026-01', periods: 4, from: '6' },
          },
        ],
      }),
    );
  const values = buildActuals(
    [
      ['2026-01', '5.5'],
      ['2026-02', '5'],
      ['2026-03', '4.5'],
    ].map(([period, v]): ActualEntry => ({ period, kind: 'kpi', name: 'Response', value: dec(v) })),
  );

  test.each<[Language, string]>([
    [
      'en',
      'Each month evaluated: January 2026: €300.00 (Response 5.5 h ≤ threshold 5.5 h: fee €300.00; ramp from 6 h over 4 periods from January 2026, period 1 of 4: threshold 5.5 h); February 2026: €300.00 (Response 5 h ≤ threshold 5 h: fee €300.00; ramp from 6 h over 4 periods from January 2026, period 2 of 4: threshold 5 h); March 2026: €300.00 (Response 4.5 h ≤ threshold 4.5 h: fee €300.00; ramp from 6 h over 4 periods from January 2026, period 3 of 4: threshold 4.5 h); total €900.00',
    ],
    [
      'fr',
      'Chaque mois évalué : janvier 2026 : 300,00 € (Response 5,5 h ≤ seuil 5,5 h : honoraires 300,00 € ; rampe depuis 6 h sur 4 périodes dès janvier 2026, période 1 sur 4 : seuil 5,5 h) ; février 2026 : 300,00 € (Response 5 h ≤ seuil 5 h : honoraires 300,00 € ; rampe depuis 6 h sur 4 périodes dès janvier 2026, période 2 sur 4 : seuil 5 h) ; mars 2026 : 300,00 € (Response 4,5 h ≤ seuil 4,5 h : honoraires 300,00 € ; rampe depuis 6 h sur 4 périodes dès janvier 2026, période 3 sur 4 : seuil 4,5 h) ; total 900,00 €',
    ],
  ])('a ramp moves each month’s level, as on monthly invoices (%s)', (language, explanation) => {
    const line = invoiceOf(ramped(language), values).lines[1];
    expect(line.amount.toFixed(2)).toBe('900.00');
    expect(plain(line.explanation)).toBe(explanation);
    const formula =
      'THRESHOLDFEE(5.5, 6+(4-6)*1/4, 300, "lower") + THRESHOLDFEE(5, 6+(4-6)*2/4, 300, "lower") + THRESHOLDFEE(4.5, 6+(4-6)*3/4, 300, "lower")';
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc.replace(/\s+/g, ' ')).toContain(`\`${formula}\` = 900`);
    expect(evaluateFormula(formula)).toBe(Number(line.amount));
  });
});

describe('a scenario’s one value, each month at its own levels', () => {
  // A scenario gives Response 5 h for Q1, spread over its months (the ramp of the test above): January
  // 5 ≤ 5.5 and February 5 ≤ 5 pay €300.00 each, March 5 > 4.5 pays nothing: €600.00. The months differ,
  // so the line says each one; "3 months: €300.00 each" would multiply out to €900.00.
  test('the months are listed when their levels make them differ', () => {
    const contract = parsedContract(
      testContractJson({
        id: 'each',
        name: 'Each month',
        frequency: 'quarterly',
        fixedFees: [{ label: 'Fixed fee', amount: '1000.00' }],
        kpis: [
          {
            name: 'Response',
            ...monthly,
            unit: 'hours',
            direction: 'lower',
            model: 'threshold',
            threshold: '4',
            amount: '300.00',
            aggregation: 'each-month',
            ramp: { start: '2026-01', periods: 4, from: '6' },
          },
        ],
      }),
    );
    const spread = buildActuals(
      ['2026-01', '2026-02', '2026-03'].map((period): ActualEntry => ({
        period,
        kind: 'kpi',
        name: 'Response',
        value: dec(5),
      })),
    );
    const result = buildInvoice(contract, spread, '2026-03', { spread: new Set(['Response']) });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const line = result.invoice.lines[1];
    expect(line.amount.toFixed(2)).toBe('600.00');
    expect(plain(line.explanation)).toMatch(
      /^Each month evaluated: January 2026: €300\.00 \(.*\); February 2026: €300\.00 \(.*\); March 2026: €0\.00 \(.*\); total €600\.00$/,
    );
  });
});

describe('missing and excluded months', () => {
  test('a month without a value is an error naming it', () => {
    const result = buildInvoice(contract('en'), actuals([], { month: '2026-02', name: 'FCR' }), '2026-03');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'Actuals: no value for KPI "FCR" in 2026-02 (evaluated over 2026-01 – 2026-03: every month not excluded is needed)',
    ]);
  });

  test('an excluded month is left out of the average, its reason printed', () => {
    // CSAT without February (excluded): (0.80 + 0.89) / 2 = 0.845 < 0.85: no fee.
    const excluded: ActualEntry = {
      period: '2026-02',
      kind: 'excluded',
      name: 'CSAT',
      reason: 'client outage',
    };
    const invoice = invoiceOf(contract('en'), actuals([excluded], { month: '2026-02', name: 'CSAT' }));
    const csat = invoice.lines.find((l) => l.label === 'CSAT')!;
    expect(csat.amount.toFixed(2)).toBe('0.00');
    expect(plain(csat.explanation)).toContain(
      '; average of Q1 2026 (80%, February 2026 excluded (client outage), 89%) = 84.5%',
    );
    const evidence = invoice.evidence.find((e) => e.clause.name === 'CSAT')!;
    expect(evidence.actual?.toFixed()).toBe('0.845');
    expect(evidence.aggregate!.months[1]).toEqual({ month: '2026-02', excluded: 'client outage' });
  });

  // The parties excluded the whole quarter for CSAT (a three-month force majeure): the clause has no value
  // to form and is not evaluated, neutral, as a monthly clause is on its excluded month; the rest of the
  // invoice stands. It stopped the invoice ("every month of KPI "CSAT" over Q1 2026 is excluded"), so the
  // quarter could never be invoiced, whatever the actuals said.
  test.each<[Language, string]>([
    [
      'en',
      'CSAT: 2026-01 excluded (force majeure), 2026-02 excluded (force majeure), 2026-03 excluded (force majeure): not evaluated, no fee: €0.00',
    ],
    [
      'fr',
      'CSAT : 2026-01 exclu (force majeure), 2026-02 exclu (force majeure), 2026-03 exclu (force majeure) : non évalué, pas d’honoraires : 0,00 €',
    ],
  ])(
    'every month excluded: the clause is not evaluated, the invoice stands (%s)',
    (language, explanation) => {
      const excluded = Object.keys(MONTHS).map((period): ActualEntry => ({
        period,
        kind: 'excluded',
        name: 'CSAT',
        reason: 'force majeure',
      }));
      const invoice = invoiceOf(contract(language), actuals(excluded));
      const csat = invoice.lines.find((l) => l.label === 'CSAT')!;
      expect(csat.amount.toFixed(2)).toBe('0.00');
      expect(plain(csat.explanation)).toBe(explanation);
      // The other clauses are priced as without the exclusion: the golden total less CSAT's 3,000.00 fee.
      expect(invoice.total.toFixed(2)).toBe(invoiceOf(contract(language)).total.minus(3000).toFixed(2));
    },
  );

  test('a weighted average whose volume is 0 over the period is an error, not a division by zero', () => {
    const entries: ActualEntry[] = Object.keys(MONTHS).map((period) => ({
      period,
      kind: 'volume',
      name: 'Tickets',
      value: dec(0),
    }));
    const noTickets = buildActuals([
      ...Object.entries(MONTHS).flatMap(([period, values]) =>
        Object.entries(values)
          .filter(([name]) => name !== 'Tickets')
          .map(([name, value]): ActualEntry => ({ period, kind: 'kpi', name, value: dec(value) })),
      ),
      ...entries,
    ]);
    const result = buildInvoice(contract('en'), noTickets, '2026-03');
    expect(result.ok ? [] : result.problems).toEqual([
      'KPI "FCR": the volume "Tickets" that weights its average is 0 over 2026-01 – 2026-03',
    ]);
  });
});

describe('contract terms', () => {
  test('without an aggregation, a monthly KPI on quarterly invoices is still refused', () => {
    const json = aggregationContractJson('en');
    delete (json.kpis as Record<string, unknown>[])[0].aggregation;
    const result = parseContract(json);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'kpis[0].period: a monthly KPI cannot be evaluated on quarterly invoices: choose quarterly or longer, or give it an aggregation (average, sum…)',
    ]);
  });

  test('a weighted average needs its volume, a known one; each-month is refused on per-invoice models', () => {
    const json = aggregationContractJson('en');
    const kpis = json.kpis as Record<string, unknown>[];
    kpis[1].aggregationVolume = 'Tikets';
    kpis[0].aggregationVolume = 'Tickets';
    delete kpis[2].aggregation;
    kpis[2].aggregation = 'weighted-average';
    json.hourly = { label: 'Hours', rate: '80' };
    kpis.push({
      name: 'Speed',
      measure: 'm',
      unit: 'hours',
      direction: 'lower',
      period: 'monthly',
      model: 'rate-adjustment',
      target: '4',
      bonusRate: '0.1',
      malusRate: '0.1',
      aggregation: 'each-month',
    });
    const result = parseContract(json);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'kpis[0].aggregationVolume: only a weighted-average aggregation takes a volume: leave it blank',
      'kpis[2].aggregationVolume: a weighted-average aggregation needs the volume that weights it',
      "kpis[7].aggregation: each-month would count the rate-adjustment model's per-invoice amount once a month: choose average, sum, minimum, maximum or last",
      'kpis[1].aggregationVolume: unknown volume "Tikets" (the contract\'s volumes: Tickets)',
    ]);
  });

  test('read the same from JSON and from the sheet; on the sheet a problem is addressed to its cell', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
    const grid = planToGrid(contractSheetPlan(contract('en'))) as unknown[][];
    const header = grid.findIndex((row) => row[0] === 'Name' && row.includes('Aggregation volume'));
    const col = grid[header].indexOf('Aggregation volume');
    const fcr = grid.findIndex((row) => row[0] === 'FCR');
    grid[fcr][col] = 'Tikets';
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `Contract!${a1(fcr, col)} (Aggregation volume): unknown volume "Tikets" (the contract's volumes: Tickets)`,
    ]);
  });

  test('a half-yearly average on monthly invoices reads its six months, on the invoice closing them', () => {
    const c = contract('en', (json) => {
      json.frequency = 'monthly';
      json.kpis = [{ ...(json.kpis as object[])[0], period: 'half-yearly' }];
    });
    expect(monthsRead(c, '2026-06')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(monthsRead(c, '2026-05')).toEqual(['2026-05']);
    const six = buildActuals(
      ['01', '02', '03', '04', '05', '06'].flatMap((m, i): ActualEntry[] => [
        {
          period: `2026-${m}`,
          kind: 'kpi',
          name: 'CSAT',
          value: dec(['0.80', '0.86', '0.89', '0.85', '0.84', '0.86'][i]),
        },
        { period: `2026-${m}`, kind: 'volume', name: 'Tickets', value: dec(10) },
      ]),
    );
    const june = buildInvoice(c, six, '2026-06');
    const may = buildInvoice(c, six, '2026-05');
    if (!june.ok || !may.ok) throw new Error('invoice failed');
    // (0.80 + 0.86 + 0.89 + 0.85 + 0.84 + 0.86) / 6 = 5.10 / 6 = 0.85: on the threshold, 3,000.00.
    expect(june.invoice.lines.find((l) => l.label === 'CSAT')!.amount.toFixed(2)).toBe('3000.00');
    expect(may.invoice.lines.some((l) => l.label === 'CSAT')).toBe(false);
  });
});
