/**
 * A French BPO's season (fixtures/buyer/bpo-pics-activite): graduated contact prices, a response-time
 * bonus/malus with a neutral band, and a Black Friday clause of its own levels and rates active only in
 * November — both gated by the audited answer quality (≥ 90 %), which lands exactly on its level in November
 * and just under it in December; bonuses capped at 5 % of base fees. Worked out by hand, FR and EN.
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
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsReadingFromCsv } from '../../contract/csv';
import { actualsForInvoice } from '../../contract/invoiceActuals';
import { parseContract } from '../../contract/json';
import type { Contract } from '../../contract/types';
import { plain } from '../../../test/support/testContract';

const NAME = 'bpo-pics-activite';
const fr = buyerContract(NAME);
const en = buyerContract(NAME, 'en');
const invoice = (period: string, c = fr) => buyerInvoice(c, NAME, period);

const RESPONSE = 'Délai moyen de réponse';
const PEAK = 'Délai moyen de réponse Black Friday';

test('reads back from its Contract sheet as itself', () => {
  expect(throughSheet(fr)).toEqual({ ok: true, value: fr });
});

test('October: a malus stands whatever the gate; no Black Friday line', () => {
  // 18,400 × 1.60 = 29,440.00. Response 3.5 min vs 3 min, band 0.2: 0.3 × 400 = −120.00 (quality 93 % holds).
  // 12,000.00 + 29,440.00 − 120.00 = 41,320.00; VAT 8,264.00; total 49,584.00.
  expect(amounts(invoice('2026-10'))).toEqual([
    'Frais de gestion 12000.00',
    'Contacts traités 29440.00',
    'Qualité des réponses 0.00',
    `${RESPONSE} -120.00`,
    'subtotal 41320.00',
    'VAT 8264.00',
    'total 49584.00',
  ]);
});

test('November: quality exactly 90 % holds both gates, the Black Friday clause beside the normal one', () => {
  // 20,000 × 1.60 + 6,500 × 1.40 = 41,100.00. Response 2.6 min: (0.4 − 0.2) × 600 = 120.00.
  // Black Friday 4.2 min vs 5 min: 0.8 × 1,000 = 800.00. Bonuses 920.00 < 5 % × 53,100.00 = 2,655.00.
  // 12,000.00 + 41,100.00 + 120.00 + 800.00 = 54,020.00; VAT 10,804.00; total 64,824.00.
  const inv = invoice('2026-11');
  expect(amounts(inv)).toEqual([
    'Frais de gestion 12000.00',
    'Contacts traités 41100.00',
    'Qualité des réponses 0.00',
    `${RESPONSE} 120.00`,
    `${PEAK} 800.00`,
    'subtotal 54020.00',
    'VAT 10804.00',
    'total 64824.00',
  ]);
  expect(explanation(inv, PEAK)).toBe(
    'Délai moyen de réponse Black Friday 4,2 min vs objectif 5 min : +0,8 min × 1 000 € = 800,00 € ; condition Qualité des réponses 90 % ≥ 90 % : remplie (clause active en novembre 2026)',
  );
  expect(explanation(invoice('2026-11', en), RESPONSE)).toBe(
    'Délai moyen de réponse 2.6 min vs target 3 min: +0.2 min beyond the ±0.2 min neutral band × €600 = €120.00; gate Qualité des réponses 90% ≥ 90%: held',
  );
  // The gate as a 1-or-0 factor in a cell.
  expect(cell('THRESHOLDFEE(0.9, 0.9, 1) * BONUSMALUS(4.2, 5, 1000, 1000, "lower", 0, , 2000)')).toBe(
    lineAmount(inv, PEAK),
  );
  expect(cell('THRESHOLDFEE(0.9, 0.9, 1) * BONUSMALUS(2.6, 3, 600, 400, "lower", 0.2)')).toBe(
    lineAmount(inv, RESPONSE),
  );
  expect(cell('TIEREDFEE(26500, {20000, 1.6; "", 1.4})')).toBe(lineAmount(inv, 'Contacts traités'));
});

test('December: quality 89.99 % fails the gate, the bonus is withheld and said so', () => {
  // 20,000 × 1.60 + 2,000 × 1.40 = 34,800.00. Response 2.5 min: (0.5 − 0.2) × 600 = 180.00, withheld.
  // 12,000.00 + 34,800.00 = 46,800.00; VAT 9,360.00; total 56,160.00.
  const inv = invoice('2026-12');
  expect(amounts(inv).slice(-4)).toEqual([
    `${RESPONSE} 0.00`,
    'subtotal 46800.00',
    'VAT 9360.00',
    'total 56160.00',
  ]);
  expect(explanation(inv, RESPONSE)).toBe(
    'Délai moyen de réponse 2,5 min vs objectif 3 min : +0,3 min au-delà de la franchise de ±0,2 min × 600 € = 180,00 € ; condition Qualité des réponses 89,99 % < 90 % : non remplie, 180,00 € non versés : 0,00 €',
  );
  expect(cell('THRESHOLDFEE(0.8999, 0.9, 1) * BONUSMALUS(2.5, 3, 600, 400, "lower", 0.2)')).toBe(0);
});

describe('on quarterly invoices', () => {
  // The same contract invoiced every quarter from 2026-10, each clause's monthly values averaged.
  const quarterly = (c: Contract): Contract => ({
    ...c,
    frequency: 'quarterly',
    firstPeriod: '2026-10',
    kpis: c.kpis.map((k) => ({ ...k, aggregation: 'average' })),
  });

  test('Q4 holds November: the Black Friday clause is evaluated on its month, not dropped', () => {
    // Contacts 18,400 + 26,500 + 22,000 = 66,900: 20,000 × 1.60 + 46,900 × 1.40 = 97,660.00.
    // Quality (93 % + 90 % + 89.99 %) ÷ 3 = 90.9966…% < 95 %: 0; it holds the gates (≥ 90 %).
    // Response (3.5 + 2.6 + 2.5) ÷ 3 = 2.8666… min, within the band of 0.2: 0.
    // Black Friday over November alone: 4.2 min vs 5: 0.8 × 1,000 = 800.00 (the quarter dropped it).
    // 12,000.00 + 97,660.00 + 800.00 = 110,460.00; VAT 22,092.00; total 132,552.00.
    const inv = invoice('2026-10', quarterly(en));
    expect(amounts(inv).slice(-4)).toEqual([
      `${PEAK} 800.00`,
      'subtotal 110460.00',
      'VAT 22092.00',
      'total 132552.00',
    ]);
    expect(explanation(inv, PEAK)).toBe(
      'Délai moyen de réponse Black Friday 4.2 min vs target 5 min: +0.8 min × €1,000 = €800.00; average of November 2026 (4.2 min) = 4.2 min; gate Qualité des réponses ≈ 90.9967% (average of Q4 2026) ≥ 90%: held (clause active in November 2026)',
    );
    const formula =
      'THRESHOLDFEE(AVERAGE(0.93, 0.9, 0.8999), 0.9, 1) * BONUSMALUS(AVERAGE(4.2), 5, 1000, 1000, "lower")';
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc.replace(/\s+/g, ' ')).toContain(`\`${formula}\` = 800`);
    expect(cell(formula)).toBe(lineAmount(inv, PEAK));
  });

  test('a quarterly clause active in a month that closes no quarter is refused: it would never be evaluated', () => {
    const doc = JSON.parse(buyerFile(`${NAME}.json`)) as { kpis: Record<string, unknown>[] };
    const peak = { ...doc.kpis[2], period: 'quarterly' };
    const result = parseContract({
      ...doc,
      firstPeriod: '2026-10',
      language: 'en',
      kpis: [doc.kpis[0], doc.kpis[1], peak],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      "kpis[2].activeMonths[0]: 2026-11 is inside the clause's period 2026-10 – 2026-12, evaluated on 2026-12 only: the clause would never be evaluated in 2026-11; list 2026-12, or give it an aggregation (its value then formed over its active months)",
    ]);
  });
});
test('a Black Friday month outside the contract is refused: last year’s date copied would never apply', () => {
  const doc = JSON.parse(buyerFile(`${NAME}.json`)) as { kpis: Record<string, unknown>[] };
  const peak = (months: string[]) => ({ ...doc.kpis[2], activeMonths: months });
  const issues = (fields: object, months: string[]) => {
    const result = parseContract({
      ...doc,
      ...fields,
      language: 'en',
      kpis: [doc.kpis[0], doc.kpis[1], peak(months)],
    });
    return result.ok ? [] : result.issues.map((i) => i.message);
  };
  expect(issues({}, ['2025-11'])).toEqual([
    'kpis[2].activeMonths[0]: must not be before the first period (2026-09)',
  ]);
  expect(issues({ lastPeriod: '2027-06' }, ['2026-11', '2027-11'])).toEqual([
    'kpis[2].activeMonths[1]: must lie within the contract, 2026-09 to 2027-06',
  ]);
});

test('a Black Friday value entered in a month the clause is not active is an error on its cell', () => {
  // October's figure typed on the Black Friday row would be silently left out of every invoice.
  const csv = `${buyerFile(`${NAME}.csv`)}2026-10;indicateur;${PEAK};4\n`;
  const reading = actualsReadingFromCsv(csv, en);
  expect(reading.issues.map((i) => plain(i.issue.message))).toEqual([
    'actuals.csv!D12 (Valeur): "Délai moyen de réponse Black Friday" is evaluated only in 2026-11: a value in 2026-10 would be read by no invoice',
  ]);
  expect(actualsReadingFromCsv(csv, fr, { lang: 'fr' }).issues.map((i) => plain(i.issue.message))).toEqual([
    'actuals.csv!D12 (Valeur) : « Délai moyen de réponse Black Friday » n’est évalué qu’en 2026-11 : une valeur en 2026-10 ne serait lue par aucune facture',
  ]);
  // It blocks October's invoice, which would otherwise print no Black Friday line without a word.
  expect(actualsForInvoice(reading, en, '2026-10').ok).toBe(false);
  expect(actualsForInvoice(reading, en, '2026-11').ok).toBe(true);
  // An exclusion is read like a value: on a month the clause is evaluated on.
  const excluded = `${buyerFile(`${NAME}.csv`)}2026-12;exclu;${PEAK};panne du client\n`;
  expect(actualsReadingFromCsv(excluded, en).issues.map((i) => plain(i.issue.message))).toEqual([
    'actuals.csv!D12 (Valeur): "Délai moyen de réponse Black Friday" is evaluated only in 2026-11: a value in 2026-12 would be read by no invoice',
  ]);
});
