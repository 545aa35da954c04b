/**
 * Gates: the handle-time bonus is paid only if CSAT reaches 85 %. Golden invoices worked out by hand, EN
 * and FR, with the gate exactly at its level, one short of it, and failing under a malus; the documented
 * formula; the sheet; and the law that a failing gate never increases a fee.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { actualsOf } from '../../test/support/invoiceContract';
import {
  ahtClause,
  csatClause,
  parsedContract,
  testContract,
  testContractJson,
} from '../../test/support/testContract';
import { contractFromSheet } from '../contract/fromSheet';
import { parseContract } from '../contract/json';
import type { Contract, Language } from '../contract/types';
import { evaluateFormula } from '../formula/evaluateFormula';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { buildInvoice } from './buildInvoice';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function contractJson(language: Language, gate: Record<string, string> = {}) {
  return testContractJson({
    id: 'gate',
    name: 'Gate',
    language,
    fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
    kpis: [ahtClause(gate), csatClause({ model: 'threshold', threshold: '0.90', amount: '1000.00' })],
  });
}

const GATE = { gateKpi: 'CSAT', gateLevel: '0.85' };

function contract(language: Language, gate: Record<string, string> = GATE): Contract {
  return parsedContract(contractJson(language, gate));
}

function invoice(c: Contract, aht: string, csat: string) {
  const result = buildInvoice(c, actualsOf({ '2026-02': { AHT: aht, CSAT: csat } }), '2026-02');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('gates', () => {
  // CSAT 85 % exactly at the gate's level: held. AHT 5 min, 1 min under the 6-min target × €500 = +500.00;
  // CSAT 85 % < 90 %: no CSAT fee. 10,000.00 + 500.00 + 0 = 10,500.00; VAT 2,100.00; total 12,600.00.
  test.each<[Language, string]>([
    ['en', 'AHT 5 min vs target 6 min: +1 min × €500 = €500.00; gate CSAT 85% ≥ 85%: held'],
    ['fr', 'AHT 5 min vs objectif 6 min'],
  ])('exactly at its level the gate holds (%s)', (lang, text) => {
    const inv = invoice(contract(lang), '5', '0.85');
    expect(inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`)).toEqual([
      'fixed 10000',
      'kpi-adjustment 500',
      'kpi-fee 0',
    ]);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '10500',
      '2100',
      '12600',
    ]);
    expect(plain(inv.lines[1].explanation)).toContain(text);
    if (lang === 'fr')
      expect(plain(inv.lines[1].explanation)).toContain('; condition CSAT 85 % ≥ 85 % : remplie');
    expect(inv.evidence[0].outcome).toBe(lang === 'en' ? 'bonus, gate held' : 'bonus, condition remplie');
  });

  // CSAT 84.9 %, one tenth of a point short: failed. The +500.00 bonus is withheld: 0.
  // 10,000.00 + 0 + 0 = 10,000.00; VAT 2,000.00; total 12,000.00.
  test.each<[Language, string]>([
    ['en', '; gate CSAT 84.9% < 85%: failed, €500.00 not paid: €0.00'],
    ['fr', ' ; condition CSAT 84,9 % < 85 % : non remplie, 500,00 € non versés : 0,00 €'],
  ])('just short of its level the gate fails and withholds the bonus (%s)', (lang, text) => {
    const inv = invoice(contract(lang), '5', '0.849');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '0', '0']);
    expect(inv.total.toFixed()).toBe('12000');
    expect(plain(inv.lines[1].explanation).endsWith(text)).toBe(true);
  });

  // CSAT 80 %: failed, but AHT 7 min is 1 min over target: −500.00 applies anyway.
  // 10,000.00 − 500.00 = 9,500.00; VAT 1,900.00; total 11,400.00.
  test('a failed gate leaves a malus as it is', () => {
    const inv = invoice(contract('en'), '7', '0.80');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '-500', '0']);
    expect(inv.total.toFixed()).toBe('11400');
    expect(plain(inv.lines[1].explanation)).toContain(
      '; gate CSAT 80% < 85%: failed (a malus applies anyway)',
    );
  });

  test('a missing gate value is a problem, never a pass', () => {
    const result = buildInvoice(contract('en'), actualsOf({ '2026-02': { AHT: '5' } }), '2026-02');
    expect(result.ok ? [] : result.problems).toContain('Actuals: no value for KPI "CSAT" in 2026-02');
  });

  test('the formula the docs give returns the line’s amount', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const formula = (csat: string, aht: string) =>
      `THRESHOLDFEE(${csat}, 0.85, 1) * BONUSMALUS(${aht}, 6, 500, 0, "lower") + BONUSMALUS(${aht}, 6, 0, 500, "lower")`;
    expect(doc).toContain(formula('CSAT', 'AHT'));
    for (const [aht, csat] of [
      ['5', '0.85'],
      ['5', '0.849'],
      ['7', '0.80'],
      ['7', '0.95'],
    ]) {
      const line = invoice(contract('en'), aht, csat).lines[1];
      expect(evaluateFormula(formula(csat, aht))).toBe(Number(line.amount));
    }
  });

  test('read the same from JSON and from the sheet, EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  test.each<[Record<string, string>, string]>([
    [
      { gateKpi: 'CSAT' },
      'kpis[0].gateLevel: a gate needs both its KPI (Gate KPI) and its level (Gate level)',
    ],
    [
      { gateLevel: '0.85' },
      'kpis[0].gateKpi: a gate needs both its KPI (Gate KPI) and its level (Gate level)',
    ],
    [{ ...GATE, gateKpi: 'CSATT' }, 'kpis[0].gateKpi: no KPI clause is named "CSATT"'],
    [{ ...GATE, gateKpi: 'aht' }, 'kpis[0].gateKpi: a clause cannot be gated by its own KPI'],
  ])('a gate %j is refused', (gate, message) => {
    const result = parseContract(contractJson('en', gate));
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([message]);
  });

  test('a failing gate never increases a fee; a holding one changes nothing', () => {
    const gatedContract = contract('en');
    const free = contract('en', {});
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 1000 }), (aht, csat) => {
        const [a, c] = [(aht / 100).toString(), (csat / 1000).toString()];
        const gatedLine = invoice(gatedContract, a, c).lines[1].amount;
        const freeLine = invoice(free, a, c).lines[1].amount;
        expect(gatedLine.lte(freeLine)).toBe(true);
        if (csat >= 850) expect(gatedLine.eq(freeLine)).toBe(true);
        else expect(gatedLine.eq(freeLine.isPositive() ? 0 : freeLine)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a failing gate never increases a fee, whatever the model', () => {
  // One gated clause per model that takes a gate, each on its own KPI; the same contract without the
  // gates is the reference. Gate held: every line as without it; failed: a positive line is withheld (0),
  // a negative one (a malus, a cut, a shared loss) stands.
  const kpi = (name: string, terms: Record<string, string>) => ({
    name,
    measure: 'm',
    unit: 'count',
    direction: 'higher',
    period: 'monthly',
    ...terms,
  });
  const CLAUSES = [
    kpi('Fee', { model: 'threshold', threshold: '50', amount: '500' }),
    kpi('Score', {
      model: 'kpi-score',
      threshold: '40',
      target: '60',
      stretch: '80',
      amount: '1000',
      stretchScore: '1.5',
    }),
    kpi('Gain', { model: 'gain-share', baseline: '50', share: '10', floor: '-300' }),
    kpi('BonusMalus', { model: 'bonus-malus', target: '50', bonusRate: '10', malusRate: '10' }),
    kpi('Step', {
      model: 'rate-adjustment',
      threshold: '40',
      target: '60',
      bonusRate: '0.05',
      malusRate: '0.05',
    }),
    kpi('Scale', {
      model: 'rate-adjustment',
      grading: 'linear',
      threshold: '40',
      target: '60',
      bonusRate: '0.05',
      malusRate: '0.05',
    }),
    kpi('Share', { model: 'achievement-share', target: '50', weight: '1' }),
  ];
  const names = CLAUSES.map((c) => c.name);
  function modelsContract(gated: boolean): Contract {
    return testContract({
      id: 'gates',
      name: 'Gates',
      hourly: { label: 'Hours', rate: '80', variablePay: '1000' },
      kpis: [
        ...CLAUSES.map((c) => (gated ? { ...c, gateKpi: 'CSAT', gateLevel: '0.85' } : c)),
        kpi('CSAT', { unit: 'percent', model: 'threshold', threshold: '0.5', amount: '1' }),
      ],
    });
  }
  const withGates = modelsContract(true);
  const without = modelsContract(false);

  test('held it changes nothing; failed it withholds what is positive and leaves the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: names.length, maxLength: names.length }),
        fc.integer({ min: 0, max: 1000 }),
        (values, csat) => {
          const month: Record<string, string> = { hours: '100', CSAT: (csat / 1000).toString() };
          names.forEach((n, i) => (month[n] = values[i].toString()));
          const actuals = actualsOf({ '2026-02': month });
          const line = (c: Contract, name: string) => {
            const built = buildInvoice(c, actuals, '2026-02');
            if (!built.ok) throw new Error(built.problems.join('\n'));
            return built.invoice.lines.find((l) => l.label === name)!.amount;
          };
          for (const name of names) {
            const gated = line(withGates, name);
            const free = line(without, name);
            expect(gated.lte(free)).toBe(true);
            expect(gated.eq(csat >= 850 ? free : free.isPositive() ? 0 : free)).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
