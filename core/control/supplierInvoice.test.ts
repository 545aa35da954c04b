/** Reading the supplier's invoice: columns by header in both languages, every problem at its cell. */
import type { Grid } from '../contract/sheet/cells';
import { readSupplierInvoice, supplierInvoiceFromCsv } from './supplierInvoice';
import { statedVatRate, totalKind } from './totalRows';

const read = (grid: Grid) => readSupplierInvoice(grid, { sheet: 'supplier.csv' });
const messages = (grid: Grid) => {
  const result = readSupplierInvoice(grid, { sheet: 'supplier.csv', numbers: 'comma-file' });
  return result.ok ? [] : result.issues.map((i) => i.message);
};

describe('readSupplierInvoice', () => {
  it('finds columns by header, English or French, in any order, and reads exact amounts', () => {
    const result = read([
      [null, null],
      ['Prix unitaire', 'Montant', 'Libellé', 'Quantité', 'Unité'],
      [2.1, '84 000.00', 'Interactions', 40000, 'interaction'],
      [null, 0.1, 'Rounding', null, null],
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.value.rows.map((r) => [
        r.label,
        r.amount.toFixed(),
        r.quantity?.toFixed(),
        r.unitPrice?.toFixed(),
        r.at,
      ]),
    ).toEqual([
      ['Interactions', '84000', '40000', '2.1', 'supplier.csv!C3'],
      ['Rounding', '0.1', undefined, undefined, 'supplier.csv!C4'],
    ]);
  });

  it('refuses an amount, quantity or unit price beyond what a spreadsheet holds, at its cell', () => {
    const beyond = (value: string) =>
      `"${value}" is out of range: an invoice's number has at most 15 significant digits and is below 1,000,000,000,000,000, as a spreadsheet holds it`;
    expect(
      messages([
        ['Line', 'Quantity', 'Unit price', 'Amount'],
        ['Fee', null, null, 1e21],
        ['Interactions', '1000000000000000000000000', null, '88750.00'],
        ['FCR', null, '1234567890123456.5', '560.00'],
        ['CSAT', null, null, '-1000000000000000'],
      ]),
    ).toEqual([
      `supplier.csv!D2 (Amount): ${beyond('1e+21')}`,
      `supplier.csv!B3 (Quantity): ${beyond('1000000000000000000000000')}`,
      `supplier.csv!C4 (Unit price): ${beyond('1234567890123456.5')}`,
      `supplier.csv!D5 (Amount): ${beyond('-1000000000000000')}`,
    ]);
    // The largest figures a cell holds still read, to the cent.
    const largest = read([
      ['Line', 'Amount'],
      ['Fee', '9999999999999.99'],
      ['Credit', -999999999999999],
    ]);
    expect(largest.ok && largest.value.rows.map((r) => r.amount.toFixed())).toEqual([
      '9999999999999.99',
      '-999999999999999',
    ]);
    const french = readSupplierInvoice(
      [
        ['Libellé', 'Montant'],
        ['Frais', '1000000000000000000000'],
      ],
      { sheet: 'fournisseur.csv', lang: 'fr' },
    );
    expect(!french.ok && french.issues[0].message.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'fournisseur.csv!B2 (Montant) : « 1000000000000000000000 » est hors limites : un nombre de facture a au plus 15 chiffres significatifs et reste sous 1 000 000 000 000 000, comme un tableur le contient',
    );
  });

  it('a title block above the table is left out: the table starts at the row naming its columns', () => {
    const result = read([
      ['Contact Plus BPO — invoice INV-2026-10', null],
      ['Acme Retail SAS', null],
      [null, null],
      ['Line', 'Amount'],
      ['Fixed management fee', '20000.00'],
    ]);
    expect(result.ok && result.value.rows.map((r) => [r.label, r.amount.toFixed(), r.at])).toEqual([
      ['Fixed management fee', '20000', 'supplier.csv!A5'],
    ]);
    // Without a row naming both columns, the first row is the header, and says so.
    expect(
      messages([
        ['Contact Plus BPO', null],
        ['Lign', 'Amonut'],
      ]),
    ).toEqual(['supplier.csv!A1: no header row: the first row must name the columns (Line, Amount…)']);
  });

  it('amounts headed excluding VAT as French and English invoices print it (Montant HT, Total HT) are the amounts', () => {
    for (const [label, amount, unitPrice] of [
      ['Désignation', 'Montant HT', 'Prix unitaire HT'],
      ['Libellé', 'Total HT', 'PU HT'],
      ['Description', 'Amount excl. VAT', 'Unit price excl. VAT'],
      ['Line', 'Net amount', 'Unit price'],
    ]) {
      const result = read([
        [label, 'Quantité', unitPrice, amount],
        ['Interactions', 40000, 2.1, 84000],
      ]);
      expect(result.ok && result.value.rows.map((r) => [r.amount.toFixed(), r.unitPrice?.toFixed()])).toEqual(
        [['84000', '2.1']],
      );
    }
    // Amounts including VAT are not the lines' amounts: never read as them.
    expect(messages([['Désignation', 'Montant TTC']])).toEqual([
      'supplier.csv!B1: no "Amount" column: "Montant TTC" includes VAT, and a line\'s amount is before VAT: give the amounts excluding VAT beside it',
    ]);
  });

  // Invoices print an item reference and a comment beside each line: the contract names neither, so they
  // are read and not compared, as the unit and the explanation are; a misspelt one is still unknown.
  it('amount and unit price headers as invoices print them (Net, Line total excl. VAT, Price, Rate, PU)', () => {
    for (const [unitPrice, amount] of [
      ['Price', 'Net'],
      ['Rate', 'Net value'],
      ['Unit cost', 'Line total excl. VAT'],
      ['PU', 'Montant net HT'],
      ['Prix', 'Total ligne HT'],
      ['Tarif unitaire', 'Prix total HT'],
    ]) {
      const result = read([
        ['Line', 'Qty', unitPrice, amount],
        ['Interactions', 40000, 2.1, 84000],
      ]);
      expect([
        amount,
        result.ok
          ? result.value.rows.map((r) => [r.amount.toFixed(), r.unitPrice?.toFixed()])
          : result.issues,
      ]).toEqual([amount, [['84000', '2.1']]]);
    }
    // Gross, TTC: including VAT, no line's amount.
    expect(messages([['Line', 'Gross']])).toEqual([
      'supplier.csv!B1: no "Amount" column: "Gross" includes VAT, and a line\'s amount is before VAT: give the amounts excluding VAT beside it',
    ]);
  });

  it('a reference or a comment column, English or French, is accepted and not compared', () => {
    for (const [reference, comment] of [
      ['Ref.', 'Comment'],
      ['Reference', 'Notes'],
      ['Référence', 'Commentaire'],
      ['Réf.', 'Remarques'],
      ['Item no.', 'Note'],
      ['Code', 'Comments'],
    ]) {
      const result = read([
        [reference, 'Line', 'Amount', comment],
        ['A-100', 'Interactions', 88750, '42,500 calls'],
        ['=cmd', 'FCR', 560, '+5 pts'],
      ]);
      expect([
        reference,
        result.ok ? result.value.rows.map((r) => r.amount.toFixed()) : result.issues,
      ]).toEqual([reference, ['88750', '560']]);
    }
    expect(messages([['Line', 'Amount', 'Refrence']])).toEqual([
      'supplier.csv!C1: unknown column "Refrence" (expected Line, Amount, Quantity, Unit price, Unit, Currency, Period, Date, VAT, VAT rate, Gross)',
    ]);
  });

  it('the header repeated down the table (an export paged for print) is no line; a row merely naming columns is', () => {
    const result = read([
      ['Line', 'Amount'],
      ['Fixed management fee', 20000],
      ['LINE ', 'amount'],
      ['Interactions', 88750],
    ]);
    expect(result.ok && result.value.rows.map((r) => [r.label, r.at])).toEqual([
      ['Fixed management fee', 'supplier.csv!A2'],
      ['Interactions', 'supplier.csv!A4'],
    ]);
    expect(
      messages([
        ['Line', 'Amount'],
        ['Line', 'Montant'],
      ]),
    ).toEqual(['supplier.csv!B2 (Amount): expected a number, got "Montant"']);
  });

  it('an unknown or repeated header is an error naming its cell', () => {
    expect(messages([['Line', 'Amonut', 'Amount', 'Line']])).toEqual([
      'supplier.csv!B1: unknown column "Amonut" (expected Line, Amount, Quantity, Unit price, Unit, Currency, Period, Date, VAT, VAT rate, Gross)',
      'supplier.csv!D1: column "Line" is given twice',
    ]);
    expect(messages([['Line', 'Quantity']])).toEqual(['supplier.csv!A1: no "Amount" column']);
    expect(messages([])).toEqual([
      'supplier.csv!A1: no header row: the first row must name the columns (Line, Amount…)',
    ]);
  });

  it('a file starting with its lines (no header at all) says so once, on the row it read as the header', () => {
    const lines = [
      [null, null],
      ['Fixed management fee', 20000],
      ['Interactions', 88750],
    ];
    expect(messages(lines)).toEqual([
      'supplier.csv!A2: no header row: the first row must name the columns (Line, Amount…)',
    ]);
  });

  it('a blank amount is an error, not zero; so are text that is not a number and a value without a header', () => {
    expect(
      messages([
        ['Line', 'Amount', 'Quantity'],
        ['Fixed fee', null, null],
        ['CSAT', 'n/a', null],
        [null, '12', null],
        ['Hours', '10', '1,5', 'note'],
      ]),
    ).toEqual([
      'supplier.csv!B2 (Amount): required: the row "Fixed fee" has no amount; a heading, or a line\'s text continued on a second row, is no line: join it to its line or delete the row',
      'supplier.csv!B3 (Amount): expected a number, got "n/a"',
      'supplier.csv!A4 (Line): required',
      'supplier.csv!C5 (Quantity): expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500), got "1,5"',
      'supplier.csv!D5: a value in a column without a header',
    ]);
  });
});

describe('a row holding a label alone', () => {
  it("is said to be one, in the file's language, where the quantity or unit price is given the amount is only required", () => {
    const grid = (amount: string | null): Grid => [
      ['Libellé', 'Quantité', 'Montant HT'],
      ['Interactions', '42500', '88 750,00'],
      ['(42 500 interactions, octobre)', null, amount],
      ['FCR', '1', null],
    ];
    const result = readSupplierInvoice(grid(null), {
      sheet: 'facture.csv',
      numbers: 'semicolon-file',
      lang: 'fr',
    });
    expect(result.ok ? [] : result.issues.map((i) => i.message.replace(/[\u202f\u00a0]/g, ' '))).toEqual([
      'facture.csv!C3 (Montant HT) : obligatoire : la ligne « (42 500 interactions, octobre) » n’a pas de montant ; un intertitre, ou le texte d’une ligne poursuivi sur une seconde ligne, n’est pas une ligne : rattachez-le à sa ligne ou supprimez la ligne',
      'facture.csv!C4 (Montant HT) : obligatoire',
    ]);
  });
});

describe('supplierInvoiceFromCsv', () => {
  it('a JSON file (an invoice outcome-fees wrote) is said to be one, not a CSV with a bad quote', () => {
    const result = supplierInvoiceFromCsv('{\n  "number": "bpo-2026-10"\n}\n', 'invoice.json');
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      "invoice.json: a JSON file, not a table: give the supplier's invoice as CSV or .xlsx (an invoice JSON written by outcome-fees is checked with verify)",
    ]);
  });
});

