/**
 * Strict gates: "the handle-time bonus only if CSAT *exceeds* 85 %" (`gateComparison: exceeds`) fails at
 * exactly 85 %, where "reaches" (the default) holds. Golden invoices worked out by hand, EN and FR, on a
 * clause and on a gated price; the sheet; the problems; the documented formula; and the law that a strict
 * gate never pays more than an inclusive one.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { actualsOf } from '../../test/support/invoiceContract';
import {
  ahtClause,
  csatClause,
  parsedContract,
  plain,
  testContractJson,
} from '../../test/support/testContract';
import { buildActuals } from '../contract/actuals';
import { contractFromSheet } from '../contract/fromSheet';
import { parseContract } from '../contract/json';
import type { Contract, Language } from '../contract/types';
import { evaluateFormula } from '../formula/evaluateFormula';
import { a1 } from '../layout/a1';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { dec } from '../money';
import { buildInvoice } from './buildInvoice';

const STRICT = { gateKpi: 'CSAT', gateLevel: '0.85', gateComparison: 'exceeds' };
/** The strict gate of a price per contact, with its fallback price. */
const STRICT_PRICE = { ...STRICT, fallbackPrice: '0.50' };

function clauseJson(language: Language, gate: Record<string, string>) {
  return testContractJson({
    id: 'strict-gate',
    name: 'Strict gate',
    language,
    fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
    kpis: [ahtClause(gate), csatClause({ model: 'threshold', threshold: '0.90', amount: '1000.00' })],
  });
}

function volumeJson(language: Language, gate: Record<string, string>) {
  return testContractJson({
    id: 'strict-price',
    name: 'Strict gated price',
    language,
    volumes: [{ name: 'Contacts', unit: 'contact', unitPrice: '1.50', ...gate }],
    kpis: [csatClause({ model: 'threshold', threshold: '0.90', amount: '500.00' })],
  });
}

