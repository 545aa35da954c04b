/**
 * A bank's per-loan contract (fixtures/buyer/loans-24h): a price per loan approved within 24 h on volume
 * tiers (all loans at the price of the tier reached) with a monthly minimum, a decision-accuracy score fee
 * evaluated only on 60 audited files or more (a neutral €1,500 otherwise), and an applicant-satisfaction fee
 * evaluated only on 100 answers or more. April's audit is one file short, May's survey one answer short, June
 * lands on both minimums and on the satisfaction threshold. Worked out by hand, EN and FR.
 */
import {
  amounts,
  buyerContract,
  buyerInvoice,
  cell,
  explanation,
  lineAmount,
  throughSheet,
} from '../../../test/support/buyerFixture';

const NAME = 'loans-24h';
const en = buyerContract(NAME);
const fr = buyerContract(NAME, 'fr');
const invoice = (period: string, c = en) => buyerInvoice(c, NAME, period);

const LOANS = 'Loans approved within 24 h';
const ACCURACY = 'Decision accuracy';
const SATISFACTION = 'Applicant satisfaction';
const TIERS = '{500, 40; 1500, 35; "", 30}';

test('reads back from its Contract sheet as itself', () => {
  expect(throughSheet(en)).toEqual({ ok: true, value: en });
});

test('April: 59 audited files, one short of 60: the neutral fee, whatever the accuracy', () => {
  // 420 loans, all at 40.00: 16,800.00. Accuracy not evaluated: 1,500.00. 150 answers, 86 % ≥ 85 %: 2,000.00.
  // 20,300.00; VAT 4,060.00; total 24,360.00.
  const inv = invoice('2026-04');
  expect(amounts(inv)).toEqual([
    `${LOANS} 16800.00`,
    `${ACCURACY} 1500.00`,
    `${SATISFACTION} 2000.00`,
    'subtotal 20300.00',
    'VAT 4060.00',
    'total 24360.00',
  ]);
  expect(explanation(inv, ACCURACY)).toBe(
    'Decision accuracy: sample 59 (Audited files) < minimum 60: not evaluated, neutral fee as the contract states: €1,500.00',
  );
  expect(explanation(invoice('2026-04', fr), ACCURACY)).toBe(
    'Decision accuracy : échantillon 59 (Audited files) < minimum 60 : non évalué, montant neutre prévu au contrat : 1 500,00 €',
  );
  // The docs' sample formula: the sample as a 1-or-0 factor.
  expect(
    cell(
      'THRESHOLDFEE(59, 60, 1) * 3000 * KPISCORE(0.99, 0.95, 0.98) + (1 - THRESHOLDFEE(59, 60, 1)) * 1500',
    ),
  ).toBe(lineAmount(inv, ACCURACY));
  expect(cell(`TIEREDFEE(420, ${TIERS}, "volume")`)).toBe(lineAmount(inv, LOANS));
});

test('May: 1,500 loans exactly on a tier bound, 60 files exactly on the minimum, 99 answers one short', () => {
  // 1,500 ≤ 1,500: all at 35.00 = 52,500.00. Accuracy 97 % from 95 % to 98 %: score 2/3 × 3,000.00 = 2,000.00.
  // Satisfaction not evaluated, no neutral fee: 0.00. 54,500.00; VAT 10,900.00; total 65,400.00.
  const inv = invoice('2026-05');
  expect(amounts(inv).slice(-3)).toEqual(['subtotal 54500.00', 'VAT 10900.00', 'total 65400.00']);
  expect(explanation(inv, SATISFACTION)).toBe(
    'Applicant satisfaction: sample 99 (Survey answers) < minimum 100: not evaluated, no fee: €0.00',
  );
  // The curve's threshold is printed: without it 2/3 could not be checked from the line.
  expect(explanation(inv, ACCURACY)).toBe(
    'Decision accuracy 97% vs threshold 95%, target 98%: score ≈ 0.666667 × €3,000.00 = €2,000.00',
  );
  expect(explanation(invoice('2026-05', fr), ACCURACY)).toBe(
    'Decision accuracy 97 % vs seuil 95 %, objectif 98 % : score ≈ 0,666667 × 3 000,00 € = 2 000,00 €',
  );
  expect(cell(`TIEREDFEE(1500, ${TIERS}, "volume")`)).toBe(lineAmount(inv, LOANS));
  expect(
    cell(
      'ROUND(THRESHOLDFEE(60, 60, 1) * 3000 * KPISCORE(0.97, 0.95, 0.98) + (1 - THRESHOLDFEE(60, 60, 1)) * 1500, 2)',
    ),
  ).toBe(lineAmount(inv, ACCURACY));
  expect(cell('THRESHOLDFEE(99, 100, 1) * THRESHOLDFEE(0.91, 0.85, 2000)')).toBe(
    lineAmount(inv, SATISFACTION),
  );
});

test('June: 300 loans under the minimum fee, a top-up to 15,000.00; satisfaction exactly 85 % on 100 answers', () => {
  // 300 × 40.00 = 12,000.00, top-up 3,000.00. Accuracy 96.5 %: score 0.5 × 3,000.00 = 1,500.00.
  // Satisfaction 85 % ≥ 85 %: 2,000.00. 18,500.00; VAT 3,700.00; total 22,200.00.
  const inv = invoice('2026-06');
  expect(amounts(inv)).toEqual([
    `${LOANS} 12000.00`,
    `${LOANS}: minimum fee top-up 3000.00`,
    `${ACCURACY} 1500.00`,
    `${SATISFACTION} 2000.00`,
    'subtotal 18500.00',
    'VAT 3700.00',
    'total 22200.00',
  ]);
  expect(cell(`MAX(TIEREDFEE(300, ${TIERS}, "volume"), 15000)`)).toBe(
    lineAmount(inv, LOANS) + lineAmount(inv, `${LOANS}: minimum fee top-up`),
  );
  expect(cell('THRESHOLDFEE(100, 100, 1) * THRESHOLDFEE(0.85, 0.85, 2000)')).toBe(
    lineAmount(inv, SATISFACTION),
  );
});