describe('amounts of a CSV as the supplier’s locale formats them', () => {
  const amounts = (csv: string) => {
    const result = supplierInvoiceFromCsv(csv, 'supplier.csv');
    return result.ok
      ? result.value.rows.map((r) => [r.amount.toFixed(), r.currency?.mark ?? null])
      : result.issues.map((i) => i.message);
  };

  it('an amount showing both its thousands separator and its decimal mark reads as it shows, in any file', () => {
    expect(
      amounts(
        'Line,Amount\nFee,"20,000.00"\nVolume,"€88,750.00"\nCredit,"(1,234.50)"\nFrench,"1 234,50 €"\nGerman,"1.234.567,89"\n',
      ),
    ).toEqual([
      ['20000', null],
      ['88750', '€'],
      ['-1234.5', null],
      ['1234.5', '€'],
      ['1234567.89', null],
    ]);
    expect(amounts('Ligne;Montant\nForfait;20.000,00\nVolume;"$1,234.50"\n')).toEqual([
      ['20000', null],
      ['1234.5', '$'],
    ]);
  });

  it('one that shows only one mark is left to the file’s rule: "1,500" or "0,5" in a "," file stay errors', () => {
    const rule =
      'expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500)';
    expect(amounts('Line,Amount\nFee,"1,500"\nBonus,"0,5"\n')).toEqual([
      `supplier.csv!B2 (Amount): ${rule}, got "1,500"`,
      `supplier.csv!B3 (Amount): ${rule}, got "0,5"`,
    ]);
  });
});

