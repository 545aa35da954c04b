/**
 * A gate whose KPI is not evaluated that period (its sample short of the minimum, its month excluded)
 * cannot judge. By default the payment stands (`gateNotEvaluated: "pay"`, what contracts written before
 * this term give); `"withhold"` counts the gate as failed: the clause's payment is withheld (a malus
 * stands), the volume priced at its fallback. Golden invoices worked out by hand, EN and FR; the schema,
 * the Contract sheet, the documented formula; and the law that withholding never raises an invoice.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import {
  ahtClause,
  csatClause,
  csvInvoice,
  parsedContract,
  plain,
  testContractJson,
} from '../../../test/support/testContract';
import { contractFromSheet } from '../../contract/fromSheet';
import { parseContract } from '../../contract/json';
import type { Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';

/** CSAT (a threshold fee of €100 at 90 %) is evaluated only on at least 30 survey answers. */
const csat = csatClause({
  model: 'threshold',
  threshold: '0.90',
  amount: '100.00',
  sampleVolume: 'Survey answers',
  sampleMinimum: '30',
});

/** Contacts at €1.50, or €0.50 when CSAT is under 85 %; the AHT bonus/malus gated by CSAT at 85 %. */
function document(language: Language, volume: Record<string, unknown>, aht: Record<string, string> = {}) {
  return testContractJson({
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
    kpis: [ahtClause({ gateKpi: 'CSAT', gateLevel: '0.85', ...aht }), csat],
  });
}

const contract = (
  language: Language,
  volume: Record<string, unknown> = {},
  aht: Record<string, string> = {},
) => parsedContract(JSON.parse(JSON.stringify(document(language, volume, aht))));

const csv = (answers: number, aht = '5', contacts = '10000') =>
  `Period,Kind,Name,Value\n2026-02,volume,Contacts,${contacts}\n2026-02,volume,Survey answers,${answers}\n` +
  `2026-02,kpi,CSAT,0.95\n2026-02,kpi,AHT,${aht}\n`;

const withhold = { gateNotEvaluated: 'withhold' };
const rows = (inv: ReturnType<typeof csvInvoice>) =>
  inv.lines.map((l) => [l.label, l.amount.toFixed(2), plain(l.explanation)]);

