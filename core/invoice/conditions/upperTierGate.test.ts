/**
 * A gate on one tier of a volume price (issue 11): "the interactions above 40,000 are paid at the volume
 * bonus price only if CSAT ≥ 85 %" — the units up to 40,000 keep their price whatever the gate, those above
 * fall back to €2.10 (or to nothing) when it fails. Golden invoices by hand, EN and FR, the gate exactly at
 * its level; the documented formula; the sheet; the problems; a failed gate never raises the fee.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { csatClause, parsedContract, plain, testContractJson } from '../../../test/support/testContract';
import { buildActuals } from '../../contract/actuals';
import { contractFromSheet } from '../../contract/fromSheet';
import { loadContract, parseContract, saveContract } from '../../contract/json';
import type { Contract, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';

const TIERS = [
  { upTo: '40000', unitPrice: '2.10' },
  { upTo: null, unitPrice: '2.40' },
];

function contractJson(language: Language, volume: Record<string, unknown> = {}) {
  return testContractJson({
    id: 'bpo',
    name: 'BPO volume bonus',
    language,
    fixedFees: [{ label: 'Management fee', amount: '20000.00' }],
    volumes: [
      {
        name: 'Interactions',
        unit: 'interaction',
        tiers: TIERS,
        gateKpi: 'CSAT',
        gateLevel: '0.85',
        gatedAbove: '40000',
        fallbackPrice: '2.10',
        ...volume,
      },
    ],
    kpis: [csatClause({ model: 'threshold', threshold: '0.90', amount: '5000.00' })],
  });
}

/** Through JSON text as a contract file is: a term given as `undefined` is left out. */
const contract = (language: Language, volume: Record<string, unknown> = {}): Contract =>
  parsedContract(JSON.parse(JSON.stringify(contractJson(language, volume))));

