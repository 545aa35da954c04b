/** An invoice sheet read back as issued, for quarterly invoices: what the sheet proves, and what it cannot. */
import type { Actuals, Contract } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { planToGrid } from '../layout/planToGrid';
import { dec } from '../money';
import { findTemplate } from '../templates';
import { yearOfActuals } from '../../test/control/yearOfActuals';
import { issuedInvoiceFromSheet } from './issuedSheet';

const bpo = findTemplate('bpo-customer-service')!;
const base = bpo.contract('en');
const quarterly: Contract = {
  ...base,
  frequency: 'quarterly',
  firstPeriod: '2026-01',
  // The template's first three clauses (FCR, response time, CSAT), evaluated quarterly.
  kpis: base.kpis.slice(0, 3).map((kpi) => ({ ...kpi, period: 'quarterly' as const })),
};
const actuals = yearOfActuals({ ...bpo, contract: () => quarterly });

function restated(kind: 'kpis' | 'volumes', month: string, name: string, value: string): Actuals {
  const periods = new Map(actuals.periods);
  const values = periods.get(month)!;
  periods.set(month, { ...values, [kind]: new Map([...values[kind], [name, dec(value)]]) });
  return { periods };
}

const built = buildInvoice(quarterly, actuals, '2026-06');
if (!built.ok) throw new Error(built.problems.join('\n'));
const issued = built.invoice;
const grid = planToGrid(invoiceSheetPlan(issued));

describe('a quarterly invoice sheet read back', () => {
  it('is the invoice as issued, whatever KPI was restated since: the sheet prints the actual it used', () => {
    const now = restated('kpis', '2026-06', 'CSAT', '0.5');
    const read = issuedInvoiceFromSheet(grid, 'Invoice 2026-Q2', quarterly, now, 'en');
    expect(read).toMatchObject({ ok: true });
    if (read.ok) {
      expect(read.invoice.seal.fingerprint).toBe(issued.seal.fingerprint);
      expect(read.invoice.total.eq(issued.total)).toBe(true);
    }
  });

  it('cannot be proved once a month of the quarter’s volumes was restated: it prints their sum only', () => {
    const now = restated('volumes', '2026-05', 'Interactions', '1');
    // The advice is what gets it proved again: the invoice JSON prints the same sum and fails the same way.
    expect(issuedInvoiceFromSheet(grid, 'Invoice 2026-Q2', quarterly, now, 'en')).toEqual({
      ok: false,
      problems: [
        "'Invoice 2026-Q2'!B7: the values printed on the sheet do not give its fingerprint: a value on the sheet was edited by hand, or actuals the invoice read without printing them (a month of a quarter, an earlier month) were restated since. Undo the edit, or take the workbook as it was sent; if those months were restated, put their actuals back as issued: a correction can only start from the values the invoice prints.",
      ],
    });
    expect(issuedInvoiceFromSheet(grid, 'Invoice 2026-Q2', quarterly, now, 'fr')).toEqual({
      ok: false,
      problems: [
        "'Invoice 2026-Q2'!B7\u00a0: les valeurs imprimées sur la feuille ne donnent pas son empreinte\u00a0: une valeur de la feuille a été modifiée à la main, ou des réalisés que la facture a lus sans les imprimer (un mois d’un trimestre, un mois antérieur) ont été réévalués depuis. Annulez la modification, ou reprenez le classeur tel qu’il a été envoyé\u00a0; si ces mois ont été réévalués, remettez leurs réalisés de l’émission\u00a0: une correction ne peut partir que des valeurs que la facture imprime.",
      ],
    });
  });

  it('proved again once those months’ actuals are put back as issued, as the advice says', () => {
    expect(issuedInvoiceFromSheet(grid, 'Invoice 2026-Q2', quarterly, actuals, 'en')).toMatchObject({
      ok: true,
    });
  });

  it('refuses an issue date typed over: the add-in dates every invoice the last day of its period', () => {
    const dated = buildInvoice(quarterly, actuals, '2026-06', { issueDate: '2026-07-03' });
    if (!dated.ok) throw new Error(dated.problems.join('\n'));
    const sheet = planToGrid(invoiceSheetPlan(dated.invoice));
    expect(issuedInvoiceFromSheet(sheet, 'Invoice 2026-Q2', quarterly, actuals, 'en')).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /^'Invoice 2026-Q2'!B4 \(Date\): 2026-07-03 on the sheet, 2026-06-30 as issued/,
        ),
      ],
    });
  });

  it('takes the issue date as the Sheets sidebar hands it over, the day it shows', () => {
    const sheet = grid.map((row) => [...row]);
    expect(typeof sheet[3]![1]).toBe('number');
    sheet[3]![1] = issued.issueDate;
    expect(issuedInvoiceFromSheet(sheet, 'Invoice 2026-Q2', quarterly, actuals, 'en')).toMatchObject({
      ok: true,
    });
    sheet[3]![1] = '2026-07-01';
    expect(issuedInvoiceFromSheet(sheet, 'Invoice 2026-Q2', quarterly, actuals, 'en')).toMatchObject({
      ok: false,
    });
  });
});

