/**
 * An e-commerce marketplace's outsourced moderation team (fixtures/buyer/marketplace-moderation), written
 * as a procurement user would: €0.08 per item moderated with a monthly floor of 150,000 items, a quality
 * bonus of €1,500 when decision accuracy *exceeds* 97 % (97 % exactly earns nothing), a peak-season backlog
 * bonus/malus active in November and December only, and prices revised every quarter on a wage index (the
 * floor moving with the price). Every invoice worked out by hand, EN and FR; each line against the cell
 * formula the docs give.
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
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsFromCsv, actualsReadingFromCsv } from '../../contract/csv';
import { actualsFromSheet, contractFromSheet } from '../../contract/fromSheet';
import { loadContract, parseContract, saveContract } from '../../contract/json';
import type { Contract } from '../../contract/types';
import { plain } from '../../../test/support/testContract';
import { actualsSheetPlan } from '../../layout/actualsSheet';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { dec } from '../../money';

const NAME = 'marketplace-moderation';
const en = buyerContract(NAME);
const fr = buyerContract(NAME, 'fr');
const invoice = (period: string, c = en) => buyerInvoice(c, NAME, period);

const ITEMS = 'Items moderated';
const FLOOR = 'Items moderated: volume floor top-up';
const ACCURACY = 'Decision accuracy';
const PEAK = 'Peak backlog';

test('reads back from its Contract sheet and its saved file as itself (EN, FR), the floor in its Volume floor cell', () => {
  expect(throughSheet(en)).toEqual({ ok: true, value: en });
  expect(throughSheet(fr)).toEqual({ ok: true, value: fr });
  expect(loadContract(saveContract(en))).toEqual({ ok: true, value: en });
  const grid = planToGrid(contractSheetPlan(fr)) as unknown[][];
  const header = grid.findIndex((row) => row[0] === 'Type');
  expect(grid.find((row) => row[1] === ITEMS)?.[grid[header].indexOf('Plancher de volume')]).toBe(150000);
  expect(grid.find((row) => row[0] === 'Fréquence de révision')?.[1]).toBe('trimestriel');
});

test('July: accuracy exactly 97 % does not exceed 97 %: no bonus', () => {
  // 4,000.00 + 182,000 × 0.08 = 14,560.00. Subtotal 18,560.00; VAT 3,712.00; total 22,272.00.
  expect(amounts(invoice('2026-07'))).toEqual([
    'Team lead and tooling 4000.00',
    `${ITEMS} 14560.00`,
    `${ACCURACY} 0.00`,
    'subtotal 18560.00',
    'VAT 3712.00',
    'total 22272.00',
  ]);
  expect(explanation(invoice('2026-07'), ACCURACY)).toBe('Decision accuracy 97% ≤ threshold 97%: no fee');
  expect(cell('THRESHOLDFEE(0.97, 0.97, 1500, "higher", "exceeds")')).toBe(
    lineAmount(invoice('2026-07'), ACCURACY),
  );
});

test('August: 141,500 items, under the floor of 150,000: topped up to it; accuracy 97.12 % > 97 %', () => {
  // 141,500 × 0.08 = 11,320.00; the floor 150,000 × 0.08 = 12,000.00: top-up 680.00. Bonus 1,500.00.
  // 4,000.00 + 11,320.00 + 680.00 + 1,500.00 = 17,500.00; VAT 3,500.00; total 21,000.00.
  const inv = invoice('2026-08');
  expect(amounts(inv)).toEqual([
    'Team lead and tooling 4000.00',
    `${ITEMS} 11320.00`,
    `${FLOOR} 680.00`,
    `${ACCURACY} 1500.00`,
    'subtotal 17500.00',
    'VAT 3500.00',
    'total 21000.00',
  ]);
  expect(explanation(inv, FLOOR)).toBe(
    '€11,320.00 is below the volume floor of 150,000: 150,000 × €0.08 = €12,000.00: top-up €680.00',
  );
  const french = invoice('2026-08', fr);
  expect(plain(french.lines[2].label)).toBe('Items moderated : complément au plancher de volume');
  expect(plain(french.lines[2].explanation)).toBe(
    '11 320,00 € est inférieur au plancher de volume de 150 000 : 150 000 × 0,08 € = 12 000,00 € : complément 680,00 €',
  );
  expect(cell('THRESHOLDFEE(0.9712, 0.97, 1500, "higher", "exceeds")')).toBe(lineAmount(inv, ACCURACY));
  expect(
    cell(
      'ROUND(ROUND(TIEREDFEE(MAX(150000, 141500), {"", 0.08}), 2) - ROUND(TIEREDFEE(141500, {"", 0.08}), 2), 2)',
    ),
  ).toBe(lineAmount(inv, FLOOR));
});

test('September: above the floor, no top-up', () => {
  expect(invoice('2026-09').lines.map((l) => l.label)).not.toContain(FLOOR);
});

test('October: the first quarterly revision on the wage index, P1 = P0 × S1 / S0 (EN, FR)', () => {
  // S1 = 114.1, S0 = 112.4, revised prices to 4 decimals: 0.08 × 114.1 / 112.4 = 0.081209… → 0.0812,
  // 160,000 × 0.0812 = 12,992.00; the fee 4,000 × 114.1 / 112.4 = 4,060.4982…, its line 4,060.50.
  // Accuracy 96.95 %: no bonus. Subtotal 17,052.50; VAT 3,410.50; total 20,463.00.
  const inv = invoice('2026-10');
  expect(amounts(inv).slice(0, 2)).toEqual(['Team lead and tooling 4060.50', `${ITEMS} 12992.00`]);
  expect(inv.total.toFixed(2)).toBe('20463.00');
  expect(explanation(inv, ITEMS)).toBe(
    '160,000 × €0.0812 = €12,992.00 (price revised from October 2026: P1 = €0.08 × 114.1 / 112.4 = €0.0812)',
  );
  expect(explanation(invoice('2026-10', fr), ITEMS)).toBe(
    '160 000 × 0,0812 € = 12 992,00 € (prix révisé à partir d’octobre 2026 : P1 = 0,08 € × 114,1 / 112,4 = 0,0812 €)',
  );
  expect(cell('ROUND(160000 * ROUND(0.08*114.1/112.4, 4), 2)')).toBe(lineAmount(inv, ITEMS));
  expect(cell('ROUND(4000*114.1/112.4, 2)')).toBe(lineAmount(inv, 'Team lead and tooling'));
});

test('November, peak season: the backlog clause beside the others, at the October prices', () => {
  // 238,000 × 0.0812 = 19,325.60; accuracy 97.3 % > 97 %: 1,500.00; backlog 4,200 vs 5,000: 800 × 0.50 =
  // 400.00. 4,060.50 + 19,325.60 + 1,500.00 + 400.00 = 25,286.10; VAT 5,057.22; total 30,343.32.
  const inv = invoice('2026-11');
  expect(amounts(inv)).toEqual([
    'Team lead and tooling 4060.50',
    `${ITEMS} 19325.60`,
    `${ACCURACY} 1500.00`,
    `${PEAK} 400.00`,
    'subtotal 25286.10',
    'VAT 5057.22',
    'total 30343.32',
  ]);
  expect(explanation(inv, PEAK)).toMatch(
    /^Peak backlog 4,200 vs target 5,000: \+800 × €0\.50 = €400\.00 \(clause active in /,
  );
  expect(cell('BONUSMALUS(4200, 5000, 0.5, 0.5, "lower", 0, 2000, 2000)')).toBe(lineAmount(inv, PEAK));
});

test('December: a backlog of 9,100 is a malus capped at €2,000', () => {
  // 251,000 × 0.0812 = 20,381.20; accuracy 96.88 %: 0; backlog 4,100 over × 0.50 = 2,050.00, capped at
  // 2,000.00. 4,060.50 + 20,381.20 − 2,000.00 = 22,441.70; VAT 4,488.34; total 26,930.04.
  const inv = invoice('2026-12');
  expect(amounts(inv).slice(-4)).toEqual([
    `${PEAK} -2000.00`,
    'subtotal 22441.70',
    'VAT 4488.34',
    'total 26930.04',
  ]);
  expect(explanation(inv, PEAK)).toContain('−4,100 × €0.50 = −€2,050.00, capped at −€2,000.00');
  expect(cell('BONUSMALUS(9100, 5000, 0.5, 0.5, "lower", 0, 2000, 2000)')).toBe(lineAmount(inv, PEAK));
});

test('January: the second revision (P2), no peak line, and a floor at the revised price', () => {
  // S2 = 115.3: 0.08 × 115.3 / 112.4 = 0.082064… → 0.0821; the fee 4,103.2028… → 4,103.20.
  // 139,000 × 0.0821 = 11,411.90; the floor 150,000 × 0.0821 = 12,315.00: top-up 903.10 (at the stated
  // 0.08 it would have been 880.00). Accuracy 97.05 % > 97 %: 1,500.00.
  // 4,103.20 + 11,411.90 + 903.10 + 1,500.00 = 17,918.20; VAT 3,583.64; total 21,501.84.
  const inv = invoice('2027-01');
  expect(amounts(inv)).toEqual([
    'Team lead and tooling 4103.20',
    `${ITEMS} 11411.90`,
    `${FLOOR} 903.10`,
    `${ACCURACY} 1500.00`,
    'subtotal 17918.20',
    'VAT 3583.64',
    'total 21501.84',
  ]);
  expect(explanation(inv, ITEMS)).toContain(
    '(price revised from January 2027: P2 = €0.08 × 115.3 / 112.4 = €0.0821)',
  );
  expect(explanation(inv, FLOOR)).toBe(
    '€11,411.90 is below the volume floor of 150,000: 150,000 × €0.0821 = €12,315.00: top-up €903.10',
  );
  const formula =
    'ROUND(ROUND(TIEREDFEE(MAX(150000, 139000), {"", 0.0821}), 2) - ROUND(TIEREDFEE(139000, {"", 0.0821}), 2), 2)';
  expect(cell(formula)).toBe(lineAmount(inv, FLOOR));
  const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
  expect(doc.replace(/\s+/g, ' ')).toContain(`\`${formula}\` = 903.1`);
});

describe('invoiced by quarter', () => {
  // The same team invoiced every quarter, without its KPI clauses: the floor is per month, so a quarter's
  // is 3 × 150,000 = 450,000 items. Q1 2027: 139,000 + 140,000 + 150,000 = 429,000 × 0.0821 = 35,220.90;
  // the floor 450,000 × 0.0821 = 36,945.00: top-up 1,724.10. The fixed fee is stated per invoice:
  // 4,103.20. Subtotal 4,103.20 + 35,220.90 + 1,724.10 = 41,048.20; VAT 8,209.64; total 49,257.84.
  const quarterly: Contract = { ...en, frequency: 'quarterly', kpis: [] };
  const csv = [
    'Period,Kind,Name,Value',
    '2027-01,index,Wage index,115.3',
    '2026-10,index,Wage index,114.1',
    '2027-01,volume,Items moderated,139000',
    '2027-02,volume,Items moderated,140000',
    '2027-03,volume,Items moderated,150000',
  ].join('\n');

  test('the monthly floor times the months of the invoice, the multiplication shown', () => {
    const inv = buyerInvoice(quarterly, NAME, '2027-01', csv);
    expect(amounts(inv)).toEqual([
      'Team lead and tooling 4103.20',
      `${ITEMS} 35220.90`,
      `${FLOOR} 1724.10`,
      'subtotal 41048.20',
      'VAT 8209.64',
      'total 49257.84',
    ]);
    expect(explanation(inv, FLOOR)).toBe(
      '€35,220.90 is below the volume floor of 3 months × 150,000 = 450,000: 450,000 × €0.0821 = €36,945.00: top-up €1,724.10',
    );
  });
});

test('property: the line and its top-up bill exactly max(items, floor) at the price in force', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 400000 }), fc.integer({ min: 1, max: 400000 }), (items, floor) => {
      const c: Contract = { ...en, kpis: [], volumes: [{ ...en.volumes[0], minimumQuantity: dec(floor) }] };
      const csv = `Period,Kind,Name,Value\n2026-07,volume,${ITEMS},${items}\n`;
      const inv = buyerInvoice(c, NAME, '2026-07', csv);
      const billed = inv.lines.filter((l) => l.label === ITEMS || l.label === FLOOR);
      const total = billed.reduce((sum, l) => sum.plus(l.amount), dec(0));
      return (
        total.eq(dec(Math.max(items, floor)).times('0.08')) && billed.every((l) => !l.amount.isNegative())
      );
    }),
    { numRuns: 150 },
  );
});

describe('a floor under a quality gate', () => {
  // The per-item price paid only if accuracy reaches 97.5 %, else €0.06: the floor's items are billed as the
  // handled ones are. August: accuracy 97.12 % fails; 141,500 × 0.06 = 8,490.00; the floor 150,000 × 0.06 =
  // 9,000.00: top-up 510.00 (not 12,000.00 − 8,490.00: the floor does not undo the gate).
  const gated: Contract = {
    ...en,
    volumes: [{ ...en.volumes[0], gateKpi: ACCURACY, gateLevel: dec('0.975'), fallbackPrice: dec('0.06') }],
  };

  test('the floor is priced as the line: at the fallback price when the gate fails', () => {
    const inv = invoice('2026-08', gated);
    expect(amounts(inv).slice(1, 3)).toEqual([`${ITEMS} 8490.00`, `${FLOOR} 510.00`]);
    expect(explanation(inv, FLOOR)).toBe(
      '€8,490.00 is below the volume floor of 150,000: 150,000 × €0.08 = €12,000.00; gate Decision accuracy 97.12% < 97.5%: failed, €12,000.00 not paid: 150,000 × fallback price €0.06 = €9,000.00: top-up €510.00',
    );
  });
});

test('its actuals painted on the Actuals sheet (the wage index row, the peak rows) read back as the CSV', () => {
  for (const c of [en, fr]) {
    const csv = actualsFromCsv(buyerFile(`${NAME}.csv`), c);
    if (!csv.ok) throw new Error(JSON.stringify(csv.issues));
    const grid = planToGrid(actualsSheetPlan(c, csv.value));
    expect(actualsFromSheet(grid as never, c, { lang: c.language })).toEqual({ ok: true, value: csv.value });
  }
});

describe('Check', () => {
  test('a peak backlog entered outside November and December is an error on its cell', () => {
    const csv = `${buyerFile(`${NAME}.csv`)}2026-10,kpi,Peak backlog,4800\n`;
    const reading = actualsReadingFromCsv(csv, en);
    expect(reading.issues.map((t) => t.issue.message)).toEqual([
      expect.stringMatching(/^actuals\.csv!D20 \(Value\): .*Peak backlog.*/),
    ]);
  });

  test('on the sheet, a minimum fee typed beside the floor is an error on the floor cell', () => {
    const grid = planToGrid(contractSheetPlan(en)) as unknown[][];
    const header = grid.findIndex((row) => row[0] === 'Type');
    const row = grid.findIndex((r) => r[1] === ITEMS);
    const col = grid[header].indexOf('Volume floor');
    grid[row][grid[header].indexOf('Minimum fee')] = 12000;
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `Contract!${String.fromCharCode(65 + col)}${row + 1} (Volume floor): a volume floor (in units) and a minimum fee (an amount) both set the least the volume pays: give one of them`,
    ]);
  });

  test('a floor is a fee or a quantity, not both', () => {
    const json = JSON.parse(buyerFile(`${NAME}.json`));
    json.volumes[0].minimumFee = '12000.00';
    const result = parseContract(json);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'volumes[0].minimumQuantity: a volume floor (in units) and a minimum fee (an amount) both set the least the volume pays: give one of them',
    ]);
  });
});
