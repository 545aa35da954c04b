/**
 * A debt-collection BPO a buyer wrote from outsourcing practice (fixtures/buyer/collections-recovered,
 * English): paid per euro recovered, with a compliance malus, invoiced monthly:
 * - a commission on graduated tiers of the amount recovered: 12 % up to €100,000, 15 % to €250,000, 18 %
 *   beyond (each euro at the rate of the tier it falls in), paid only if compliance reaches 95 %, else a flat
 *   10 % (a gated price with its fallback);
 * - compliance of the audited calls: €500 a point below 98 %, at most €5,000, evaluated only on 50 audited
 *   calls or more; no bonus;
 * - justified complaints per 1,000 accounts: €1,000 a point above 2, outside a ±0.5 band, at most €2,000;
 * - maluses together capped at 10 % of the commission.
 * February's audit is one call short (compliance not evaluated: it neither judges the gate nor takes a
 * malus), March lands on the minimum and on a tier bound, April fails the gate and hits every cap, May's
 * compliance month is excluded (the client's CRM migration). Worked out by hand, EN and FR.
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

const NAME = 'collections-recovered';
const en = buyerContract(NAME);
const fr = buyerContract(NAME, 'fr');
const invoice = (period: string, c = en) => buyerInvoice(c, NAME, period);

const RECOVERED = 'Amount recovered';
const COMPLIANCE = 'Compliance';
const COMPLAINTS = 'Justified complaints';
const TIERS = '{100000, 0.12; 250000, 0.15; "", 0.18}';

test('reads back from its Contract sheet as itself', () => {
  expect(throughSheet(en)).toEqual({ ok: true, value: en });
});

describe('month by month', () => {
  test.each([
    // 84,250.50 × 12 % = 10,110.06. Compliance 98.5 % ≥ 98 %: no bonus in the contract. Complaints 1.8 inside
    // the band. 10,110.06; VAT 2,022.012 → 2,022.01; total 12,132.07.
    ['2026-01', ['subtotal 10110.06', 'VAT 2022.01', 'total 12132.07']],
    // 100,000 × 12 % + 80,000 × 15 % = 24,000.00. 49 audited calls, one short of 50: compliance 90 % not
    // evaluated (it would be −4,000.00). Complaints 2.5: exactly at the band's edge, 0. VAT 4,800.00.
    ['2026-02', ['subtotal 24000.00', 'VAT 4800.00', 'total 28800.00']],
    // 250,000 exactly on a tier bound: 12,000.00 + 150,000 × 15 % = 34,500.00. 50 calls, exactly the minimum:
    // compliance 96.2 %, −1.8 pts × 500 = −900.00. Complaints 3.1: 1.1 − 0.5 = 0.6 × 1,000 = −600.00.
    // Maluses 1,500.00 < 10 % × 34,500.00. 33,000.00; VAT 6,600.00; total 39,600.00.
    ['2026-03', ['subtotal 33000.00', 'VAT 6600.00', 'total 39600.00']],
    // Compliance 85 % < 95 %: the tiers (45,372.05) are not paid, 310,400.25 × 10 % = 31,040.025 → 31,040.03.
    // Compliance −13 pts × 500 = −6,500.00, capped at −5,000.00; complaints 6: 3.5 × 1,000, capped at
    // −2,000.00. Maluses −7,000.00 beyond 10 % × 31,040.03 = 3,104.003: the cap gives back 3,895.997 →
    // 3,896.00. 31,040.03 − 7,000.00 + 3,896.00 = 27,936.03; VAT 5,587.206 → 5,587.21; total 33,523.24.
    ['2026-04', ['subtotal 27936.03', 'VAT 5587.21', 'total 33523.24']],
    // 95,000 × 12 % = 11,400.00. Compliance excluded: not evaluated. Complaints 1.5 inside the band.
    ['2026-05', ['subtotal 11400.00', 'VAT 2280.00', 'total 13680.00']],
  ])('%s', (period, totals) => {
    expect(amounts(invoice(period)).slice(-3)).toEqual(totals);
    expect(amounts(invoice(period, fr)).slice(-3)).toEqual(totals);
  });

  test('April, line by line: the fallback commission, every cap', () => {
    expect(amounts(invoice('2026-04'))).toEqual([
      `${RECOVERED} 31040.03`,
      `${COMPLIANCE} -5000.00`,
      `${COMPLAINTS} -2000.00`,
      'Cap on total malus 3896.00',
      'subtotal 27936.03',
      'VAT 5587.21',
      'total 33523.24',
    ]);
  });
});

describe('what the buyer reads', () => {
  test('an audit one call short of its minimum: no malus, said so', () => {
    expect(explanation(invoice('2026-02'), COMPLIANCE)).toBe(
      'Compliance: sample 49 (Audited calls) < minimum 50: not evaluated, no bonus, no malus: €0.00',
    );
    expect(explanation(invoice('2026-02', fr), COMPLIANCE)).toBe(
      'Compliance : échantillon 49 (Audited calls) < minimum 50 : non évalué, ni bonus ni malus : 0,00 €',
    );
  });

  test('exactly on the minimum sample the malus applies; the commission crosses its tiers', () => {
    expect(explanation(invoice('2026-03'), COMPLIANCE)).toBe(
      'Compliance 96.2% vs target 98%: −1.8 pts × €500 = −€900.00',
    );
    expect(explanation(invoice('2026-03'), RECOVERED)).toBe(
      '100,000 × €0.12 + 150,000 × €0.15 = €34,500.00; gate Compliance 96.2% ≥ 95%: held',
    );
    expect(explanation(invoice('2026-03', fr), COMPLAINTS)).toBe(
      'Justified complaints 3,1 pt vs objectif 2 pt : −0,6 pt au-delà de la franchise de ±0,5 pt × 1 000 € = −600,00 €',
    );
  });

  test('the malus cap says what it lets through, to the cent', () => {
    expect(explanation(invoice('2026-04'), 'Cap on total malus')).toBe(
      'Maluses total −€7,000.00, beyond the cap €3,104.003 (10% of base fees €31,040.03) (rounded down: €3,104.00): €3,896.00',
    );
    expect(explanation(invoice('2026-04'), COMPLIANCE)).toBe(
      'Compliance 85% vs target 98%: −13 pts × €500 = −€6,500.00, capped at −€5,000.00',
    );
  });

  test('the compliance gate on the commission: failed with its fallback, or not judged on a short sample', () => {
    expect(explanation(invoice('2026-04'), RECOVERED)).toBe(
      '100,000 × €0.12 + 150,000 × €0.15 + 60,400.25 × €0.18 = €45,372.05; gate Compliance 85% < 95%: failed, €45,372.05 not paid: 310,400.25 × fallback price €0.10 = €31,040.03',
    );
    expect(explanation(invoice('2026-04', fr), RECOVERED)).toBe(
      '100 000 × 0,12 € + 150 000 × 0,15 € + 60 400,25 × 0,18 € = 45 372,05 € ; condition Compliance 85 % < 95 % : non remplie, 45 372,05 € non versés : 310 400,25 × prix de repli 0,10 € = 31 040,03 €',
    );
    expect(explanation(invoice('2026-02'), RECOVERED)).toBe(
      '100,000 × €0.12 + 80,000 × €0.15 = €24,000.00; gate Compliance not evaluated (sample 49 (Audited calls) < minimum 50): not applied',
    );
    expect(explanation(invoice('2026-05', fr), RECOVERED)).toBe(
      "95 000 × 0,12 € = 11 400,00 € ; condition Compliance non évaluée (2026-05 exclu (Client's CRM migration: call recordings unavailable)) : non appliquée",
    );
  });

  test('an excluded month prints its reason', () => {
    expect(explanation(invoice('2026-05'), COMPLIANCE)).toBe(
      "Compliance: 2026-05 excluded (Client's CRM migration: call recordings unavailable): not evaluated, no bonus, no malus: €0.00",
    );
    expect(explanation(invoice('2026-05', fr), COMPLIANCE)).toBe(
      "Compliance : 2026-05 exclu (Client's CRM migration: call recordings unavailable) : non évalué, ni bonus ni malus : 0,00 €",
    );
  });
});

describe('each line is what the documented formula gives in a cell', () => {
  test.each<[string, string, string]>([
    ['2026-01', RECOVERED, `TIEREDFEE(84250.5, ${TIERS})`],
    ['2026-03', RECOVERED, `TIEREDFEE(250000, ${TIERS})`],
    // The gate's 1 or 0 between the tiers and the fallback price.
    [
      '2026-03',
      RECOVERED,
      `THRESHOLDFEE(0.962, 0.95, 1) * TIEREDFEE(250000, ${TIERS}) + (1 - THRESHOLDFEE(0.962, 0.95, 1)) * 250000 * 0.1`,
    ],
    [
      '2026-04',
      RECOVERED,
      `ROUND(THRESHOLDFEE(0.85, 0.95, 1) * TIEREDFEE(310400.25, ${TIERS}) + (1 - THRESHOLDFEE(0.85, 0.95, 1)) * 310400.25 * 0.1, 2)`,
    ],
    // The sample as a 1-or-0 factor: 49 audited calls give 0.
    ['2026-02', COMPLIANCE, 'THRESHOLDFEE(49, 50, 1) * BONUSMALUS(0.9, 0.98, 0, 50000, "higher", 0, , 5000)'],
    [
      '2026-03',
      COMPLIANCE,
      'THRESHOLDFEE(50, 50, 1) * BONUSMALUS(0.962, 0.98, 0, 50000, "higher", 0, , 5000)',
    ],
    ['2026-04', COMPLIANCE, 'BONUSMALUS(0.85, 0.98, 0, 50000, "higher", 0, , 5000)'],
    ['2026-02', COMPLAINTS, 'BONUSMALUS(2.5, 2, 0, 1000, "lower", 0.5, , 2000)'],
    ['2026-03', COMPLAINTS, 'BONUSMALUS(3.1, 2, 0, 1000, "lower", 0.5, , 2000)'],
    ['2026-04', COMPLAINTS, 'BONUSMALUS(6, 2, 0, 1000, "lower", 0.5, , 2000)'],
    // The malus cap gives back what the maluses take beyond 10 % of the commission, rounded once.
    [
      '2026-04',
      'Cap on total malus',
      'ROUND(MAX(0, -(BONUSMALUS(0.85, 0.98, 0, 50000, "higher", 0, , 5000) + BONUSMALUS(6, 2, 0, 1000, "lower", 0.5, , 2000)) - 0.1 * ROUND(310400.25 * 0.1, 2)), 2)',
    ],
  ])('%s %s: %s', (period, label, formula) => {
    expect(cell(formula)).toBe(lineAmount(invoice(period), label));
  });
});
