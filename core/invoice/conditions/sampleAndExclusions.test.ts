/**
 * Minimum sample and excluded months. Golden invoices worked out by hand, EN and FR: a sample one short of
 * its minimum and exactly at it, a month excluded for a client-caused outage, an earnback that leaves the
 * excluded month out; the documented formula; the sheets; and the problems addressed to cells.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsFromCsv, actualsToCsv } from '../../contract/csv';
import { contractFromSheet } from '../../contract/fromSheet';
import {
  csatClause,
  csvInvoice,
  fcrClause,
  parsedContract,
  plain,
  testContractJson,
  uptimeClause,
} from '../../../test/support/testContract';
import { parseContract } from '../../contract/json';
import { actualsFromSheet } from '../../contract';
import type { Contract, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { actualsSheetPlan } from '../../layout/actualsSheet';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { buildInvoice } from '../buildInvoice';
import { invoiceToJson } from '../toJson';
import { invoiceSheetPlan } from '../../layout/invoiceSheet';
import { issuedInvoiceFromSheet } from '../../control/issuedSheet';
import { readIssuedInvoice } from '../../control/issuedInvoice';
import { performanceReview } from '../../control/review';

/** Both survey KPIs are evaluated only on 30 answers or more. */
const survey = { sampleVolume: 'Survey answers', sampleMinimum: '30' };

function contractJson(language: Language, csat: Record<string, string> = {}) {
  return testContractJson({
    id: 'cond',
    name: 'Conditions',
    language,
    fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
    sla: { atRisk: { amount: '4000.00' } },
    earnback: { periods: 2 },
    kpis: [
      csatClause({
        model: 'threshold',
        threshold: '0.85',
        amount: '2000.00',
        ...survey,
        neutralFee: '1000.00',
        ...csat,
      }),
      fcrClause({ bonusRate: '50000', malusRate: '50000', ...survey }),
      uptimeClause({}, 'Availability'),
    ],
  });
}

function contract(language: Language, csat: Record<string, string> = {}): Contract {
  return parsedContract(contractJson(language, csat));
}

const CSV = `Period,Kind,Name,Value
2026-01,volume,Survey answers,40
2026-01,kpi,CSAT,0.86
2026-01,kpi,FCR,0.75
2026-01,kpi,Availability,0.999
2026-02,volume,Survey answers,29
2026-02,kpi,CSAT,0.90
2026-02,kpi,FCR,0.80
2026-02,kpi,Availability,0.99
2026-03,volume,Survey answers,30
2026-03,kpi,CSAT,0.90
2026-03,kpi,FCR,0.80
2026-03,excluded,Availability,client-caused outage (ticket 4711)
2026-04,volume,Survey answers,35
2026-04,kpi,CSAT,0.86
2026-04,kpi,FCR,0.75
2026-04,kpi,Availability,0.999
`;

const invoiceOf = (c: Contract, period: string, csv = CSV) => csvInvoice(c, period, csv);

