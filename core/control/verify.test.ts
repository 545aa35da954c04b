/** Verify: an untouched invoice passes; an edited cell or field is named; changed inputs break the fingerprint. */
import { actualEntries, buildActuals } from '../contract/actuals';
import type { Actuals } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceToJson } from '../invoice/toJson';
import type { Invoice } from '../invoice/types';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { planToGrid } from '../layout/planToGrid';
import { dec } from '../money';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { itServicesSla } from '../templates/itServicesSla';
import {
  isInvoiceSheet,
  periodOfName,
  verifyJson,
  verifySheet,
  writtenJsonPeriods,
  writtenSheetPeriod,
} from './verify';

const contract = bpoCustomerService.contract();

function invoiceOf(actuals: Actuals = bpoCustomerService.actuals()): Invoice {
  const result = buildInvoice(contract, actuals, '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

function writtenSheet(invoice: Invoice) {
  const plan = invoiceSheetPlan(invoice);
  const formulas: (string | null)[][] = planToGrid(plan).map((row) => row.map(() => null));
  for (const block of plan.blocks)
    block.formulas?.forEach((line, r) =>
      line.forEach((f, c) => (formulas[block.row + r][block.col + c] = f)),
    );
  return { name: plan.name, values: planToGrid(plan), formulas };
}

describe('verifySheet', () => {
  it('an untouched sheet is clean, and is recognised as an invoice of its period', () => {
    const invoice = invoiceOf();
    const sheet = writtenSheet(invoice);
    expect(isInvoiceSheet(sheet)).toBe(true);
    expect(writtenSheetPeriod(sheet)).toBe('2026-10');
    const report = verifySheet(sheet, invoiceOf());
    expect(report).toMatchObject({ clean: true, fingerprintMatches: true, differences: [] });
    expect(report.lines[0]).toBe('Invoice 2026-10: untouched; every line and amount is as recomputed');
  });

  it('an edited amount, explanation or formula is reported with its cell', () => {
    const sheet = writtenSheet(invoiceOf());
    sheet.values[12][5] = 5500;
    sheet.values[10][1] = 'FCR: bonus as agreed';
    sheet.formulas[14][5] = '=SUM(F9:F12)';
    const report = verifySheet(sheet, invoiceOf());
    expect(report.clean).toBe(false);
    expect(report.fingerprintMatches).toBe(true);
    expect(report.differences.map((d) => d.message)).toEqual([
      `'Invoice 2026-10'!B11 (FCR, Explanation): "FCR: bonus as agreed" in the file, "${invoiceOf().lines[2].explanation}" recomputed`,
      "'Invoice 2026-10'!F13 (CSAT, Amount): 5500 in the file, 5000 recomputed",
      "'Invoice 2026-10'!F15 (Subtotal excluding VAT, Amount): formula =SUM(F9:F12) in the file, =SUM(F9:F13) recomputed",
    ]);
  });

  it('a row inserted by hand is one difference, and the rows below it are still compared with their own', () => {
    const sheet = writtenSheet(invoiceOf());
    // As Excel inserts a row above "Average response time": the rows below move down, the formulas follow.
    sheet.values.splice(11, 0, ['Extra fee', 'added by hand', null, null, null, 1000]);
    sheet.formulas.splice(11, 0, [null, null, null, null, null, null]);
    sheet.formulas[15][5] = '=SUM(F9:F14)';
    sheet.formulas[16][5] = '=ROUND(ROUND(F16*100,0)/5,0)/100';
    sheet.formulas[17][5] = '=SUM(F16:F17)';
    sheet.values[13][5] = 5500;
    const report = verifySheet(sheet, invoiceOf());
    expect(report.fingerprintMatches).toBe(true);
    expect(report.differences.map((d) => d.message)).toEqual([
      '\'Invoice 2026-10\'!A12:F12: a row in the file ("Extra fee", "added by hand", 1000), none there recomputed',
      "'Invoice 2026-10'!F14 (CSAT, Amount): 5500 in the file, 5000 recomputed",
    ]);
  });

  it('a row inserted inside the lines but left out of the subtotal: the formula recomputed is quoted in the file’s rows', () => {
    const sheet = writtenSheet(invoiceOf());
    // Inserted without the formulas following (a program that does not move them): the SUM stops short.
    sheet.values.splice(11, 0, ['Extra fee', null, null, null, null, 1000]);
    sheet.formulas.splice(11, 0, [null, null, null, null, null, null]);
    const report = verifySheet(sheet, invoiceOf());
    expect(report.differences.map((d) => d.message)).toEqual([
      '\'Invoice 2026-10\'!A12:F12: a row in the file ("Extra fee", 1000), none there recomputed',
      "'Invoice 2026-10'!F16 (Subtotal excluding VAT, Amount): formula =SUM(F9:F13) in the file, =SUM(F9:F14) recomputed",
      "'Invoice 2026-10'!F17 (VAT, Amount): formula =ROUND(ROUND(F15*100,0)/5,0)/100 in the file, =ROUND(ROUND(F16*100,0)/5,0)/100 recomputed",
      "'Invoice 2026-10'!F18 (Total including VAT, Amount): formula =SUM(F15:F16) in the file, =SUM(F16:F17) recomputed",
    ]);
  });

  it('a row deleted by hand is one difference, named where it belongs; the totals Excel recalculated differ', () => {
    const sheet = writtenSheet(invoiceOf());
    // As Excel deletes the FCR row: the formulas follow, and it recalculates them without its 560.
    sheet.values.splice(10, 1);
    sheet.formulas.splice(10, 1);
    sheet.formulas[13][5] = '=SUM(F9:F12)';
    sheet.formulas[14][5] = '=ROUND(ROUND(F14*100,0)/5,0)/100';
    sheet.formulas[15][5] = '=SUM(F14:F15)';
    [sheet.values[13][5], sheet.values[14][5], sheet.values[15][5]] = [113430, 22686, 136116];
    const report = verifySheet(sheet, invoiceOf());
    expect(report.differences.map((d) => d.message)).toEqual([
      `'Invoice 2026-10'!A11: a row recomputed ("FCR", "${invoiceOf().lines[2].explanation}", 560), missing from the file`,
      "'Invoice 2026-10'!F14 (Subtotal excluding VAT, Amount): 113430 in the file, 113990 recomputed",
      "'Invoice 2026-10'!F15 (VAT, Amount): 22686 in the file, 22798 recomputed",
      "'Invoice 2026-10'!F16 (Total including VAT, Amount): 136116 in the file, 136788 recomputed",
    ]);
  });

  it('a sheet issued with the earlier VAT formula, =ROUND(F15*0.2,2), is untouched; another formula there is not', () => {
    const sheet = writtenSheet(invoiceOf());
    expect(sheet.formulas[15][5]).toBe('=ROUND(ROUND(F15*100,0)/5,0)/100');
    sheet.formulas[15][5] = '=ROUND(F15*0.2,2)';
    expect(verifySheet(sheet, invoiceOf()).differences).toEqual([]);
    sheet.formulas[15][5] = '=ROUND(F15*0.21,2)';
    expect(verifySheet(sheet, invoiceOf()).differences.map((d) => d.message)).toEqual([
      "'Invoice 2026-10'!F16 (VAT, Amount): formula =ROUND(F15*0.21,2) in the file, =ROUND(ROUND(F15*100,0)/5,0)/100 recomputed",
    ]);
  });

  it('a frozen value where the VAT formula was is quoted with that value', () => {
    const sheet = writtenSheet(invoiceOf());
    sheet.formulas[15][5] = null;
    const report = verifySheet(sheet, invoiceOf());
    expect(report.differences.map((d) => d.message)).toEqual([
      "'Invoice 2026-10'!F16 (VAT, Amount): formula (none: the value 22798) in the file, =ROUND(ROUND(F15*100,0)/5,0)/100 recomputed",
    ]);
  });

  it('a contract version typed over is a difference, though the fingerprint holds (sheet and JSON)', () => {
    const sheet = writtenSheet(invoiceOf());
    const version = invoiceOf().seal.contractVersion;
    expect(sheet.values[5][4]).toBe(version);
    sheet.values[5][4] = '2026-03 amendment 2';
    const report = verifySheet(sheet, invoiceOf());
    expect(report).toMatchObject({ clean: false, fingerprintMatches: true, differences: [] });
    expect(report.lines).toEqual([
      'Invoice 2026-10: 1 difference',
      expect.stringMatching(/^fingerprint [0-9a-f]{64} matches the contract and actuals$/),
      `contract version 2026-03 amendment 2 in the file, ${version} for the contract its fingerprint proves: edited since it was written`,
    ]);
    const json = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf())));
    json.contractVersion = 'v9';
    expect(verifyJson(json, invoiceOf(), 'invoice.json')).toMatchObject({
      clean: false,
      fingerprintMatches: true,
    });
    // The engine version is covered by the fingerprint too: once that holds, another one was typed.
    const engine = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf())));
    engine.engineVersion = '0.0.1';
    expect(verifyJson(engine, invoiceOf(), 'invoice.json').differences.map((d) => d.where)).toEqual([
      'engineVersion',
    ]);
  });

  it('an invoice computed from other actuals does not match the fingerprint', () => {
    const restated = buildActuals(
      actualEntries(bpoCustomerService.actuals()).map((e) =>
        e.period === '2026-10' && e.name === 'FCR' ? { ...e, value: dec('0.775') } : e,
      ),
    );
    const report = verifySheet(writtenSheet(invoiceOf()), invoiceOf(restated));
    expect(report.fingerprintMatches).toBe(false);
    expect(report.lines.slice(-2)).toEqual([
      expect.stringMatching(
        /^fingerprint [0-9a-f]{64} in the file, [0-9a-f]{64} from the contract and actuals given$/,
      ),
      'the inputs are not those the invoice was computed from (a term, a used actual or the engine changed): differences may come from them',
    ]);
  });
});

