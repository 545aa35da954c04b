/**
 * A supplier's invoice printing each line's VAT rate, or its amounts including VAT with no Total row:
 * the rate is held to the contract's at its cell, and the amounts including VAT to the contract's total.
 */
import type { Grid } from '../contract/sheet/cells';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { dec, type Dec } from '../money';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { reconcile, reconciliationToJson, type Reconciliation } from './reconcile';
import { readSupplierInvoice } from './supplierInvoice';

/**
 * October's invoice; `fixedFee` 20000.03 makes its VAT 4,000.006, a line the supplier may round either way;
 * `vatRate` another rate (0, exempt).
 */
function invoiceOf(lang: 'en' | 'fr', fixedFee?: string, vatRate?: Dec): Invoice {
  const given = bpoCustomerService.contract(lang);
  const base = vatRate === undefined ? given : { ...given, vatRate };
  const contract =
    fixedFee === undefined
      ? base
      : {
          ...base,
          fixedFees: base.fixedFees.map((fee, i) => (i === 0 ? { ...fee, amount: dec(fixedFee) } : fee)),
        };
  const result = buildInvoice(contract, bpoCustomerService.actuals(lang), '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function outcome(
  invoice: Invoice,
  grid: Grid,
  options: { numberFormats?: (string | null)[][]; tolerance?: string } = {},
): Reconciliation | string[] {
  const lang = invoice.contract.language;
  const sheet = lang === 'fr' ? 'facture.csv' : 'supplier.csv';
  const supplier = readSupplierInvoice(grid, { sheet, lang, numberFormats: options.numberFormats });
  if (!supplier.ok) return supplier.issues.map((i) => plain(i.message));
  const tolerance = options.tolerance === undefined ? undefined : dec(options.tolerance);
  const result = reconcile(invoice, supplier.value, { tolerance });
  return result.ok ? result.value : result.issues.map((i) => plain(i.message));
}

function reconciledOf(
  invoice: Invoice,
  grid: Grid,
  options: Parameters<typeof outcome>[2] = {},
): Reconciliation {
  const result = outcome(invoice, grid, options);
  if (Array.isArray(result)) throw new Error(result.join('\n'));
  return result;
}

describe('a VAT rate column', () => {
  const en = invoiceOf('en');
  const fr = invoiceOf('fr');
  const withRates = (invoice: Invoice, header: string, rate: (i: number) => string | number): Grid => [
    ['Line', 'Amount', header],
    ...invoice.lines.map((l, i) => [l.label, l.amount.toFixed(2), rate(i)]),
  ];

  it('is read under its English and French headers, and matches at the contract’s rate however written', () => {
    for (const [header, rate] of [
      ['VAT rate', '20%'],
      ['VAT rate', '20 %'],
      ['VAT rate', '0.2'],
      ['VAT rate', 20],
      ['VAT %', '20'],
      ['Tax rate', '20.0%'],
      ['Taux TVA', '20,0 %'],
      ['Taux de TVA', '20\u202f%'],
      ['TVA %', '20'],
    ] as const) {
      const result = reconciledOf(
        en,
        withRates(en, header, () => rate),
      );
      expect([header, rate, result.differences]).toEqual([header, rate, 0]);
    }
  });

  it('a line at another rate is a difference naming the rate’s cell, in English and French', () => {
    const result = reconciledOf(
      en,
      withRates(en, 'VAT rate', (i) => (i === 2 ? '10%' : '20%')),
    );
    expect(result.differences).toBe(1);
    expect(result.lines[2]).toMatchObject({ label: 'FCR', status: 'details-differ' });
    expect(result.lines[2].note).toBe(
      '"FCR" (supplier.csv!C4): VAT rate 10%; the contract gives 20%. The amount invoiced, €560.00, is the contract\'s.',
    );
    const french = reconciledOf(
      fr,
      withRates(fr, 'Taux TVA', (i) => (i === 2 ? '5,5 %' : '20 %')),
    );
    expect(plain(french.lines[2].note!)).toBe(
      '« FCR » (facture.csv!C4) : taux de TVA 5,5 % ; le contrat donne 20 %. Le montant facturé, 560,00 €, est celui du contrat.',
    );
    expect(plain(french.message)).toContain('taux de TVA 5,5 %');
    expect((reconciliationToJson(result) as { lines: { status: string }[] }).lines[2].status).toBe(
      'details-differ',
    );
  });

  it('a header saying % reads 0.2 as 0.2 %, a wrong rate', () => {
    const points = reconciledOf(
      en,
      withRates(en, 'VAT %', (i) => (i === 0 ? '0.2' : '20')),
    );
    expect(points.lines[0].note).toMatch(
      /^"Fixed management fee" \(supplier\.csv!C2\): VAT rate 0\.2; the contract gives 20%\./,
    );
  });

  it('a number cell formatted as a percentage is its fraction: 0.1 shown 10 % is 10 %', () => {
    const grid = withRates(en, 'VAT rate', (i) => (i === 1 ? 0.1 : 0.2));
    const formats = grid.map((_, row) => [null, null, row === 0 ? null : '0%']);
    const result = reconciledOf(en, grid, { numberFormats: formats });
    expect(result.differences).toBe(1);
    expect(result.lines[1].note).toMatch(
      /^"Interactions" \(supplier\.csv!C3\): VAT rate 10%; the contract gives 20%\./,
    );
  });

  it('a rate cell that is no rate is an error at its cell; a blank one states nothing', () => {
    expect(
      outcome(
        en,
        withRates(en, 'VAT rate', (i) => (i === 3 ? 'standard' : '20%')),
      ),
    ).toEqual(['supplier.csv!C5 (VAT rate): "standard" is not a VAT rate such as 20% or 5.5%']);
    expect(
      outcome(
        fr,
        withRates(fr, 'Taux TVA', (i) => (i === 3 ? 'normal' : '20 %')),
      ),
    ).toEqual(['facture.csv!C5 (Taux TVA) : « normal » n’est pas un taux de TVA tel que 20 % ou 5,5 %']);
    expect(
      reconciledOf(
        en,
        withRates(en, 'VAT rate', (i) => (i === 3 ? '' : '20%')),
      ).differences,
    ).toBe(0);
  });

  it('Exempt or Exonéré states a rate of 0: matched on an exempt contract, a difference on a 20 % one', () => {
    const exempt = invoiceOf('fr', undefined, dec(0));
    expect(
      reconciledOf(
        exempt,
        withRates(exempt, 'Taux TVA', () => 'Exonéré'),
      ).differences,
    ).toBe(0);
    const result = reconciledOf(
      en,
      withRates(en, 'VAT rate', (i) => (i === 4 ? 'Exempt' : '20%')),
    );
    expect(result.lines[4].note).toMatch(
      /^"CSAT" \(supplier\.csv!C6\): VAT rate Exempt; the contract gives 20%\./,
    );
  });

  it('a VAT row’s rate cell is held to the contract’s rate too', () => {
    const grid = [...withRates(en, 'VAT rate', () => '20%'), ['VAT', en.vat.amount.toFixed(2), '19.6%']];
    const result = reconciledOf(en, grid);
    expect(result.totals[0]).toMatchObject({ kind: 'vat', status: 'details-differ' });
    expect(result.totals[0].note).toMatch(
      /^"VAT" \(supplier\.csv!C7\): VAT rate 19\.6%; the contract gives 20%\./,
    );
  });
});

describe('amounts including VAT per line and no Total row', () => {
  // VAT on the whole subtotal 113,990.03 is 22,798.006: 22,798.01, a total of 136,788.04.
  const en = invoiceOf('en', '20000.03');
  const fr = invoiceOf('fr', '20000.03');
  /** Each line's amount, its VAT rounded at the line (down where `down`), its amount including VAT; no totals. */
  const grossLines = (invoice: Invoice, down = false): Grid => [
    ['Line', 'Amount', 'VAT', 'Gross'],
    ...invoice.lines.map((l) => {
      const vat = l.amount.times('0.2').toDecimalPlaces(2, down ? 1 : 4);
      return [l.label, l.amount.toFixed(2), vat.toFixed(2), l.amount.plus(vat).toFixed(2)];
    }),
  ];

  it('add up to the contract’s total: matched, nothing added', () => {
    expect(en.total.toFixed(2)).toBe('136788.04');
    const result = reconciledOf(en, grossLines(en));
    expect(result.differences).toBe(0);
    expect(result.totals).toEqual([]);
  });

  it('adding up to another total, each line’s VAT rounded either way, is a difference on the total (EN, FR)', () => {
    // The fixed fee's VAT 4,000.006 rounded down at its line, which the line's own check allows.
    const result = reconciledOf(en, grossLines(en, true));
    expect(result.lines.map((l) => l.status)).toEqual(Array(5).fill('matched'));
    expect(result.differences).toBe(1);
    expect(result.totals).toHaveLength(1);
    expect(result.totals[0]).toMatchObject({
      kind: 'total',
      status: 'under-billed',
      billed: dec('136788.03'),
      due: en.total,
    });
    expect(result.totals[0].difference.toFixed(2)).toBe('-0.01');
    expect(result.totals[0].note).toBe(
      "The lines invoiced add up to €136,788.03 including VAT, the contract's total including VAT is €136,788.04: under-billed by €0.01.",
    );
    expect(result.message).toContain('under-billed by €0.01');
    const french = reconciledOf(fr, grossLines(fr, true));
    expect(plain(french.totals[0].note!)).toBe(
      'Les lignes facturées totalisent 136 788,03 € TTC, le total TTC du contrat est de 136 788,04 € : sous-facturation de 0,01 €.',
    );
    // Within a tolerance of 0.01, the sum is allowed as a line is.
    expect(reconciledOf(en, grossLines(en, true), { tolerance: '0.01' }).differences).toBe(0);
  });

  it('a Total row states the total itself: the lines’ sum is not compared again', () => {
    const grid = [
      ...grossLines(en, true),
      ['Total', en.subtotal.toFixed(2), en.vat.amount.toFixed(2), en.total.toFixed(2)],
    ];
    const result = reconciledOf(en, grid);
    expect(result.totals.map((l) => [l.kind, l.status])).toEqual([['total', 'matched']]);
    expect(result.differences).toBe(0);
  });

  it('a line without its amount including VAT leaves the sum unknown: not compared', () => {
    const grid = grossLines(en, true).map((cells, row) => (row === 2 ? [...cells.slice(0, 3), ''] : cells));
    expect(reconciledOf(en, grid).differences).toBe(0);
  });
});

describe('a line’s VAT and amount including VAT within the tolerance', () => {
  const en = invoiceOf('en');
  /** The lines with their VAT and gross, CSAT's VAT and gross as given. */
  const csat = (vat: string, gross: string): Grid => [
    ['Line', 'Amount', 'VAT', 'Gross'],
    ...en.lines.map((l) => {
      const due = l.amount.times('0.2');
      return l.label === 'CSAT'
        ? [l.label, l.amount.toFixed(2), vat, gross]
        : [l.label, l.amount.toFixed(2), due.toFixed(2), l.amount.plus(due).toFixed(2)];
    }),
    ['Total', en.subtotal.toFixed(2), en.vat.amount.toFixed(2), en.total.toFixed(2)],
  ];

  it('a cent off is a difference at no tolerance and matches at --tolerance 0.01, as an amount does', () => {
    const vatOff = csat('1000.01', '6000.01');
    expect(reconciledOf(en, vatOff).lines[4]).toMatchObject({ label: 'CSAT', status: 'details-differ' });
    expect(reconciledOf(en, vatOff, { tolerance: '0.01' }).differences).toBe(0);
    expect(reconciledOf(en, vatOff, { tolerance: '0.01' }).lines[4].note).toBeUndefined();
    // The supplier's own sum a cent off: net + VAT 6,000.00 against 6,000.01 stated.
    const sumOff = csat('1000.00', '6000.01');
    expect(reconciledOf(en, sumOff).lines[4].note).toMatch(/not the €6,000\.01 it states including VAT/);
    expect(reconciledOf(en, sumOff, { tolerance: '0.01' }).differences).toBe(0);
    // Beyond the tolerance it is still said.
    expect(reconciledOf(en, csat('1000.02', '6000.02'), { tolerance: '0.01' }).lines[4].note).toBe(
      '"CSAT" (supplier.csv!A6): VAT €1,000.02 on €5,000.00; at the contract\'s 20% it is €1,000.00. The amount invoiced, €5,000.00, is the contract\'s.',
    );
  });
});