const amounts = (inv: ReturnType<typeof invoiceOf>) =>
  inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`);

describe('minimum sample', () => {
  // February: 29 survey answers, one short of the minimum 30: CSAT and FCR are not evaluated. CSAT pays its
  // neutral fee 1,000.00 (not 2,000.00 for 90 % ≥ 85 %); FCR gives nothing (not +5 pts × €500 = 2,500.00).
  // Availability 99 % < 99.5 %: credit 4,000.00 × 50 % = −2,000.00.
  // 10,000.00 + 1,000.00 + 0 − 2,000.00 = 9,000.00; VAT 1,800.00; total 10,800.00.
  test.each<[Language, string, string, string]>([
    [
      'en',
      'CSAT: sample 29 (Survey answers) < minimum 30: not evaluated, neutral fee as the contract states: €1,000.00',
      'FCR: sample 29 (Survey answers) < minimum 30: not evaluated, no bonus, no malus: €0.00',
      'not evaluated: sample 29 (Survey answers) < minimum 30',
    ],
    [
      'fr',
      'CSAT : échantillon 29 (Survey answers) < minimum 30 : non évalué, montant neutre prévu au contrat : 1 000,00 €',
      'FCR : échantillon 29 (Survey answers) < minimum 30 : non évalué, ni bonus ni malus : 0,00 €',
      'non évalué : échantillon 29 (Survey answers) < minimum 30',
    ],
  ])('one answer short of the minimum the clauses are neutral (%s)', (lang, csat, fcr, outcome) => {
    const inv = invoiceOf(contract(lang), '2026-02');
    expect(amounts(inv)).toEqual(['fixed 10000', 'kpi-fee 1000', 'kpi-adjustment 0', 'sla-credit -2000']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '9000',
      '1800',
      '10800',
    ]);
    expect(plain(inv.lines[1].explanation)).toBe(csat);
    expect(plain(inv.lines[2].explanation)).toBe(fcr);
    // The evidence shows the value entered and why it was not evaluated.
    expect(inv.evidence[0].actual?.toFixed()).toBe('0.9');
    expect(plain(inv.evidence[0].outcome)).toBe(outcome);
  });

  // March: exactly 30 answers, the minimum: evaluated. CSAT 90 % ≥ 85 %: 2,000.00; FCR 80 % vs 75 %:
  // +5 pts × €500 = 2,500.00. Availability excluded: no credit.
  // 10,000.00 + 2,000.00 + 2,500.00 + 0 = 14,500.00; VAT 2,900.00; total 17,400.00.
  test('exactly at the minimum the clauses are evaluated', () => {
    const inv = invoiceOf(contract('en'), '2026-03');
    expect(amounts(inv)).toEqual(['fixed 10000', 'kpi-fee 2000', 'kpi-adjustment 2500', 'sla-credit 0']);
    expect(inv.total.toFixed()).toBe('17400');
  });

  test.each<[Language, string]>([
    ['en', 'CSAT: sample 29 (Survey answers) < minimum 30: not evaluated, no fee: €0.00'],
    ['fr', 'CSAT : échantillon 29 (Survey answers) < minimum 30 : non évalué, pas d’honoraires : 0,00 €'],
  ])('without a neutral fee a fee clause not evaluated pays nothing, and says no fee (%s)', (lang, text) => {
    const c = parseContract(
      JSON.parse(JSON.stringify(contractJson(lang, { neutralFee: undefined as never }))),
    );
    if (!c.ok) throw new Error(JSON.stringify(c.issues));
    const line = invoiceOf(c.value, '2026-02').lines[1];
    expect(line.amount.toFixed()).toBe('0');
    // A fee, not a bonus/malus: "no bonus, no malus" would name terms the clause does not have.
    expect(plain(line.explanation)).toBe(text);
  });

  // Quarterly invoices, CSAT averaged over the quarter: 10 + 10 + 9 = 29 answers < 30, not evaluated. The
  // quarter's value was never formed, so the evidence has no actual: March's 90 % is not the quarter's CSAT
  // (the average would be 85 %), and printed as its Actual it read as the value the clause was judged on.
  test('an aggregated clause not evaluated has no actual in its evidence, not its closing month’s', () => {
    const quarterly = parsedContract({
      ...testContractJson({
        id: 'q',
        name: 'Quarterly',
        frequency: 'quarterly',
        fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
        kpis: [
          csatClause({
            model: 'threshold',
            threshold: '0.85',
            amount: '2000.00',
            aggregation: 'average',
            ...survey,
          }),
        ],
      }),
    });
    const csv = `Period,Kind,Name,Value
