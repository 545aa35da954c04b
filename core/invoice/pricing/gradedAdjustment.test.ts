/**
 * Graded rate adjustment (article 2): the hourly rate moves linearly between the largest cut at the
 * threshold and the largest uplift at the target, capped at both ends. Golden invoices by hand, EN and FR;
 * a property: monotone in the KPI, never beyond its cut or uplift.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildActuals, type ActualEntry } from '../../contract/actuals';
import { contractFromSheet } from '../../contract/fromSheet';
import { parsedContract, testContractJson } from '../../../test/support/testContract';
import { parseContract } from '../../contract/json';
import type { Contract, Direction, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';
import { gradedAdjustment } from './gradedAdjustment';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function contractJson(language: Language): Record<string, unknown> {
  const kpi = {
    measure: 'm',
    direction: 'lower',
    period: 'monthly',
    model: 'rate-adjustment',
    grading: 'linear',
  };
  return testContractJson({
    id: 'obm',
    name: 'OBM',
    parties: { client: 'Coach', provider: 'OBM' },
    language,
    hourly: { label: 'Hours', rate: '80' },
    kpis: [
      // Cancellations: −10 % at 8 % or more, +10 % at 3 % or less.
      {
        name: 'Cancellations',
        ...kpi,
        unit: 'percent',
        threshold: '0.08',
        target: '0.03',
        malusRate: '0.10',
        bonusRate: '0.10',
      },
      // Response time: −5 % at 8 h or more, +5 % at 4 h or less.
      {
        name: 'Response time',
        ...kpi,
        unit: 'hours',
        threshold: '8',
        target: '4',
        malusRate: '0.05',
        bonusRate: '0.05',
      },
    ],
  });
}

function contract(language: Language): Contract {
  return parsedContract(contractJson(language));
}

function invoiceAt(cancellations: string, response = '5', language: Language = 'en') {
  const entries: ActualEntry[] = [
    { period: '2026-03', kind: 'hours', name: '', value: dec(120) },
    { period: '2026-03', kind: 'kpi', name: 'Cancellations', value: dec(cancellations) },
    { period: '2026-03', kind: 'kpi', name: 'Response time', value: dec(response) },
  ];
  const result = buildInvoice(contract(language), buildActuals(entries), '2026-03');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('a graded adjustment of the hourly rate', () => {
  // Hours 120 × €80 = 9,600.00. Cancellations 5 %: score (8 − 5) / (8 − 3) = 0.6, adjustment
  // −10 % + 0.6 × 20 % = +2 %: 9,600 × 0.02 = +192.00 (rate 80 → 81.60). Response time 5 h: score
  // (8 − 5) / (8 − 4) = 0.75, adjustment −5 % + 0.75 × 10 % = +2.5 %: 9,600 × 0.025 = +240.00.
  // Subtotal 9,600 + 192 + 240 = 10,032.00; VAT 20 % 2,006.40; total 12,038.40.
  test('between its levels, the rate moves linearly (golden, EN)', () => {
    const invoice = invoiceAt('0.05');
    expect(invoice.lines.map((l) => `${l.label} ${l.amount.toFixed(2)}`)).toEqual([
      'Hours 9600.00',
      'Cancellations 192.00',
      'Response time 240.00',
    ]);
    expect([invoice.subtotal, invoice.vat.amount, invoice.total].map((d) => d.toFixed(2))).toEqual([
      '10032.00',
      '2006.40',
      '12038.40',
    ]);
    expect(plain(invoice.lines[1].explanation)).toBe(
      'Cancellations 5% on the adjustment scale −10% 8% … +10% 3%: rate adjusted by +2% (−10% + 0.6 × 20%; €80/h → €81.60/h) on hourly pay of €9,600.00 = €192.00',
    );
    expect(invoice.evidence[0].outcome).toBe('score 0.6, +2%');
    expect(plain(invoice.lines[0].explanation)).toBe(
      '120 h × €80 = €9,600.00; rate adjusted by the KPIs: Cancellations +2% (€81.60/h), Response time +2.5% (€82/h)',
    );
  });

  test('in French', () => {
    const invoice = invoiceAt('0.05', '5', 'fr');
    expect(invoice.total.toFixed(2)).toBe('12038.40');
    expect(plain(invoice.lines[1].explanation)).toBe(
      'Cancellations 5 % sur l’échelle d’ajustement −10 % 8 % … +10 % 3 % : taux ajusté de +2 % (−10 % + 0,6 × 20 % ; 80 €/h → 81,60 €/h) sur des honoraires horaires de 9 600,00 € = 192,00 €',
    );
  });

  // Both caps: at 9 % (worse than the threshold) and exactly at 8 % the cut is −10 %: −960.00; at 2 %
  // (better than the target) and exactly at 3 %, the uplift +10 %: +960.00.
  test.each([
    ['0.09', '-960.00'],
    ['0.08', '-960.00'],
    ['0.03', '960.00'],
    ['0.02', '960.00'],
  ])('at the caps: cancellations %s give %s', (value, amount) => {
    expect(invoiceAt(value).lines[1].amount.toFixed(2)).toBe(amount);
  });

  // March's cancellations are excluded (the value 5 % kept as evidence): that scale is not evaluated, its
  // line 0.00, and the hourly line says it left the rate unchanged. Response time 5 h still gives
  // +2.5 %: 9,600 × 0.025 = +240.00. Subtotal 9,600 + 0 + 240 = 9,840.00.
  test('a scale not evaluated (an excluded month) leaves the hourly rate as it is', () => {
    const entries: ActualEntry[] = [
      { period: '2026-03', kind: 'hours', name: '', value: dec(120) },
      { period: '2026-03', kind: 'kpi', name: 'Cancellations', value: dec('0.05') },
      { period: '2026-03', kind: 'excluded', name: 'Cancellations', reason: 'client-caused' },
      { period: '2026-03', kind: 'kpi', name: 'Response time', value: dec('5') },
    ];
    const result = buildInvoice(contract('en'), buildActuals(entries), '2026-03');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const invoice = result.invoice;
    expect(invoice.lines.map((l) => `${l.label} ${l.amount.toFixed(2)}`)).toEqual([
      'Hours 9600.00',
      'Cancellations 0.00',
      'Response time 240.00',
    ]);
    expect(invoice.subtotal.toFixed(2)).toBe('9840.00');
    expect(plain(invoice.lines[0].explanation)).toBe(
      '120 h × €80 = €9,600.00; rate adjusted by the KPIs: Cancellations not evaluated (rate unchanged), Response time +2.5% (€82/h)',
    );
  });

  const FORMULAS = [
    '`ROUND(HOURLYFEE(120, 80) * (-0.1 + KPISCORE(0.05, 0.08, 0.03, "lower") * 0.2), 2)` = 192',
    '`HOURLYFEE(120, 80, -0.1 + KPISCORE(0.05, 0.08, 0.03, "lower") * 0.2)` = 9792',
  ];

  test('the docs give these formulas', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    for (const formula of FORMULAS) expect(doc).toContain(formula);
  });

  test('check by hand: HOURLYFEE with the adjustment is the hourly line plus the adjustment line', () => {
    const invoice = invoiceAt('0.05');
    const adjustment = '-0.1 + KPISCORE(0.05, 0.08, 0.03, "lower") * 0.2';
    expect(evaluateFormula(`ROUND(HOURLYFEE(120, 80) * (${adjustment}), 2)`)).toBe(
      Number(invoice.lines[1].amount),
    );
    expect(evaluateFormula(`HOURLYFEE(120, 80, ${adjustment})`)).toBe(
      Number(invoice.lines[0].amount.plus(invoice.lines[1].amount)),
    );
  });

  test('read the same from JSON and from the sheet, EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  test('Check: a linear scale needs a threshold distinct from its target, and no comparison', () => {
    const json = contractJson('en');
    const kpis = json.kpis as Record<string, unknown>[];
    delete kpis[0].threshold;
    kpis[1].threshold = '4';
    kpis[1].comparison = 'exceeds';
    const result = parseContract(json);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'kpis[0].threshold: a linear adjustment needs its threshold: the level of the largest cut',
      'kpis[1].threshold: a linear adjustment needs a threshold different from its target',
      'kpis[1].comparison: a linear adjustment has no step to reach or exceed: leave it blank',
    ]);
  });

  test('Check on the sheet: the problem is addressed to the Threshold cell', () => {
    const grid = planToGrid(contractSheetPlan(contract('en'))) as unknown[][];
    const header = grid.findIndex((row) => row[0] === 'Name' && row.includes('Threshold'));
    const col = grid[header].indexOf('Threshold');
    grid[header + 1][col] = null;
    const result = contractFromSheet(grid as never);
    const cell = `${String.fromCharCode(65 + col)}${header + 2}`;
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `Contract!${cell} (Threshold): a linear adjustment needs its threshold: the level of the largest cut`,
    ]);
  });
});

describe('property: monotone in the KPI, never beyond its cut or uplift', () => {
  const decimal = fc.integer({ min: 0, max: 10_000 }).map((n) => dec(n).div(100));
  test('for any scale and two values', () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.constantFrom<Direction>('higher', 'lower'),
        fc.integer({ min: 0, max: 100 }).map((n) => dec(n).div(100)),
        fc.integer({ min: 0, max: 200 }).map((n) => dec(n).div(100)),
        decimal,
        decimal,
        (l1, l2, direction, cut, uplift, a, b) => {
          fc.pre(!l1.eq(l2));
          const [low, high] = l1.lt(l2) ? [l1, l2] : [l2, l1];
          const scale =
            direction === 'higher'
              ? { threshold: low, target: high, direction, cut, uplift }
              : { threshold: high, target: low, direction, cut, uplift };
          const [x, y] = a.lte(b) ? [a, b] : [b, a];
          const ax = gradedAdjustment(x, scale).adjustment;
          const ay = gradedAdjustment(y, scale).adjustment;
          // Higher is better: more KPI never lowers the rate; lower is better: the reverse.
          expect(direction === 'higher' ? ax.lte(ay) : ax.gte(ay)).toBe(true);
          for (const v of [ax, ay]) {
            expect(v.gte(cut.neg())).toBe(true);
            expect(v.lte(uplift)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