function clauseInvoice(c: Contract, aht: string, csat: string) {
  const result = buildInvoice(c, actualsOf({ '2026-02': { AHT: aht, CSAT: csat } }), '2026-02');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

function volumeInvoice(c: Contract, contacts: string, csat: string) {
  const actuals = buildActuals([
    { period: '2026-02', kind: 'volume', name: 'Contacts', value: dec(contacts) },
    { period: '2026-02', kind: 'kpi', name: 'CSAT', value: dec(csat) },
  ]);
  const result = buildInvoice(c, actuals, '2026-02');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('a strict gate on a clause', () => {
  // CSAT 85 % exactly, the bonus paid only if CSAT exceeds 85 %: failed. AHT 5 min, 1 min under the 6-min
  // target × €500 = +500.00, withheld: 0. CSAT 85 % < 90 %: no CSAT fee.
  // 10,000.00 + 0 + 0 = 10,000.00; VAT 2,000.00; total 12,000.00.
  test.each<[Language, string, string]>([
    ['en', '; gate CSAT 85% does not exceed 85%: failed, €500.00 not paid: €0.00', 'bonus, gate failed'],
    [
      'fr',
      ' ; condition CSAT 85 % ne dépasse pas 85 % : non remplie, 500,00 € non versés : 0,00 €',
      'bonus, condition non remplie',
    ],
  ])('exactly at its level a strict gate fails (%s)', (lang, text, outcome) => {
    const inv = clauseInvoice(parsedContract(clauseJson(lang, STRICT)), '5', '0.85');
    expect(inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`)).toEqual([
      'fixed 10000',
      'kpi-adjustment 0',
      'kpi-fee 0',
    ]);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '10000',
      '2000',
      '12000',
    ]);
    expect(plain(inv.lines[1].explanation).endsWith(text)).toBe(true);
    expect(inv.evidence[0].outcome).toBe(outcome);
  });

  // CSAT 85.1 %: exceeds 85 %, held; the +500.00 bonus stands. 10,000.00 + 500.00 = 10,500.00; VAT
  // 2,100.00; total 12,600.00.
  test.each<[Language, string]>([
    ['en', '; gate CSAT 85.1% exceeds 85%: held'],
    ['fr', ' ; condition CSAT 85,1 % dépasse 85 % : remplie'],
  ])('above its level a strict gate holds (%s)', (lang, text) => {
    const inv = clauseInvoice(parsedContract(clauseJson(lang, STRICT)), '5', '0.851');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '500', '0']);
    expect(inv.total.toFixed()).toBe('12600');
    expect(plain(inv.lines[1].explanation).endsWith(text)).toBe(true);
  });

  // `reaches` said out loud is the default: at exactly 85 % it holds, +500.00; total 12,600.00.
  test.each<[Language, string]>([
    ['en', '; gate CSAT 85% ≥ 85%: held'],
    ['fr', ' ; condition CSAT 85 % ≥ 85 % : remplie'],
  ])('an inclusive gate holds at its level, as without a comparison (%s)', (lang, text) => {
    const gate = { gateKpi: 'CSAT', gateLevel: '0.85' };
    const said = parsedContract(clauseJson(lang, { ...gate, gateComparison: 'reaches' }));
    const inv = clauseInvoice(said, '5', '0.85');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '500', '0']);
    expect(inv.total.toFixed()).toBe('12600');
    expect(plain(inv.lines[1].explanation).endsWith(text)).toBe(true);
    expect(inv.lines).toEqual(clauseInvoice(parsedContract(clauseJson(lang, gate)), '5', '0.85').lines);
  });

  // A strict gate on a lower-is-better KPI is beaten downwards: the bonus only if AHT is below 6 min.
  // CSAT 95 % ≥ 90 %: +1,000.00, gated by AHT 6 min, not below 6: withheld. 10,000.00 + 0 + 0 = 10,000.00.
  test('a strict gate on a lower-is-better KPI says below', () => {
    const json = testContractJson({
      id: 'strict-lower',
      name: 'Strict lower gate',
      language: 'en',
      fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
      kpis: [
        ahtClause(),
        csatClause({
          model: 'threshold',
          threshold: '0.90',
          amount: '1000.00',
          gateKpi: 'AHT',
          gateLevel: '6',
          gateComparison: 'exceeds',
        }),
      ],
    });
    const c = parsedContract(json);
    const at = clauseInvoice(c, '6', '0.95');
    expect(at.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '0', '0']);
    expect(plain(at.lines[2].explanation)).toContain(
      '; gate AHT 6 min is not below 6 min: failed, €1,000.00 not paid: €0.00',
    );
    const below = clauseInvoice(c, '5.9', '0.95');
    expect(below.lines[2].amount.toFixed()).toBe('1000');
    expect(plain(below.lines[2].explanation)).toContain('; gate AHT 5.9 min is below 6 min: held');
  });

  test('the formula the docs give returns the line’s amount', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const formula = (csat: string, aht: string) =>
      `THRESHOLDFEE(${csat}, 0.85, 1, "higher", "exceeds") * BONUSMALUS(${aht}, 6, 500, 0, "lower") + BONUSMALUS(${aht}, 6, 0, 500, "lower")`;
    expect(doc).toContain(formula('CSAT', 'AHT'));
    const c = parsedContract(clauseJson('en', STRICT));
    for (const [aht, csat] of [
      ['5', '0.85'],
      ['5', '0.851'],
      ['7', '0.85'],
      ['7', '0.95'],
    ]) {
      const line = clauseInvoice(c, aht, csat).lines[1];
      expect(evaluateFormula(formula(csat, aht))).toBe(Number(line.amount));
    }
  });

  test('a strict gate never pays more than the inclusive one, and differs only at the level', () => {
    const strict = parsedContract(clauseJson('en', STRICT));
    const inclusive = parsedContract(clauseJson('en', { gateKpi: 'CSAT', gateLevel: '0.85' }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 800, max: 900 }), (aht, csat) => {
        const [a, c] = [(aht / 100).toString(), (csat / 1000).toString()];
        const strictLine = clauseInvoice(strict, a, c).lines[1].amount;
        const inclusiveLine = clauseInvoice(inclusive, a, c).lines[1].amount;
        expect(strictLine.lte(inclusiveLine)).toBe(true);
        if (csat !== 850) expect(strictLine.eq(inclusiveLine)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a strict gated price', () => {
  // CSAT 85 % exactly, paid per contact only if CSAT exceeds 85 %: failed, every contact at the fallback.
  // 10,000 × €1.50 = 15,000.00 not paid: 10,000 × €0.50 = 5,000.00; CSAT < 90 %: no fee.
  // 5,000.00 + 0 = 5,000.00; VAT 1,000.00; total 6,000.00.
  test.each<[Language, string]>([
    [
      'en',
      '; gate CSAT 85% does not exceed 85%: failed, €15,000.00 not paid: 10,000 × fallback price €0.50 = €5,000.00',
    ],
    [
      'fr',
      ' ; condition CSAT 85 % ne dépasse pas 85 % : non remplie, 15 000,00 € non versés : 10 000 × prix de repli 0,50 € = 5 000,00 €',
    ],
  ])('exactly at its level it prices at the fallback (%s)', (lang, text) => {
    const inv = volumeInvoice(parsedContract(volumeJson(lang, STRICT_PRICE)), '10000', '0.85');
    expect(inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`)).toEqual(['volume 5000', 'kpi-fee 0']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '5000',
      '1000',
      '6000',
    ]);
    expect(plain(inv.lines[0].explanation).endsWith(text)).toBe(true);
  });

  // CSAT 85.1 % exceeds 85 %: 10,000 × €1.50 = 15,000.00; total 18,000.00.
  test('above its level it holds', () => {
    const inv = volumeInvoice(parsedContract(volumeJson('en', STRICT_PRICE)), '10000', '0.851');
    expect(inv.lines[0].amount.toFixed()).toBe('15000');
    expect(inv.total.toFixed()).toBe('18000');
    expect(plain(inv.lines[0].explanation).endsWith('; gate CSAT 85.1% exceeds 85%: held')).toBe(true);
  });
});