describe('a gate whose KPI is not evaluated', () => {
  // 29 answers < 30: CSAT not evaluated (no CSAT fee). By default the gates do not judge: the contacts are
  // priced on their tiers, 10,000 × €1.50 = €15,000.00, and AHT 5 vs 6 min pays 1 × €500 = €500.00.
  test.each<[Record<string, string>]>([[{}], [{ gateNotEvaluated: 'pay' }]])(
    'by default (or "pay") the payment stands, as before this term (%j)',
    (term) => {
      const inv = csvInvoice(contract('en', term, term), '2026-02', csv(29));
      expect(rows(inv).map((r) => r[1])).toEqual(['15000.00', '500.00', '0.00']);
      expect(rows(inv)[0][2]).toBe(
        '10,000 × €1.50 = €15,000.00; gate CSAT not evaluated (sample 29 (Survey answers) < minimum 30): not applied',
      );
      expect(inv.evidence.find((e) => e.clause.name === 'AHT')?.outcome).toContain(', gate not applied');
    },
  );

  // "withhold": the volume is priced at its fallback, 10,000 × €0.50 = €5,000.00 (€15,000.00 not paid), and
  // the AHT bonus of €500.00 is withheld: 0. Subtotal 5,000.00 + 0 + 0 = 5,000.00; VAT 1,000.00; 6,000.00.
  test.each<[Language, string, string, string]>([
    [
      'en',
      '10,000 × €1.50 = €15,000.00; gate CSAT not evaluated (sample 29 (Survey answers) < minimum 30): counted as failed, as the contract states, €15,000.00 not paid: 10,000 × fallback price €0.50 = €5,000.00',
      '; gate CSAT not evaluated (sample 29 (Survey answers) < minimum 30): counted as failed, as the contract states, €500.00 not paid: €0.00',
      ', gate not evaluated: counted as failed',
    ],
    [
      'fr',
      '10 000 × 1,50 € = 15 000,00 € ; condition CSAT non évaluée (échantillon 29 (Survey answers) < minimum 30) : comptée non remplie, comme le prévoit le contrat, 15 000,00 € non versés : 10 000 × prix de repli 0,50 € = 5 000,00 €',
      ' ; condition CSAT non évaluée (échantillon 29 (Survey answers) < minimum 30) : comptée non remplie, comme le prévoit le contrat, 500,00 € non versés : 0,00 €',
      ', condition non évaluée : comptée non remplie',
    ],
  ])('"withhold" counts the gate as failed (golden, %s)', (lang, volumeText, ahtText, outcome) => {
    const inv = csvInvoice(contract(lang, withhold, withhold), '2026-02', csv(29));
    expect(rows(inv).map((r) => r[1])).toEqual(['5000.00', '0.00', '0.00']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed(2))).toEqual([
      '5000.00',
      '1000.00',
      '6000.00',
    ]);
    expect(rows(inv)[0][2]).toBe(volumeText);
    expect(rows(inv)[1][2]).toContain(ahtText);
    expect(plain(inv.evidence.find((e) => e.clause.name === 'AHT')?.outcome ?? '')).toContain(outcome);
  });

  // AHT 7 vs 6 min: a malus of 1 × €500 = −€500.00, which a gate never removes.
  test('"withhold" leaves a malus as it is', () => {
    const inv = csvInvoice(contract('en', withhold, withhold), '2026-02', csv(29, '7'));
    expect(rows(inv)[1][1]).toBe('-500.00');
    expect(rows(inv)[1][2]).toContain(
      '; gate CSAT not evaluated (sample 29 (Survey answers) < minimum 30): counted as failed, as the contract states (a malus applies anyway)',
    );
  });

  // 30 answers, exactly the minimum: CSAT 95 % is evaluated, ≥ 85 %: both gates hold, €15,000.00 and €500.00.
  test('a sample exactly at its minimum is evaluated: the gate judges, and holds', () => {
    const inv = csvInvoice(contract('en', withhold, withhold), '2026-02', csv(30));
    expect(rows(inv).map((r) => r[1])).toEqual(['15000.00', '500.00', '100.00']);
    expect(rows(inv)[0][2]).toContain('; gate CSAT 95% ≥ 85%: held');
  });

  // Tiers €2.10 up to 40,000 then €2.40, gated above 40,000 with a fallback of €2.10; 42,500 contacts:
  // 40,000 × €2.10 + 2,500 × €2.10 = €84,000.00 + €5,250.00 = €89,250.00 (not the €90,000.00 held).
  test('"withhold" on the tiers above a bound reprices only the units above it', () => {
    const tiers = [
      { upTo: '40000', unitPrice: '2.10' },
      { upTo: null, unitPrice: '2.40' },
    ];
    const volume = { ...withhold, tiers, unitPrice: undefined, gatedAbove: '40000', fallbackPrice: '2.10' };
    const inv = csvInvoice(contract('en', volume), '2026-02', csv(29, '5', '42500'));
    expect(rows(inv)[0][1]).toBe('89250.00');
    expect(rows(inv)[0][2]).toContain(
      '; gate CSAT not evaluated (sample 29 (Survey answers) < minimum 30) on the units above 40,000: counted as failed, as the contract states, those 2,500 at fallback price €2.10: 40,000 × €2.10 + 2,500 × €2.10 = €89,250.00',
    );
  });

  test('an excluded month of the gate KPI is not evaluated either', () => {
    const excluded = `${csv(40)}2026-02,excluded,CSAT,client-caused outage\n`;
    const inv = csvInvoice(contract('en', withhold), '2026-02', excluded);
    expect(rows(inv)[0][1]).toBe('5000.00');
    expect(rows(inv)[0][2]).toContain(
      'gate CSAT not evaluated (2026-02 excluded (client-caused outage)): counted as failed',
    );
  });

  test('the docs give the term and a formula that returns the line', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc).toContain('`gateNotEvaluated`');
    // The gate's 1 or 0 times the sample's: 0 when not evaluated under "withhold", the fallback prices all.
    const formula =
      'THRESHOLDFEE(29, 30, 1) * THRESHOLDFEE(0.95, 0.85, 1) * 10000 * 1.5 + (1 - THRESHOLDFEE(29, 30, 1) * THRESHOLDFEE(0.95, 0.85, 1)) * 10000 * 0.5';
    expect(doc).toContain(`\`${formula}\` = 5000`);
    expect(evaluateFormula(formula)).toBe(5000);
  });

  test.each<[Record<string, unknown>, string]>([
    [{ gateKpi: undefined, gateLevel: undefined }, 'volumes[0].gateNotEvaluated: '],
    [{ gateNotEvaluated: 'refuse' }, 'volumes[0].gateNotEvaluated: '],
  ])('a bad term %j is refused', (volume, message) => {
    const result = parseContract(JSON.parse(JSON.stringify(document('en', { ...withhold, ...volume }))));
    expect(result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  test('on a clause without a gate it is refused', () => {
    const doc = document('en', {}, withhold);
    (doc.kpis[0] as Record<string, unknown>).gateKpi = undefined;
    (doc.kpis[0] as Record<string, unknown>).gateLevel = undefined;
    const result = parseContract(JSON.parse(JSON.stringify(doc)));
    expect(result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toContain(
      'kpis[0].gateNotEvaluated: says what a gate pays when its KPI is not evaluated: give Gate KPI and Gate level, or leave it blank',
    );
  });

  test.each<Language>(['en', 'fr'])('the Contract sheet writes and reads it back (%s)', (lang) => {
    const c = contract(lang, withhold, withhold);
    const grid = planToGrid(contractSheetPlan(c));
    const back = contractFromSheet(grid, { lang });
    if (!back.ok) throw new Error(JSON.stringify(back.issues));
    expect(back.value.volumes[0].gateNotEvaluated).toBe('withhold');
    expect(back.value.kpis[0].gateNotEvaluated).toBe('withhold');
    expect(back.value.kpis[1].gateNotEvaluated).toBeUndefined();
  });

  test('withholding never raises an invoice: it pays at most what "pay" does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 30, max: 90 }),
        fc.integer({ min: 0, max: 50000 }),
        (answers, aht, contacts) => {
          const data = csv(answers, (aht / 10).toString(), contacts.toString());
          const paid = csvInvoice(contract('en'), '2026-02', data).subtotal;
          const held = csvInvoice(contract('en', withhold, withhold), '2026-02', data).subtotal;
          expect(held.lte(paid)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