describe('amounts as accounting and Swiss or French exports print them', () => {
  const amounts = (csv: string) => {
    const result = supplierInvoiceFromCsv(csv, 'supplier.csv');
    return result.ok ? result.value.rows.map((r) => r.amount.toFixed()) : result.issues.map((i) => i.message);
  };

  it('a "," file: credit and debit marks, apostrophe and thin-space thousands, a trailing minus', () =>
    expect(
      amounts(
        'Line,Amount\nA,"1,234.50 CR"\nB,CR 320.00\nC,"1,234.50 DR"\nD,1\'234.50\nE,1’234.50\nF,"1\u2009234,50 €"\nG,"1,234.50-"\nH,"€1,234.50CR"\n',
      ),
    ).toEqual(['-1234.5', '-320', '1234.5', '1234.5', '1234.5', '1234.5', '-1234.5', '-1234.5']));

  it('a ";" file reads the same spellings with its decimal comma', () =>
    expect(
      amounts(
        "Libellé;Montant\nA;1.234,50 CR\nB;1'234.50\nC;1\u2009234,50\nD;1.234,50-\nE;1\u00a0234,50 €\nF;1'234\n",
      ),
    ).toEqual(['-1234.5', '1234.5', '1234.5', '-1234.5', '1234.5', '1234']));

  it('a quantity grouped by a thin space or an apostrophe reads as one grouped by a space', () => {
    const quantities = (csv: string) => {
      const result = supplierInvoiceFromCsv(csv, 'supplier.csv');
      return result.ok
        ? result.value.rows.map((r) => r.quantity?.toFixed())
        : result.issues.map((i) => i.message);
    };
    expect(quantities("Line,Quantity,Amount\nA,42\u2009500,1\nB,42'500,1\nC,1’250’000,1\n")).toEqual([
      '42500',
      '42500',
      '1250000',
    ]);
    expect(quantities("Libellé;Quantité;Montant\nA;42\u2009500;1\nB;42'500,5;1\n")).toEqual([
      '42500',
      '42500.5',
    ]);
    expect(quantities("Line,Quantity,Amount\nA,4'25,1\n")).toEqual([
      'supplier.csv!B2 (Quantity): expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500), got "4\'25"',
    ]);
  });

  it('an accounting zero printed as a dash reads 0 as an amount, and stays an error as a quantity', () => {
    expect(amounts('Line,Amount\nSLA credit,"$ -"\nEarnback, - \nBonus,- €\n')).toEqual(['0', '0', '0']);
    expect(amounts('Line,Quantity,Amount\nInteractions,-,0\n')).toEqual([
      'supplier.csv!B2 (Quantity): expected a number, got "-"',
    ]);
  });

  it('a sheet’s text cells read them too', () => {
    const result = readSupplierInvoice(
      [
        ['Line', 'Amount'],
        ['A', '320.00 CR'],
        ['B', "CHF 1'234.50"],
        ['C', '1\u202f234,50\u00a0€'],
      ],
      { sheet: 'Supplier' },
    );
    expect(result.ok ? result.value.rows.map((r) => r.amount.toFixed()) : result.issues).toEqual([
      '-320',
      '1234.5',
      '1234.5',
    ]);
  });

  it('an ambiguous spelling stays an error at its row and column, quoting the cell', () => {
    const rule =
      'expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500)';
    expect(amounts('Line,Amount\nA,10.00\nB,"1,234 CR"\nC,-500 CR\nD,12\'34.50\n')).toEqual([
      `supplier.csv!B3 (Amount): ${rule}, got "1,234 CR"`,
      'supplier.csv!B4 (Amount): "-500 CR" has two sign marks: write the amount with one sign',
      `supplier.csv!B5 (Amount): ${rule}, got "12'34.50"`,
    ]);
  });
});

