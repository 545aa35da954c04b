/**
 * A service desk invoiced quarterly (fixtures/buyer/service-desk-quarterly): a licence stated per month and a
 * business review per invoice, a rebate per month and one per invoice, tickets priced with a monthly minimum,
 * a monthly CSAT averaged over the quarter and a first-time-fix rate weighted by tickets. VAT is on the
 * subtotal after the rebates. Worked out by hand, EN and FR.
 */
import {
  amounts,
  buyerContract,
  buyerFile,
  buyerInvoice,
  cell,
  explanation,
  lineAmount,
  throughSheet,
} from '../../../test/support/buyerFixture';
import { plain } from '../../../test/support/testContract';

const NAME = 'service-desk-quarterly';
const en = buyerContract(NAME);
const fr = buyerContract(NAME, 'fr');
const invoice = (period: string, c = en, csv?: string) => buyerInvoice(c, NAME, period, csv);

test('reads back from its Contract sheet as itself', () => {
  expect(throughSheet(en)).toEqual({ ok: true, value: en });
});

test('Q1: per-month amounts × 3, per-invoice amounts once, rebates before VAT', () => {
  // Licence 3 × 4,500.00 = 13,500.00; review 1,200.00; rebates −3 × 250.00 = −750.00 and −300.00.
  // Tickets 200 + 250 + 230 = 680 × 8.00 = 5,440.00 < 3 × 2,000.00: top-up 560.00.
  // CSAT (87 % + 89 % + 88 %) ÷ 3 = 88 % ≥ 88 %: 1,500.00.
  // First-time fix (0.75 × 200 + 0.82 × 250 + 0.81 × 230) ÷ 680 = 541.3 ÷ 680 = 0.796029…:
  // −0.397058… pts × 100.00 = −39.7058… → −39.71.
  // 13,500 + 1,200 − 750 − 300 + 5,440 + 560 + 1,500 − 39.71 = 21,110.29; VAT 4,222.058 → 4,222.06; 25,332.35.
  const inv = invoice('2026-01');
  expect(amounts(inv)).toEqual([
    'Platform licence 13500.00',
    'Quarterly business review 1200.00',
    'Volume commitment (rebate) -750.00',
    'Early payment (rebate) -300.00',
    'Tickets 5440.00',
    'Tickets: minimum fee top-up 560.00',
    'CSAT 1500.00',
    'First-time fix -39.71',
    'subtotal 21110.29',
    'VAT 4222.06',
    'total 25332.35',
  ]);
  expect(explanation(inv, 'Platform licence')).toBe(
    'Fixed fee for the period: 3 months × €4,500.00 = €13,500.00',
  );
  expect(explanation(inv, 'Quarterly business review')).toBe('Fixed fee for the period: €1,200.00');
  expect(explanation(inv, 'Volume commitment (rebate)')).toBe(
    'Agreed rebate, deducted: 3 months × €250.00 = €750.00',
  );
  expect(explanation(inv, 'Tickets: minimum fee top-up')).toBe(
    '€5,440.00 is below the minimum fee 3 months × €2,000.00 = €6,000.00: top-up €560.00',
  );
  expect(explanation(inv, 'First-time fix')).toBe(
    'First-time fix ≈ 79.6029% vs target 80%: ≈ −0.3971 pts × €100 = −€39.71; weighted average of Q1 2026 (75% × 200, 82% × 250, 81% × 230) ≈ 79.6029%',
  );
  const frInv = invoice('2026-01', fr);
  expect(explanation(frInv, 'Volume commitment (remise)')).toBe(
    'Remise convenue, déduite : 3 mois × 250,00 € = 750,00 €',
  );
  expect(explanation(frInv, 'CSAT')).toBe(
    'CSAT 88 % ≥ seuil 88 % : honoraires 1 500,00 € ; moyenne de T1 2026 (87 % ; 89 % ; 88 %) = 88 %',
  );
  expect(plain(frInv.vat.explanation)).toBe('TVA 20 % de 21 110,29 €');
  // The formulas the docs give.
  expect(cell('3 * 4500')).toBe(lineAmount(inv, 'Platform licence'));
  expect(cell('-(3 * 250)')).toBe(lineAmount(inv, 'Volume commitment (rebate)'));
  expect(cell('MAX(0, 3 * 2000 - 680 * 8)')).toBe(lineAmount(inv, 'Tickets: minimum fee top-up'));
  expect(cell('THRESHOLDFEE(AVERAGE(0.87, 0.89, 0.88), 0.88, 1500)')).toBe(lineAmount(inv, 'CSAT'));
  expect(
    cell(
      'ROUND(BONUSMALUS(SUMPRODUCT({0.75;0.82;0.81}, {200;250;230}) / SUM(200, 250, 230), 0.8, 10000, 10000, "higher", 0, 1000, 1000), 2)',
    ),
  ).toBe(lineAmount(inv, 'First-time fix'));
  expect(cell('ROUND(21110.29 * 0.2, 2)')).toBe(Number(inv.vat.amount));
});

test('Q2: above the minimum, CSAT averaging 87.6667 % misses 88 %', () => {
  // Tickets 1,000 × 8.00 = 8,000.00 ≥ 6,000.00. CSAT (90 + 85 + 88) ÷ 3 = 87.666…% < 88 %: 0.
  // First-time fix (0.9 × 400 + 0.85 × 300 + 0.8 × 300) ÷ 1,000 = 0.855: +5.5 pts × 100.00 = 550.00.
  // 13,500 + 1,200 − 1,050 + 8,000 + 550 = 22,200.00; VAT 4,440.00; total 26,640.00.
  const inv = invoice('2026-04');
  expect(amounts(inv).slice(-3)).toEqual(['subtotal 22200.00', 'VAT 4440.00', 'total 26640.00']);
  expect(explanation(inv, 'CSAT')).toBe(
    'CSAT ≈ 87.6667% < threshold 88%: no fee; average of Q2 2026 (90%, 85%, 88%) ≈ 87.6667%',
  );
});

test('an average a hair under its threshold never prints as the threshold itself', () => {
  // (88 % + 88 % + 87.9999 %) ÷ 3 = 87.99996…%: shown to 4 decimals it would read "88% < threshold 88%".
  const csv = buyerFile(`${NAME}.csv`)
    .replace('2026-01,kpi,CSAT,0.87', '2026-01,kpi,CSAT,0.88')
    .replace('2026-02,kpi,CSAT,0.89', '2026-02,kpi,CSAT,0.88')
    .replace('2026-03,kpi,CSAT,0.88', '2026-03,kpi,CSAT,0.879999');
  expect(explanation(invoice('2026-01', en, csv), 'CSAT')).toBe(
    'CSAT ≈ 88% < threshold 88%: no fee; average of Q1 2026 (88%, 88%, 87.9999%) ≈ 88%',
  );
  expect(explanation(invoice('2026-01', fr, csv), 'CSAT')).toBe(
    'CSAT ≈ 88 % < seuil 88 % : pas d’honoraires ; moyenne de T1 2026 (88 % ; 88 % ; 87,9999 %) ≈ 88 %',
  );
});
