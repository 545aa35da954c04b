/** Correct an invoice from the pane, over a workbook: an invoice sheet read back as issued, then a credit or debit note. */
import { now } from '../../test/support/syncActions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { templateList } from '../templates';
import { workbookActions } from './actions';
import { controlActions } from './controlActions';

/** A workbook with the BPO contract and its October invoice sheet, as the pane writes them. */
function issuedOctober() {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', 'en'));
  const invoice = now(actions.generateInvoice('2026-10', 'en'));
  const control = controlActions(book, () => '2026-11-20');
  return { book, control, sheet: invoice.sheet };
}

/** Sets the October value of an actuals row (`Interactions`, `CSAT`…), as a user restating it would. */
function restate(book: MemoryWorkbook, name: string, value: number): void {
  const grid = book.sheetMap.get('Actuals')!;
  const col = grid[0]!.indexOf('2026-10');
  grid.find((row) => row[1] === name)![col] = value;
}

function cell(book: MemoryWorkbook, sheet: string, address: string): string | number | boolean | null {
  const col = address.charCodeAt(0) - 65;
  return book.sheetMap.get(sheet)![Number(address.slice(1)) - 1]![col]!;
}

describe('Correct an invoice from its correction note sheet: restated again', () => {
  it('corrects from what the note made the invoice, numbered -C2 and naming the chain; each sheet corrected once', () => {
    const { book, control, sheet } = issuedOctober();
    restate(book, 'CSAT', 0.89);
    const first = now(control.correctInvoice(sheet, 'en'));
    expect(first).toMatchObject({ sheet: 'Credit note 2026-10', difference: '−€6,000.00' });
    // The volume restated next: only its change, 700 × 1.90 and its VAT, not the CSAT fee again.
    restate(book, 'Interactions', 41800);
    const second = now(control.correctInvoice(first.sheet!, 'en'));
    expect(second).toEqual({
      sheet: 'Credit note 2026-10 (2)',
      kind: 'credit',
      difference: '−€1,596.00',
      message:
        'Credit note bpo-customer-service-2026-10-C2 written to "Credit note 2026-10 (2)": −€1,596.00, 1 line changed.',
    });
    const note = book.sheetMap.get(second.sheet!)!;
    expect(cell(book, second.sheet!, 'B5')).toBe(
      'bpo-customer-service-2026-10, as corrected by bpo-customer-service-2026-10-C',
    );
    const row = (label: string) => note.find((r) => r[0] === label)!;
    expect(row('CSAT').filter((v) => typeof v === 'number')).toEqual([0, 0, 0]);
    expect(row('Interactions').filter((v) => typeof v === 'number')).toEqual([88750, 87420, -1330]);
    // Note 1 is corrected by note 2 now: from note 1 again, or from the invoice, would correct twice.
    expect(() => control.correctInvoice(first.sheet!, 'en')).toThrow(
      'invoice bpo-customer-service-2026-10-C is already corrected by note bpo-customer-service-2026-10-C2 (sheet Credit note 2026-10 (2))',
    );
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      'already corrected by note bpo-customer-service-2026-10-C ',
    );
    // Corrected from note 2 when nothing changed since: nothing to write.
    expect(now(control.correctInvoice(second.sheet!, 'en'))).toMatchObject({ sheet: null, kind: 'none' });
  });

  it('knows a note sheet renamed, or copied without its tag, as a note of the invoice: never corrected twice', () => {
    const { book, control, sheet } = issuedOctober();
    restate(book, 'CSAT', 0.89);
    const first = now(control.correctInvoice(sheet, 'en'));
    book.renameSheet(first.sheet!, 'October credit');
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      'invoice bpo-customer-service-2026-10 is already corrected by note bpo-customer-service-2026-10-C (sheet October credit)',
    );
    // Copied from another workbook: no tag, and a name no note sheet gets; its printed number tells it.
    book.addSheet('From the archive', structuredClone(book.sheetMap.get('October credit')!));
    book.tags.delete('October credit');
    book.sheetMap.delete('October credit');
    expect(() => control.correctInvoice(sheet, 'en')).toThrow('(sheet From the archive)');
  });

  it('refuses a note sheet whose amount was typed over, naming the cell', () => {
    const { book, control, sheet } = issuedOctober();
    restate(book, 'CSAT', 0.89);
    const first = now(control.correctInvoice(sheet, 'en'));
    const grid = book.sheetMap.get(first.sheet!)!;
    const csat = grid.findIndex((r) => r[0] === 'CSAT');
    grid[csat]![2] = 5000;
    expect(() => control.correctInvoice(first.sheet!, 'en')).toThrow(
      `'Credit note 2026-10'!D${csat + 1}: -5000 on the note's sheet, 0 from its other cells: edited by hand since`,
    );
  });
});