// A Swiss or English export separated by ";" shows its decimal point in `20'000.50`: its `1.250` may be
// 1.25 as well as the 1250 the ";" rule reads, as on an actuals file (`sheet/markEvidence.ts`).
describe('an amount the other decimal mark reads otherwise, in a file that shows that mark', () => {
  const amounts = (csv: string) => {
    const result = supplierInvoiceFromCsv(csv, 'supplier.csv');
    return result.ok ? result.value.rows.map((r) => r.amount.toFixed()) : result.issues.map((i) => i.message);
  };

  it.each([["20'000.50"], ['"20,000.50"'], ['CHF 20’000.50'], ['"$20,000.50 CR"']])(
    'a ";" file whose amount %s shows a decimal point refuses 1.250, naming that evidence',
    (evidence) => {
      const [problem, ...others] = amounts(`Line;Amount\nFee;${evidence}\nFCR;1.250\nCSAT;5 000\n`);
      expect(others).toEqual([]);
      expect(problem).toMatch(
        /^supplier\.csv!B3 \(Amount\): "1\.250" reads as 1250 with the decimal comma of a file separated by ";", but this file also writes decimal points \(B2: "[^"]+"\), with which it reads 1\.25/,
      );
    },
  );

  it('a "," file whose amount "1.234,50 €" shows a decimal comma refuses 1.250 (1.25, or 1250 as it writes)', () =>
    expect(amounts('Line,Amount\nFee,"1.234,50 €"\nFCR,1.250\n')).toEqual([
      expect.stringMatching(
        /^supplier\.csv!B3 \(Amount\): "1\.250" reads as 1\.25 with the decimal point of a file separated by ",", but this file also writes decimal commas \(B2: "1\.234,50 €"\), with which it reads 1250/,
      ),
    ]));

  it('without such evidence the file’s rule reads it, and a grouping by spaces reads one way in both', () => {
    expect(amounts('Line;Amount\nFee;20.000,50\nFCR;1.250\n')).toEqual(['20000.5', '1250']);
    expect(amounts("Line;Amount\nFee;20'000.50\nFCR;1 250\n")).toEqual(['20000.5', '1250']);
  });
});

