/**
 * A gated volume's fallback price is at most the lowest price of the tiers it replaces, so that a failed
 * gate never raises the fee: the contract check holds the stated prices to it, but an amendment (or an
 * index going down) may bring a price in force under the fallback. The failed gate then paid more than a
 * held one: 10,000 contacts at €0.40 from July, CSAT 84 % < 85 %, billed 10,000 × €0.50 = €5,000.00 where
 * the gate holding would have billed €4,000.00. The fallback in force is now at most the lowest price in
 * force, and the line says so.
 */
import { csatClause, csvInvoice, plain, testContract } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';

const csat = csatClause({ model: 'threshold', threshold: '0.85', amount: '100.00' });

const perContact = (language: Language) =>
  testContract({
    language,
    volumes: [
      {
        name: 'Contacts',
        unit: 'contact',
        unitPrice: '1.50',
        gateKpi: 'CSAT',
        gateLevel: '0.85',
        fallbackPrice: '0.50',
      },
    ],
    amendments: [{ from: '2026-07', fee: 'Contacts', amount: '0.40' }],
    kpis: [csat],
  });

const month = (period: string, units: number, csatValue: string) =>
  `Period,Kind,Name,Value\n${period},volume,Contacts,${units}\n${period},kpi,CSAT,${csatValue}\n`;

describe('a failed gate pays at most the price in force', () => {
  // July: €0.40 in force, under the fallback €0.50: the failed gate prices 10,000 × €0.40 = €4,000.00, as
  // much as the gate holding, never more.
  test.each<[Language, string]>([
    [
      'en',
      '10,000 × €0.40 = €4,000.00; gate CSAT 84% < 85%: failed, €4,000.00 not paid: 10,000 × fallback price €0.40 (the lowest unit price in force, under the stated fallback €0.50) = €4,000.00 (amended from July 2026: €0.40)',
    ],
    [
      'fr',
      '10 000 × 0,40 € = 4 000,00 € ; condition CSAT 84 % < 85 % : non remplie, 4 000,00 € non versés : 10 000 × prix de repli 0,40 € (le plus bas prix unitaire en vigueur, sous le prix de repli prévu 0,50 €) = 4 000,00 € (avenant à partir de juillet 2026 : 0,40 €)',
    ],
  ])('an amended price under the fallback (%s)', (language, text) => {
    const inv = csvInvoice(perContact(language), '2026-07', month('2026-07', 10000, '0.84'));
    expect(inv.lines.map((l) => [l.kind, l.amount.toFixed(2), plain(l.explanation)])[0]).toEqual([
      'volume',
      '4000.00',
      text,
    ]);
    // By hand: the gate's 1 or 0 picks the price or the fallback, the fallback no more than the price.
    expect(
      evaluateFormula(
        'THRESHOLDFEE(0.84, 0.85, 1) * 10000 * 0.4 + (1 - THRESHOLDFEE(0.84, 0.85, 1)) * 10000 * MIN(0.5, 0.4)',
      ),
    ).toBe(4000);
  });

  test('before the amendment the stated fallback applies, as before', () => {
    const inv = csvInvoice(perContact('en'), '2026-06', month('2026-06', 10000, '0.84'));
    expect(inv.lines[0].amount.toFixed(2)).toBe('5000.00');
    expect(inv.lines[0].explanation).toContain('10,000 × fallback price €0.50 = €5,000.00');
  });

  // The units above 40,000 are gated, €2.40 amended to €2.00 from July, the fallback €2.10: 2,500 × €2.00.
  test('the tiers above a gated bound: the fallback at most their lowest price in force', () => {
    const c = testContract({
      volumes: [
        {
          name: 'Interactions',
          unit: 'interaction',
          tiers: [
            { upTo: '40000', unitPrice: '2.10' },
            { upTo: null, unitPrice: '2.40' },
          ],
          gateKpi: 'CSAT',
          gateLevel: '0.85',
          gatedAbove: '40000',
          fallbackPrice: '2.10',
        },
      ],
      amendments: [{ from: '2026-07', fee: 'Interactions', amount: '2.00' }],
      kpis: [csat],
    });
    const inv = csvInvoice(
      c,
      '2026-07',
      'Period,Kind,Name,Value\n2026-07,volume,Interactions,42500\n2026-07,kpi,CSAT,0.849\n',
    );
    // 40,000 × €2.10 + 2,500 × €2 = €89,000.00, the gate held or failed.
    expect(inv.lines[0].amount.toFixed(2)).toBe('89000.00');
    expect(inv.lines[0].explanation).toContain(
      'those 2,500 at fallback price €2 (the lowest unit price in force, under the stated fallback €2.10): 40,000 × €2.10 + 2,500 × €2 = €89,000.00',
    );
  });
});