describe('verifyJson', () => {
  it('an untouched JSON is clean; an edited amount names its field and line', () => {
    const json = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf())));
    expect(writtenJsonPeriods(json)).toEqual({ periods: ['2026-10'] });
    expect(verifyJson(json, invoiceOf(), 'invoice.json').clean).toBe(true);
    const expected = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf())));
    json.lines[4].amount = '5000.01';
    delete json.lines[3].explanation;
    const report = verifyJson(json, invoiceOf(), 'invoice.json');
    expect(report.differences.map((d) => d.message)).toEqual([
      `lines[3].explanation (Average response time): missing from the file, ${JSON.stringify(invoiceOf().lines[3].explanation)} recomputed`,
      `lines[4].amount (CSAT): "5000.01" in the file, ${JSON.stringify(expected.lines[4].amount)} recomputed`,
    ]);
  });

  it('a JSON without a fingerprint is not clean', () => {
    const json = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf())));
    delete json.fingerprint;
    const report = verifyJson(json, invoiceOf(), 'invoice.json');
    expect(report).toMatchObject({ clean: false, fingerprintMatches: false, differences: [] });
  });
});

describe('an invoice of another contract, and the title block', () => {
  const other = { ...contract, id: 'bpo-two', name: 'BPO two' };
  const otherInvoice = (() => {
    const result = buildInvoice(other, bpoCustomerService.actuals(), '2026-10');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return result.invoice;
  })();

  it("is told as another contract's, by its number or contract id and its version, not as edits", () => {
    expect(verifySheet(writtenSheet(otherInvoice), invoiceOf()).otherContract).toBe('bpo-two');
    const json = JSON.parse(JSON.stringify(invoiceToJson(otherInvoice)));
    expect(verifyJson(json, invoiceOf(), 'invoice.json').otherContract).toBe('bpo-two');
    expect(verifySheet(writtenSheet(invoiceOf()), invoiceOf()).otherContract).toBeUndefined();
  });

  it("a contract id or number typed over, its version still the contract's, is an edit of this invoice", () => {
    const json = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf())));
    json.contract.id = 'bpo-two';
    const report = verifyJson(json, invoiceOf(), 'invoice.json');
    expect(report.otherContract).toBeUndefined();
    expect(report.differences.map((d) => d.where)).toEqual(['contract.id']);
    const sheet = writtenSheet(invoiceOf());
    sheet.values[2][1] = 'bpo-two-2026-10';
    expect(verifySheet(sheet, invoiceOf()).otherContract).toBeUndefined();
  });

  it('a title block cell is named by the label beside it: E5 is the Contract, not the Period', () => {
    const sheet = writtenSheet(invoiceOf());
    sheet.values[4][4] = 'BPO 2';
    sheet.values[3][4] = 'Someone else';
    expect(verifySheet(sheet, invoiceOf()).differences.map((d) => d.where)).toEqual([
      "'Invoice 2026-10'!E4 (Provider)",
      "'Invoice 2026-10'!E5 (Contract)",
    ]);
  });

  it('a fingerprint that is no text is quoted as written, not said missing', () => {
    const json = JSON.parse(JSON.stringify(invoiceToJson(invoiceOf())));
    json.fingerprint = 123;
    const { lines } = verifyJson(json, invoiceOf(), 'invoice.json');
    expect(lines[lines.length - 1]).toMatch(/^fingerprint 123 in the file, /);
  });
});