describe('a Period column as invoices print it', () => {
  it('reads an abbreviated month or month and year in digits; a two-digit year is no period', () => {
    const result = supplierInvoiceFromCsv(
      'Line,Amount,Period\nA,1,Oct 2026\nB,1,févr. 2026\nC,1,10/2026\nD,1,10.2026\nE,1,Oct-26\n',
      'supplier.csv',
    );
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'supplier.csv!C6 (Period): "Oct-26" is not a period such as 2026-10 or October 2026',
    ]);
    const read = supplierInvoiceFromCsv(
      'Line,Amount,Period\nA,1,Oct 2026\nB,1,févr. 2026\nC,1,10/2026\n',
      's.csv',
    );
    expect(read.ok ? read.value.rows.map((r) => [r.period?.text, r.period?.first]) : read.issues).toEqual([
      ['Oct 2026', '2026-10'],
      ['févr. 2026', '2026-02'],
      ['10/2026', '2026-10'],
    ]);
  });
});

describe('a CSV invoice opening on a title block', () => {
  // The title's lines have fewer fields than the table: the table's header decides the file's delimiter
  // and field count, as a sheet's table starts at the row naming a line and an amount column.
  it('is read from the row naming its columns, the title stating its period, in a ";" or a "," file', () => {
    const result = supplierInvoiceFromCsv(
      'Contact Plus BPO SAS\nPériode : oct. 2026\n\nRéf.;Désignation;Qté;Montant HT (€)\nF-01;Frais fixes;;20.000,00\nI-01;Interactions;42 500;88.750,00\n',
      'supplier.csv',
    );
    expect(
      result.ok ? result.value.rows.map((r) => [r.label, r.amount.toFixed(), r.at]) : result.issues,
    ).toEqual([
      ['Frais fixes', '20000', 'supplier.csv!B5'],
      ['Interactions', '88750', 'supplier.csv!B6'],
    ]);
    expect(result.ok && result.value.stated?.map((t) => [t.kind, t.text, t.row])).toEqual([
      ['period', 'oct. 2026', 1],
      ['currency', '€', 3],
    ]);
    const comma = supplierInvoiceFromCsv('Invoice 42, Contact Plus\nLine,Amount\nFee,20000.00\n', 's.csv');
    expect(comma.ok ? comma.value.rows.map((r) => r.amount.toFixed()) : comma.issues).toEqual(['20000']);
  });

  it('a line of the table with a field too many is still said, on its line', () =>
    expect(supplierInvoiceFromCsv('Title\nLine,Amount\nFee,20000,00\n', 's.csv').ok).toBe(false));
});

