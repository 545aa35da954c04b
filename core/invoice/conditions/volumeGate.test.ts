/**
 * A price per contact paid only if CSAT passes (article 1's performance-only model). Golden invoices worked
 * out by hand, EN and FR: the gate exactly at its level, just short with a fallback price and with none, a
 * minimum fee under a failed gate, a gate KPI not evaluated; the documented formula; the sheet; the
 * problems; and the law that a failing gate never increases the fee.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { csatClause, parsedContract, testContractJson } from '../../../test/support/testContract';
import { buildActuals } from '../../contract/actuals';
import { contractFromSheet } from '../../contract/fromSheet';
import { parseContract } from '../../contract/json';
import type { Contract, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function contractJson(language: Language, volume: Record<string, unknown> = {}) {
  return testContractJson({
    id: 'perf',
    name: 'Performance only',
    language,
    volumes: [
      {
        name: 'Contacts',
        unit: 'contact',
        unitPrice: '1.50',
        gateKpi: 'CSAT',
        gateLevel: '0.85',
        fallbackPrice: '0.50',
        ...volume,
      },
    ],
    kpis: [csatClause({ model: 'threshold', threshold: '0.90', amount: '500.00' })],
  });
}

/** Through JSON text as a contract file is: a term given as `undefined` is left out. */
function contract(language: Language, volume: Record<string, unknown> = {}): Contract {
  return parsedContract(JSON.parse(JSON.stringify(contractJson(language, volume))));
}

