/** Reconciling a supplier's invoice with the BPO worked example (October 2026): statuses, differences, notes. */
import { parseCsv } from '../contract/csv';
import type { Grid } from '../contract/sheet/cells';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { dec } from '../money';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { readLineMapping } from './lineMapping';
import { reconcile, type Reconciliation } from './reconcile';
import { readSupplierInvoice } from './supplierInvoice';
import { yearOfActuals } from '../../test/control/yearOfActuals';

function invoiceOf(lang: 'en' | 'fr'): Invoice {
  const result = buildInvoice(bpoCustomerService.contract(lang), bpoCustomerService.actuals(lang), '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** The supplier's invoice as the buyer would get it: the computed lines, then subtotal, VAT, total. */
function supplierGrid(invoice: Invoice, edit: (rows: string[][]) => void = () => undefined): Grid {
  const rows = [
    ['Line', 'Quantity', 'Amount'],
    ...invoice.lines.map((l) => [l.label, l.quantity?.toFixed() ?? '', l.amount.toFixed(2)]),
    ['Subtotal', '', invoice.subtotal.toFixed(2)],
    ['VAT 20%', '', invoice.vat.amount.toFixed(2)],
    ['Total', '', invoice.total.toFixed(2)],
  ];
  edit(rows);
  return rows;
}

function reconciled(grid: Grid, lang: 'en' | 'fr' = 'en', mappingCsv?: string): Reconciliation {
  const invoice = invoiceOf(lang);
  const supplier = readSupplierInvoice(grid, { sheet: 'supplier.csv' });
  if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
  const mapping = mappingCsv ? readLineMapping(parseCsv(mappingCsv), { sheet: 'mapping.csv' }) : undefined;
  if (mapping && !mapping.ok) throw new Error(mapping.issues.map((i) => i.message).join('\n'));
  const result = reconcile(invoice, supplier.value, { mapping: mapping?.value });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
const row = (rows: string[][], label: string) => rows.find((r) => r[0] === label)!;

describe('reconcile', () => {
  it('an invoice equal to the computed one matches on every line and total', () => {
    const result = reconciled(supplierGrid(invoiceOf('en')));
    expect(result.differences).toBe(0);
    expect(result.lines.map((l) => l.status)).toEqual(Array(5).fill('matched'));
    expect(result.totals.map((l) => [l.kind, l.status])).toEqual([
      ['subtotal', 'matched'],
      ['vat', 'matched'],
      ['total', 'matched'],
    ]);
    expect(result.message).toBe('');
  });

  it('one line off by 0.01 is over-billed by exactly 0.01, its note quoting the explanation', () => {
    const result = reconciled(
      supplierGrid(invoiceOf('en'), (rows) => {
        row(rows, 'CSAT')[2] = '5000.01';
        row(rows, 'Subtotal')[2] = '113990.01';
      }),
    );
    const csat = result.lines.find((l) => l.label === 'CSAT')!;
    expect(csat).toMatchObject({ status: 'over-billed', supplier: { at: 'supplier.csv!A6' } });
    expect(csat.difference.toFixed()).toBe('0.01');
    expect(csat.note).toBe(
      '"CSAT": invoiced €5,000.01, the contract gives €5,000.00 (CSAT 91.2% ≥ threshold 90%: fee €5,000.00): over-billed by €0.01.',
    );
    expect(result.totals[0]).toMatchObject({ kind: 'subtotal', status: 'over-billed' });
    expect(result.differences).toBe(2);
  });

  it('within the tolerance a difference matches', () => {
    const invoice = invoiceOf('en');
    const grid = supplierGrid(invoice, (rows) => (row(rows, 'CSAT')[2] = '5000.01'));
    const supplier = readSupplierInvoice(grid, { sheet: 'supplier.csv' });
    if (!supplier.ok) throw new Error('unreadable');
    const at = (tolerance: string) => {
      const result = reconcile(invoice, supplier.value, { tolerance: dec(tolerance) });
      return result.ok ? result.value.lines.find((l) => l.label === 'CSAT')!.status : 'failed';
    };
    expect(at('0.01')).toBe('matched');
    expect(at('0.009')).toBe('over-billed');
  });

  it('the tolerance is for each line: lines each within it that add up beyond it differ, where no total is stated', () => {
    const invoice = invoiceOf('en');
    const cent = (totals: boolean) =>
      supplierGrid(invoice, (rows) => {
        for (const r of rows.slice(1, 6)) r[2] = dec(r[2]).plus('0.01').toFixed(2);
        if (!totals) rows.splice(6);
      });
    const at = (grid: Grid) => {
      const supplier = readSupplierInvoice(grid, { sheet: 'supplier.csv' });
      if (!supplier.ok) throw new Error('unreadable');
      const result = reconcile(invoice, supplier.value, { tolerance: dec('0.01') });
      if (!result.ok) throw new Error('failed');
      return result.value;
    };
    const bare = at(cent(false));
    expect(bare.lines.every((l) => l.status === 'matched')).toBe(true);
    expect(bare.differences).toBe(1);
    expect(bare.totals).toEqual([
      expect.objectContaining({ kind: 'subtotal', status: 'over-billed', billed: dec('113990.05') }),
    ]);
    expect(bare.totals[0].note).toBe(
      "The lines invoiced add up to €113,990.05 excluding VAT, the contract's to €113,990.00: over-billed by €0.05, beyond the tolerance of €0.01 each line is allowed.",
    );
    // Stated totals are compared themselves; a subtotal the supplier's own lines do not add up to differs.
    const stated = at(cent(true));
    expect(stated.totals.map((t) => [t.status, t.note])).toEqual([
      [
        'details-differ',
        "The invoice's own lines add up to €113,990.05 excluding VAT, not the €113,990.00 its subtotal states.",
      ],
      ['matched', undefined],
      ['matched', undefined],
    ]);
    expect(stated.differences).toBe(1);
    // Lines within the tolerance that add up within it too still match.
    const one = supplierGrid(invoice, (rows) => {
      row(rows, 'CSAT')[2] = '5000.01';
      rows.splice(6);
    });
    expect(at(one).differences).toBe(0);
  });

  it('a missing and an unexpected line', () => {
    const result = reconciled(
      supplierGrid(invoiceOf('en'), (rows) => {
        rows.splice(rows.indexOf(row(rows, 'Average response time')), 1);
        rows.splice(3, 0, ['Weekend surcharge', '', '450']);
        rows.splice(-3); // its totals would state its own sums: none stated
      }),
    );
    const missing = result.lines.find((l) => l.status === 'missing')!;
    expect(missing.label).toBe('Average response time');
    expect(missing.difference.toFixed()).toBe('320');
    expect(missing.note).toBe(
      '"Average response time" is not on the invoice; the contract gives −€320.00 (Average response time 3.4 min vs target 3 min: −0.4 min × €800 = −€320.00).',
    );
    const unexpected = result.lines[result.lines.length - 1];
    expect(unexpected).toMatchObject({ status: 'unexpected', label: 'Weekend surcharge', due: null });
    expect(unexpected.note).toBe(
      '"Weekend surcharge" (€450.00) is not a line the contract gives for October 2026.',
    );
    expect(result.message.split('\n')).toEqual([
      'Invoice bpo-customer-service-2026-10 (October 2026), contract "BPO customer service — Acme Retail": 2 differences with the contract:',
      `- ${missing.note}`,
      `- ${unexpected.note}`,
      'Lines invoiced €114,760.00 excluding VAT; due under the contract €113,990.00: difference +€770.00.',
      'Please send a corrected invoice or a credit note.',
    ]);
  });

  // A supplier spelling a line its own way shows as a missing and an unexpected line: the note saying
  // "not on the invoice" alone would be false, and the buyer would not see which row bills it.
  it('a row billed for exactly what one missing line is due says it is that amount, in both languages', () => {
    const renamed = (lang: 'en' | 'fr') =>
      reconciled(
        supplierGrid(invoiceOf(lang), (rows) => {
          rows[rows.findIndex((r) => r[2] === '-320.00')][0] = 'Avg response time';
          rows.splice(3, 0, ['Weekend surcharge', '', '450']);
          rows.splice(-3);
        }),
        lang,
      );
    const result = renamed('en');
    expect(result.lines.map((l) => l.status)).toEqual([
      'matched',
      'matched',
      'matched',
      'missing',
      'matched',
      'unexpected',
      'unexpected',
    ]);
    expect(result.lines.filter((l) => l.status === 'unexpected').map((l) => l.note)).toEqual([
      '"Weekend surcharge" (€450.00) is not a line the contract gives for October 2026.',
      '"Avg response time" (−€320.00) is not a line the contract gives for October 2026. It is what the contract gives for "Average response time", which is not on the invoice under that name.',
    ]);
    expect(plain(renamed('fr').lines.at(-1)!.note!)).toMatch(
      /^« Avg response time » \(−320,00 €\) n’est pas une ligne .*\. C’est ce que le contrat donne pour « Délai moyen de réponse », qui ne figure pas sur la facture sous ce libellé\.$/,
    );
  });

  // A contract gives some lines only in some months (a minimum-fee top-up, a cap, an earnback): a supplier
  // printing one at 0.00 in another month bills nothing the contract does not give, as a zero line left out.
  it('a row billed at zero that the contract does not give this period matches, nothing billed, nothing due', () => {
    const result = reconciled(
      supplierGrid(invoiceOf('en'), (rows) => {
        rows.splice(3, 0, ['Minimum fee top-up', '', '0.00']);
        rows.splice(4, 0, ['CSAT', '', '0.00']);
      }),
    );
    expect(result.differences).toBe(0);
    expect(result.message).toBe('');
    expect(
      result.lines.filter((l) => l.due === null).map((l) => [l.status, l.label, l.billed?.toFixed()]),
    ).toEqual([['matched', 'Minimum fee top-up', '0']]);
  });

  // Invoices print their totals' labels beside the amounts, under the unit price, the line's cell empty.
  it('totals labelled in another column than the lines’ (under Unit price, or unheaded) are the totals', () => {
    const invoice = invoiceOf('en');
    const grid: Grid = [
      ['Line', 'Quantity', 'Unit price', 'Amount', null],
      ...invoice.lines.map((l) => [l.label, l.quantity?.toFixed() ?? '', '', l.amount.toFixed(2), null]),
      [null, null, 'Subtotal', '113990.00', null],
      [null, null, 'VAT 20%', '22798.00', null],
      [null, null, null, '136788.01', 'Total'],
    ];
    const supplier = readSupplierInvoice(grid, { sheet: 'Invoice' });
    if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
    const result = reconcile(invoice, supplier.value);
    if (!result.ok) throw new Error('not reconciled');
    expect(result.value.totals.map((t) => [t.kind, t.status, t.supplier?.at])).toEqual([
      ['subtotal', 'matched', 'Invoice!C7'],
      ['vat', 'matched', 'Invoice!C8'],
      ['total', 'over-billed', 'Invoice!E9'],
    ]);
    expect(result.value.differences).toBe(1);
  });

  it('a row with its line cell empty and a word that names no total elsewhere is still refused', () => {
    const grid: Grid = [
      ['Line', 'Quantity', 'Unit price', 'Amount'],
      ['Fixed management fee', null, null, '20000.00'],
      [null, null, 'Travel', '500.00'],
      [null, '2', 'Subtotal', '500.00'],
    ];
    const supplier = readSupplierInvoice(grid, { sheet: 'Invoice' });
    expect(supplier.ok ? [] : supplier.issues.map((i) => i.message)).toEqual([
      'Invoice!A3 (Line): required',
      'Invoice!C3 (Unit price): expected a number, got "Travel"',
      'Invoice!A4 (Line): required',
      'Invoice!C4 (Unit price): expected a number, got "Subtotal"',
    ]);
  });

  it('a row spelt nearly as one missing line, billing another amount, says it is spelt so', () => {
    const result = reconciled(
      supplierGrid(invoiceOf('en'), (rows) => {
        row(rows, 'Interactions')[0] = 'Interations';
        row(rows, 'Interations')[2] = '88760.00';
        rows.splice(-3);
      }),
    );
    expect(result.lines.filter((l) => l.status !== 'matched').map((l) => [l.status, l.note])).toEqual([
      ['missing', expect.stringMatching(/^"Interactions" is not on the invoice/)],
      [
        'unexpected',
        '"Interations" (€88,760.00) is not a line the contract gives for October 2026. It is spelt nearly as "Interactions", which is not on the invoice under that name.',
      ],
    ]);
    expect(
      plain(
        reconciled(
          supplierGrid(invoiceOf('fr'), (rows) => {
            rows[2][0] = 'Interacton';
            rows[2][2] = '88760.00';
            rows.splice(-3);
          }),
          'fr',
        ).lines.at(-1)!.note!,
      ),
    ).toMatch(
      / Elle s’écrit presque comme « Interactions », qui ne figure pas sur la facture sous ce libellé\.$/,
    );
  });

  it('no such word where two missing lines, or two rows, bill that amount: which is which is a guess', () => {
    const result = reconciled(
      supplierGrid(invoiceOf('en'), (rows) => {
        row(rows, 'Fixed management fee')[0] = 'Base fee';
        row(rows, 'CSAT')[0] = 'Quality bonus';
        row(rows, 'Quality bonus')[2] = '20000.00';
        rows.splice(-3);
      }),
    );
    expect(result.lines.filter((l) => l.status === 'unexpected').map((l) => l.note)).toEqual([
      '"Base fee" (€20,000.00) is not a line the contract gives for October 2026.',
      '"Quality bonus" (€20,000.00) is not a line the contract gives for October 2026.',
    ]);
  });

  it('labels match without case or spacing; a mapping file names the supplier’s own labels', () => {
    const grid = supplierGrid(invoiceOf('en'), (rows) => {
      row(rows, 'Fixed management fee')[0] = '  fixed   MANAGEMENT fee ';
      row(rows, 'Interactions')[0] = 'Contacts handled (Oct.)';
      row(rows, 'Subtotal')[0] = 'Net amount';
    });
    expect(reconciled(grid).lines.map((l) => l.status)).toEqual([
      'matched',
      'missing',
      'matched',
      'matched',
      'matched',
      'unexpected',
      'unexpected',
    ]);
    const mapped = reconciled(
      grid,
      'en',
      'Supplier line,Contract line\ncontacts handled (oct.),Interactions\nNet amount,Subtotal\n',
    );
    expect(mapped.differences).toBe(0);
    expect(mapped.lines.find((l) => l.label === 'Interactions')!.supplier!.label).toBe(
      'Contacts handled (Oct.)',
    );
    expect(mapped.totals.map((t) => t.kind)).toEqual(['subtotal', 'vat', 'total']);
  });

  it('a mapping to a line this invoice does not have leaves the row unexpected, saying so', () => {
    const grid = supplierGrid(invoiceOf('en'), (rows) =>
      rows.splice(2, 0, ['Q4 retention bonus', '', '100']),
    );
    const result = reconciled(grid, 'en', 'Supplier line,Contract line\nQ4 retention bonus,Retention\n');
    expect(result.lines[result.lines.length - 1].note).toBe(
      '"Q4 retention bonus" (€100.00) is mapped to "Retention", which the contract does not give for October 2026.',
    );
  });

  it('a line billed twice under its label is over-billed by the copy, its note naming both rows (EN, FR); split in two, it matches', () => {
    const twice = (lang: 'en' | 'fr') =>
      reconciled(
        supplierGrid(invoiceOf(lang), (rows) => {
          rows.splice(2, 0, [...rows[1]]);
          rows.splice(-3);
        }),
        lang,
      );
    const en = twice('en');
    expect(en.lines.map((l) => l.status)).toEqual(['over-billed', ...Array(4).fill('matched')]);
    expect(en.lines[0].note).toBe(
      '"Fixed management fee": invoiced €40,000.00, the contract gives €20,000.00 (Fixed fee for the period: €20,000.00): over-billed by €20,000.00. "Fixed management fee" is billed on 2 rows (supplier.csv!A2, supplier.csv!A3).',
    );
    expect(plain(twice('fr').lines[0].note!)).toMatch(
      /surfacturation de 20 000,00 €\. « .+ » est facturée sur 2 lignes \(supplier\.csv!A2, supplier\.csv!A3\)\.$/,
    );
    const split = reconciled(
      supplierGrid(invoiceOf('en'), (rows) =>
        rows.splice(1, 1, ['Fixed management fee', '', '15000.00'], ['fixed management fee', '', '5000.00']),
      ),
    );
    expect(split.differences).toBe(0);
    expect(split.lines[0].supplier).toMatchObject({
      label: 'Fixed management fee + fixed management fee',
      at: 'supplier.csv!A2, supplier.csv!A3',
    });
  });

  it('a row mapped to two lines, billed twice: the second row is billed again', () => {
    const result = reconciled(
      supplierGrid(invoiceOf('en'), (rows) => {
        rows.splice(1, 2, ['Fees', '', '108750.00'], ['Fees', '', '108750.00']);
        rows.splice(-3);
      }),
      'en',
      'Supplier line,Contract line\nFees,Fixed management fee\nFees,Interactions\n',
    );
    expect(result.lines.at(-1)).toMatchObject({ status: 'unexpected', label: 'Fees' });
    expect(result.lines.at(-1)!.note).toBe(
      '"Fees" is billed a second time (€108,750.00); the contract gives it once.',
    );
  });

  it('two rows the mapping sends to one line are billed together: their sum matches, or differs once', () => {
    const split = (second: string) =>
      supplierGrid(invoiceOf('en'), (rows) =>
        rows.splice(1, 1, ['Base fee (site A)', '', '12000.00'], ['Base fee (site B)', '', second]),
      );
    const mapping =
      'Supplier line,Contract line\nBase fee (site A),Fixed management fee\nBase fee (site B),Fixed management fee\n';
    const together = reconciled(split('8000.00'), 'en', mapping);
    expect(together.differences).toBe(0);
    expect(together.lines[0]).toMatchObject({
      label: 'Fixed management fee',
      status: 'matched',
      supplier: { label: 'Base fee (site A) + Base fee (site B)', at: 'supplier.csv!A2, supplier.csv!A3' },
    });
    expect(together.lines).toHaveLength(5);
    // Both rows billing the whole fee: the line is over-billed by one of them, never half matched.
    const twice = reconciled(split('20000.00'), 'en', mapping);
    expect(twice.lines[0]).toMatchObject({ status: 'over-billed' });
    expect(twice.lines[0].difference.toFixed()).toBe('12000');
    expect(twice.lines[0].note).toBe(
      '"Fixed management fee": invoiced €32,000.00, the contract gives €20,000.00 (Fixed fee for the period: €20,000.00): over-billed by €12,000.00. "Fixed management fee" is billed on 2 rows (supplier.csv!A2, supplier.csv!A3).',
    );
  });

  it('a fee split over two rows under one mapped label is billed together, as it is unmapped', () => {
    const split = (second: string) =>
      supplierGrid(invoiceOf('en'), (rows) =>
        rows.splice(1, 1, ['Forfait de gestion', '', '10000.00'], ['Forfait de gestion', '', second]),
      );
    const mapping = 'Supplier line,Contract line\nForfait de gestion,Fixed management fee\n';
    const together = reconciled(split('10000.00'), 'en', mapping);
    expect(together.differences).toBe(0);
    expect(together.lines[0]).toMatchObject({
      label: 'Fixed management fee',
      status: 'matched',
      supplier: { label: 'Forfait de gestion + Forfait de gestion', at: 'supplier.csv!A2, supplier.csv!A3' },
    });
    expect(together.lines).toHaveLength(5);
    const twice = reconciled(split('20000.00'), 'en', mapping);
    expect(twice.lines.map((l) => l.status)).toEqual(['over-billed', ...Array(4).fill('matched')]);
    expect(twice.lines[0].difference.toFixed()).toBe('10000');
  });

  it('one row the mapping sends to two lines is compared with their sum; the same pair twice is an error', () => {
    const bundled = (amount: string) =>
      supplierGrid(invoiceOf('en'), (rows) => rows.splice(1, 2, ['Fees', '', amount]));
    const mapping = 'Supplier line,Contract line\nFees,Fixed management fee\nFees,Interactions\n';
    const result = reconciled(bundled('108750.00'), 'en', mapping);
    expect(result.differences).toBe(0);
    expect(result.lines).toHaveLength(4);
    expect(result.lines[0]).toMatchObject({
      label: 'Fixed management fee + Interactions',
      status: 'matched',
      supplier: { label: 'Fees', at: 'supplier.csv!A2' },
    });
    const over = reconciled(bundled('108750.10'), 'en', mapping);
    expect(over.lines[0].note).toBe(
      '"Fixed management fee + Interactions": invoiced €108,750.10, the contract gives €108,750.00 (Fixed fee for the period: €20,000.00; 40,000 × €2.10 + 2,500 × €1.90 = €88,750.00): over-billed by €0.10.',
    );
    const twice = readLineMapping(parseCsv(`${mapping}fees,Fixed management fee\n`), {
      sheet: 'mapping.csv',
    });
    expect(!twice.ok && twice.issues.map((i) => i.message)).toEqual([
      'mapping.csv!A4 (Supplier line): supplier line "fees" is mapped twice',
    ]);
  });

  it('a mapping entry matching no supplier row, beside a row spelt nearly so, is named at its cell', () => {
    const problems = (lang: 'en' | 'fr', mappingCsv: string, supplierLabel = 'Bonus - CSAT') => {
      const invoice = invoiceOf(lang);
      const grid = supplierGrid(invoice, (rows) => {
        row(rows, invoice.lines[4].label)[0] = supplierLabel;
      });
      const supplier = readSupplierInvoice(grid, { sheet: 'supplier.csv' });
      const mapping = readLineMapping(parseCsv(mappingCsv), { sheet: 'mapping.csv' });
      if (!supplier.ok || !mapping.ok) throw new Error('unreadable');
      const result = reconcile(invoice, supplier.value, { mapping: mapping.value });
      return result.ok ? result.value.lines.map((l) => l.status) : result.issues.map((i) => plain(i.message));
    };
    const typo = 'Supplier line,Contract line\nManagement fee,Fixed management fee\nBonus CSAT,CSAT\n';
    expect(problems('en', typo)).toEqual([
      `mapping.csv!A3 (Supplier line): "Bonus CSAT" matches no line of the supplier's invoice; did you mean "Bonus - CSAT"?`,
    ]);
    expect(problems('fr', typo)).toEqual([
      'mapping.csv!A3 (Supplier line) : « Bonus CSAT » ne correspond à aucune ligne de la facture du fournisseur ; vouliez-vous dire « Bonus - CSAT » ?',
    ]);
    // The same words in another order, and one letter off.
    expect(problems('en', typo, 'CSAT bonus')[0]).toContain('did you mean "CSAT bonus"?');
    expect(problems('en', typo, 'Bonus CSATT')[0]).toContain('did you mean "Bonus CSATT"?');
    // Spelt right, the entry matches; an entry for a line some months bill is no mistake beside an
    // unrelated unexpected row, nor beside one that differs by its number.
    expect(problems('en', typo.replace('Bonus CSAT', 'Bonus - CSAT'))).toEqual(Array(5).fill('matched'));
    const seasonal = 'Supplier line,Contract line\nQ1 bonus,CSAT\n';
    expect(problems('en', seasonal, 'Travel expenses')).toContain('unexpected');
    expect(problems('en', seasonal, 'Q2 bonus')).toContain('unexpected');
  });

  it('a mapping file without its header (pairs from the first row, or empty) says so once', () => {
    const problems = (csv: string) => {
      const read = readLineMapping(parseCsv(csv), { sheet: 'mapping.csv' });
      return read.ok ? [] : read.issues.map((i) => i.message);
    };
    const noHeader =
      'mapping.csv!A1: no header row: the first row must name the columns Supplier line, Contract line';
    expect(problems('Management fee,Fixed management fee\nNet amount,Subtotal\n')).toEqual([noHeader]);
    expect(problems('')).toEqual([noHeader]);
    expect(problems('Supplier line,Contract lin\n')).toEqual([
      'mapping.csv!B1: unknown column "Contract lin" (expected Supplier line, Contract line)',
    ]);
  });

  it('a quantity that differs is a difference of its own status where the amount agrees', () => {
    const result = reconciled(
      supplierGrid(invoiceOf('en'), (rows) => (row(rows, 'Interactions')[1] = '42600')),
    );
    const line = result.lines.find((l) => l.label === 'Interactions')!;
    expect(line.status).toBe('details-differ');
    expect(line.difference.isZero()).toBe(true);
    expect(line.note).toBe(
      '"Interactions": quantity invoiced 42,600, the actuals give 42,500. The amount invoiced, €88,750.00, is the contract\'s.',
    );
    expect(result.differences).toBe(1);
    expect(result.lines.filter((l) => l.status !== 'matched')).toEqual([line]);
  });

  it('a unit price or a VAT rate that differs on a right amount is details-differ too, in French as well', () => {
    // A flat price per interaction, as a volume priced by the unit prints it.
    const computed = invoiceOf('fr');
    const invoice = {
      ...computed,
      lines: computed.lines.map((l, i) => (i === 1 ? { ...l, unitPrice: dec('2.0882352941') } : l)),
    };
    const supplier = readSupplierInvoice(
      [
        ['Libellé', 'Prix unitaire', 'Montant'],
        ...invoice.lines.map((l, i) => [l.label, i === 1 ? '2.09' : '', l.amount.toFixed(2)]),
        ['TVA 10 %', '', invoice.vat.amount.toFixed(2)],
      ],
      { sheet: 'supplier.csv', lang: 'fr' },
    );
    if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
    const reconciliation = reconcile(invoice, supplier.value);
    if (!reconciliation.ok) throw new Error('failed');
    const result = reconciliation.value;
    const priced = result.lines[1];
    expect(priced.status).toBe('details-differ');
    expect(plain(priced.note!)).toBe(
      '« Interactions » : prix unitaire facturé 2,09 €, le contrat donne 2,0882352941 €. Le montant facturé, 88 750,00 €, est celui du contrat.',
    );
    expect(result.totals.map((l) => l.status)).toEqual(['details-differ']);
    expect(result.differences).toBe(2);
  });

  it('over-billed stays over-billed when its quantity differs as well', () => {
    const result = reconciled(
      supplierGrid(invoiceOf('en'), (rows) => {
        row(rows, 'Interactions')[1] = '42600';
        row(rows, 'Interactions')[2] = '88950.00';
      }),
    );
    const line = result.lines.find((l) => l.label === 'Interactions')!;
    expect(line.status).toBe('over-billed');
    expect(line.note).not.toContain('is the contract');
  });

  it('French dispute notes for a French contract', () => {
    const invoice = invoiceOf('fr');
    const result = reconciled(
      supplierGrid(invoice, (rows) => {
        row(rows, invoice.lines[4].label)[2] = '5200';
        rows.splice(rows.indexOf(row(rows, invoice.lines[1].label)), 1);
        rows.splice(-3);
        rows.push(['Frais de dossier', '', '75.5']);
      }),
      'fr',
    );
    expect(result.lines.map((l) => l.status)).toEqual([
      'matched',
      'missing',
      'matched',
      'matched',
      'over-billed',
      'unexpected',
    ]);
    expect(plain(result.lines[4].note!)).toBe(
      '« CSAT » : facturé 5 200,00 €, le contrat donne 5 000,00 € (CSAT 91,2 % ≥ seuil 90 % : honoraires 5 000,00 €) : surfacturation de 200,00 €.',
    );
    expect(plain(result.lines[1].note!)).toBe(
      `« ${invoice.lines[1].label} » ne figure pas sur la facture ; le contrat donne 88 750,00 € (40 000 × 2,10 € + 2 500 × 1,90 € = 88 750,00 €).`,
    );
    expect(plain(result.lines[5].note!)).toBe(
      '« Frais de dossier » (75,50 €) n’est pas une ligne que le contrat prévoit pour octobre 2026.',
    );
    expect(plain(result.message).split('\n')[0]).toMatch(/^Facture .* : 3 écarts avec le contrat :$/);
  });

  it('a total stated twice is an error at its cell', () => {
    const invoice = invoiceOf('en');
    const supplier = readSupplierInvoice(
      supplierGrid(invoice, (rows) => rows.push(['Total TTC', '', '1'])),
      { sheet: 'supplier.csv' },
    );
    if (!supplier.ok) throw new Error('unreadable');
    const result = reconcile(invoice, supplier.value);
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual([
      'supplier.csv!C10: a second "Total TTC" row',
    ]);
  });
});

describe('a supplier invoice as printed, or for another currency or period', () => {
  const problems = (grid: Grid, lang: 'en' | 'fr' = 'en') => {
    const supplier = readSupplierInvoice(grid, { sheet: 'Invoice', lang });
    if (!supplier.ok) return supplier.issues.map((i) => plain(i.message));
    const result = reconcile(invoiceOf(lang), supplier.value);
    return result.ok ? result.value : result.issues.map((i) => plain(i.message));
  };

  it('amounts printed as text with their currency and accounting negatives read as the amounts they print', () => {
    const result = problems([
      ['Line', 'Amount'],
      ['Fixed management fee', '€ 20 000,00'],
      ['Interactions', '88,750.00 EUR'],
      ['FCR', '560.00 €'],
      ['Average response time', '(320.00)'],
      ['CSAT', 'EUR 5.000,00'],
      ['Subtotal', '113\u00a0990,00\u00a0€'],
      ['VAT 20 %', '€22,798.00'],
      ['Amount due', '136 788,00 EUR'],
    ]);
    expect(result).toMatchObject({ differences: 0 });
    const negative = problems([
      ['Line', 'Amount'],
      ['Average response time', '-320,00 €'],
    ]);
    expect(negative).toMatchObject({
      lines: expect.arrayContaining([
        expect.objectContaining({ label: 'Average response time', status: 'matched' }),
      ]),
    });
  });

  it('a percentage, or an ambiguous thousands comma, in an amount cell is an error at its cell', () => {
    expect(
      problems([
        ['Line', 'Amount'],
        ['FCR', '5 %'],
        ['CSAT', '€5,000'],
      ]),
    ).toEqual([
      'Invoice!B2 (Amount): "5 %" is a percentage, not an amount: write the amount billed',
      'Invoice!B3 (Amount): "€5,000" reads as 5000 or as 5: type it as a number, or without thousands separators',
    ]);
  });

  it('an invoice in another currency is refused at each cell that says so, never reconciled', () => {
    expect(
      problems([
        ['Line', 'Amount'],
        ['Fixed management fee', '$20,000.00'],
        ['Interactions', '88750'],
        ['FCR', '560.00 USD'],
      ]),
    ).toEqual([
      'Invoice!B2: this row is billed in $ ("$20,000.00"), the contract in EUR: this is not an invoice under this contract, or its amounts must be converted first',
      'Invoice!B4: this row is billed in USD ("560.00 USD"), the contract in EUR: this is not an invoice under this contract, or its amounts must be converted first',
    ]);
    expect(
      problems([
        ['Line', 'Amount', 'Currency'],
        ['Fixed management fee', '20000', 'eur'],
        ['Interactions', '88750', 'GBP'],
      ]),
    ).toEqual([
      'Invoice!C3: this row is billed in GBP, the contract in EUR: this is not an invoice under this contract, or its amounts must be converted first',
    ]);
  });

  it('an amount header naming its currency (Amount (EUR), Montant HT €) is that column, held to the contract’s', () => {
    const reconciledWith = (amount: string, unitPrice = 'Unit price', quantity = 'Quantity') => {
      const invoice = invoiceOf('en');
      const grid: Grid = [
        ['Line', quantity, unitPrice, amount],
        ...invoice.lines.map((l) => [l.label, l.quantity?.toFixed() ?? '', '', l.amount.toFixed(2)]),
      ];
      const supplier = readSupplierInvoice(grid, { sheet: 'Invoice' });
      if (!supplier.ok) return supplier.issues.map((i) => i.message);
      const result = reconcile(invoice, supplier.value);
      return result.ok ? result.value.differences : result.issues.map((i) => i.message);
    };
    for (const header of [
      'Amount (EUR)',
      'Amount EUR',
      'Amount €',
      'Montant (€)',
      'Montant HT (EUR)',
      'Net amount [EUR]',
    ])
      expect([header, reconciledWith(header)]).toEqual([header, 0]);
    expect(reconciledWith('Amount', 'Unit price (€)', 'Qty')).toBe(0);
    expect(reconciledWith('Amount (USD)')).toEqual([
      'Invoice!D1: the supplier\'s invoice states its currency as "USD", the contract bills in EUR: this is not an invoice under this contract, or its amounts must be converted first',
    ]);
    expect(reconciledWith('Line (EUR)')).toEqual([
      expect.stringMatching(/^Invoice!D1: unknown column "Line \(EUR\)"/),
    ]);
  });

  it('a row in another currency is said quoting its cell, in French too', () => {
    const grid: Grid = [
      ['Libellé', 'Montant'],
      ['Forfait', '20 000,00 $US'],
    ];
    const supplier = readSupplierInvoice(grid, { sheet: 'Facture', lang: 'fr' });
    if (!supplier.ok) throw new Error('unreadable');
    const result = reconcile(invoiceOf('fr'), supplier.value);
    expect(result.ok ? [] : result.issues.map((i) => plain(i.message))).toEqual([
      'Facture!B2 : cette ligne est facturée en $US (« 20 000,00 $US »), le contrat en EUR : ce n’est pas une facture de ce contrat, ou ses montants doivent d’abord être convertis',
    ]);
  });

  it('a number cell formatted in another currency is refused at its cell; one in the contract’s reads', () => {
    const grid: Grid = [
      ['Line', 'Amount'],
      ['Fixed management fee', 20000],
      ['Interactions', 88750],
    ];
    const read = (format: string) => {
      const supplier = readSupplierInvoice(grid, {
        sheet: 'Invoice',
        numberFormats: [
          [null, null],
          [null, format],
          [null, null],
        ],
      });
      if (!supplier.ok) throw new Error('unreadable');
      const result = reconcile(invoiceOf('en'), supplier.value);
      return result.ok ? result.value.lines[0].status : result.issues.map((i) => i.message);
    };
    expect(read('[$$-409]#,##0.00')).toEqual([
      'Invoice!B2: this row is billed in $, the contract in EUR: this is not an invoice under this contract, or its amounts must be converted first',
    ]);
    expect(read('#,##0.00 [$€-40C]')).toBe('matched');
    expect(read('#,##0.00')).toBe('matched');
  });

  it('an invoice of another period is refused at its Period cell (EN, FR); a date or a month in words reads', () => {
    const grid = (period: unknown): Grid => [
      ['Line', 'Amount', 'Period'],
      ['Fixed management fee', '20000', period as string],
    ];
    expect(problems(grid('2026-09'))).toEqual([
      "Invoice!C2: this row is for 2026-09, the invoice reconciled is for 2026-10: give the supplier's invoice of 2026-10, or reconcile the period it is for",
    ]);
    expect(problems(grid('2026-09'), 'fr')).toEqual([
      'Invoice!C2 : cette ligne porte sur 2026-09, la facture rapprochée sur 2026-10 : donnez la facture du fournisseur pour 2026-10, ou rapprochez la période sur laquelle elle porte',
    ]);
    expect(problems(grid('October 2026'))).toMatchObject({ lines: expect.any(Array) });
    expect(problems(grid('octobre 2026'))).toMatchObject({ lines: expect.any(Array) });
    // A quarter is not the month reconciled, though it starts with it.
    expect(problems(grid('2026-Q4'))).toEqual([
      "Invoice!C2: this row is for 2026-Q4, the invoice reconciled is for 2026-10: give the supplier's invoice of 2026-10, or reconcile the period it is for",
    ]);
    expect(problems(grid(new Date(Date.UTC(2026, 9, 31))))).toMatchObject({ lines: expect.any(Array) });
    expect(problems(grid('Q4'))).toEqual([
      'Invoice!C2 (Period): "Q4" is not a period such as 2026-10 or October 2026',
    ]);
  });

  it('a quarterly invoice is stated by its quarter or one of its months, not by another quarter', () => {
    const base = bpoCustomerService.contract('en');
    const quarterly = {
      ...base,
      frequency: 'quarterly' as const,
      firstPeriod: '2026-01',
      kpis: base.kpis.slice(0, 3).map((kpi) => ({ ...kpi, period: 'quarterly' as const })),
    };
    const actuals = yearOfActuals({ ...bpoCustomerService, contract: () => quarterly });
    const built = buildInvoice(quarterly, actuals, '2026-04');
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const stated = (period: string) => {
      const supplier = readSupplierInvoice(
        [
          ['Line', 'Amount', 'Period'],
          ['Fixed management fee', '60000', period],
        ],
        { sheet: 'Invoice' },
      );
      if (!supplier.ok) throw new Error('unreadable');
      const result = reconcile(built.invoice, supplier.value);
      return result.ok ? 'reconciled' : result.issues.map((i) => i.message);
    };
    expect(stated('2026-Q2')).toBe('reconciled');
    expect(stated('Q2 2026')).toBe('reconciled');
    expect(stated('2026-06')).toBe('reconciled');
    expect(stated('2026-Q3')).toEqual([
      expect.stringMatching(/^Invoice!C2: this row is for 2026-Q3, the invoice reconciled is for 2026-Q2/),
    ]);
  });

  it('a VAT row stating another rate is a difference even where its amount is the contract’s', () => {
    const result = reconciled(supplierGrid(invoiceOf('en'), (rows) => (row(rows, 'VAT 20%')[0] = 'VAT 10%')));
    expect(result.differences).toBe(1);
    expect(result.totals[1]).toMatchObject({ kind: 'vat', status: 'details-differ' });
    expect(result.totals[1].note).toBe(
      '"VAT 10%" states a VAT rate of 10%; the contract gives 20%. The amount invoiced, €22,798.00, is the contract\'s.',
    );
    const french = reconciled(
      supplierGrid(invoiceOf('fr'), (rows) => (row(rows, 'VAT 20%')[0] = 'TVA 5,5 %')),
      'fr',
    );
    expect(plain(french.totals[1].note!)).toMatch(
      /« TVA 5,5 % » indique un taux de TVA de 5,5 % ; le contrat donne 20 %\. Le montant facturé, 22 798,00 €, est celui du contrat\.$/,
    );
    expect(reconciled(supplierGrid(invoiceOf('en'))).differences).toBe(0);
  });
});

describe('a supplier invoice with VAT, amounts including VAT and dates per line', () => {
  const invoice = invoiceOf('fr');
  /** The supplier's lines as French invoices print them: date, amount excluding VAT, VAT, including VAT. */
  const perLine = (edit: (rows: (string | number | Date)[][]) => void = () => undefined) => {
    const rows: (string | number | Date)[][] = [
      ['Date', 'Libellé', 'Montant HT', 'TVA', 'Montant TTC'],
      ...invoice.lines.map((l) => {
        const vat = l.amount.times('0.2');
        return ['2026-10-31', l.label, l.amount.toFixed(2), vat.toFixed(2), l.amount.plus(vat).toFixed(2)];
      }),
      ['', 'Total', invoice.subtotal.toFixed(2), invoice.vat.amount.toFixed(2), invoice.total.toFixed(2)],
    ];
    edit(rows);
    return rows;
  };
  const outcome = (grid: Grid) => {
    const supplier = readSupplierInvoice(grid, { sheet: 'facture.csv', lang: 'fr' });
    if (!supplier.ok) return supplier.issues.map((i) => plain(i.message));
    const result = reconcile(invoice, supplier.value);
    return result.ok ? result.value : result.issues.map((i) => plain(i.message));
  };
  const reconciledOf = (grid: Grid) => {
    const result = outcome(grid);
    if (Array.isArray(result)) throw new Error(result.join('\n'));
    return result;
  };

  it('reads the VAT, the amount including VAT and the date of each line: all right, all matched', () => {
    const result = reconciledOf(perLine());
    expect(result.differences).toBe(0);
    expect([...result.lines, ...result.totals].map((l) => l.status)).toEqual(Array(6).fill('matched'));
    // The Total row across the three columns is compared by its amount including VAT.
    expect(result.totals[0]).toMatchObject({ kind: 'total', billed: invoice.total });
  });

  it('the VAT and total rows may print their figure in the VAT and gross columns alone', () => {
    const result = reconciledOf(
      perLine((rows) => {
        rows.pop();
        rows.push(['', 'Total HT', invoice.subtotal.toFixed(2), '', '']);
        rows.push(['', 'TVA 20 %', '', invoice.vat.amount.toFixed(2), '']);
        rows.push(['', 'Total TTC', '', '', invoice.total.toFixed(2)]);
      }),
    );
    expect(result.differences).toBe(0);
    expect(result.totals.map((l) => [l.kind, l.status, l.billed?.toFixed(2)])).toEqual([
      ['subtotal', 'matched', '113990.00'],
      ['vat', 'matched', '22798.00'],
      ['total', 'matched', '136788.00'],
    ]);
    const off = reconciledOf(
      perLine((rows) => {
        rows.pop();
        rows.push(['', 'TVA 20 %', '', '22799.00', '']);
      }),
    );
    expect(off.totals[0]).toMatchObject({ kind: 'vat', status: 'over-billed' });
  });

  it('a line whose amount and VAT do not add up to its amount including VAT is a difference naming its row', () => {
    const result = reconciledOf(perLine((rows) => (rows[2][4] = '106400.00')));
    expect(result.differences).toBe(1);
    expect(result.lines[1]).toMatchObject({ status: 'details-differ', label: 'Interactions' });
    expect(plain(result.lines[1].note!)).toBe(
      '« Interactions » (facture.csv!B3) : 88 750,00 € + TVA 17 750,00 € = 106 500,00 €, et non les 106 400,00 € TTC indiqués. Le montant facturé, 88 750,00 €, est celui du contrat.',
    );
  });

  it('a line VAT at another rate is a difference; one rounded either way to the cent is not', () => {
    const wrong = reconciledOf(
      perLine((rows) => {
        rows[3][3] = '56.00';
        rows[3][4] = '616.00';
      }),
    );
    expect(wrong.lines[2].status).toBe('details-differ');
    expect(plain(wrong.lines[2].note!)).toBe(
      '« FCR » (facture.csv!B4) : TVA 56,00 € sur 560,00 € ; au taux du contrat, 20 %, elle est de 112,00 €. Le montant facturé, 560,00 €, est celui du contrat.',
    );
    // The VAT of 0.03 is 0.006: 0.01 (rounded up) and 0.00 (rounded down) are both right.
    const rounding = invoiceOf('en');
    const supplier = readSupplierInvoice(
      [
        ['Line', 'Amount', 'VAT', 'Gross'],
        ...rounding.lines.map((l) => [l.label, l.amount.toFixed(2), l.amount.times('0.2').toFixed(2), '']),
        ['Rounding', '0.03', '0.01', '0.04'],
        ['Rounding (gross only)', '0.03', '', '0.03'],
      ],
      { sheet: 'supplier.csv' },
    );
    if (!supplier.ok) throw new Error(supplier.issues[0].message);
    const result = reconcile(rounding, supplier.value);
    const notes = result.ok ? result.value.lines.filter((l) => l.label.startsWith('Rounding')) : [];
    expect(notes.map((l) => [l.status, l.note?.includes('VAT')])).toEqual([
      ['unexpected', false],
      ['unexpected', false],
    ]);
  });

  it('a line dated outside the period is refused at its Date cell; dates in words or digits read', () => {
    expect(outcome(perLine((rows) => (rows[2][0] = '30/09/2026')))).toEqual([
      'facture.csv!A3 : cette ligne est datée du 30/09/2026, hors de la facture rapprochée, 2026-10 : donnez la facture du fournisseur pour 2026-10, ou rapprochez la période sur laquelle elle porte',
    ]);
    expect(outcome(perLine((rows) => (rows[2][0] = 'le 31')))).toEqual([
      'facture.csv!A3 (Date) : « le 31 » n’est pas une date telle que 2026-10-15, 15/10/2026, 15 oct. 2026 ou 15 octobre 2026',
    ]);
    for (const date of [
      '05/10/2026',
      '31.10.2026',
      '15 oct. 2026',
      '15 octobre 2026',
      '1er octobre 2026',
      'October 15, 2026',
      new Date(Date.UTC(2026, 9, 15)),
      46326,
      46326.75,
    ])
      expect(reconciledOf(perLine((rows) => (rows[2][0] = date))).differences).toBe(0);
    // A French file writes its day first: 10/05/2026 is 10 May, not 5 October.
    expect(outcome(perLine((rows) => (rows[2][0] = '10/05/2026')))).toEqual([
      'facture.csv!A3 : cette ligne est datée du 10/05/2026 (jour en premier, comme l’écrit une facture française), hors de la facture rapprochée, 2026-10 : donnez la facture du fournisseur pour 2026-10, ou rapprochez la période sur laquelle elle porte',
    ]);
    expect(Array.isArray(outcome(perLine((rows) => (rows[2][0] = '05/11/2026'))))).toBe(true);
    // A workbook's date cell is its serial: quoted as the day it shows.
    expect(outcome(perLine((rows) => (rows[2][0] = 46295)))).toEqual([
      'facture.csv!A3 : cette ligne est datée du 2026-09-30, hors de la facture rapprochée, 2026-10 : donnez la facture du fournisseur pour 2026-10, ou rapprochez la période sur laquelle elle porte',
    ]);
  });

  describe('05/10/2026 in an English file', () => {
    const english = invoiceOf('en');
    const dated = (...dates: string[]) => {
      const supplier = readSupplierInvoice(
        [
          ['Date', 'Line', 'Amount'],
          ...english.lines.map((l, i) => [dates[i] ?? '2026-10-31', l.label, l.amount.toFixed(2)]),
        ],
        { sheet: 'supplier.csv' },
      );
      if (!supplier.ok) return supplier.issues.map((i) => i.message);
      const result = reconcile(english, supplier.value);
      return result.ok ? result.value.differences : result.issues.map((i) => i.message);
    };

    it('is refused at its cell where one reading is in the period and the other is not', () => {
      expect(dated('2026-10-31', '05/10/2026')).toEqual([
        'supplier.csv!A3: "05/10/2026" is 2026-10-05 day first and 2026-05-10 month first, and the file shows neither order (no day over 12 in its Date column); only one of them is in the invoice reconciled, 2026-10: write its dates as 2026-10-15 or 15 Oct 2026',
      ]);
      // Both readings in October, or the same month either way: the reading changes nothing.
      expect(dated('10/10/2026', '2026-10-01')).toBe(0);
      // Both readings outside: outside either way.
      expect(dated('05/11/2026')).toEqual([
        expect.stringMatching(/^supplier\.csv!A2: this row is dated 05\/11\/2026, outside/),
      ]);
    });

    it('reads in the order its Date column shows by a day over 12', () => {
      expect(dated('15/10/2026', '05/10/2026')).toBe(0);
      expect(dated('10/15/2026', '10/05/2026')).toBe(0);
      // Month first, 05/10/2026 is 10 May: the note says which order, and the cell showing it.
      expect(dated('10/15/2026', '05/10/2026')).toEqual([
        "supplier.csv!A3: this row is dated 05/10/2026 (month first, as supplier.csv!A2's 10/15/2026 shows), outside the invoice reconciled, 2026-10: give the supplier's invoice of 2026-10, or reconcile the period it is for",
      ]);
      // A column showing both orders says neither.
      expect(dated('15/10/2026', '10/15/2026', '05/10/2026')).toEqual([
        expect.stringMatching(/^supplier\.csv!A4: "05\/10\/2026" is 2026-10-05 day first/),
      ]);
    });

    it('a French header (Libellé, Montant HT) makes the file French: day first', () => {
      const supplier = readSupplierInvoice(
        [
          ['Date', 'Libellé', 'Montant HT'],
          ...english.lines.map((l) => ['05/10/2026', l.label, l.amount.toFixed(2)]),
        ],
        { sheet: 'supplier.csv' },
      );
      if (!supplier.ok) throw new Error(supplier.issues[0].message);
      expect(supplier.value.rows[0].dated?.months).toEqual(['2026-10']);
    });
  });

  it('amounts including VAT alone say the amount excluding VAT is needed', () => {
    expect(
      outcome([
        ['Libellé', 'Montant TTC'],
        ['CSAT', '6000.00'],
      ]),
    ).toEqual([
      'facture.csv!B1 : pas de colonne « Montant » : « Montant TTC » comprend la TVA, et le montant d’une ligne est hors taxes : donnez les montants HT à côté',
    ]);
  });
});
