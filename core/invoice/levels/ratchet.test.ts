/**
 * The continuous-improvement ratchet: a service level's minimum rising each contract year by a step or to
 * the average of the best months of the year before, held at its ceiling. Golden invoices worked out by
 * hand, EN and FR, the ceiling reached, the months the invoice reads, and the cell formulas of the docs.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  invoiceOf,
  levelsContract,
  levelsContractJson,
  plain,
  problemsOf,
} from '../../../test/support/levelsContract';
import { fcrClause, uptimeClause } from '../../../test/support/testContract';
import { buildActuals } from '../../contract/actuals';
import { monthsRead } from '../../contract/invoiceActuals';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';
import { parseContract } from '../../contract/json';
import { addMonths } from '../../contract/period';
import type { Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';

const uptime = (ratchet: unknown, extra: Record<string, unknown> = {}) => uptimeClause({ ratchet, ...extra });
const stepped = (lang: Language) => levelsContract(lang, [uptime('+0.001 a year, ceiling 0.997')]);
const at = (period: string, value: string, name = 'Uptime') => ({ [period]: { [name]: value } });

describe('a ratchet by a fixed step', () => {
  // Contract year 2 (2027): minimum 99.5 % + 0.1 point = 99.6 %; 99.55 % misses it: credit 10 % of
  // 10,000.00 × 50 % = 500.00. Subtotal 9,500.00; VAT 1,900.00; total 11,400.00.
  test.each<[Language, string]>([
    [
      'en',
      'Uptime 99.55% misses the minimum 99.6%: at-risk amount €1,000.00 (10% of base fees €10,000.00) × allocation 50% = −€500.00; ratchet, contract year 2: minimum 99.5% +0.1 pts × 1 = 99.6%',
    ],
    [
      'fr',
      'Uptime 99,55 % sous le minimum 99,6 % : montant à risque 1 000,00 € (10 % des honoraires de base 10 000,00 €) × allocation 50 % = −500,00 € ; cliquet, année de contrat 2 : minimum 99,5 % +0,1 pt × 1 = 99,6 %',
    ],
  ])('year 2, %s: the minimum has risen by one step', (lang, text) => {
    const inv = invoiceOf(stepped(lang), at('2027-03', '0.9955'), '2027-03');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '-500']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '9500',
      '1900',
      '11400',
    ]);
    expect(plain(inv.lines[1].explanation)).toBe(text);
    expect(inv.evidence[0].clause.threshold!.toFixed()).toBe('0.996');
  });

  test('year 1 applies the stated minimum and says nothing of the ratchet', () => {
    const inv = invoiceOf(stepped('en'), at('2026-12', '0.9955'), '2026-12');
    expect(inv.total.toFixed()).toBe('12000');
    expect(plain(inv.lines[1].explanation)).toBe('Uptime 99.55% meets the minimum 99.5%: no credit');
  });

  // Year 4 (2029): 99.5 % + 3 × 0.1 point = 99.8 %, held at the ceiling 99.7 %. Exactly 99.7 % meets it:
  // no credit, total 10,000.00 × 1.2 = 12,000.00; 99.69 % misses it: 11,400.00 as above.
  test.each<[Language, string]>([
    [
      'en',
      'Uptime 99.7% meets the minimum 99.7%: no credit; ratchet, contract year 4: minimum 99.5% +0.1 pts × 3 = 99.8%, held at the ceiling 99.7%',
    ],
    [
      'fr',
      'Uptime 99,7 % atteint le minimum 99,7 % : pas de pénalité ; cliquet, année de contrat 4 : minimum 99,5 % +0,1 pt × 3 = 99,8 %, ramené au plafond 99,7 %',
    ],
  ])('year 4, %s: the ratchet hits its ceiling', (lang, text) => {
    const inv = invoiceOf(stepped(lang), at('2029-02', '0.997'), '2029-02');
    expect(inv.total.toFixed()).toBe('12000');
    expect(plain(inv.lines[1].explanation)).toBe(text);
    expect(invoiceOf(stepped(lang), at('2029-02', '0.9969'), '2029-02').total.toFixed()).toBe('11400');
  });

  test('a target the minimum passes rises with it', () => {
    const c = levelsContract('en', [uptime({ step: '0.001', ceiling: '0.999' }, { target: '0.996' })]);
    // Year 3: 99.5 % + 2 × 0.1 point = 99.7 %, above the target 99.6 %, which becomes 99.7 %.
    const inv = invoiceOf(c, at('2028-05', '0.998'), '2028-05');
    expect([inv.evidence[0].clause.threshold!.toFixed(), inv.evidence[0].clause.target!.toFixed()]).toEqual([
      '0.997',
      '0.997',
    ]);
    expect(plain(inv.lines[1].explanation)).toContain('= 99.7%, target raised to 99.7% with it');
  });
});

describe('a ratchet where lower is better', () => {
  test('the maximum response time falls half an hour a year, never below its ceiling of 3 hours', () => {
    const response = {
      name: 'Response time',
      measure: 'Mean hours to answer',
      unit: 'hours',
      direction: 'lower',
      period: 'monthly',
      model: 'threshold',
      threshold: '4',
      amount: '300.00',
      ratchet: '+0.5 a year, ceiling 3',
    };
    const c = levelsContract('en', [response]);
    const threshold = (period: string) =>
      invoiceOf(c, { [period]: { 'Response time': '3' } }, period).evidence[0].clause.threshold!.toFixed();
    // Years 1 to 4: 4, 4 − 0.5 = 3.5, 4 − 1 = 3, 4 − 1.5 = 2.5 held at 3.
    expect(['2026-06', '2027-06', '2028-06', '2029-06'].map(threshold)).toEqual(['4', '3.5', '3', '3']);
    expect(plain(invoiceOf(c, at('2029-06', '3.1', 'Response time'), '2029-06').lines[1].explanation)).toBe(
      'Response time 3.1 h > threshold 3 h: no fee; ratchet, contract year 4: threshold 4 h −0.5 h × 3 = 2.5 h, held at the ceiling 3 h',
    );
  });
});

describe('an earnback expects the levels in force', () => {
  test('a target raised by the ratchet is the level the following invoice must meet', () => {
    const json = levelsContractJson('en', [
      uptime({ step: '0.001', ceiling: '0.999' }, { target: '0.9955' }),
    ]);
    const parsed = parseContract({ ...json, earnback: { periods: 1 } });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    // Year 2: minimum 99.5 % + 0.1 point = 99.6 %, past the target 99.55 %, which rises to 99.6 %.
    // January 2027, 99.58 %: credit 500.00. February, 99.57 %: it misses the minimum again (−500.00) and
    // the raised target, so January's credit is not earned back (the stated 99.55 % would have refunded it):
    // 10,000.00 − 500.00 = 9,500.00.
    const values = { ...at('2027-01', '0.9958'), ...at('2027-02', '0.9957') };
    const february = invoiceOf(parsed.value, values, '2027-02');
    expect(february.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`)).toEqual([
      'fixed 10000',
      'sla-credit -500',
    ]);
    expect(february.subtotal.toFixed()).toBe('9500');
  });
});

/** 2026: 99.6 %, 99.7 %, 99.9 %, 99.8 %, then 99.5 % — the best three average 99.8 %. */
const YEAR_ONE = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    addMonths('2026-01', i),
    { Uptime: ['0.996', '0.997', '0.999', '0.998'][i] ?? '0.995' },
  ]),
);
const best = (ceiling: string, lang: Language = 'en') =>
  levelsContract(lang, [uptime({ bestMonths: 3, ceiling })]);

