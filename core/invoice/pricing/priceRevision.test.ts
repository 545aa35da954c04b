/**
 * Price revision (issue 11): dated amendments of a fixed fee and a tier's unit price, and annual
 * indexation by the Syntec index entered in the actuals (P1 = P0 × S1 / S0) or by a fixed rate. Golden
 * invoices by hand, EN and FR; the amendment month's edge; revised prices rounded to the cent.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildActuals, type ActualEntry } from '../../contract/actuals';
import { actualsReadingFromCsv } from '../../contract/csv';
import { actualsForInvoice, monthsRead } from '../../contract/invoiceActuals';
import { actualsFromSheet, contractFromSheet } from '../../contract/fromSheet';
import { parsedContract, testContractJson } from '../../../test/support/testContract';
import { parseContract } from '../../contract/json';
import type { Actuals, Contract, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { actualsSheetPlan } from '../../layout/actualsSheet';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { dec, roundMoney } from '../../money';
import { buildInvoice } from '../buildInvoice';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function contractJson(
  language: Language,
  indexation: object = { from: '2027-01', index: 'Syntec', base: '288.4' },
) {
  return testContractJson({
    id: 'it',
    name: 'IT',
    parties: { client: 'Client', provider: 'ESN' },
    language,
    fixedFees: [{ label: 'Run fee', amount: '20000.00' }],
    hourly: { label: 'Consulting', rate: '80' },
    volumes: [
      {
        name: 'Tickets',
        unit: 'ticket',
        tiers: [
          { upTo: '1000', unitPrice: '2.10' },
          { upTo: null, unitPrice: '1.90' },
        ],
      },
    ],
    amendments: [
      { from: '2026-07', fee: 'Run fee', amount: '22000.00' },
      { from: '2026-07', fee: 'Tickets', amount: '1.80' },
    ],
    indexation,
  });
}

function contract(language: Language, indexation?: object): Contract {
  return parsedContract(contractJson(language, indexation));
}

function actuals(extra: ActualEntry[] = []): Actuals {
  const months = ['2026-06', '2026-07', '2027-01', '2028-01'];
  return buildActuals([
    ...months.flatMap((period): ActualEntry[] => [
      { period, kind: 'hours', name: '', value: dec(10) },
      { period, kind: 'volume', name: 'Tickets', value: dec(1200) },
    ]),
    ...extra,
  ]);
}
const SYNTEC: ActualEntry = { period: '2027-01', kind: 'index', name: 'Syntec', value: dec('295.1') };

function invoiceOf(c: Contract, period: string, a: Actuals = actuals([SYNTEC])) {
  const result = buildInvoice(c, a, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}
const amounts = (inv: ReturnType<typeof invoiceOf>) =>
  inv.lines.map((l) => `${l.label} ${l.amount.toFixed(2)}`);

describe('dated amendments: the month before, and the amendment month', () => {
  // June 2026: run fee 20,000.00; 10 h × 80 = 800.00; tickets 1,000 × 2.10 + 200 × 1.90 = 2,480.00;
  // subtotal 23,280.00, VAT 4,656.00, total 27,936.00.
  test('the month before the amendment keeps the stated prices', () => {
    const june = invoiceOf(contract('en'), '2026-06');
    expect(amounts(june)).toEqual(['Run fee 20000.00', 'Consulting 800.00', 'Tickets 2480.00']);
    expect(june.total.toFixed(2)).toBe('27936.00');
  });

  // July 2026, the amendment's month: run fee 22,000.00; tickets 1,000 × 2.10 + 200 × 1.80 = 2,460.00;
  // subtotal 22,000 + 800 + 2,460 = 25,260.00, VAT 5,052.00, total 30,312.00.
  test('from its month, the amended prices apply and the lines say so (EN, FR)', () => {
    const july = invoiceOf(contract('en'), '2026-07');
    expect(amounts(july)).toEqual(['Run fee 22000.00', 'Consulting 800.00', 'Tickets 2460.00']);
    expect(july.total.toFixed(2)).toBe('30312.00');
    expect(plain(july.lines[2].explanation)).toBe(
      '1,000 × €2.10 + 200 × €1.80 = €2,460.00 (amended from July 2026: €1.80)',
    );
    const fr = invoiceOf(contract('fr'), '2026-07');
    expect(plain(fr.lines[0].explanation)).toBe(
      'Forfait fixe de la période : 22 000,00 € (avenant à partir de juillet 2026 : 22 000,00 €)',
    );
  });

  test('check by hand: the amended price in the cell formula gives the line, as the docs say', () => {
    const formula = 'TIEREDFEE(1200, {1000, 2.1; "", 1.8})';
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc.replace(/\s+/g, ' ')).toContain(`\`${formula}\` = 2460`);
    expect(evaluateFormula(formula)).toBe(Number(invoiceOf(contract('en'), '2026-07').lines[2].amount));
    expect(evaluateFormula(formula)).not.toBe(Number(invoiceOf(contract('en'), '2026-06').lines[2].amount));
  });
});

describe('indexation by the Syntec index', () => {
  // January 2027, first revision: S1 = 295.1 (entered in the actuals), S0 = 288.4; the amended prices
  // are stated before any revision, so each is P0 × 295.1 / 288.4, rounded to the cent:
  // run fee 22,000 × 295.1 / 288.4 = 22,511.0957… → 22,511.10; rate 80 × … = 81.8585… → 81.86, 10 h =
  // 818.60; tiers 2.10 → 2.1487… → 2.15 and 1.80 → 1.8418… → 1.84: 1,000 × 2.15 + 200 × 1.84 = 2,518.00.
  // Subtotal 22,511.10 + 818.60 + 2,518.00 = 25,847.70; VAT 5,169.54; total 31,017.24.
  test('P1 = P0 × S1 / S0, rounded to the cent, with the formula printed (EN)', () => {
    const january = invoiceOf(contract('en'), '2027-01');
    expect(amounts(january)).toEqual(['Run fee 22511.10', 'Consulting 818.60', 'Tickets 2518.00']);
    expect([january.subtotal, january.vat.amount, january.total].map((d) => d.toFixed(2))).toEqual([
      '25847.70',
      '5169.54',
      '31017.24',
    ]);
    expect(plain(january.lines[0].explanation)).toBe(
      'Fixed fee for the period: €22,511.10 (amended from July 2026: €22,000.00) (price revised from January 2027: P1 = €22,000.00 × 295.1 / 288.4 = €22,511.10)',
    );
    expect(january.lines[1].unitPrice!.toFixed()).toBe('81.86');
  });

  test('in French', () => {
    const fr = invoiceOf(contract('fr'), '2027-01');
    expect(fr.total.toFixed(2)).toBe('31017.24');
    expect(plain(fr.lines[1].explanation)).toBe(
      '10 h × 81,86 € = 818,60 € (prix révisé à partir de janvier 2027 : P1 = 80 € × 295,1 / 288,4 = 81,86 €)',
    );
  });

  const FORMULAS = [
    '`ROUND(22000*295.1/288.4, 2)` = 22511.1',
    '`10 * ROUND(80*295.1/288.4, 2)` = 818.6',
    '`ROUND(80*POWER(1.025, 2), 2)` = 84.05',
    '`ROUND(1234.5678*107.6/100, 2)` = 1328.39',
  ];

  test('the docs give these formulas', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    for (const formula of FORMULAS) expect(doc).toContain(formula);
  });

  test('check by hand: ROUND(P0*S1/S0, 2) gives the revised prices', () => {
    const january = invoiceOf(contract('en'), '2027-01');
    expect(evaluateFormula('ROUND(22000*295.1/288.4, 2)')).toBe(Number(january.lines[0].amount));
    expect(evaluateFormula('10 * ROUND(80*295.1/288.4, 2)')).toBe(Number(january.lines[1].amount));
    expect(evaluateFormula('TIEREDFEE(1200, {1000, 2.15; "", 1.84})')).toBe(Number(january.lines[2].amount));
  });

  test('decimals is a term: to 4 places the rate is 81.8585, 10 h = 818.59', () => {
    const four = contract('en', { from: '2027-01', index: 'Syntec', base: '288.4', decimals: 4 });
    const line = invoiceOf(four, '2027-01').lines[1];
    expect([line.unitPrice!.toFixed(), line.amount.toFixed(2)]).toEqual(['81.8585', '818.59']);
  });

  test('a revision without its index value stops the invoice, naming the month', () => {
    const result = buildInvoice(contract('en'), actuals(), '2027-01');
    expect(result.ok ? [] : result.problems).toEqual([
      'Actuals: no value for index "Syntec" in 2027-01 (the price revision of 2027-01 needs it)',
    ]);
  });

  test('the invoice reads its revision months, and an index row of the actuals CSV', () => {
    expect(monthsRead(contract('en'), '2027-03')).toEqual(['2027-01', '2027-03']);
    const c = contract('en');
    const csv =
      'Period,Kind,Name,Value\n2027-01,index,syntec,295.1\n2027-03,hours,,10\n2027-03,volume,Tickets,1200\n';
    const read = actualsForInvoice({ csv }, c, '2027-03');
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const march = buildInvoice(c, read.value, '2027-03');
    expect(march.ok && march.invoice.lines[0].amount.toFixed(2)).toBe('22511.10');
    const unknown = actualsReadingFromCsv(
      'Period,Kind,Name,Value\n2027-01,index,Insee,101\n2027-02,index,Syntec,0\n',
      c,
    );
    expect(unknown.issues.map((t) => t.issue.message)).toEqual([
      'actuals.csv!C2 (Name): unknown index "Insee" (the contract\'s index: Syntec)',
      'actuals.csv!D3 (Value): must be > 0',
    ]);
  });
});

describe('indexation by a fixed rate', () => {
  // January 2028, second anniversary of 2027-01: P = P0 × 1.025² = P0 × 1.050625: run fee 22,000 →
  // 23,113.75; rate 80 → 84.05, 10 h = 840.50; tiers 2.10 → 2.2063… → 2.21, 1.80 → 1.8911… → 1.89:
  // 2,210 + 378 = 2,588.00. Subtotal 26,542.25; VAT 5,308.45; total 31,850.70.
  test('P0 × (1 + rate)^years, printed', () => {
    const inv = invoiceOf(contract('en', { from: '2027-01', rate: '0.025' }), '2028-01', actuals());
    expect(amounts(inv)).toEqual(['Run fee 23113.75', 'Consulting 840.50', 'Tickets 2588.00']);
    expect(inv.total.toFixed(2)).toBe('31850.70');
    expect(plain(inv.lines[1].explanation)).toBe(
      '10 h × €84.05 = €840.50 (price revised from January 2028: P = €80 × (1 + 2.5%)^2 = €84.05)',
    );
    expect(evaluateFormula('ROUND(80*POWER(1.025, 2), 2)')).toBe(84.05);
  });
});

describe('an amendment taking effect on a revision month', () => {
  // Run fee amended to 23,000.00 from January 2027, the month of the first Syntec revision (S1 = 295.1):
  // an amended price is stated at the index in force in its month, so January bills 23,000.00 unrevised
  // (revised only from the next revision, 23,000 × S2 / S1). Said on the line, or a reader expecting the
  // January revision sees it silently left out.
  const sameMonth = (language: Language) => {
    const json = contractJson(language) as Record<string, unknown>;
    json.amendments = [{ from: '2027-01', fee: 'Run fee', amount: '23000.00' }];
    return parsedContract(json);
  };
  test.each<[Language, string]>([
    [
      'en',
      'Fixed fee for the period: €23,000.00 (amended from January 2027: €23,000.00, stated in its month: the revision of January 2027 does not apply to it)',
    ],
    [
      'fr',
      'Forfait fixe de la période : 23 000,00 € (avenant à partir de janvier 2027 : 23 000,00 €, fixé en son mois : la révision de janvier 2027 ne s’y applique pas)',
    ],
  ])('the line says the revision does not apply to it (%s)', (language, explanation) => {
    const inv = invoiceOf(sameMonth(language), '2027-01');
    expect(inv.lines[0].amount.toFixed(2)).toBe('23000.00');
    expect(plain(inv.lines[0].explanation)).toBe(explanation);
  });
});

describe('a fixed fee revised to 4 decimals is rounded once, as its line', () => {
  // P0 = 1,234.5678 (a fee stated to 4 decimals), S0 = 100, S1 = 107.6: P1 = 1,234.5678 × 1.076 =
  // 1,328.3949528 exactly. A fixed fee is an amount: its line is P1 rounded once to the cent, 1,328.39.
  // Rounded first to the indexation's 4 decimals (1,328.3950) and then to the cent it was 1,328.40, a cent
  // the formula does not give. VAT 20 % 265.68 (265.678); total 1,594.07.
  // Quarterly, stated per month: the revised monthly fee is 1,328.39 and the line 3 × 1,328.39 = 3,985.17,
  // the product the line prints (from 1,328.3950 it was 3,985.19).
  const fourDecimals = (language: Language, frequency = 'monthly') =>
    parsedContract(
      testContractJson({
        id: 'idx',
        name: 'Indexed',
        language,
        frequency,
        fixedFees: [
          { label: 'Run fee', amount: '1234.5678', ...(frequency === 'monthly' ? {} : { per: 'month' }) },
        ],
        indexation: { from: '2027-01', index: 'Syntec', base: '100', decimals: 4 },
      }),
    );
  const index = buildActuals([{ period: '2027-01', kind: 'index', name: 'Syntec', value: dec('107.6') }]);

  test.each<[Language, string]>([
    [
      'en',
      'Fixed fee for the period: €1,328.39 (price revised from January 2027: P1 = €1,234.5678 × 107.6 / 100 = €1,328.39)',
    ],
    [
      'fr',
      'Forfait fixe de la période : 1 328,39 € (prix révisé à partir de janvier 2027 : P1 = 1 234,5678 € × 107,6 / 100 = 1 328,39 €)',
    ],
  ])('P1 = P0 × S1 / S0 rounded once to the cent (%s)', (language, explanation) => {
    const inv = invoiceOf(fourDecimals(language), '2027-01', index);
    expect(amounts(inv)).toEqual(['Run fee 1328.39']);
    expect(inv.total.toFixed(2)).toBe('1594.07');
    expect(plain(inv.lines[0].explanation)).toBe(explanation);
    expect(evaluateFormula('ROUND(1234.5678*107.6/100, 2)')).toBe(Number(inv.lines[0].amount));
  });

  // Any fee to 4 decimals and any plausible index: the line is ROUND(P0 × S1 / S0, 2), and the quarterly
  // line per month is 3 × the monthly one (the fee it prints).
  test('property: one rounding of P0 × S1 / S0, and 3 × that per month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 501, max: 1999 }), (p, s) => {
        const [fee, s1] = [dec(p).div(10_000), dec(s).div(10)];
        const one = (frequency: string) =>
          parsedContract(
            testContractJson({
              id: 'idx',
              name: 'Indexed',
              frequency,
              fixedFees: [{ label: 'Run fee', amount: fee.toFixed(), per: 'month' }],
              indexation: { from: '2027-01', index: 'Syntec', base: '100', decimals: 4 },
            }),
          );
        const at = buildActuals([{ period: '2027-01', kind: 'index', name: 'Syntec', value: s1 }]);
        const monthly = invoiceOf(one('monthly'), '2027-01', at).lines[0].amount;
        expect(monthly.eq(roundMoney(fee.times(s1).div(100), 'EUR'))).toBe(true);
        expect(invoiceOf(one('quarterly'), '2027-01', at).lines[0].amount.eq(monthly.times(3))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('per month on a quarterly invoice: months × the revised fee, as printed', () => {
    const inv = invoiceOf(fourDecimals('en', 'quarterly'), '2027-01', index);
    expect(amounts(inv)).toEqual(['Run fee 3985.17']);
    expect(plain(inv.lines[0].explanation)).toBe(
      'Fixed fee for the period: 3 months × €1,328.39 = €3,985.17 (price revised from January 2027: P1 = €1,234.5678 × 107.6 / 100 = €1,328.39)',
    );
  });
});

describe('Check', () => {
  test('read the same from JSON and from the sheet (amendment rows, indexation rows), EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  test('amendments and indexation: every problem at its field', () => {
    const json = contractJson('en', { from: '2027-02', index: 'Syntec', rate: '0.02' }) as Record<
      string,
      unknown
    >;
    json.frequency = 'quarterly';
    json.amendments = [
      { from: '2026-05', fee: 'Run fee', amount: '22000.00' },
      { from: '2026-07', fee: 'Run fees', amount: '1' },
      { from: '2026-07', fee: 'Tickets', upTo: '500', amount: '1' },
      { from: '2026-07', fee: 'Consulting', upTo: '500', amount: '1' },
    ];
    const result = parseContract(json);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'indexation.rate: give either an index with its base value, or a fixed rate',
      'indexation.from: a price revision takes effect at the start of an invoicing period: 2027-02 is inside 2027-01 – 2027-03',
      'amendments[0].from: a price revision takes effect at the start of an invoicing period: 2026-05 is inside 2026-04 – 2026-06',
      'amendments[1].fee: no fee is named "Run fees" (the fees an amendment can revise: Run fee, Consulting, Tickets)',
      'amendments[2].upTo: the volume has no tier up to 500 (its tiers: 1000, ∞)',
      "amendments[3].upTo: only a volume's amendment names a tier: leave it blank",
    ]);
  });

  test('on the sheet, an amendment problem is addressed to its cell', () => {
    const grid = planToGrid(contractSheetPlan(contract('en'))) as unknown[][];
    const header = grid.findIndex((row) => row[0] === 'Type' && row.includes('From'));
    const col = grid[header].indexOf('Name');
    const row = grid.findIndex((r) => r[0] === 'amendment');
    grid[row][col] = 'Run fees';
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `Contract!${String.fromCharCode(65 + col)}${row + 1} (Name): no fee is named "Run fees" (the fees an amendment can revise: Run fee, Consulting, Tickets)`,
    ]);
  });

  test('the Actuals sheet writes the index row and reads it back, EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      const a = actuals([SYNTEC]);
      const grid = planToGrid(actualsSheetPlan(c, a));
      expect(grid.some((row) => row[0] === (lang === 'en' ? 'index' : 'indice') && row[1] === 'Syntec')).toBe(
        true,
      );
      expect(actualsFromSheet(grid as never, c, { lang })).toEqual({ ok: true, value: a });
    }
  });

  test('a VAT note needs a VAT rate of 0', () => {
    const json = { ...contractJson('en'), vatNote: 'Autoliquidation — article 283-2 du CGI' };
    const result = parseContract(json);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'vatNote: a VAT note is the exemption wording of a VAT rate of 0, and the VAT rate is 0.2: leave it blank or set the rate to 0',
    ]);
  });
});