describe('a refused amount is quoted as the supplier wrote it', () => {
  // The buyer looks for the quoted text in the supplier's file: what the reader rewrote it to
  // ("-1,234" for "(1,234)") is nowhere there.
  const problems = (csv: string, lang: 'en' | 'fr' = 'en') => {
    const result = supplierInvoiceFromCsv(csv, 'supplier.csv', lang);
    return result.ok ? [] : result.issues.map((i) => i.message);
  };
  const rule =
    'expected a number with a decimal point and no comma, as a file separated by "," writes them (0.774 or 42500)';

  it.each([
    ['"(1,234)"', '(1,234)'],
    ['"€1,234"', '€1,234'],
    ['"1,234 EUR"', '1,234 EUR'],
    ['"1,234-"', '1,234-'],
  ])('%s in a "," file', (field, shown) =>
    expect(problems(`Line,Amount\nFee,${field}\n`)).toEqual([
      `supplier.csv!B2 (Amount): ${rule}, got "${shown}"`,
    ]),
  );

  it('two sign marks are said as such, in a cell and in French too', () => {
    const said = (lang: 'en' | 'fr') => {
      const result = readSupplierInvoice(
        [
          ['Line', 'Amount'],
          ['Fee', '(-500)'],
        ],
        { sheet: 'Supplier', lang },
      );
      return result.ok ? '' : result.issues[0].message;
    };
    expect(said('en')).toBe(
      'Supplier!B2 (Amount): "(-500)" has two sign marks: write the amount with one sign',
    );
    expect(said('fr')).toMatch(
      /^Supplier!B2 \(Amount\)\s:\s«\s\(-500\)\s» porte deux signes\s: écrivez le montant avec un seul signe$/u,
    );
  });

  it('in a cell, the ambiguous reading quotes the cell too, in both languages', () => {
    const grid: Grid = [
      ['Line', 'Amount'],
      ['Fee', '($1,234)'],
    ];
    const said = (lang: 'en' | 'fr') => {
      const result = readSupplierInvoice(grid, { sheet: 'Supplier', lang });
      return result.ok ? '' : result.issues[0].message;
    };
    expect(said('en')).toContain('"($1,234)"');
    expect(said('en')).not.toContain('"-1,234"');
    expect(said('fr')).toMatch(/«\s\(\$1,234\)\s»/u);
  });
});

