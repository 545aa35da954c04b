/**
 * A buyer's 3-year application-management SLA (fixtures/buyer/it-sla-3-years): availability on a
 * continuous-improvement ratchet (+0.2 pt a year) that meets its ceiling in year 3, a P1 resolution time
 * (lower is better: a maximum) escalated × 1.5 from its 3rd miss in the last 4 months, 12 % of the fixed
 * fees at risk, and Syntec indexation every January from 2027 — with a January index missing.
 * Every invoice worked out by hand, EN and FR, and each line against the formula the docs give.
 */
import {
  amounts,
  buyerContract,
  buyerFile,
  buyerInvoice,
  buyerInvoiceResult,
  cell,
  explanation,
  lineAmount,
  throughSheet,
} from '../../../test/support/buyerFixture';
import { plain } from '../../../test/support/testContract';
import { parseContract } from '../../contract/json';

const NAME = 'it-sla-3-years';
const contract = buyerContract(NAME);
const invoice = (period: string, c = contract) => buyerInvoice(c, NAME, period);

test('reads back from its Contract sheet as itself', () => {
  expect(throughSheet(contract)).toEqual({ ok: true, value: contract });
});

describe('year 1: escalation of the P1 resolution time', () => {
  test('2026-03, first miss of each: at risk 12 % of 30,000.00 = 3,600.00', () => {
    // Availability 99.49 % < 99.5 %: 3,600.00 × 50 % = −1,800.00; P1 4.5 h > 4 h: 3,600.00 × 30 % = −1,080.00.
    // 30,000.00 + 5 × 150.00 − 1,800.00 − 1,080.00 = 27,870.00; VAT 5,574.00; total 33,444.00.
    expect(amounts(invoice('2026-03'))).toEqual([
      'Application run 30000.00',
      'Change requests 750.00',
      'Availability -1800.00',
      'P1 resolution time -1080.00',
      'subtotal 27870.00',
      'VAT 5574.00',
      'total 33444.00',
    ]);
  });

  test('2026-04, exactly on both levels: 99.5 % meets the minimum, 4 h is within the maximum', () => {
    // 30,000.00 + 3 × 150.00 = 30,450.00; VAT 6,090.00; total 36,540.00.
    const inv = invoice('2026-04');
    expect(amounts(inv).slice(-3)).toEqual(['subtotal 30450.00', 'VAT 6090.00', 'total 36540.00']);
    expect(explanation(inv, 'P1 resolution time')).toBe(
      'P1 resolution time 4 h is within the maximum 4 h: no credit',
    );
  });

  test('2026-05, second miss in four months: not yet escalated', () => {
    // Misses in 2026-02..2026-05: March and May. −1,080.00; 30,000.00 + 1,050.00 − 1,080.00 = 29,970.00.
    expect(amounts(invoice('2026-05')).slice(-3)).toEqual([
      'subtotal 29970.00',
      'VAT 5994.00',
      'total 35964.00',
    ]);
  });

  test('2026-06, the third miss of the last four: credit × 1.5, EN and FR', () => {
    // Misses in 2026-03..2026-06: March, May, June. −1,080.00 × 1.5 = −1,620.00.
    // 30,000.00 + 2 × 150.00 − 1,620.00 = 28,680.00; VAT 5,736.00; total 34,416.00.
    const en = invoice('2026-06');
    expect(amounts(en).slice(-4)).toEqual([
      'P1 resolution time -1620.00',
      'subtotal 28680.00',
      'VAT 5736.00',
      'total 34416.00',
    ]);
    expect(explanation(en, 'P1 resolution time')).toBe(
      'P1 resolution time 6.25 h is above the maximum 4 h: at-risk amount €3,600.00 (12% of fixed fees €30,000.00) × allocation 30% = −€1,080.00; missed 3 of the last 4 months: credit × 1.5: −€1,080.00 × 1.5 = −€1,620.00',
    );
    expect(explanation(invoice('2026-06', buyerContract(NAME, 'fr')), 'P1 resolution time')).toBe(
      'P1 resolution time 6,25 h dépasse le maximum 4 h : montant à risque 3 600,00 € (12 % des frais fixes 30 000,00 €) × allocation 30 % = −1 080,00 € ; manqué 3 fois sur les 4 derniers mois : pénalité × 1,5 : −1 080,00 € × 1,5 = −1 620,00 €',
    );
    // The docs' escalation formula, with MISSES = 3 (and 2 in May: no escalation).
    const escalated = (misses: number, actual: number) =>
      cell(
        `ROUND(ROUND(SLACREDIT(${actual}, 4, 30000, 0.12, 0.3, "lower"), 2) * (1 + THRESHOLDFEE(${misses}, 3, 0.5)), 2)`,
      );
    expect(-escalated(3, 6.25)).toBe(lineAmount(en, 'P1 resolution time'));
    expect(-escalated(2, 5)).toBe(lineAmount(invoice('2026-05'), 'P1 resolution time'));
  });
});