2026-01,volume,Survey answers,10
2026-01,kpi,CSAT,0.80
2026-02,volume,Survey answers,10
2026-02,kpi,CSAT,0.85
2026-03,volume,Survey answers,9
2026-03,kpi,CSAT,0.90
`;
    const inv = csvInvoice(quarterly, '2026-03', csv);
    expect(plain(inv.lines[1].explanation)).toBe(
      'CSAT: sample 29 (Survey answers) < minimum 30: not evaluated, no fee: €0.00',
    );
    expect(inv.evidence.map((e) => [e.outcome, e.actual?.toString()])).toEqual([
      ['not evaluated: sample 29 (Survey answers) < minimum 30', undefined],
    ]);
  });

  test('a sample not entered is a problem, never a pass', () => {
    const c = contract('en');
    const csv = CSV.split('\n')
      .filter((l) => !l.startsWith('2026-02,volume'))
      .join('\n');
    const actuals = actualsFromCsv(csv, c);
    const result = actuals.ok ? buildInvoice(c, actuals.value, '2026-02') : null;
    expect(result?.ok ? [] : result?.problems).toContain(
      'Actuals: no quantity for "Survey answers" in 2026-02',
    );
  });

  test('the formula the docs give returns the line’s amount', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const formula = (sample: string, csat: string) =>
      `THRESHOLDFEE(${sample}, 30, 1) * THRESHOLDFEE(${csat}, 0.85, 2000) + (1 - THRESHOLDFEE(${sample}, 30, 1)) * 1000`;
    expect(doc).toContain(formula('SAMPLE', 'CSAT'));
    for (const period of ['2026-01', '2026-02', '2026-03', '2026-04']) {
      const row = CSV.split('\n').filter((l) => l.startsWith(period));
      const value = (name: string) => row.find((l) => l.includes(`,${name},`))!.split(',')[3];
      const line = invoiceOf(contract('en'), period).lines[1];
      expect(evaluateFormula(formula(value('Survey answers'), value('CSAT')))).toBe(Number(line.amount));
    }
  });
});

describe('excluded months', () => {
  // March: Availability excluded for a client-caused outage: no credit, the reason printed.
  test.each<[Language, string]>([
    [
      'en',
      'Availability: 2026-03 excluded (client-caused outage (ticket 4711)): not evaluated, no credit: €0.00',
    ],
    [
      'fr',
      'Availability : 2026-03 exclu (client-caused outage (ticket 4711)) : non évalué, pas de pénalité : 0,00 €',
    ],
  ])('an excluded month is neutral and prints its reason (%s)', (lang, text) => {
    const inv = invoiceOf(contract(lang), '2026-03');
    expect(plain(inv.lines[3].explanation)).toBe(text);
  });

  // No value was entered in March: the KPI evidence still has Availability's row, with the month, no
  // value, its level, "excluded" and the reason, and the line's 0.00.
  test.each<[Language, string]>([
    ['en', 'not evaluated: 2026-03 excluded (client-caused outage (ticket 4711))'],
    ['fr', 'non évalué : 2026-03 exclu (client-caused outage (ticket 4711))'],
  ])('an excluded month without a value has its KPI evidence row (%s)', (lang, outcome) => {
    const inv = invoiceOf(contract(lang), '2026-03');
    expect(inv.evidence.map((e) => e.clause.name)).toEqual(['CSAT', 'FCR', 'Availability']);
    const availability = inv.evidence[2];
    expect(availability.actual).toBeUndefined();
    expect(availability.excluded).toBe('client-caused outage (ticket 4711)');
    const grid = planToGrid(invoiceSheetPlan(inv));
    const row = grid.find((r) => r[0] === 'Availability' && r[1] === '2026-03')!;
    expect(row.slice(0, 4)).toEqual(['Availability', '2026-03', null, 0.995]);
    expect(plain(String(row[6]))).toBe(outcome);
    expect(row[7]).toBe(0);
    const json = invoiceToJson(inv) as { evidence: Record<string, string>[] };
    expect(json.evidence[2]).toEqual({
      kpi: 'Availability',
      month: '2026-03',
      excluded: 'client-caused outage (ticket 4711)',
      outcome: inv.evidence[2].outcome,
      amount: '0.00',
    });
    // A correction reads that JSON back as an issued invoice.
    expect(readIssuedInvoice(JSON.parse(JSON.stringify(json))).ok).toBe(true);
  });

  test('an invoice with an excluded month without a value reads back from its sheet as issued', () => {
    const c = contract('en');
    const actuals = actualsFromCsv(CSV, c);
    if (!actuals.ok) throw new Error('actuals');
    const inv = invoiceOf(c, '2026-03');
    const read = issuedInvoiceFromSheet(
      planToGrid(invoiceSheetPlan(inv)) as never,
      'Invoice 2026-03',
      c,
      actuals.value,
      'en',
    );
    expect(read.ok && read.invoice.seal.fingerprint).toBe(inv.seal.fingerprint);
  });

  // April: the February credit −2,000.00 is earned back after 2 invoices, March and April. March is excluded
  // and left out; April 99.9 % ≥ 99.5 %: +2,000.00. CSAT 86 % ≥ 85 %: 2,000.00; FCR 75 % = target: 0.
  // 10,000.00 + 2,000.00 + 0 + 0 + 2,000.00 = 14,000.00; VAT 2,800.00; total 16,800.00.
  test('an earnback leaves the excluded month out', () => {
    const inv = invoiceOf(contract('en'), '2026-04');
    expect(amounts(inv)).toEqual([
      'fixed 10000',
      'kpi-fee 2000',
      'kpi-adjustment 0',
      'sla-credit 0',
      'earnback 2000',
    ]);
    expect(inv.total.toFixed()).toBe('16800');
    expect(plain(inv.lines[4].explanation)).toContain('April 2026');
    expect(plain(inv.lines[4].explanation)).not.toContain('March 2026');
  });

  test('an excluded month with a value still gives no credit, and the value is evidence', () => {
    const csv = CSV.replace('2026-03,excluded', '2026-03,kpi,Availability,0.95\n2026-03,excluded');
    const inv = invoiceOf(contract('en'), '2026-03', csv);
    expect(inv.lines[3].amount.toFixed()).toBe('0');
    expect(inv.evidence[2].actual?.toFixed()).toBe('0.95');
  });

  // The performance review reads the evidence: a month not evaluated (an excluded month with a value of
  // 95 %, a sample short of its minimum) is neutral there too, never missed or met on a value the invoice
  // did not judge; a month excluded without a value is listed the same, without an actual.
  test('the performance review counts a clause not evaluated as neutral', () => {
    const c = contract('en');
    const withValue = CSV.replace('2026-03,excluded', '2026-03,kpi,Availability,0.95\n2026-03,excluded');
    const review = performanceReview([invoiceOf(c, '2026-02'), invoiceOf(c, '2026-03', withValue)]);
    const status = (kpi: string, month: string) =>
      review.rows.find((r) => r.kpi.name === kpi && r.month === month)?.status;
    expect([status('CSAT', '2026-02'), status('FCR', '2026-02'), status('Availability', '2026-03')]).toEqual([
      'neutral',
      'neutral',
      'neutral',
    ]);
    expect(status('Availability', '2026-02')).toBe('missed');
    const without = performanceReview([invoiceOf(c, '2026-03')]);
    expect(without.rows.map((r) => [r.kpi.name, r.status, r.actual?.toFixed()])).toEqual([
      ['CSAT', 'met', '0.9'],
      ['FCR', 'met', '0.8'],
      ['Availability', 'neutral', undefined],
    ]);
  });

  test('a reason that looks like a formula stays text through CSV and the sheet', () => {
    const c = contract('en');
    const csv = CSV.replace('client-caused outage (ticket 4711)', '"=HYPERLINK(""x"")"');
    const read = actualsFromCsv(csv, c);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.periods.get('2026-03')?.exclusions?.get('Availability')).toBe('=HYPERLINK("x")');
    const written = actualsToCsv(c, read.value);
    expect(written).toContain(`2026-03,excluded,Availability,"'=HYPERLINK(""x"")"`);
    expect(actualsFromCsv(written, c)).toEqual(read);
    const grid = planToGrid(actualsSheetPlan(c, read.value));
    expect(actualsFromSheet(grid as never, c)).toEqual(read);
  });

  test.each<[string, string]>([
    ['2026-03,excluded,Availabilty,outage', 'actuals.csv!C13 (Name): unknown KPI "Availabilty"'],
    ['2027-13,excluded,Availability,outage', 'actuals.csv!A13 (Period)'],
    ['2025-12,excluded,Availability,outage', 'actuals.csv!A13 (Period): '],
    ['2026-03,exclusion,Availability,outage', 'actuals.csv!B13 (Kind)'],
    ['2026-03,excluded,Availability,', 'actuals.csv!D13 (Value)'],
  ])('a bad exclusion is an error naming its cell: %s', (line, message) => {
    const csv = CSV.replace('2026-03,excluded,Availability,client-caused outage (ticket 4711)', line);
    const read = actualsFromCsv(csv, contract('en'));
    expect(read.ok ? [] : read.issues.map((i) => i.message).join('\n')).toContain(message);
  });
});

describe('conditions in the sheets', () => {
  test('read the same from JSON and from the Contract sheet, EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  test('the Actuals sheet has a row for the unpriced sample and one for the exclusions', () => {
    const c = contract('fr');
    const read = actualsFromCsv(CSV, c);
    if (!read.ok) throw new Error('actuals');
    const grid = planToGrid(actualsSheetPlan(c, read.value));
    expect(grid.map((row) => row.slice(0, 2))).toContainEqual(['volume', 'Survey answers']);
    expect(grid.map((row) => row.slice(0, 2))).toContainEqual(['exclu', 'Availability']);
    expect(actualsFromSheet(grid as never, c)).toEqual(read);
  });

  test.each<[Record<string, string>, string]>([
    [{ sampleMinimum: '' }, 'kpis[0].sampleMinimum'],
    [{ sampleVolume: undefined as never }, 'kpis[0].sampleVolume: a minimum sample needs both'],
    [{ sampleMinimum: '29.5' }, 'kpis[0].sampleMinimum: '],
    [{ sampleMinimum: '0' }, 'kpis[0].sampleMinimum: '],
    [{ neutralFee: '2500.00' }, "kpis[0].neutralFee: at most the clause's amount (2000)"],
  ])('a bad condition %j is refused', (terms, message) => {
    const json = contractJson('en', terms);
    const result = parseContract(JSON.parse(JSON.stringify(json)));
    expect(result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  test('a neutral fee on a model that pays no fee is refused', () => {
    const json = contractJson('en');
    (json.kpis[1] as unknown as Record<string, string>).neutralFee = '100';
    const result = parseContract(json);
    expect(result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toContain(
      'kpis[1].neutralFee: not used by the bonus-malus model',
    );
  });
});
