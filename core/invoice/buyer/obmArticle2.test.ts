/**
 * Article 2's KPI table, written line by line as a buyer would sign it (fixtures/buyer/obm-coach-article2,
 * French), not as the template writes it:
 * - lead conversion, "25 % within 6 months", "% of the variable pay tied to the objective": an achievement
 *   share of €800 against a target ramped from 10 % to 25 % over six months;
 * - client retention, "80 % over the year", quarterly, "bonus if the objective is exceeded": €400 when
 *   retention exceeds (>) 80 %;
 * - response time, "4 hours within 3 months", "hourly rate adjusted to the complexity": a graded scale from
 *   −5 % at 8 h to +5 % at the target, the target dated 6 h, 5 h from February, 4 h from March;
 * - coaching sessions, "+20 % in 6 months", "bonus tied to the volume increase": €25 a session above a target
 *   ramped from the baseline of 35 to +20 % (42), no malus, at most €300;
 * - NPS, "8/10 over 12 months", half-yearly, "bonus by NPS improvement": €500 a point of the half-year's
 *   average above the baseline 7.2, at most €400 (8/10 reached);
 * - cancellations, "below 5 % within 3 months", "hourly rate adjusted for cancellations": +3 % of the hourly
 *   pay below (<) a target ramped from 10 % to 5 %, −5 % when not below 10 %.
 * Bonuses capped at 40 % of the hourly pay. Each month worked out by hand, EN and FR.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  amounts,
  buyerContract,
  buyerInvoice,
  cell,
  explanation,
  lineAmount,
  throughSheet,
} from '../../../test/support/buyerFixture';

const NAME = 'obm-coach-article2';
const fr = buyerContract(NAME);
const en = buyerContract(NAME, 'en');
const invoice = (period: string, c = fr) => buyerInvoice(c, NAME, period);

const CONVERSION = 'Taux de conversion des prospects';
const RETENTION = 'Taux de rétention client';
const RESPONSE = 'Temps moyen de réponse client';
const SESSIONS = 'Sessions de coaching';
const CANCELLATIONS = "Taux d'abandon des sessions";

test('reads back from its Contract sheet as itself', () => {
  expect(throughSheet(fr)).toEqual({ ok: true, value: fr });
});

describe('month by month', () => {
  test.each([
    // 42 h × 65 = 2,730.00. Conversion 12 % vs 10 % + 15 % × 1/6 = 12.5 %: 96 % × 800 = 768.00.
    // Response 7 h, halfway from 8 h to 6 h: −5 % + 0.5 × 10 % = 0. Sessions 36 < 36.166667: no malus.
    // Cancellations 9 %, below 10 %, not below 8.3333 %: unchanged. 3,498.00; VAT 699.60.
    ['2026-01', ['subtotal 3498.00', 'VAT 699.60', 'total 4197.60']],
    // 40 h: 2,600.00. Conversion 15 % = 15 %: 800.00. Response 5 h = February's target: +5 % = 130.00.
    // Sessions 38 − 37.333333 = 0.666667 × 25 = 16.666675 → 16.67. Bonuses 946.67 < 40 % × 2,600 = 1,040.
    // 3,546.67; VAT 709.334 → 709.33; total 4,256.00.
    ['2026-02', ['subtotal 3546.67', 'VAT 709.33', 'total 4256.00']],
    // 45 h: 2,925.00. Conversion 20 % ÷ 17.5 %, capped at 100 %: 800.00. Retention 80 % does not exceed
    // 80 %: 0. Response 4 h: +5 % = 146.25. Sessions 40 − 38.5 = 1.5 × 25 = 37.50. Cancellations exactly 5 %,
    // not below 5 %: unchanged. 3,908.75; VAT 781.75.
    ['2026-03', ['subtotal 3908.75', 'VAT 781.75', 'total 4690.50']],
    // 44 h: 2,860.00. Conversion 21 % ÷ 20 %, capped: 800.00. Response 5 h: score 0.75, +2.5 % = 71.50.
    // Sessions 41 − 39.666667 = 1.333333 × 25 = 33.333325 → 33.33. Cancellations 4.9 % < 5 %: +3 % = 85.80.
    // 3,850.63; VAT 770.126 → 770.13; total 4,620.76.
    ['2026-04', ['subtotal 3850.63', 'VAT 770.13', 'total 4620.76']],
    // 48 h: 3,120.00. Conversion capped: 800.00. Response 3.5 h: +5 % = 156.00. Sessions 44 − 40.833333 =
    // 3.166667 × 25 = 79.17. Cancellations 11 %, not below 10 %: −5 % = −156.00.
    // 3,120.00 + 1,035.17 − 156.00 = 3,999.17; VAT 799.834 → 799.83; total 4,799.00.
    ['2026-05', ['subtotal 3999.17', 'VAT 799.83', 'total 4799.00']],
    // 50 h: 3,250.00. Conversion 24 % ÷ 25 %: 768.00. Retention 85 % > 80 %: 400.00. Response 4.4 h: score
    // 0.9, +4 % = 130.00. Sessions 45 − 42 = 3 × 25 = 75.00. NPS (7.1 + 7.4 + 7.6 + 7.9 + 8.1 + 8.3) ÷ 6 =
    // 7.7333…, gain 0.5333… × 500 = 266.67. Cancellations 4 %: +3 % = 97.50. Bonuses 1,737.17, capped at
    // 40 % × 3,250.00 = 1,300.00: −437.17. 4,550.00; VAT 910.00; total 5,460.00.
    ['2026-06', ['subtotal 4550.00', 'VAT 910.00', 'total 5460.00']],
  ])('%s', (period, totals) => {
    expect(amounts(invoice(period)).slice(-3)).toEqual(totals);
  });

  test('June, line by line', () => {
    expect(amounts(invoice('2026-06'))).toEqual([
      'Forfait horaire OBM 3250.00',
      `${CONVERSION} 768.00`,
      `${RETENTION} 400.00`,
      `${RESPONSE} 130.00`,
      `${SESSIONS} 75.00`,
      'NPS 266.67',
      `${CANCELLATIONS} 97.50`,
      'Plafond du total des bonus -437.17',
      'subtotal 4550.00',
      'VAT 910.00',
      'total 5460.00',
    ]);
  });
});

describe('what the buyer reads', () => {
  test('a cancellation rate that must be below its levels is said to be below them, or not', () => {
    // "moins de 5 %": 4.9 % is below 5 % (it was said to "exceed" it), 11 % is not below 10 %.
    expect(explanation(invoice('2026-04'), CANCELLATIONS)).toBe(
      "Taux d'abandon des sessions 4,9 % est inférieur à 5 % : +3 % du forfait horaire 2 860,00 € = 85,80 € ; rampe depuis 10 % sur 3 périodes dès janvier 2026, achevée",
    );
    expect(explanation(invoice('2026-05'), CANCELLATIONS)).toBe(
      "Taux d'abandon des sessions 11 % n’est pas inférieur à 10 % : −5 % du forfait horaire 3 120,00 € = −156,00 € ; rampe depuis 10 % sur 3 périodes dès janvier 2026, achevée",
    );
    expect(explanation(invoice('2026-04', en), CANCELLATIONS)).toBe(
      "Taux d'abandon des sessions 4.9% is below 5%: +3% of hourly pay €2,860.00 = €85.80; ramp from 10% over 3 periods from January 2026, completed",
    );
    expect(explanation(invoice('2026-05', en), CANCELLATIONS)).toBe(
      "Taux d'abandon des sessions 11% is not below 10%: −5% of hourly pay €3,120.00 = −€156.00; ramp from 10% over 3 periods from January 2026, completed",
    );
  });

  test('the half-year NPS average, which has no end, is printed as approximate', () => {
    expect(explanation(invoice('2026-06'), 'NPS')).toBe(
      'NPS ≈ 7,733333 vs référence 7,2 : gain ≈ 0,533333 × 500 € = 266,67 € ; moyenne de S1 2026 (7,1 ; 7,4 ; 7,6 ; 7,9 ; 8,1 ; 8,3) ≈ 7,733333',
    );
    expect(explanation(invoice('2026-06', en), 'NPS')).toBe(
      'NPS ≈ 7.733333 vs baseline 7.2: gain ≈ 0.533333 × €500 = €266.67; average of H1 2026 (7.1, 7.4, 7.6, 7.9, 8.1, 8.3) ≈ 7.733333',
    );
  });

  test('retention exactly on 80 % is not a bonus: the objective must be exceeded', () => {
    expect(explanation(invoice('2026-03'), RETENTION)).toBe(
      'Taux de rétention client 80 % ≤ seuil 80 % : pas d’honoraires',
    );
    expect(explanation(invoice('2026-06', en), RETENTION)).toBe(
      'Taux de rétention client 85% > threshold 80%: fee €400.00',
    );
  });

  test('between its levels, a cancellation rate is said to be between both, each printed', () => {
    // January: 9 % is below the threshold 10 % and not below the ramp's target 8.3333 %.
    expect(explanation(invoice('2026-01'), CANCELLATIONS)).toBe(
      "Taux d'abandon des sessions 9 % : entre le seuil 10 % et l’objectif 8,3333 %, forfait horaire inchangé ; rampe depuis 10 % sur 3 périodes dès janvier 2026, période 1 sur 3 : seuil 10 %, objectif 8,3333 %",
    );
    expect(explanation(invoice('2026-03', en), CANCELLATIONS)).toBe(
      "Taux d'abandon des sessions 5%: between threshold 10% and target 5%, hourly pay unchanged; ramp from 10% over 3 periods from January 2026, completed",
    );
  });

  test('the response-time scale and the dated target', () => {
    expect(explanation(invoice('2026-04', en), RESPONSE)).toBe(
      'Temps moyen de réponse client 5 h on the adjustment scale −5% 8 h … +5% 4 h: rate adjusted by +2.5% (−5% + 0.75 × 10%; €65/h → €66.625/h) on hourly pay of €2,860.00 = €71.50; levels from March 2026 (schedule): threshold 8 h, target 4 h',
    );
  });

  test('the sessions target on its ramp from the baseline', () => {
    expect(explanation(invoice('2026-02'), SESSIONS)).toBe(
      'Sessions de coaching 38 vs objectif 37,333333 : +0,666667 × 25 € = 16,67 € ; référence 35 : objectif +20 % = 42 ; rampe depuis 35 sur 6 périodes dès janvier 2026, période 2 sur 6 : objectif 37,333333',
    );
  });
});

test('docs/contract-format.md gives the cancellation step as this contract prices it', () => {
  const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
  const formula = 'HOURLYFEE(44, 65) * 0.03 * THRESHOLDFEE(0.049, 0.05, 1, "lower", "exceeds")';
  expect(doc.replace(/\s+/g, ' ')).toContain(`\`${formula}\` = 85.8`);
  expect(cell(formula)).toBe(lineAmount(invoice('2026-04'), CANCELLATIONS));
});

describe('each line is what the documented formula gives in a cell', () => {
  test.each<[string, string, string]>([
    // Achievement share on a ramp: the target of period 1 is 0.10 + (0.25 − 0.10) × 1/6.
    ['2026-01', CONVERSION, 'HOURLYFEE(0, 0, 0, 800*1, MAX(0, ACHIEVEMENT(0.12, 0.10+(0.25-0.10)*1/6)), 1)'],
    // "Exceeds": THRESHOLDFEE's comparison argument.
    ['2026-03', RETENTION, 'THRESHOLDFEE(0.8, 0.8, 400, "higher", "exceeds")'],
    ['2026-06', RETENTION, 'THRESHOLDFEE(0.85, 0.8, 400, "higher", "exceeds")'],
    // Graded scale: the hourly pay × (−cut + KPISCORE × (cut + uplift)).
    ['2026-04', RESPONSE, 'ROUND(HOURLYFEE(44, 65) * (-0.05 + KPISCORE(5, 8, 4, "lower") * 0.1), 2)'],
    ['2026-06', RESPONSE, 'ROUND(HOURLYFEE(50, 65) * (-0.05 + KPISCORE(4.4, 8, 4, "lower") * 0.1), 2)'],
    // Relative change from a baseline on a ramp, the level rounded to 6 decimals.
    [
      '2026-02',
      SESSIONS,
      'ROUND(BONUSMALUS(38, ROUND(35+(35*(1+0.2)-35)*2/6, 6), 25, 0, "higher", 0, 300), 2)',
    ],
    ['2026-06', SESSIONS, 'BONUSMALUS(45, 35*(1+0.2), 25, 0, "higher", 0, 300)'],
    // The half-year's average against the baseline.
    ['2026-06', 'NPS', 'ROUND(GAINSHARE(7.2, AVERAGE(7.1, 7.4, 7.6, 7.9, 8.1, 8.3), 500, "higher", 400), 2)'],
    // A step adjustment that must beat its levels: the uplift below 5 %, the cut when not below 10 %.
    ['2026-04', CANCELLATIONS, 'HOURLYFEE(44, 65) * 0.03 * THRESHOLDFEE(0.049, 0.05, 1, "lower", "exceeds")'],
    [
      '2026-05',
      CANCELLATIONS,
      '-HOURLYFEE(48, 65) * 0.05 * (1 - THRESHOLDFEE(0.11, 0.1, 1, "lower", "exceeds"))',
    ],
    ['2026-03', CANCELLATIONS, 'HOURLYFEE(45, 65) * 0.03 * THRESHOLDFEE(0.05, 0.05, 1, "lower", "exceeds")'],
  ])('%s %s: %s', (period, label, formula) => {
    expect(cell(formula)).toBe(lineAmount(invoice(period), label));
  });
});