test('a miss whose last four months are not all entered stops its invoice, naming them; a met month needs none', () => {
  // The actuals skip 2026-07..2026-09. November's 4.5 h is a miss: whether it is the 3rd of 4 depends on
  // August and September, so the invoice stops rather than count them as met. October and December meet
  // the maximum: no count is needed.
  const result = buyerInvoiceResult(contract, NAME, '2026-11');
  expect(result.ok ? [] : result.problems).toEqual([
    'Actuals: the repeat-failure escalation of "P1 resolution time" reads 2026-08, 2026-09: no value for P1 resolution time (enter it, or mark the month excluded)',
  ]);
  expect(['2026-10', '2026-12'].map((m) => buyerInvoiceResult(contract, NAME, m).ok)).toEqual([true, true]);
});

describe('year 2: Syntec indexation and the ratchet', () => {
  test('2027-01: prices revised by 305.4 / 298.1, availability held to 99.7 %', () => {
    // Run fee 30,000.00 × 305.4 / 298.1 = 30,734.6528… → 30,734.65; unit price 150 × 305.4 / 298.1 =
    // 153.6732… → 153.67, × 8 = 1,229.36. At risk 12 % × 30,734.65 = 3,688.158.
    // Availability 99.68 % < 99.5 % + 0.2 pt = 99.7 %: × 50 % = 1,844.079 → −1,844.08.
    // P1 5 h > 4 h, misses in 2026-10..2027-01: November and January, 2: × 30 % = 1,106.4474 → −1,106.45.
    // 30,734.65 + 1,229.36 − 1,844.08 − 1,106.45 = 29,013.48; VAT 5,802.696 → 5,802.70; total 34,816.18.
    const inv = invoice('2027-01');
    expect(amounts(inv)).toEqual([
      'Application run 30734.65',
      'Change requests 1229.36',
      'Availability -1844.08',
      'P1 resolution time -1106.45',
      'subtotal 29013.48',
      'VAT 5802.70',
      'total 34816.18',
    ]);
    expect(explanation(inv, 'Application run')).toBe(
      'Fixed fee for the period: €30,734.65 (price revised from January 2027: P1 = €30,000.00 × 305.4 / 298.1 = €30,734.65)',
    );
    expect(explanation(inv, 'Availability')).toBe(
      'Availability 99.68% misses the minimum 99.7%: at-risk amount ≈ €3,688.16 (12% of fixed fees €30,734.65 = €3,688.158) × allocation 50% = −€1,844.08; ratchet, contract year 2: minimum 99.5% +0.2 pts × 1 = 99.7%',
    );
    expect(cell('ROUND(30000*305.4/298.1, 2)')).toBe(lineAmount(inv, 'Application run'));
    expect(cell('8 * ROUND(150*305.4/298.1, 2)')).toBe(lineAmount(inv, 'Change requests'));
    expect(-cell('ROUND(SLACREDIT(0.9968, 0.995+0.002*1, ROUND(30000*305.4/298.1, 2), 0.12, 0.5), 2)')).toBe(
      lineAmount(inv, 'Availability'),
    );
  });

  test('an index typed with its decimal point misplaced stops the invoice instead of pricing it tenfold', () => {
    // 3054 for 305.4 would bill the run fee 307,346.53.
    for (const [typed, words] of [
      [
        '3054',
        'is 3,054, more than double its base 298.1 (S0): check it, a misplaced decimal point would revise every price tenfold',
      ],
      [
        '30.54',
        'is 30.54, less than half its base 298.1 (S0): check it, a misplaced decimal point would revise every price to a tenth',
      ],
    ]) {
      const csv = buyerFile(`${NAME}.csv`).replace(
        '2027-01,index,Syntec,305.4',
        `2027-01,index,Syntec,${typed}`,
      );
      const result = buyerInvoiceResult(contract, NAME, '2027-02', csv);
      expect(result.ok ? [] : result.problems).toEqual([
        `Actuals: the index "Syntec" in 2027-01 ${words} (a revision beyond half or double the stated prices is refused)`,
      ]);
    }
    const csv = buyerFile(`${NAME}.csv`).replace('2027-01,index,Syntec,305.4', '2027-01,index,Syntec,3054');
    const fr = buyerInvoiceResult(buyerContract(NAME, 'fr'), NAME, '2027-02', csv);
    expect(fr.ok ? [] : fr.problems.map(plain)).toEqual([
      'Réalisé : l’indice « Syntec » vaut 3 054 en 2027-01, plus du double de sa base 298,1 (S0) : vérifiez-le, une virgule mal placée décuplerait tous les prix (une révision au-delà de la moitié ou du double des prix du contrat est refusée)',
    ]);
  });

  test('a fixed indexation rate typed as a percentage is refused with its fraction', () => {
    const doc = JSON.parse(buyerFile(`${NAME}.json`)) as Record<string, unknown>;
    const issues = (lang: 'en' | 'fr', rate: string) => {
      const result = parseContract(
        { ...doc, language: lang, indexation: { from: '2027-01', rate } },
        { lang },
      );
      return result.ok ? [] : result.issues.map((i) => plain(i.message));
    };
    expect(issues('en', '2.5')).toEqual([
      'indexation.rate: 2.5 would raise every price by 250 % a year: a rate is a fraction (2.5 % is 0.025): did you mean 0.025?',
    ]);
    expect(issues('fr', '2.5')).toEqual([
      'indexation.rate : 2,5 augmenterait chaque prix de 250 % par an : un taux est une fraction (2,5 % s’écrit 0,025) : vouliez-vous dire 0,025 ?',
    ]);
    expect(issues('en', '0.025')).toEqual([]);
  });

  test('2027-02, exactly on the ratcheted minimum: no credit', () => {
    // 30,734.65 + 4 × 153.67 = 31,349.33; VAT 6,269.866 → 6,269.87; total 37,619.20.
    const inv = invoice('2027-02');
    expect(amounts(inv).slice(-3)).toEqual(['subtotal 31349.33', 'VAT 6269.87', 'total 37619.20']);
    expect(cell('SLACREDIT(0.997, 0.995+0.002*1, 30734.65, 0.12, 0.5)')).toBe(0);
  });
});