describe('the gate comparison as a term', () => {
  test('read the same from JSON and from the sheet, EN and FR, on a clause and on a volume', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const json of [clauseJson(lang, STRICT), volumeJson(lang, STRICT_PRICE)]) {
        const c = parsedContract(json);
        expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
      }
    }
  });

  test('on the sheet, a misspelt comparison and one without a gate are errors on their cells (EN, FR)', () => {
    const cases = [
      ['en', 'exceed', 'Gate KPI', 'Gate comparison', 'Measure'],
      ['fr', 'dépasser', 'Indicateur de condition', 'Comparaison de condition', 'Mesure'],
    ] as const;
    for (const [lang, typo, gateHeader, header, measure] of cases) {
      const grid = planToGrid(contractSheetPlan(parsedContract(clauseJson(lang, STRICT)))) as unknown[][];
      // The KPI clauses header (the Fees table has its own Gate comparison column); AHT is the row below.
      const headerRow = grid.findIndex((row) => row.includes(header) && row.includes(measure));
      const col = grid[headerRow].indexOf(header);
      const aht = headerRow + 1;
      grid[aht][col] = typo;
      const misspelt = contractFromSheet(grid as never, { lang });
      const place = `${lang === 'fr' ? 'Contrat' : 'Contract'}!${a1(aht, col)} (${header})`;
      expect(misspelt.ok ? [] : misspelt.issues.map((i) => i.message)).toEqual([
        expect.stringContaining(place),
      ]);
      grid[aht][col] = lang === 'fr' ? 'dépasse' : 'exceeds';
      grid[aht][grid[headerRow].indexOf(gateHeader)] = null;
      grid[aht][col - 1] = null; // Gate level, the column before
      const alone = contractFromSheet(grid as never, { lang });
      expect(alone.ok ? [] : alone.issues.map((i) => i.message)).toEqual([expect.stringContaining(place)]);
    }
  });

  test.each<[string, Record<string, string>, string]>([
    [
      'clause',
      { gateComparison: 'exceeds' },
      'kpis[0].gateComparison: a gate comparison says how Gate KPI is compared with Gate level: give both, or leave it blank',
    ],
    ['clause', { ...STRICT, gateComparison: 'exceed' }, 'kpis[0].gateComparison:'],
    [
      'volume',
      { gateComparison: 'exceeds' },
      'volumes[0].gateComparison: a gate comparison says how Gate KPI is compared with Gate level: give both, or leave it blank',
    ],
  ])('a %s gate comparison %j is refused', (owner, gate, message) => {
    const json = owner === 'clause' ? clauseJson('en', gate) : volumeJson('en', gate);
    const result = parseContract(json);
    const messages = result.ok ? [] : result.issues.map((i) => i.message);
    expect(messages).toHaveLength(1);
    expect(messages[0].startsWith(message)).toBe(true);
  });
});