function invoiceOf(c: Contract, contacts: string, csat: string | null, excluded?: string) {
  const actuals = buildActuals([
    { period: '2026-02', kind: 'volume', name: 'Contacts', value: dec(contacts) },
    ...(csat === null ? [] : [{ period: '2026-02', kind: 'kpi' as const, name: 'CSAT', value: dec(csat) }]),
    ...(excluded ? [{ period: '2026-02', kind: 'excluded' as const, name: 'CSAT', reason: excluded }] : []),
  ]);
  const result = buildInvoice(c, actuals, '2026-02');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('a gated price per contact', () => {
  // CSAT 85 % exactly at the gate's level: held. 10,000 × €1.50 = 15,000.00; CSAT 85 % < 90 %: no fee.
  // 15,000.00 + 0 = 15,000.00; VAT 3,000.00; total 18,000.00.
  test.each<[Language, string]>([
    ['en', '10,000 × €1.50 = €15,000.00; gate CSAT 85% ≥ 85%: held'],
    ['fr', ' ; condition CSAT 85 % ≥ 85 % : remplie'],
  ])('exactly at its level the gate holds (%s)', (lang, text) => {
    const inv = invoiceOf(contract(lang), '10000', '0.85');
    expect(inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`)).toEqual(['volume 15000', 'kpi-fee 0']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '15000',
      '3000',
      '18000',
    ]);
    expect(plain(inv.lines[0].explanation)).toContain(text);
  });

  // CSAT 84.9 %: failed. Every contact at the fallback €0.50: 10,000 × 0.50 = 5,000.00 (not 15,000.00).
  // 5,000.00; VAT 1,000.00; total 6,000.00.
  test.each<[Language, string]>([
    ['en', '; gate CSAT 84.9% < 85%: failed, €15,000.00 not paid: 10,000 × fallback price €0.50 = €5,000.00'],
    [
      'fr',
      ' ; condition CSAT 84,9 % < 85 % : non remplie, 15 000,00 € non versés : 10 000 × prix de repli 0,50 € = 5 000,00 €',
    ],
  ])('just short of its level the fallback price applies (%s)', (lang, text) => {
    const inv = invoiceOf(contract(lang), '10000', '0.849');
    expect(inv.lines[0].amount.toFixed()).toBe('5000');
    expect(inv.lines[0].unitPrice?.toFixed()).toBe('0.5');
    expect(inv.total.toFixed()).toBe('6000');
    expect(plain(inv.lines[0].explanation).endsWith(text)).toBe(true);
  });

  // Without a fallback price a failed gate pays nothing; a minimum fee of 2,000.00 still tops it up.
  test('no fallback: 0, and a minimum fee applies anyway', () => {
    expect(
      invoiceOf(contract('en', { fallbackPrice: undefined }), '10000', '0.80').lines[0].amount.toFixed(),
    ).toBe('0');
    const inv = invoiceOf(contract('en', { minimumFee: '6000.00' }), '10000', '0.80');
    expect(inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`)).toEqual([
      'volume 5000',
      'minimum 1000',
      'kpi-fee 0',
    ]);
  });

  test('a gate KPI excluded that month does not judge: the price stands', () => {
    const inv = invoiceOf(contract('en'), '10000', null, 'survey tool outage');
    expect(inv.lines[0].amount.toFixed()).toBe('15000');
    expect(plain(inv.lines[0].explanation)).toContain(
      '; gate CSAT not evaluated (2026-02 excluded (survey tool outage)): not applied',
    );
  });

  test('a missing gate value is a problem, never a pass', () => {
    const result = buildInvoice(
      contract('en'),
      buildActuals([{ period: '2026-02', kind: 'volume', name: 'Contacts', value: dec('10') }]),
      '2026-02',
    );
    expect(result.ok ? [] : result.problems).toContain('Actuals: no value for KPI "CSAT" in 2026-02');
  });

  test('the formula the docs give returns the line’s amount', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const formula = (csat: string, q: string) =>
      `THRESHOLDFEE(${csat}, 0.85, 1) * ${q} * 1.5 + (1 - THRESHOLDFEE(${csat}, 0.85, 1)) * ${q} * 0.5`;
    expect(doc).toContain(formula('CSAT', 'CONTACTS'));
    for (const [q, csat] of [
      ['10000', '0.85'],
      ['10000', '0.849'],
      ['7', '0.99'],
    ]) {
      const line = invoiceOf(contract('en'), q, csat).lines[0];
      expect(evaluateFormula(formula(csat, q))).toBe(Number(line.amount));
    }
  });

  test('read the same from JSON and from the Contract sheet, EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang, {
        tiers: [
          { upTo: '1000', unitPrice: '2.00' },
          { upTo: null, unitPrice: '1.50' },
        ],
        unitPrice: undefined,
      });
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  test('a gate problem in the Fees table is addressed to its cell', () => {
    const grid = planToGrid(contractSheetPlan(contract('en'))) as unknown[][];
    const header = grid.findIndex((row) => row.includes('Fallback price'));
    const col = grid[header].indexOf('Fallback price');
    grid[header + 1][col] = 2;
    grid[header + 1][grid[header].indexOf('Gate KPI')] = 'CSATT';
    const result = contractFromSheet(grid as never);
    const letter = String.fromCharCode(65 + col);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `Contract!${String.fromCharCode(65 + grid[header].indexOf('Gate KPI'))}${header + 2} (Gate KPI): no KPI clause is named "CSATT"`,
      `Contract!${letter}${header + 2} (Fallback price): at most the lowest unit price (1.5): a failed gate never raises the fee`,
    ]);
  });

  test.each<[Record<string, unknown>, string]>([
    [{ gateLevel: undefined }, 'volumes[0].gateLevel: a gate needs both'],
    [{ gateKpi: 'CSATT' }, 'volumes[0].gateKpi: no KPI clause is named "CSATT"'],
    [{ fallbackPrice: '2.00' }, 'volumes[0].fallbackPrice: at most the lowest unit price (1.5)'],
    [
      { gateKpi: undefined, gateLevel: undefined },
      'volumes[0].fallbackPrice: a fallback price is paid when a gate fails',
    ],
  ])('a bad gate %j is refused', (volume, message) => {
    const result = parseContract(JSON.parse(JSON.stringify(contractJson('en', volume))));
    expect(result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  test('a gate KPI evaluated less often than invoices is refused', () => {
    const json = contractJson('en');
    json.kpis[0].period = 'quarterly';
    const result = parseContract(json);
    expect(result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toContain(
      'volumes[0].gateKpi: the gate KPI "CSAT" is quarterly',
    );
  });

  test('a failing gate never increases the fee; a holding one changes nothing', () => {
    const gated = contract('en', {
      tiers: [
        { upTo: '500', unitPrice: '2.00', flatFee: '100' },
        { upTo: null, unitPrice: '1.50' },
      ],
      unitPrice: undefined,
    });
    const free = contract('en', {
      tiers: [
        { upTo: '500', unitPrice: '2.00', flatFee: '100' },
        { upTo: null, unitPrice: '1.50' },
      ],
      unitPrice: undefined,
      gateKpi: undefined,
      gateLevel: undefined,
      fallbackPrice: undefined,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 1000 }), (q, csat) => {
        const c = (csat / 1000).toString();
        const a = invoiceOf(gated, String(q), c).lines[0].amount;
        const b = invoiceOf(free, String(q), c).lines[0].amount;
        expect(a.lte(b)).toBe(true);
        if (csat >= 850) expect(a.eq(b)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
