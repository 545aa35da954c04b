/**
 * Laws of the supplier's printed amounts: any amount printed in one of the spellings the reader accepts
 * (thousands by `,` `.` a space, a thin or no-break space, an apostrophe; a minus, a trailing minus,
 * parentheses, a CR mark; a currency before or after) reads back as exactly that amount in a sheet's text
 * cell, and in a `,` or `;` CSV file whenever its separator shows its convention (or its decimal mark is the
 * file's); and the same amount with two sign marks is never read.
 */
import fc from 'fast-check';
import type { Grid } from '../contract/sheet/cells';
import { dec } from '../money';
import { readSupplierInvoice, supplierInvoiceFromCsv } from './supplierInvoice';

/** Thousands separator and decimal mark, as locales print them together. */
const STYLES = [
  [',', '.'],
  ['.', ','],
  [' ', ','],
  ['\u00a0', ','],
  ['\u202f', ','],
  ['\u2009', ','],
  ["'", '.'],
  ['’', '.'],
] as const;

type Sign = 'minus' | 'trailing' | 'parentheses' | 'credit' | 'credit-before';
const NEGATIVES: readonly Sign[] = ['minus', 'trailing', 'parentheses', 'credit', 'credit-before'];

/** `cents` printed with a thousands separator (every amount of 1,000 or more shows one) and two decimals. */
function printed(cents: bigint, style: (typeof STYLES)[number], sign: Sign, mark: string): string {
  const [group, decimal] = style;
  const whole = (cents < 0n ? -cents : cents) / 100n;
  const fraction = String((cents < 0n ? -cents : cents) % 100n).padStart(2, '0');
  const number = `${whole.toString().replace(/\B(?=(\d{3})+$)/g, group)}${decimal}${fraction}`;
  const priced = mark === '' ? number : mark === '€' ? `${number} €` : `${mark} ${number}`;
  if (cents >= 0n) return priced;
  switch (sign) {
    case 'minus':
      return `-${priced}`;
    case 'trailing':
      return mark === '' ? `${number}-` : `${number}- ${mark}`;
    case 'parentheses':
      return `(${priced})`;
    case 'credit':
      return `${priced} CR`;
    case 'credit-before':
      return `CR ${priced}`;
  }
}

const amount = fc.record({
  cents: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  style: fc.constantFrom(...STYLES),
  sign: fc.constantFrom(...NEGATIVES),
  mark: fc.constantFrom('', '€', 'EUR'),
});

/** What each reader makes of one printed amount: its value, or its problem. */
function readings(text: string): string[] {
  const cell: Grid = [
    ['Line', 'Amount'],
    ['Fee', text],
  ];
  const quoted = `"${text.replace(/"/g, '""')}"`;
  return [
    readSupplierInvoice(cell, { sheet: 'Supplier' }),
    supplierInvoiceFromCsv(`Line,Amount\nFee,${quoted}\n`, 'supplier.csv'),
    supplierInvoiceFromCsv(`Line;Amount\nFee;${quoted}\n`, 'supplier.csv'),
  ].map((result) => (result.ok ? result.value.rows[0].amount.toFixed() : result.issues[0].problem));
}

describe('printed amounts', () => {
  it('read back as the amount printed, in a cell and in either CSV file', () =>
    fc.assert(
      fc.property(amount, ({ cents, style, sign, mark }) => {
        const expected = dec(cents.toString()).div(100).toFixed();
        // Under 1,000 no separator shows the convention: each file reads its own decimal mark only.
        const grouped = cents <= -100000n || cents >= 100000n;
        const [cell, commaFile, semicolonFile] = readings(printed(cents, style, sign, mark));
        expect(cell).toBe(expected);
        if (grouped || style[1] === '.') expect(commaFile).toBe(expected);
        else expect(commaFile).not.toMatch(/^-?\d/);
        if (grouped || style[1] === ',') expect(semicolonFile).toBe(expected);
        else expect(semicolonFile).not.toMatch(/^-?\d/);
      }),
      { numRuns: 500 },
    ));

  it('with two sign marks are never read, whichever they are', () =>
    fc.assert(
      fc.property(amount, fc.constantFrom('-', '+', 'CR ', '(' as const), ({ cents, style, mark }, extra) => {
        const text = printed(cents < 0n ? cents : -cents - 1n, style, 'credit', mark);
        const twice = extra === '(' ? `(${text})` : `${extra}${text}`;
        for (const reading of readings(twice)) expect(reading).not.toMatch(/^-?\d/);
      }),
      { numRuns: 300 },
    ));
});