describe('year 3: the ratchet meets its ceiling', () => {
  test('2028-01: 99.5 % + 0.2 pt × 2 = 99.9 % is held at the ceiling 99.8 %, which 99.8 % meets', () => {
    // Run fee 30,000.00 × 311.2 / 298.1 = 31,318.3495… → 31,318.35 (from the stated price, not from 2027's);
    // 150 × 311.2 / 298.1 = 156.5917… → 156.59, × 6 = 939.54. 31,318.35 + 939.54 = 32,257.89;
    // VAT 6,451.578 → 6,451.58; total 38,709.47.
    const inv = invoice('2028-01');
    expect(amounts(inv).slice(-3)).toEqual(['subtotal 32257.89', 'VAT 6451.58', 'total 38709.47']);
    expect(explanation(inv, 'Availability')).toBe(
      'Availability 99.8% meets the minimum 99.8%: no credit; ratchet, contract year 3: minimum 99.5% +0.2 pts × 2 = 99.9%, held at the ceiling 99.8%',
    );
  });

  test('2028-02: 99.79 % misses the ceiling, EN and FR', () => {
    // At risk 12 % × 31,318.35 = 3,758.202; × 50 % = 1,879.101 → −1,879.10.
    // 31,318.35 + 156.59 − 1,879.10 = 29,595.84; VAT 5,919.168 → 5,919.17; total 35,515.01.
    const inv = invoice('2028-02');
    expect(amounts(inv).slice(-3)).toEqual(['subtotal 29595.84', 'VAT 5919.17', 'total 35515.01']);
    expect(explanation(invoice('2028-02', buyerContract(NAME, 'fr')), 'Availability')).toBe(
      'Availability 99,79 % sous le minimum 99,8 % : montant à risque ≈ 3 758,20 € (12 % des frais fixes 31 318,35 € = 3 758,202 €) × allocation 50 % = −1 879,10 € ; cliquet, année de contrat 3 : minimum 99,5 % +0,2 pt × 2 = 99,9 %, ramené au plafond 99,8 %',
    );
    // The docs' ratchet formula: the smaller of 0.995 + 0.002 × 2 and the ceiling, MIN in a sheet.
    expect(
      -cell('ROUND(SLACREDIT(0.9979, MIN(0.995+0.002*2, 0.998), ROUND(30000*311.2/298.1, 2), 0.12, 0.5), 2)'),
    ).toBe(lineAmount(inv, 'Availability'));
  });

  test('a January without its Syntec index stops the year’s invoices, naming the index and month', () => {
    const csv = buyerFile(`${NAME}.csv`).replace(/^2028-01,index,Syntec,.*\n/m, '');
    for (const period of ['2028-01', '2028-02']) {
      const result = buyerInvoiceResult(contract, NAME, period, csv);
      expect(result.ok ? [] : result.problems).toEqual([
        'Actuals: no value for index "Syntec" in 2028-01 (the price revision of 2028-01 needs it)',
      ]);
    }
    const fr = buyerInvoiceResult(buyerContract(NAME, 'fr'), NAME, '2028-02', csv);
    expect(fr.ok ? [] : fr.problems.map(plain)).toEqual([
      'Réalisé : aucune valeur pour l’indice « Syntec » en 2028-01 (la révision de prix de 2028-01 en a besoin)',
    ]);
    // 2027 is priced with its own index and is not blocked.
    expect(buyerInvoiceResult(contract, NAME, '2027-02', csv).ok).toBe(true);
  });
});