describe('Correct an invoice from a note sheet proves the note whole first, as verify proves it alone', () => {
  /** October's credit note for CSAT restated to 89%, then the volume restated too: a -C2 is due from it. */
  function noted() {
    const { book, control, sheet } = issuedOctober();
    restate(book, 'CSAT', 0.89);
    const first = now(control.correctInvoice(sheet, 'en'));
    restate(book, 'Interactions', 41800);
    const note = book.sheetMap.get(first.sheet!)!;
    /** The 1-based row of `label` in the note's block titled `title`, or among its lines when none. */
    const row = (label: string, title?: string) => {
      const from = title === undefined ? 0 : note.findIndex((r) => r[0] === title);
      return from + note.slice(from).findIndex((r) => r[0] === label) + 1;
    };
    return { book, control, sheet: first.sheet!, note, row };
  }

  it('corrects from an untouched note sheet', () => {
    const { control, sheet } = noted();
    expect(now(control.correctInvoice(sheet, 'en'))).toMatchObject({
      sheet: 'Credit note 2026-10 (2)',
      difference: '−€1,596.00',
    });
  });

  it('refuses a value as issued typed over, naming the sheet, the cell and the block (EN, FR)', () => {
    const { book, control, sheet, note, row } = noted();
    const csat = row('CSAT', 'Values of the invoice as issued');
    note[csat - 1]![2] = 0.95;
    const block = `A${row('Values of the invoice as issued')}:D${csat}`;
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      `'Credit note 2026-10'!B7: the values of the invoice as issued (${block}) put over the actuals given do not give this fingerprint as issued: a value or the fingerprint was edited by hand since`,
    );
    expect(() => control.correctInvoice(sheet, 'fr')).toThrow(
      `'Credit note 2026-10'!B7\u00a0: les valeurs de la facture émise (${block}) placées sur le réalisé donné ne donnent pas cette empreinte à l’émission`,
    );
    expect(book.sheetMap.has('Credit note 2026-10 (2)')).toBe(false);
  });

  it('refuses a reason or an As issued amount typed over, naming its cell', () => {
    const { control, sheet, note, row } = noted();
    const csat = row('CSAT');
    note[csat - 1]![4] = 'CSAT restated';
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      `'Credit note 2026-10'!E${csat}: "CSAT restated" in the note, "CSAT restated from 91.2% to 89%: threshold now missed: −€5,000.00" from its values as issued: edited by hand since`,
    );
    // A date typed over it, which Sheets' port hands over as a Date: named as the day it shows.
    (note[csat - 1] as unknown[])[4] = new Date(Date.UTC(2026, 9, 31));
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      `'Credit note 2026-10'!E${csat}: "2026-10-31" in the note, "CSAT restated from 91.2% to 89%`,
    );
    // With its difference following, so the note still adds up: only the values as issued tell.
    note[csat - 1]!.splice(1, 4, 6000, 0, -6000, note[csat - 1]![4]);
    note[csat - 1]![4] = 'CSAT restated from 91.2% to 89%: threshold now missed: −€5,000.00';
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      `'Credit note 2026-10'!B${csat}: 6000 in the note, 5000 from its values as issued: edited by hand since`,
    );
  });

  it('corrects from a note written before notes carried their values as issued, saying its reasons are not proved', () => {
    const { control, sheet, note, row } = noted();
    const title = row('Values of the invoice as issued');
    for (let r = title - 1; r < title + 5; r++) note[r] = note[r]!.map(() => null);
    expect(now(control.correctInvoice(sheet, 'en'))).toEqual({
      sheet: 'Credit note 2026-10 (2)',
      kind: 'credit',
      difference: '−€1,596.00',
      message:
        'Credit note bpo-customer-service-2026-10-C2 written to "Credit note 2026-10 (2)": −€1,596.00, 1 line changed. Credit note 2026-10: its reasons and As issued amounts are not proved: it carries no values of the invoice as issued (written by an earlier version); verify it filed with the invoice it corrects.',
    });
  });
});