describe('a ratchet to the best months of the previous contract year', () => {
  // (99.9 % + 99.8 % + 99.7 %) ÷ 3 = 99.8 %, below the ceiling 99.85 %: 99.79 % in January 2027 misses it,
  // credit 500.00, total 11,400.00.
  test.each<[Language, string]>([
    ['en', 'ratchet, contract year 2: minimum 99.8%, the average of the best 3 values of 2026-01..2026-12'],
    [
      'fr',
      'cliquet, année de contrat 2 : minimum 99,8 %, la moyenne des 3 meilleures valeurs de 2026-01..2026-12',
    ],
  ])('year 2, %s: the minimum rises to the average', (lang, note) => {
    const inv = invoiceOf(best('0.9985', lang), { ...YEAR_ONE, ...at('2027-01', '0.9979') }, '2027-01');
    expect(inv.total.toFixed()).toBe('11400');
    expect(plain(inv.lines[1].explanation)).toContain(note);
  });

  test('the ceiling holds it: 99.75 %, which 99.79 % meets', () => {
    const inv = invoiceOf(best('0.9975'), { ...YEAR_ONE, ...at('2027-01', '0.9979') }, '2027-01');
    expect(inv.total.toFixed()).toBe('12000');
    expect(plain(inv.lines[1].explanation)).toContain(
      'minimum 99.8%, the average of the best 3 values of 2026-01..2026-12, held at the ceiling 99.75%',
    );
  });

  test('never down: an average below the minimum leaves it where it is', () => {
    const poor = Object.fromEntries(Object.keys(YEAR_ONE).map((m) => [m, { Uptime: '0.99' }]));
    const inv = invoiceOf(best('0.9985'), { ...poor, ...at('2027-01', '0.995') }, '2027-01');
    expect(inv.total.toFixed()).toBe('12000');
    expect(plain(inv.lines[1].explanation)).toContain(
      'minimum stays 99.5% (the average of the best 3 values of 2026-01..2026-12 is 99%)',
    );
  });

  test('an excluded month does not count among the best: March 99.9 % excluded, the best three average 99.7 %', () => {
    // Without March: 99.8 %, 99.7 %, 99.6 % → 99.7 %; 99.69 % misses it: credit 500.00, total 11,400.00.
    const actuals = buildActuals([
      ...Object.entries({ ...YEAR_ONE, ...at('2027-01', '0.9969') }).map(([period, v]) => ({
        period,
        kind: 'kpi' as const,
        name: 'Uptime',
        value: dec(v.Uptime),
      })),
      { period: '2026-03', kind: 'excluded', name: 'Uptime', reason: 'Client-caused outage' },
    ]);
    const result = buildInvoice(best('0.9985'), actuals, '2027-01');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.invoice.evidence[0].clause.threshold!.toFixed()).toBe('0.997');
    expect(result.invoice.total.toFixed()).toBe('11400');
  });

  // Year 3 (2028) after a year 2 whose three best months were excluded (their values kept as evidence):
  // year 2's minimum is (99.9 % + 99.8 % + 99.7 %) ÷ 3 = 99.8 % (YEAR_ONE). Year 2 without its excluded
  // January–March (99.99 % each) has 99.75 % in April–June and 99.7 % after: its best three average
  // 99.75 %, below 99.8 %, so the minimum stays 99.8 % (it never goes down). January 2028 at 99.79 %
  // misses it: credit 500.00, total 11,400.00; counting the excluded months it would have risen to 99.85 %
  // (the ceiling).
  test('year 3 after excluded months: the best months of year 2 leave them out, and the minimum never falls', () => {
    const yearTwo = Array.from({ length: 12 }, (_, i) => addMonths('2027-01', i));
    const values = yearTwo.map((period, i) => ({
      period,
      kind: 'kpi' as const,
      name: 'Uptime',
      value: dec(i < 3 ? '0.9999' : i < 6 ? '0.9975' : '0.997'),
    }));
    const actuals = buildActuals([
      ...Object.entries({ ...YEAR_ONE, ...at('2028-01', '0.9979') }).map(([period, v]) => ({
        period,
        kind: 'kpi' as const,
        name: 'Uptime',
        value: dec(v.Uptime),
      })),
      ...values,
      ...yearTwo
        .slice(0, 3)
        .map((period) => ({ period, kind: 'excluded' as const, name: 'Uptime', reason: 'Force majeure' })),
    ]);
    const result = buildInvoice(best('0.9985'), actuals, '2028-01');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const inv = result.invoice;
    expect(inv.evidence[0].clause.threshold!.toFixed()).toBe('0.998');
    expect(inv.total.toFixed()).toBe('11400');
    expect(plain(inv.lines[1].explanation)).toContain(
      'ratchet, contract year 3: minimum stays 99.8% (the average of the best 3 values of 2027-01..2027-12 (2027-01 excluded (Force majeure), 2027-02 excluded (Force majeure), 2027-03 excluded (Force majeure)) is 99.75%)',
    );
  });

  test('too few values in the year stops the invoice, naming them', () => {
    const values = { ...at('2026-02', '0.999'), ...at('2026-05', '0.998'), ...at('2027-01', '0.999') };
    expect(problemsOf(best('0.9985'), values, '2027-01')).toEqual([
      'Uptime: the ratchet needs the best 3 values of 2026-01..2026-12; the actuals have 2',
    ]);
  });

  test('the invoice reads the previous contract years with its own month', () => {
    const months = monthsRead(best('0.9985'), '2027-01')!;
    expect(months[0]).toBe('2026-01');
    expect(months).toHaveLength(13);
  });
});