describe('an invoice with an excluded month read back', () => {
  // CSAT excluded on the quarter's closing month: the issued invoice gives it no credit, and the rebuilt
  // one must read the same exclusion (and its reason) from today's actuals, or its fingerprint differs.
  const june = actuals.periods.get('2026-06')!;
  const excluded: Actuals = {
    periods: new Map([
      ...actuals.periods,
      ['2026-06', { ...june, exclusions: new Map([['CSAT', 'client-caused outage (ticket 4711)']]) }],
    ]),
  };
  const withExclusion = buildInvoice(quarterly, excluded, '2026-06');
  if (!withExclusion.ok) throw new Error(withExclusion.problems.join('\n'));
  const sheet = planToGrid(invoiceSheetPlan(withExclusion.invoice));

  it('is rebuilt as issued, the exclusion kept', () => {
    expect(withExclusion.invoice.seal.fingerprint).not.toBe(issued.seal.fingerprint);
    const read = issuedInvoiceFromSheet(sheet, 'Invoice 2026-Q2', quarterly, excluded, 'en');
    expect(read).toMatchObject({ ok: true });
    if (read.ok) {
      expect(read.invoice.seal.fingerprint).toBe(withExclusion.invoice.seal.fingerprint);
      expect(read.invoice.total.eq(withExclusion.invoice.total)).toBe(true);
    }
  });

  it('is refused once the exclusion was removed from the actuals: the sheet does not prove it', () => {
    expect(issuedInvoiceFromSheet(sheet, 'Invoice 2026-Q2', quarterly, actuals, 'en')).toMatchObject({
      ok: false,
    });
  });
});

describe('an invoice sheet of a contract that states its version', () => {
  it('refused under terms changed while the version stayed, names that cause', () => {
    const v1: Contract = { ...quarterly, version: 'v1' };
    const issuedV1 = buildInvoice(v1, actuals, '2026-06');
    if (!issuedV1.ok) throw new Error(issuedV1.problems.join('\n'));
    const sheet = planToGrid(invoiceSheetPlan(issuedV1.invoice));
    const repriced: Contract = {
      ...v1,
      fixedFees: v1.fixedFees.map((f) => ({ ...f, amount: f.amount.plus(1) })),
    };
    const read = issuedInvoiceFromSheet(sheet, 'Invoice 2026-Q2', repriced, actuals, 'en');
    expect(read).toMatchObject({ ok: false });
    if (!read.ok)
      expect(read.problems[0]).toMatch(
        / Or the contract's terms were changed while it still states version "v1": an amendment needs a new version\.$/,
      );
    expect(issuedInvoiceFromSheet(sheet, 'Invoice 2026-Q2', v1, actuals, 'en')).toMatchObject({ ok: true });
  });

  it('a version cell typed over, the terms proved by the fingerprint, is a hand edit; a real amendment is said so', () => {
    const v1: Contract = { ...quarterly, version: 'v1' };
    const issuedV1 = buildInvoice(v1, actuals, '2026-06');
    if (!issuedV1.ok) throw new Error(issuedV1.problems.join('\n'));
    const sheet = planToGrid(invoiceSheetPlan(issuedV1.invoice));
    expect(sheet[5][4]).toBe('v1');
    sheet[5][4] = 'v2';
    expect(issuedInvoiceFromSheet(sheet, 'Invoice 2026-Q2', v1, actuals, 'en')).toEqual({
      ok: false,
      problems: [`'Invoice 2026-Q2'!E6: "v2" on the sheet, "v1" as issued: edited by hand since`],
    });
    const amended: Contract = {
      ...v1,
      version: 'v2',
      fixedFees: v1.fixedFees.map((f) => ({ ...f, amount: f.amount.plus(1) })),
    };
    const read = issuedInvoiceFromSheet(
      planToGrid(invoiceSheetPlan(issuedV1.invoice)),
      'Invoice 2026-Q2',
      amended,
      actuals,
      'en',
    );
    expect(!read.ok && read.problems[0]).toMatch(
      /^'Invoice 2026-Q2'!E6: the invoice was issued under contract version v1, the contract is now v2/,
    );
  });
});
