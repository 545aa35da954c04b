/**
 * An IT service desk a buyer wrote from outsourcing practice (fixtures/buyer/centre-services-syntec,
 * French), invoiced quarterly:
 * - a steering fee of €6,000.00 a month (× 3 on each quarter) and €14.50 per ticket resolved;
 * - first-time fix, measured monthly and evaluated on the quarter's average weighted by tickets: €300 a
 *   point above 70 %, €200 a point below, each side at most €3,000, its bonus paid only if the quarter's
 *   reopen rate is at most 5 % (anti-gaming: a ticket closed too fast comes back); a malus applies anyway;
 * - the reopen rate itself, weighted by tickets too: €200 a point above 5 %, at most €2,000;
 * - Syntec indexation every January from 2027 (P1 = P0 × S1 / S0, S0 = 298.1), on the Q1 invoice;
 * - a month of first-time fix excluded (a migration the client imposed), left out of the weighted average.
 * Each quarter worked out by hand, FR and EN; each line against the cell formula the docs give.
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

const NAME = 'centre-services-syntec';
const fr = buyerContract(NAME);
const en = buyerContract(NAME, 'en');
const invoice = (period: string, c = fr) => buyerInvoice(c, NAME, period);

const FEE = 'Forfait de pilotage';
const TICKETS = 'Tickets résolus';
const FCR = 'Résolution au premier contact';
const REOPEN = 'Taux de réouverture';

test('reads back from its Contract sheet as itself', () => {
  expect(throughSheet(fr)).toEqual({ ok: true, value: fr });
});

describe('quarter by quarter', () => {
  test.each([
    // 3 × 6,000.00 = 18,000.00; 3,500 tickets × 14.50 = 50,750.00. FCR (864 + 660 + 975) ÷ 3,500 = 71.4 %:
    // +1.4 pts × 300 = 420.00; reopen (48 + 60 + 65) ÷ 3,500 ≈ 4.9429 % ≤ 5 %: the gate holds, no reopen
    // malus. 69,170.00; VAT 13,834.00; total 83,004.00.
    ['2026-01', ['subtotal 69170.00', 'VAT 13834.00', 'total 83004.00']],
    // 3,000 × 14.50 = 43,500.00. FCR 76 %: +6 pts × 300 = 1,800.00; reopen exactly 5 %: the gate holds
    // (at most 5 %), on target. 63,300.00; VAT 12,660.00; total 75,960.00.
    ['2026-04', ['subtotal 63300.00', 'VAT 12660.00', 'total 75960.00']],
    // FCR 80 %: +10 pts × 300 = 3,000.00, withheld: reopen (77 + 45 + 60) ÷ 3,000 ≈ 6.0667 % > 5 %. Reopen
    // malus 1.0667 pts × 200 = 213.333… → −213.33. 61,286.67; VAT 12,257.334 → 12,257.33; total 73,544.00.
    ['2026-07', ['subtotal 61286.67', 'VAT 12257.33', 'total 73544.00']],
    // November's first-time fix excluded (a workstation migration the client imposed): (700 + 900) ÷ 2,200
    // ≈ 72.7273 %, +2.7273 pts × 300 = 818.1818 → 818.18; reopen (40 + 40 + 60) ÷ 3,000 ≈ 4.6667 %: held.
    // 18,000.00 + 43,500.00 + 818.18 = 62,318.18; VAT 12,463.636 → 12,463.64; total 74,781.82.
    ['2026-10', ['subtotal 62318.18', 'VAT 12463.64', 'total 74781.82']],
    // Syntec 305.4: 6,000.00 × 305.4 / 298.1 = 6,146.9306 → 6,146.93, × 3 = 18,440.79; 14.50 × 305.4 / 298.1
    // = 14.8551 → 14.86, × 3,500 = 52,010.00. FCR 68 %: −2 pts × 200 = −400.00, the failed gate leaves the
    // malus; reopen 6 %: −1 pt × 200 = −200.00. 69,850.79; VAT 13,970.158 → 13,970.16; total 83,820.95.
    ['2027-01', ['subtotal 69850.79', 'VAT 13970.16', 'total 83820.95']],
  ])('%s', (period, totals) => {
    expect(amounts(invoice(period)).slice(-3)).toEqual(totals);
    expect(amounts(invoice(period, en)).slice(-3)).toEqual(totals);
  });

  test('Q3, line by line: the bonus a failed gate withholds, the reopen malus', () => {
    expect(amounts(invoice('2026-07'))).toEqual([
      `${FEE} 18000.00`,
      `${TICKETS} 43500.00`,
      `${FCR} 0.00`,
      `${REOPEN} -213.33`,
      'subtotal 61286.67',
      'VAT 12257.33',
      'total 73544.00',
    ]);
  });
});

describe('what the buyer reads', () => {
  test('the gate exactly at its level holds: at most 5 % reopened', () => {
    expect(explanation(invoice('2026-04'), FCR)).toBe(
      `${FCR} 76 % vs objectif 70 % : +6 pt × 300 € = 1 800,00 € ; moyenne pondérée de T2 2026 (78 % × 1 000 ; 74 % × 1 000 ; 76 % × 1 000) = 76 % ; condition ${REOPEN} 5 % (moyenne pondérée de T2 2026) ≤ 5 % : remplie`,
    );
    expect(explanation(invoice('2026-04', en), FCR)).toBe(
      `${FCR} 76% vs target 70%: +6 pts × €300 = €1,800.00; weighted average of Q2 2026 (78% × 1,000, 74% × 1,000, 76% × 1,000) = 76%; gate ${REOPEN} 5% (weighted average of Q2 2026) ≤ 5%: held`,
    );
  });

  test('a failed gate withholds the bonus and says what was not paid; the malus stands', () => {
    expect(explanation(invoice('2026-07'), FCR)).toBe(
      `${FCR} 80 % vs objectif 70 % : +10 pt × 300 € = 3 000,00 € ; moyenne pondérée de T3 2026 (80 % × 1 100 ; 80 % × 900 ; 80 % × 1 000) = 80 % ; condition ${REOPEN} ≈ 6,0667 % (moyenne pondérée de T3 2026) > 5 % : non remplie, 3 000,00 € non versés : 0,00 €`,
    );
    expect(explanation(invoice('2027-01', en), FCR)).toBe(
      `${FCR} 68% vs target 70%: −2 pts × €200 = −€400.00; weighted average of Q1 2027 (68% × 1,200, 68% × 1,100, 68% × 1,200) = 68%; gate ${REOPEN} 6% (weighted average of Q1 2027) > 5%: failed (a malus applies anyway)`,
    );
  });

  test('an excluded month leaves the weighted average with its reason; the gate KPI keeps every month', () => {
    expect(explanation(invoice('2026-10'), FCR)).toBe(
      `${FCR} ≈ 72,7273 % vs objectif 70 % : ≈ +2,7273 pt × 300 € = 818,18 € ; moyenne pondérée de T4 2026 (70 % × 1 000 ; novembre 2026 exclu (Migration du poste de travail imposée par le client) ; 75 % × 1 200) ≈ 72,7273 % ; condition ${REOPEN} ≈ 4,6667 % (moyenne pondérée de T4 2026) ≤ 5 % : remplie`,
    );
    expect(explanation(invoice('2026-10', en), FCR)).toBe(
      `${FCR} ≈ 72.7273% vs target 70%: ≈ +2.7273 pts × €300 = €818.18; weighted average of Q4 2026 (70% × 1,000, November 2026 excluded (Migration du poste de travail imposée par le client), 75% × 1,200) ≈ 72.7273%; gate ${REOPEN} ≈ 4.6667% (weighted average of Q4 2026) ≤ 5%: held`,
    );
  });

  test('the Syntec revision prints its formula on the Q1 invoice, the quarter multiplied out', () => {
    expect(explanation(invoice('2027-01'), FEE)).toBe(
      'Forfait fixe de la période : 3 mois × 6 146,93 € = 18 440,79 € (prix révisé à partir de janvier 2027 : P1 = 6 000,00 € × 305,4 / 298,1 = 6 146,93 €)',
    );
    expect(explanation(invoice('2027-01', en), TICKETS)).toBe(
      '3,500 × €14.86 = €52,010.00 (price revised from January 2027: P1 = €14.50 × 305.4 / 298.1 = €14.86)',
    );
    // Before the revision month the stated prices apply.
    expect(explanation(invoice('2026-07'), TICKETS)).toBe('3 000 × 14,50 € = 43 500,00 €');
  });
});

describe('each line is what the documented formula gives in a cell', () => {
  const WEIGHTED = (values: string, tickets: string) =>
    `SUMPRODUCT({${values}}, {${tickets}}) / SUM({${tickets}})`;
  const GATE = (values: string, tickets: string) =>
    `THRESHOLDFEE(${WEIGHTED(values, tickets)}, 0.05, 1, "lower")`;
  test.each<[string, string, string]>([
    ['2026-01', FEE, '3 * 6000'],
    ['2026-01', TICKETS, 'TIEREDFEE(1200 + 1000 + 1300, {"", 14.5})'],
    // A gated bonus/malus: the gate's 1 or 0 times the bonus side, plus the malus side.
    [
      '2026-01',
      FCR,
      `ROUND(${GATE('0.04; 0.06; 0.05', '1200; 1000; 1300')} * BONUSMALUS(${WEIGHTED('0.72; 0.66; 0.75', '1200; 1000; 1300')}, 0.7, 30000, 0, "higher", 0, 3000) + BONUSMALUS(${WEIGHTED('0.72; 0.66; 0.75', '1200; 1000; 1300')}, 0.7, 0, 20000, "higher", 0, , 3000), 2)`,
    ],
    [
      '2026-04',
      FCR,
      `ROUND(${GATE('0.05; 0.05; 0.05', '1000; 1000; 1000')} * BONUSMALUS(${WEIGHTED('0.78; 0.74; 0.76', '1000; 1000; 1000')}, 0.7, 30000, 0, "higher", 0, 3000), 2)`,
    ],
    [
      '2026-07',
      FCR,
      `ROUND(${GATE('0.07; 0.05; 0.06', '1100; 900; 1000')} * BONUSMALUS(0.8, 0.7, 30000, 0, "higher", 0, 3000), 2)`,
    ],
    [
      '2026-07',
      REOPEN,
      `ROUND(BONUSMALUS(${WEIGHTED('0.07; 0.05; 0.06', '1100; 900; 1000')}, 0.05, 0, 20000, "lower", 0, , 2000), 2)`,
    ],
    [
      '2027-01',
      FCR,
      `${GATE('0.06; 0.06; 0.06', '1200; 1100; 1200')} * BONUSMALUS(0.68, 0.7, 30000, 0) + BONUSMALUS(0.68, 0.7, 0, 20000, "higher", 0, , 3000)`,
    ],
    // The excluded month out of both sums.
    [
      '2026-10',
      FCR,
      `ROUND(${GATE('0.04; 0.05; 0.05', '1000; 800; 1200')} * BONUSMALUS(${WEIGHTED('0.7; 0.75', '1000; 1200')}, 0.7, 30000, 0, "higher", 0, 3000), 2)`,
    ],
    // Syntec: P1 = ROUND(P0 × S1 / S0, 2), then the quarter's months or tickets.
    ['2027-01', FEE, '3 * ROUND(6000*305.4/298.1, 2)'],
    ['2027-01', TICKETS, '(1200 + 1100 + 1200) * ROUND(14.5*305.4/298.1, 2)'],
  ])('%s %s: %s', (period, label, formula) => {
    expect(cell(formula)).toBe(lineAmount(invoice(period), label));
  });
});