describe('an invoice written before its texts named months in words', () => {
  const sla = itServicesSla.contract();
  const june = (() => {
    const result = buildInvoice(sla, itServicesSla.actuals(), '2026-06');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return result.invoice;
  })();
  const older = (text: string) => text.replace('from June 2026', 'from 2026-06');

  it('is untouched, sheet and JSON: only the wording of its months changed', () => {
    const explanation = june.lines[0].explanation;
    expect(explanation).toContain('from June 2026');
    const sheet = writtenSheet(june);
    sheet.values[8][1] = older(explanation);
    expect(verifySheet(sheet, june).clean).toBe(true);
    const json = JSON.parse(JSON.stringify(invoiceToJson(june)));
    json.lines[0].explanation = older(explanation);
    expect(verifyJson(json, june, 'invoice.json').clean).toBe(true);
  });

  it('an amount edited in that text is still an edit', () => {
    const sheet = writtenSheet(june);
    sheet.values[8][1] = older(june.lines[0].explanation).replace('102,500.00', '103,500.00');
    expect(verifySheet(sheet, june).differences.map((d) => d.where)).toEqual([
      `'${sheet.name}'!B9 (${june.lines[0].label}, Explanation)`,
    ]);
  });
});

describe('periodOfName', () => {
  it.each([
    ['2026-10', '2026-10'],
    ['2026-01 – 2026-03', '2026-01'],
    ['2026-02..2026-04', '2026-02'],
    ['2026-Q2', '2026-04'],
    ['2026-Q4', '2026-10'],
    ['2026-H2', '2026-07'],
    ['2026', '2026-01'],
    ['2026-Q5', undefined],
    ['2026-H3', undefined],
    ['October', undefined],
  ])('%s → %s', (name, month) => expect(periodOfName(name)).toBe(month));
});