describe('the contract says what a ratchet needs', () => {
  const messages = (kpi: Record<string, unknown>) => {
    const result = parseContract(levelsContractJson('en', [kpi]));
    return result.ok ? [] : result.issues.map((i) => i.message);
  };
  test('a ceiling below the minimum, a step of 0, a text that does not read, a model without a minimum', () => {
    expect(messages(uptime('+0.001 a year, ceiling 0.99'))).toEqual([
      'kpis[0].ratchet: the ceiling must be ≥ the minimum (0.995)',
    ]);
    expect(messages(uptime({ step: '0', ceiling: '0.999' }))).toEqual(['kpis[0].ratchet: must be > 0']);
    expect(messages(uptime('0.001 each year'))).toEqual([
      'kpis[0].ratchet: expected a ratchet as "+0.001 a year, ceiling 0.998" or "best 3 months, ceiling 0.998", got "0.001 each year"',
    ]);
    const fcr = fcrClause({ ratchet: '+0.01 a year, ceiling 0.8' });
    expect(messages(fcr)).toEqual(['kpis[0].ratchet: not used by the bonus-malus model: leave it blank']);
    expect(
      messages(uptime('best 3 months, ceiling 0.999', { ramp: '2026-04 over 3 periods from 0.99' })),
    ).toEqual(['kpis[0].ratchet: a ratchet cannot be combined with a ramp or a schedule of levels']);
  });
});