describe('Correct an invoice whose Period row was typed over', () => {
  it('names that cell, the number and the fingerprint telling the period it was issued for', () => {
    const { book, control, sheet } = issuedOctober();
    book.sheetMap.get(sheet)![4]![1] = 'September 2026';
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      `'Invoice 2026-10'!B5 (Period): "September 2026" on the sheet, "October 2026" as issued: edited by hand since`,
    );
  });
});

describe('Correct an invoice, over a workbook', () => {
  it('writes a credit note for a restated KPI and volume: each line as issued, recomputed, the difference and why', () => {
    const { book, control, sheet } = issuedOctober();
    restate(book, 'CSAT', 0.89);
    restate(book, 'Interactions', 41800);
    const before = JSON.stringify([...book.sheetMap.entries()]);

    const result = now(control.correctInvoice(sheet, 'en'));
    expect(result).toEqual({
      sheet: 'Credit note 2026-10',
      kind: 'credit',
      difference: '−€7,596.00',
      message:
        'Credit note bpo-customer-service-2026-10-C written to "Credit note 2026-10": −€7,596.00, 2 lines changed.',
    });
    const note = book.sheetMap.get('Credit note 2026-10')!;
    const row = (label: string) => note.find((r) => r[0] === label)!;
    // −5,000 for CSAT, −1,330 for the interactions (700 × 1.90), VAT 20 % of −6,330: −1,266.
    expect(row('CSAT').filter((v) => typeof v === 'number')).toEqual([5000, 0, -5000]);
    expect(row('Interactions').filter((v) => typeof v === 'number')).toEqual([88750, 87420, -1330]);
    const reasons = note.flat().filter((v): v is string => typeof v === 'string');
    expect(reasons).toContain('CSAT restated from 91.2% to 89%: threshold now missed: −€5,000.00');
    expect(reasons).toContain('Interactions restated from 42,500 to 41,800: −€1,330.00');
    // Only a new sheet: the invoice, contract and actuals are as they were.
    expect(JSON.stringify([...book.sheetMap.entries()].filter(([name]) => name !== result.sheet))).toBe(
      before,
    );
    // Corrected again from the invoice, the note's corrections would count twice.
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      "invoice bpo-customer-service-2026-10 is already corrected by note bpo-customer-service-2026-10-C (sheet Credit note 2026-10): correct from that note's sheet, or its corrections would be counted twice",
    );
  });

  it('writes a debit note, in French in the pane, when the restated value raises the total', () => {
    const { book, control, sheet } = issuedOctober();
    restate(book, 'Interactions', 43500);
    const result = now(control.correctInvoice(sheet, 'fr'));
    expect(result.kind).toBe('debit');
    expect(result.message).toMatch(
      /^Facture rectificative bpo-customer-service-2026-10-C écrite dans «\u00a0Debit note 2026-10\u00a0»\u00a0: \+2\s280,00\s€, 1 ligne modifiée\.$/,
    );
  });

  it('proves an hourly invoice from the hours it prints, then credits restated hours', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('online-business-manager', 'en'));
    const { sheet } = now(actions.generateInvoice('2026-12', 'en'));
    const grid = book.sheetMap.get('Actuals')!;
    grid.find((row) => row[0] === 'hours')![grid[0]!.indexOf('2026-12')] = 54;
    const result = now(controlActions(book, () => '2027-01-10').correctInvoice(sheet, 'en'));
    expect(result).toMatchObject({ sheet: 'Credit note 2026-12', kind: 'credit' });
    const reasons = book.sheetMap
      .get(result.sheet!)!
      .flat()
      .filter((v): v is string => typeof v === 'string');
    expect(reasons.some((r) => r.startsWith('OBM hourly fee restated from 58 to 54'))).toBe(true);
  });

  it('writes nothing when nothing was restated', () => {
    const { book, control, sheet } = issuedOctober();
    const names = book.sheetNames();
    expect(now(control.correctInvoice(sheet, 'en'))).toEqual({
      sheet: null,
      kind: 'none',
      difference: '€0.00',
      message:
        "Nothing to correct: invoice bpo-customer-service-2026-10 recomputed with today's actuals is the invoice as issued. No sheet written.",
    });
    expect(book.sheetNames()).toEqual(names);
  });

  it('refuses an amount edited by hand, naming its cell', () => {
    const { book, control, sheet } = issuedOctober();
    restate(book, 'CSAT', 0.89);
    expect(cell(book, sheet, 'F13')).toBe(5000);
    book.sheetMap.get(sheet)![12]![5] = 5500;
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      "'Invoice 2026-10'!F13 (CSAT, Amount): 5500 on the sheet, 5000 as issued: edited by hand since",
    );
    expect(() => control.correctInvoice(sheet, 'fr')).toThrow(
      "'Invoice 2026-10'!F13 (CSAT, Amount)\u00a0: 5500 sur la feuille, 5000 à l’émission\u00a0: modifié à la main depuis",
    );
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals', sheet]);
  });

  it('refuses a printed actual edited by hand: the sheet no longer gives its fingerprint', () => {
    const { book, control, sheet } = issuedOctober();
    expect(cell(book, sheet, 'C23')).toBe(0.912);
    book.sheetMap.get(sheet)![22]![2] = 0.95;
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      /^'Invoice 2026-10'!B7: the values printed on the sheet do not give its fingerprint/,
    );
  });

  it('refuses a sheet not written by the add-in, or whose fingerprint or period was overwritten, naming the cell', () => {
    const { book, control, sheet } = issuedOctober();
    book.addSheet('Notes', [['Invoice from the supplier'], [], ['Number', 'X-1']]);
    expect(() => control.correctInvoice('Notes', 'en')).toThrow(
      '"Notes" is not an invoice or a correction note Outcome Fees wrote (it has no Fingerprint row at A7 and no note number at B3): choose one the list offers.',
    );
    expect(() => control.correctInvoice('Notes', 'fr')).toThrow(
      '«\u00a0Notes\u00a0» n’est ni une facture ni un avoir ou une facture rectificative écrits par Outcome Fees (pas de ligne Empreinte en A7 ni de numéro en B3)\u00a0: choisissez une feuille de la liste.',
    );
    const grid = book.sheetMap.get(sheet)!;
    grid[4]![1] = 'October';
    expect(() => control.correctInvoice(sheet, 'fr')).toThrow(
      "'Invoice 2026-10'!B5\u00a0: ce n’est pas une période comme 2026-10",
    );
    grid[4]![1] = '2026-10';
    grid[6]![1] = '=HYPERLINK("x")';
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      "'Invoice 2026-10'!B7: not a fingerprint (64 hexadecimal digits)",
    );
  });

  it('refuses an invoice whose contract version was typed over (its fingerprint proves the terms), naming the cell', () => {
    const { book, control, sheet } = issuedOctober();
    book.sheetMap.get(sheet)![5]![4] = 'sha256:0000000000000000';
    expect(() => control.correctInvoice(sheet, 'en')).toThrow(
      /^'Invoice 2026-10'!E6: "sha256:0000000000000000" on the sheet, "sha256:[0-9a-f]{16}" as issued: edited by hand since$/,
    );
  });

  it.each(templateList('en').map((t) => t.id))(
    'reads back every invoice of the %s template as issued: its printed values give its fingerprint',
    (template) => {
      const book = new MemoryWorkbook();
      const actions = workbookActions(book);
      now(actions.newContract(template, 'en'));
      const control = controlActions(book, () => '2027-01-15');
      const { periods } = now(actions.checkContract('en'));
      expect(periods.length).toBeGreaterThan(0);
      for (const period of periods) {
        const { sheet } = now(actions.generateInvoice(period, 'en'));
        expect(now(control.correctInvoice(sheet, 'en'))).toMatchObject({ sheet: null, kind: 'none' });
      }
    },
  );

  it('refuses the contract’s own sheets and no sheet', () => {
    const { control } = issuedOctober();
    expect(() => control.correctInvoice('', 'en')).toThrow('Choose the invoice sheet to correct.');
    expect(() => control.correctInvoice('Actuals', 'en')).toThrow('That sheet belongs to the contract');
  });
});