describe('readSupplierInvoice with the number formats of a sheet', () => {
  const grid: Grid = [
    ['Line', 'Amount', 'Unit price'],
    ['Fixed management fee', 0.2, null],
    ['Interactions', 88750, 0.021],
    ['CSAT', '€ 5 000,00', null],
  ];
  const formats = (amount: string, unitPrice = '#,##0.00') => [
    [null, null, null],
    [null, amount, null],
    [null, '#,##0.00', unitPrice],
    [null, '@', null],
  ];
  const issues = (numberFormats: (string | null)[][], lang: 'en' | 'fr' = 'en') => {
    const result = readSupplierInvoice(grid, { sheet: 'Supplier', lang, numberFormats });
    return result.ok ? result.value.rows.map((r) => r.amount.toFixed()) : result.issues.map((i) => i.message);
  };

  it('a number formatted as a percentage (0.2 shown as 20 %) is no amount: refused at its cell', () => {
    expect(issues(formats('0%'))).toEqual([
      'Supplier!B2 (Amount): "20%" is a percentage, not an amount: write the amount billed',
    ]);
    expect(issues(formats('#,##0.00', '0.0%'))).toEqual([
      'Supplier!C3 (Unit price): "2.1%" is a percentage, not an amount: write the amount billed',
    ]);
    const [french] = issues(formats('0.00 %'), 'fr');
    expect(french).toMatch(/^Supplier!B2 \(Amount\)\s:\s«\s20\s%\s» est un pourcentage, pas un montant/);
  });

  it('a number or currency format is an amount, and text printed with its currency reads as in a file', () => {
    expect(issues(formats('#,##0.00 [$€-40C]'))).toEqual(['0.2', '88750', '5000']);
    expect(issues(formats('General'))).toEqual(['0.2', '88750', '5000']);
  });
});

describe('totalKind', () => {
  it.each([
    ['Subtotal', 'subtotal'],
    ['Total excl. VAT', 'subtotal'],
    ['Sous-total', 'subtotal'],
    ['Total HT', 'subtotal'],
    ['VAT', 'vat'],
    ['VAT 20%', 'vat'],
    ['TVA (20 %)', 'vat'],
    ['TVA à 5,5 %', 'vat'],
    ['Total', 'total'],
    ['Total TTC', 'total'],
    ['Total incl. VAT', 'total'],
    ['Total including VAT', 'total'],
    ['Interactions', undefined],
    ['VAT adjustment fee', undefined],
    ['Total quality bonus', undefined],
  ])('%s → %s', (label, kind) => expect(totalKind(label)).toBe(kind));

  // As invoices print them: read as lines, each would be billed as an unexpected line of the whole amount.
  it.each([
    ['Total EUR', 'total'],
    ['Total (EUR)', 'total'],
    ['TOTAL TTC EUR', 'total'],
    ['Total HT (EUR)', 'subtotal'],
    ['Invoice total', 'total'],
    ['Total amount', 'total'],
    ['Total payable', 'total'],
    ['Balance due', 'total'],
    ['Montant total', 'total'],
    ['Montant total TTC', 'total'],
    ['Total à régler', 'total'],
    ['Net à régler', 'total'],
    ['Montant total HT', 'subtotal'],
    ['Total net HT', 'subtotal'],
    ['Net HT', 'subtotal'],
    ['VAT @ 20%', 'vat'],
    ['VAT amount', 'vat'],
    ['Montant TVA', 'vat'],
    ['Montant de la TVA', 'vat'],
    ['TVA 20 % EUR', 'vat'],
    ['Total fee', undefined],
    ['Total ABC', undefined],
    ['Amount', undefined],
  ])('as invoices print them: %s → %s', (label, kind) => expect(totalKind(label)).toBe(kind));

  it('a VAT row followed by its currency still states its rate', () => {
    expect(statedVatRate('TVA 20 % EUR')?.toFixed()).toBe('0.2');
    expect(statedVatRate('VAT @ 5.5% (GBP)')?.toFixed()).toBe('0.055');
  });
});