describe('check by hand', () => {
  test('the formulas the docs give return the lines’ amounts', () => {
    const doc = plain(
      readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8').replace(
        /\n/g,
        ' ',
      ),
    );
    const yearTwo = 'SLACREDIT(0.9955, 0.995+0.001*1, 10000, 0.1, 0.5)';
    const ceiling = 'SLACREDIT(0.997, 0.997, 10000, 0.1, 0.5)';
    const bestMonths = 'SLACREDIT(0.9979, (0.999+0.998+0.997)/3, 10000, 0.1, 0.5)';
    for (const f of [yearTwo, ceiling, bestMonths]) expect(doc).toContain(`\`${f}\``);
    const credit = (
      c: ReturnType<typeof stepped>,
      values: Record<string, Record<string, string>>,
      p: string,
    ) => -Number(invoiceOf(c, values, p).lines[1].amount) + 0;
    expect(evaluateFormula(yearTwo)).toBe(credit(stepped('en'), at('2027-03', '0.9955'), '2027-03'));
    expect(evaluateFormula(ceiling)).toBe(credit(stepped('en'), at('2029-02', '0.997'), '2029-02'));
    expect(evaluateFormula(bestMonths)).toBe(
      credit(best('0.9985'), { ...YEAR_ONE, ...at('2027-01', '0.9979') }, '2027-01'),
    );
  });
});
