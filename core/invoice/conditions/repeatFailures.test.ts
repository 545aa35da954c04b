/**
 * Repeat-failure escalation and key measures. Golden invoices worked out by hand, EN and FR: an escalation
 * exactly on its 3rd miss of 4 months, a key measure before and after it becomes critical, the at-risk cap
 * cutting an escalated credit and the earnback returning exactly what was deducted, an excluded month that
 * is no miss; the documented formulas; the sheet; the problems; and the law that escalation never
 * decreases a credit.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { actualsFromCsv } from '../../contract/csv';
import { contractFromSheet } from '../../contract/fromSheet';
import {
  csvInvoice,
  kpiClause,
  parsedContract,
  plain,
  testContractJson,
  uptimeClause,
} from '../../../test/support/testContract';
import { parseContract } from '../../contract/json';
import type { Contract, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { priceScenario } from '../../model/scenario';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';

function contractJson(language: Language, availability: Record<string, string> = {}) {
  return testContractJson({
    id: 'sla',
    name: 'SLA',
    language,
    fixedFees: [{ label: 'Run', amount: '20000.00' }],
    // At risk: 10 % of 20,000.00 = 2,000.00; each level's credit is 50 % of it, 1,000.00.
    sla: { atRisk: { percentOfBase: '0.10' } },
    earnback: { periods: 1 },
    kpis: [
      uptimeClause(
        { repeatPeriods: '4', escalateAt: '3', escalationFactor: '1.5', ...availability },
        'Availability',
      ),
      kpiClause('Response', 'P1 incident response', 'hours', 'lower', {
        model: 'sla-credit',
        threshold: '4',
        allocation: '0.5',
        repeatPeriods: '3',
        criticalAt: '2',
      }),
    ],
  });
}

function contract(language: Language, availability: Record<string, string> = {}): Contract {
  return parsedContract(contractJson(language, availability));
}

// Availability: missed in January, March and April; Response: missed in January, March and April.
const MONTHS: Record<string, [string, string]> = {
  '2026-01': ['0.99', '5'],
  '2026-02': ['0.999', '3'],
  '2026-03': ['0.99', '5'],
  '2026-04': ['0.99', '6'],
  '2026-05': ['0.999', '3'],
};
const csv = (months = MONTHS, extra = '') =>
  'Period,Kind,Name,Value\n' +
  Object.entries(months)
    .map(([m, [a, r]]) => `${m},kpi,Availability,${a}\n${m},kpi,Response,${r}\n`)
    .join('') +
  extra;

const invoiceOf = (c: Contract, period: string, text = csv()) => csvInvoice(c, period, text);

const amounts = (inv: ReturnType<typeof invoiceOf>) =>
  inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`);

describe('repeat failures', () => {
  // January: Availability 99 % < 99.5 %: −1,000.00 (1 miss, the months before the contract do not exist).
  // Response 5 h > 4 h: a key measure, missed once of 3 months (critical from 2): no credit.
  // 20,000.00 − 1,000.00 + 0 = 19,000.00; VAT 3,800.00; total 22,800.00.
  test.each<[Language, string]>([
    [
      'en',
      'Response 5 h is above the maximum 4 h: at-risk amount €2,000.00 (10% of base fees €20,000.00) × allocation 50% = −€1,000.00; key measure, missed 1 of the last 3 months (critical from 2): no credit, €1,000.00 not deducted',
    ],
    [
      'fr',
      ' ; indicateur clé, manqué 1 fois sur les 3 derniers mois (critique à partir de 2) : pas de pénalité, 1 000,00 € non déduits',
    ],
  ])('a key measure missed once gives no credit (%s)', (lang, text) => {
    const inv = invoiceOf(contract(lang), '2026-01');
    expect(amounts(inv)).toEqual(['fixed 20000', 'sla-credit -1000', 'sla-credit 0']);
    expect(inv.total.toFixed()).toBe('22800');
    expect(plain(inv.lines[2].explanation)).toContain(text);
    expect(inv.evidence[1].outcome).toBe(lang === 'en' ? 'missed, key measure' : 'manqué, indicateur clé');
  });

  // March: Availability missed in January and March, 2 of the last 4 months (< 3): −1,000.00, no
  // escalation. Response missed in January and March, 2 of the last 3 (critical from 2): −1,000.00.
  // Credits 2,000.00 = the at-risk amount: no cap. 20,000.00 − 2,000.00 = 18,000.00; total 21,600.00.
  test('a key measure missed twice in 3 months is critical: its credit applies', () => {
    const inv = invoiceOf(contract('en'), '2026-03');
    expect(amounts(inv)).toEqual(['fixed 20000', 'sla-credit -1000', 'sla-credit -1000']);
    expect(plain(inv.lines[2].explanation)).toContain(
      '; key measure critical, missed 2 of the last 3 months (critical from 2): the credit applies',
    );
    expect(inv.evidence[1].outcome).toBe('missed, critical');
  });

  // April: Availability missed in January, March and April: exactly its 3rd miss of the last 4 months:
  // −1,000.00 × 1.5 = −1,500.00. Response critical (March, April): −1,000.00. Credits 2,500.00 > the
  // at-risk 2,000.00: the cap gives back +500.00. 20,000.00 − 1,500.00 − 1,000.00 + 500.00 = 18,000.00;
  // no earnback (April missed both); VAT 3,600.00; total 21,600.00.
  test.each<[Language, string]>([
    ['en', '; missed 3 of the last 4 months: credit × 1.5: −€1,000.00 × 1.5 = −€1,500.00'],
    ['fr', ' ; manqué 3 fois sur les 4 derniers mois : pénalité × 1,5 : −1 000,00 € × 1,5 = −1 500,00 €'],
  ])('exactly on its 3rd miss the credit escalates, and the at-risk cap still holds (%s)', (lang, text) => {
    const inv = invoiceOf(contract(lang), '2026-04');
    expect(amounts(inv)).toEqual(['fixed 20000', 'sla-credit -1500', 'sla-credit -1000', 'sla-cap 500']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '18000',
      '3600',
      '21600',
    ]);
    expect(plain(inv.lines[1].explanation)).toContain(text);
    expect(inv.evidence[0].outcome).toBe(lang === 'en' ? 'missed, credit × 1.5' : 'manqué, pénalité × 1,5');
  });

  // May: both met. The earnback returns what April deducted: 2,000.00 shared by largest remainder in
  // proportion to 1,500.00 and 1,000.00: 1,200.00 and 800.00. 20,000.00 + 1,200.00 + 800.00 = 22,000.00;
  // VAT 4,400.00; total 26,400.00.
  test('an earnback returns exactly what the capped, escalated credit deducted', () => {
    const inv = invoiceOf(contract('en'), '2026-05');
    expect(amounts(inv)).toEqual([
      'fixed 20000',
      'sla-credit 0',
      'sla-credit 0',
      'earnback 1200',
      'earnback 800',
    ]);
    expect(inv.total.toFixed()).toBe('26400');
    const april = invoiceOf(contract('en'), '2026-04');
    const deducted = april.lines
      .filter((l) => l.kind.startsWith('sla'))
      .reduce((s, l) => s.plus(l.amount), april.total.minus(april.total));
    expect(
      inv.lines
        .filter((l) => l.kind === 'earnback')
        .reduce((s, l) => s.plus(l.amount), deducted)
        .isZero(),
    ).toBe(true);
  });

  // March excluded for Availability (a client-caused outage): April counts January and April, 2 misses of
  // the last 4 months: no escalation, −1,000.00.
  test('an excluded month is no miss', () => {
    const months = { ...MONTHS };
    const text = csv(months, '2026-03,excluded,Availability,client outage\n').replace(
      '2026-03,kpi,Availability,0.99\n',
      '',
    );
    expect(invoiceOf(contract('en'), '2026-04', text).lines[1].amount.toFixed()).toBe('-1000');
  });

  // An actuals file holding only April: the window's January–March are inside the contract with no value.
  // Counting them as met would give 1 miss of 4, no escalation, −1,000.00 instead of −1,500.00: an error.
  test.each<[Language, string, string]>([
    [
      'en',
      'Actuals: the repeat-failure escalation of "Availability" reads 2026-01, 2026-02, 2026-03: no value for Availability (enter it, or mark the month excluded)',
      'Actuals: the repeat-failure escalation of "Response" reads 2026-02, 2026-03: no value for Response (enter it, or mark the month excluded)',
    ],
    [
      'fr',
      'Réalisé\u00a0: l’aggravation pour manquements répétés de «\u00a0Availability\u00a0» lit 2026-01, 2026-02, 2026-03\u00a0: aucune valeur pour Availability (saisissez-la, ou marquez le mois exclu)',
      'Réalisé\u00a0: l’aggravation pour manquements répétés de «\u00a0Response\u00a0» lit 2026-02, 2026-03\u00a0: aucune valeur pour Response (saisissez-la, ou marquez le mois exclu)',
    ],
  ])('a window month inside the contract with no value is an error naming it (%s)', (lang, a, r) => {
    const c = contract(lang);
    const actuals = actualsFromCsv(csv({ '2026-04': MONTHS['2026-04'] }), c);
    if (!actuals.ok) throw new Error(JSON.stringify(actuals.issues));
    const result = buildInvoice(c, actuals.value, '2026-04');
    expect(result.ok ? [] : result.problems).toEqual([a, r]);
  });

  // Only January's value missing: the error names January alone.
  test('one missing window month is named alone', () => {
    const c = contract('en');
    const actuals = actualsFromCsv(csv().replace('2026-01,kpi,Availability,0.99\n', ''), c);
    const result = actuals.ok ? buildInvoice(c, actuals.value, '2026-04') : null;
    expect(result?.ok === false && result.problems).toEqual([
      'Actuals: the repeat-failure escalation of "Availability" reads 2026-01: no value for Availability (enter it, or mark the month excluded)',
    ]);
  });

  // The contract starts in February: April's window January–April holds January, before the contract, which
  // nothing could miss. Availability: February met, March and April missed, 2 of the last 4 (< 3): no
  // escalation, −1,000.00 (from January, the same April is 3 of 4: −1,500.00).
  test('a window month before the contract is no miss', () => {
    const parsed = parseContract({ ...contractJson('en'), firstPeriod: '2026-02' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const fromFebruary = Object.fromEntries(Object.entries(MONTHS).filter(([m]) => m !== '2026-01'));
    const inv = invoiceOf(parsed.value, '2026-04', csv(fromFebruary));
    expect(inv.lines[1].amount.toFixed()).toBe('-1000');
    expect(inv.lines[1].explanation).not.toContain('missed');
    expect(invoiceOf(contract('en'), '2026-04').lines[1].amount.toFixed()).toBe('-1500');
  });

  test('the formulas the docs give return the lines’ amounts', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const escalated = (misses: string) =>
      `ROUND(ROUND(SLACREDIT(0.99, 0.995, 2000, 1, 0.5), 2) * (1 + THRESHOLDFEE(${misses}, 3, 0.5)), 2)`;
    const key = (misses: string) => `THRESHOLDFEE(${misses}, 2, 1) * SLACREDIT(5, 4, 2000, 1, 0.5, "lower")`;
    expect(doc).toContain(escalated('MISSES'));
    expect(doc).toContain(key('MISSES'));
    expect(evaluateFormula(escalated('3'))).toBe(
      0 - Number(invoiceOf(contract('en'), '2026-04').lines[1].amount),
    );
    expect(evaluateFormula(escalated('2'))).toBe(
      0 - Number(invoiceOf(contract('en'), '2026-03').lines[1].amount),
    );
    expect(evaluateFormula(key('1'))).toBe(0 - Number(invoiceOf(contract('en'), '2026-01').lines[2].amount));
    expect(evaluateFormula(key('2'))).toBe(0 - Number(invoiceOf(contract('en'), '2026-03').lines[2].amount));
  });

  test('read the same from JSON and from the Contract sheet, EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  test.each<[Record<string, string | undefined>, string]>([
    [{ escalationFactor: undefined }, 'kpis[0].escalationFactor: an escalation needs both'],
    [{ escalationFactor: '1' }, 'kpis[0].escalationFactor: '],
    [{ escalateAt: '5' }, 'kpis[0].escalateAt: must be ≤ 4'],
    [{ escalateAt: '2.5' }, 'kpis[0].escalateAt: '],
    [{ repeatPeriods: undefined }, 'kpis[0].escalateAt: needs Repeat periods'],
    [
      { escalateAt: undefined, escalationFactor: undefined },
      'kpis[0].repeatPeriods: Repeat periods counts misses',
    ],
    [{ criticalAt: '4' }, 'kpis[0].escalateAt: must be ≥ 4'],
  ])('bad repeat terms %j are refused', (terms, message) => {
    const result = parseContract(JSON.parse(JSON.stringify(contractJson('en', terms as never))));
    expect(result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  test('repeat terms outside sla-credit are refused, addressed to their cell', () => {
    const c = contract('en');
    const grid = planToGrid(contractSheetPlan(c)) as unknown[][];
    const header = grid.findIndex((row) => row.includes('Escalate at'));
    const col = grid[header].indexOf('Escalate at');
    grid[header + 1][5] = 'threshold';
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => `${i.column}: ${i.problem}`)).toContainEqual(
      'Escalate at: not used by the threshold model: leave it blank',
    );
    expect(col).toBeGreaterThan(0);
  });

  test('escalation never decreases a credit', () => {
    const escalating = contract('en');
    const flat = contract('en', {
      repeatPeriods: undefined,
      escalateAt: undefined,
      escalationFactor: undefined,
    } as never);
    const value = fc.constantFrom('0.99', '0.995', '0.999', '0.98');
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        (values, i) => {
          const months = Object.fromEntries(
            values.map((v, k) => [`2026-0${k + 1}`, [v, '3'] as [string, string]]),
          );
          const period = `2026-0${i + 1}`;
          const a = invoiceOf(escalating, period, csv(months)).lines[1].amount;
          const b = invoiceOf(flat, period, csv(months)).lines[1].amount;
          expect(a.lte(b)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('repeat failures of a period priced alone', () => {
  const values = {
    kpis: new Map([
      ['Availability', dec('0.99')],
      ['Response', dec('6')],
    ]),
    volumes: new Map(),
  };

  // April priced alone: January–March are not counted, so Availability is missed 1 of 4 (< 3): −1,000.00,
  // not escalated; Response missed 1 of 3 (critical from 2): no credit. The explanation says why.
  test.each<[Language, string]>([
    ['en', '; no earlier months: repeat failures not counted'],
    ['fr', ' ; pas de mois antérieurs : manquements répétés non comptés'],
  ])('a scenario counts no earlier month and says so (%s)', (lang, note) => {
    const priced = priceScenario(contract(lang), values, { period: '2026-04' });
    if (!priced.ok) throw new Error(priced.problems.join('\n'));
    expect(amounts(priced.invoice)).toEqual(['fixed 20000', 'sla-credit -1000', 'sla-credit 0']);
    expect(plain(priced.invoice.lines[1].explanation)).toContain(note);
    expect(plain(priced.invoice.lines[2].explanation)).toContain(note);
  });

  // In the contract's first month there is nothing earlier to count: the count is complete, no note.
  test('in the first month a scenario needs no note', () => {
    const priced = priceScenario(contract('en'), values);
    if (!priced.ok) throw new Error(priced.problems.join('\n'));
    expect(priced.invoice.lines[1].explanation).not.toContain('no earlier months');
  });
});
