/**
 * Two contracts a demanding buyer wrote from the source articles, not from the templates, invoiced month by
 * month as files (`fixtures/buyer/`) and as Contract sheets, each total worked out by hand:
 * - an OBM retainer (French): a lead-conversion fee on a 6-month ramp, evaluated only on 40 leads or more,
 *   an order-time bonus/malus with caps, a quarterly staff-retention fee, a half-yearly NPS bonus from a
 *   baseline, bonuses capped at 50 % of base fees;
 * - an IT workplace SLA (English): a rebate, 10 % of fixed fees at risk, a key measure that turns critical,
 *   an escalation × 2 on a resolution time (lower is better: a maximum), earnbacks after two good months.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { plain } from '../../test/support/testContract';
import { actualsFromCsv } from '../contract/csv';
import { contractFromSheet } from '../contract/fromSheet';
import { loadContract } from '../contract/json';
import type { Contract } from '../contract/types';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { buildInvoice } from './buildInvoice';

const fixture = (file: string) => readFileSync(join(__dirname, 'fixtures', 'buyer', file), 'utf8');

function contractOf(name: string, language?: 'en' | 'fr'): Contract {
  const read = loadContract(fixture(`${name}.json`));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return language === undefined ? read.value : { ...read.value, language };
}

function invoice(contract: Contract, name: string, period: string) {
  const actuals = actualsFromCsv(fixture(`${name}.csv`), contract);
  if (!actuals.ok) throw new Error(JSON.stringify(actuals.issues));
  const result = buildInvoice(contract, actuals.value, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

const totals = (inv: ReturnType<typeof invoice>) => [inv.subtotal, inv.total].map((d) => d.toFixed(2));
const explained = (inv: ReturnType<typeof invoice>, label: string) =>
  plain(inv.lines.find((l) => l.label === label)!.explanation);

describe.each(['obm-forfait', 'workplace-sla'])('%s', (name) => {
  test('reads back from its Contract sheet as itself', () => {
    const contract = contractOf(name);
    expect(contractFromSheet(planToGrid(contractSheetPlan(contract)) as never)).toEqual({
      ok: true,
      value: contract,
    });
  });
});

describe('the OBM retainer, month by month', () => {
  test.each([
    // 2,500.00 − 90.00 (55 h vs 48 h, ±4 h band: 3 h × 30.00); conversion 16 % < 16.6667 % (ramp 1 of 6).
    ['2026-01', '2410.00', '2892.00'],
    // 38 leads < 40: conversion not evaluated; 47 h inside the band.
    ['2026-02', '2500.00', '3000.00'],
    // 800.00 + 80.00 + 600.00 = 1,480.00 of bonuses, capped at 50 % of 2,500.00: −230.00.
    ['2026-03', '3750.00', '4500.00'],
    // 800.00 + 280.00 (30 h: 14 h beyond the band × 20.00); retention 85 % < 90 %; NPS 39.33 < 40, no malus rate.
    ['2026-06', '3580.00', '4296.00'],
  ])('%s: subtotal %s, total %s', (period, subtotal, total) => {
    expect(totals(invoice(contractOf('obm-forfait'), 'obm-forfait', period))).toEqual([subtotal, total]);
  });

  test('the lines say why, in French and in English', () => {
    const fr = invoice(contractOf('obm-forfait'), 'obm-forfait', '2026-03');
    expect(explained(fr, 'Plafond du total des bonus')).toBe(
      'Total des bonus 1 480,00 €, au-delà du plafond 1 250,00 € (50 % des honoraires de base 2 500,00 €) : −230,00 €',
    );
    const en = invoice(contractOf('obm-forfait', 'en'), 'obm-forfait', '2026-02');
    expect(explained(en, 'Taux de conversion des prospects')).toBe(
      'Taux de conversion des prospects: sample 38 (Prospects) < minimum 40: not evaluated, no fee: €0.00',
    );
  });
});

describe('the workplace SLA, month by month', () => {
  test.each([
    // 40,000.00 − 1,000.00 rebate; backup 97 % missed once: a key measure, no credit.
    ['2026-01', '39000.00', '46800.00'],
    // At risk 10 % of 39,000.00 = 3,900.00: email 60 % = −2,340.00, P2 9 h > 8 h 30 % = −1,170.00.
    ['2026-02', '35490.00', '42588.00'],
    // Backup critical (2 of 3): −1,560.00; P2 missed 2 of 3: −1,170.00 × 2 = −2,340.00.
    ['2026-03', '35100.00', '42120.00'],
    // February's email credit earned back: +2,340.00.
    ['2026-04', '41340.00', '49608.00'],
    // March's backup and P2 credits earned back: +1,560.00 + 2,340.00.
    ['2026-05', '42900.00', '51480.00'],
  ])('%s: subtotal %s, total %s', (period, subtotal, total) => {
    expect(totals(invoice(contractOf('workplace-sla'), 'workplace-sla', period))).toEqual([subtotal, total]);
  });

  test('a resolution time is held to a maximum, in English and in French', () => {
    const en = invoice(contractOf('workplace-sla'), 'workplace-sla', '2026-03');
    expect(explained(en, 'Incident resolution P2')).toBe(
      'Incident resolution P2 10 h is above the maximum 8 h: at-risk amount €3,900.00 (10% of fixed fees €39,000.00) × allocation 30% = −€1,170.00; missed 2 of the last 3 months: credit × 2: −€1,170.00 × 2 = −€2,340.00',
    );
    const fr = invoice(contractOf('workplace-sla', 'fr'), 'workplace-sla', '2026-01');
    expect(explained(fr, 'Incident resolution P2')).toBe(
      'Incident resolution P2 6 h respecte le maximum 8 h : pas de pénalité',
    );
  });
});