function invoiceOf(c: Contract, interactions: string, csat: string) {
  const actuals = buildActuals([
    { period: '2026-10', kind: 'volume', name: 'Interactions', value: dec(interactions) },
    { period: '2026-10', kind: 'kpi', name: 'CSAT', value: dec(csat) },
  ]);
  const result = buildInvoice(c, actuals, '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}
const volumeLine = (c: Contract, interactions: string, csat: string) =>
  invoiceOf(c, interactions, csat).lines[1];

describe('the tier above 40,000 paid only if CSAT ≥ 85 %', () => {
  // CSAT exactly 85 %: the gate holds. 40,000 × 2.10 + 2,500 × 2.40 = 84,000 + 6,000 = 90,000.00; CSAT
  // 85 % < 90 %: no performance fee. Subtotal 110,000.00; VAT 22,000.00; total 132,000.00.
  test('exactly at its level the gate holds: the volume bonus price is paid (EN)', () => {
    const inv = invoiceOf(contract('en'), '42500', '0.85');
    expect(inv.lines.map((l) => l.amount.toFixed(2))).toEqual(['20000.00', '90000.00', '0.00']);
    expect(inv.total.toFixed(2)).toBe('132000.00');
    expect(plain(inv.lines[1].explanation)).toBe(
      '40,000 × €2.10 + 2,500 × €2.40 = €90,000.00; gate CSAT 85% ≥ 85% on the units above 40,000: held',
    );
  });

  // CSAT 84.9 %: the 2,500 above 40,000 at the fallback €2.10: 84,000 + 5,250 = 89,250.00.
  // Subtotal 109,250.00; VAT 21,850.00; total 131,100.00.
  test('just under, the units above 40,000 fall back; those up to it keep their price (EN, FR)', () => {
    const inv = invoiceOf(contract('en'), '42500', '0.849');
    expect(inv.lines.map((l) => l.amount.toFixed(2))).toEqual(['20000.00', '89250.00', '0.00']);
    expect(inv.total.toFixed(2)).toBe('131100.00');
    expect(plain(inv.lines[1].explanation)).toBe(
      '40,000 × €2.10 + 2,500 × €2.40 = €90,000.00; gate CSAT 84.9% < 85% on the units above 40,000: failed, those 2,500 at fallback price €2.10: 40,000 × €2.10 + 2,500 × €2.10 = €89,250.00',
    );
    expect(inv.lines[1].unitPrice).toBeUndefined();
    expect(plain(volumeLine(contract('fr'), '42500', '0.849').explanation)).toBe(
      '40 000 × 2,10 € + 2 500 × 2,40 € = 90 000,00 € ; condition CSAT 84,9 % < 85 % sur les unités au-delà de 40 000 : non remplie, ces 2 500 au prix de repli 2,10 € : 40 000 × 2,10 € + 2 500 × 2,10 € = 89 250,00 €',
    );
    expect(plain(volumeLine(contract('fr'), '42500', '0.85').explanation)).toBe(
      '40 000 × 2,10 € + 2 500 × 2,40 € = 90 000,00 € ; condition CSAT 85 % ≥ 85 % sur les unités au-delà de 40 000 : remplie',
    );
  });

  test('without a fallback price the units above are not paid: 40,000 × 2.10 = 84,000.00', () => {
    const line = volumeLine(contract('en', { fallbackPrice: undefined }), '42500', '0.849');
    expect(line.amount.toFixed(2)).toBe('84000.00');
    expect(plain(line.explanation)).toMatch(
      /: failed, those 2,500 at fallback price €0: .* \+ 2,500 × €0 = €84,000\.00$/,
    );
  });

  test('no unit above the bound: the failed gate changes nothing, and says so', () => {
    // 38,000 × 2.10 = 79,800.00 either way.
    const line = volumeLine(contract('en'), '38000', '0.80');
    expect(line.amount.toFixed(2)).toBe('79800.00');
    expect(plain(line.explanation)).toBe(
      '38,000 × €2.10 = €79,800.00; gate CSAT 80% < 85% on the units above 40,000: failed, none this period',
    );
  });

  test('"exceeds 85 %": 85 % exactly fails, the line says it in words', () => {
    const line = volumeLine(contract('en', { gateComparison: 'exceeds' }), '42500', '0.85');
    expect(line.amount.toFixed(2)).toBe('89250.00');
    expect(plain(line.explanation)).toContain(
      'gate CSAT 85% does not exceed 85% on the units above 40,000: failed',
    );
  });

  const FORMULA = (q: number, csat: number) =>
    `ROUND(TIEREDFEE(MIN(${q}, 40000), {40000, 2.1; "", 2.4}) + THRESHOLDFEE(${csat}, 0.85, 1) * (TIEREDFEE(${q}, {40000, 2.1; "", 2.4}) - TIEREDFEE(MIN(${q}, 40000), {40000, 2.1; "", 2.4})) + (1 - THRESHOLDFEE(${csat}, 0.85, 1)) * MAX(0, ${q} - 40000) * 2.1, 2)`;

  test('check by hand: the formula the docs give returns the line, held and failed', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc.replace(/\s+/g, ' ')).toContain(`\`${FORMULA(42500, 0.849)}\` = 89250`);
    for (const [q, csat] of [
      [42500, 0.849],
      [42500, 0.85],
      [38000, 0.8],
    ] as const)
      expect(evaluateFormula(FORMULA(q, csat))).toBe(
        Number(volumeLine(contract('en'), String(q), String(csat)).amount),
      );
  });

  test('a failed gate never raises the fee, and never touches the units up to the bound', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200000 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        (units, upper, fallback) => {
          const c = contract('en', {
            tiers: [TIERS[0], { upTo: null, unitPrice: (upper / 100 + 0.01).toFixed(2) }],
            fallbackPrice: Math.min(fallback / 100, upper / 100 + 0.01).toFixed(2),
          });
          const held = volumeLine(c, String(units), '0.9').amount;
          const failed = volumeLine(c, String(units), '0.8').amount;
          const below = dec(Math.min(units, 40000)).times('2.10');
          return failed.lte(held) && failed.gte(below);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('Check', () => {
  const messages = (volume: Record<string, unknown>) => {
    const result = parseContract(JSON.parse(JSON.stringify(contractJson('en', volume))));
    return result.ok ? [] : result.issues.map((i) => i.message);
  };

  test('gatedAbove needs a gate, graduated tiers, and the end of a tier', () => {
    expect(messages({ gateKpi: undefined, gateLevel: undefined, fallbackPrice: undefined })).toEqual([
      'volumes[0].gatedAbove: the tiers above this bound are paid only if a gate holds: give Gate KPI and Gate level, or leave it blank',
    ]);
    expect(messages({ mode: 'volume' })).toEqual([
      'volumes[0].gatedAbove: only graduated tiers can be gated above a bound (in volume mode every unit takes one price): set Mode to graduated, or gate the whole volume',
    ]);
    expect(messages({ gatedAbove: '45000' })).toEqual([
      "volumes[0].gatedAbove: 45000 ends no tier (the tiers end at 40000): the gated units are those above a tier's Up to",
    ]);
    expect(messages({ gatedAbove: '0' })).toEqual(['volumes[0].gatedAbove: must be > 0']);
  });

  test('the fallback replaces the gated tiers only: at most their lowest price', () => {
    // A volume discount above 40,000 (1.90): a fallback of 2.00 would raise the fee when the gate fails.
    const discount = [TIERS[0], { upTo: null, unitPrice: '1.90' }];
    expect(messages({ tiers: discount, fallbackPrice: '2.00' })).toEqual([
      'volumes[0].fallbackPrice: at most the lowest unit price (1.9): a failed gate never raises the fee',
    ]);
    expect(messages({ fallbackPrice: '2.40' })).toEqual([]);
  });

  test('the Contract sheet writes Gated above and reads it as the JSON (EN, FR)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      const grid = planToGrid(contractSheetPlan(c)) as unknown[][];
      const header = grid.findIndex((row) => row[0] === 'Type');
      const col = grid[header].indexOf(lang === 'en' ? 'Gated above' : 'Conditionné au-delà de');
      expect(col).toBeGreaterThan(0);
      expect(grid.filter((row) => row[col] === 40000)).toHaveLength(1);
      expect(contractFromSheet(grid as never)).toEqual({ ok: true, value: c });
      expect(loadContract(saveContract(c))).toEqual({ ok: true, value: c });
    }
  });

  test('on the sheet, a bound that ends no tier is addressed to its cell', () => {
    const grid = planToGrid(contractSheetPlan(contract('en'))) as unknown[][];
    const header = grid.findIndex((row) => row[0] === 'Type');
    const col = grid[header].indexOf('Gated above');
    const row = grid.findIndex((r) => r[col] === 40000);
    grid[row][col] = 45000;
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `Contract!${String.fromCharCode(65 + col)}${row + 1} (Gated above): 45000 ends no tier (the tiers end at 40000): the gated units are those above a tier's Up to`,
    ]);
  });
});
