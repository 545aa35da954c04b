/** Printed amounts: the currency mark and accounting sign come off; the number is read as any text number. */
import { readNumberText } from '../contract/numberText';
import {
  currencyMarks,
  formatCurrencyMark,
  isPercentFormat,
  selfEvidentNumber,
  unprintAmount,
} from './printedAmount';

const read = (printed: string) => {
  const unprinted = unprintAmount(printed);
  if ('problem' in unprinted) return unprinted;
  return { ...readNumberText(unprinted.text, 'unknown'), mark: unprinted.mark };
};

describe('unprintAmount', () => {
  it.each([
    ['€ 1 234,56', '1234.56', '€'],
    ['1,234.56 EUR', '1234.56', 'EUR'],
    ['(500.00)', '-500', undefined],
    ['-500,00 €', '-500', '€'],
    ['−500,00\u00a0€', '-500', '€'],
    ['€-500.00', '-500', '€'],
    ['(€ 1.234,50)', '-1234.5', '€'],
    ['€(1,234.50)', '-1234.5', '€'],
    ['(1 234,50) €', '-1234.5', '€'],
    ['500.00-', '-500', undefined],
    ['$1,200.00', '1200', '$'],
    ['US$ 12', '12', 'US$'],
    ['12,00 $US', '12', '$US'],
    ['88750', '88750', undefined],
  ])('%s reads %s (mark %s)', (printed, value, mark) => expect(read(printed)).toEqual({ value, mark }));

  // Accounting exports mark a credit `CR` and a debit `DR`, before or after the amount (Sage, Xero, SAP
  // print `1,234.50 CR`, `1,234.50CR`, `CR 1,234.50`): one sign mark, as a minus is.
  it.each([
    ['1,234.50 CR', '-1234.5', undefined],
    ['1,234.50CR', '-1234.5', undefined],
    ['CR 1,234.50', '-1234.5', undefined],
    ['1 234,50 Cr', '-1234.5', undefined],
    ['€1,234.50 CR', '-1234.5', '€'],
    ['CR 1 234,50 €', '-1234.5', '€'],
    ['EUR 1,234.50 CR', '-1234.5', 'EUR'],
    ['1,234.50 DR', '1234.5', undefined],
    ['DR 320.00', '320', undefined],
    ['1,234.50 IDR', '1234.5', 'IDR'],
    ['1,234.50 CR EUR', '-1234.5', 'EUR'],
    ['1 234,50 Cr €', '-1234.5', '€'],
  ])('a credit or debit mark: %s reads %s (mark %s)', (printed, value, mark) =>
    expect(read(printed)).toEqual({ value, mark }),
  );

  it.each([
    '-1,234.50 CR',
    '(1,234.50) CR',
    'CR -500',
    '500- CR',
    'DR (500)',
    'CR 500 DR',
    '+500 CR',
    'CR 500 CR EUR',
    '-500 CR €',
  ])('a credit or debit mark beside another sign mark is refused: %s', (printed) =>
    expect(read(printed)).toEqual({ problem: 'signs' }),
  );

  // Excel's accounting format shows a zero as a dash (`$ -`, `- €`), and a CSV saved from it writes that.
  it.each([
    ['-', undefined],
    [' $ - ', '$'],
    ['- €', '€'],
    ['€ -', '€'],
  ])('an accounting zero: %s reads 0 (mark %s)', (printed, mark) =>
    expect(read(printed)).toEqual({ value: '0', mark }),
  );

  it.each(['--', '(-)', '- CR', '+', '−', '—', '€'])('no other mark alone is an amount: %s', (printed) =>
    expect(read(printed)).toHaveProperty('problem'),
  );

  it('a credit mark alone is no amount', () => expect(read('CR')).toMatchObject({ problem: 'not-a-number' }));

  it('a credit mark leaves an ambiguous number ambiguous', () =>
    expect(read('1,234 CR')).toMatchObject({ problem: 'ambiguous' }));

  // French exports separate thousands by a thin space as well as a (narrow) no-break space.
  it.each([
    ['1\u2009234,50', '1234.5'],
    ['1\u2009234\u2009567,89\u2009€', '1234567.89'],
    ['(1\u2009234,50)', '-1234.5'],
  ])('a thin space between thousands: %s reads %s', (printed, value) =>
    expect(read(printed)).toMatchObject({ value }),
  );

  it('a trailing minus, as SAP exports print it', () => {
    expect(read('1,234.50-')).toEqual({ value: '-1234.5', mark: undefined });
    expect(read('1.234,50- EUR')).toEqual({ value: '-1234.5', mark: 'EUR' });
  });

  it('a thousands comma alone stays ambiguous, currency or not', () =>
    expect(read('€1,234')).toEqual({ problem: 'ambiguous', readings: ['1234', '1.234'], mark: '€' }));

  it('a percentage is no amount', () => expect(unprintAmount('5 %')).toEqual({ problem: 'percent' }));

  it('two negative marks are refused as such', () => expect(read('(-500)')).toEqual({ problem: 'signs' }));

  // `+-500` is a typo of either sign: read as -500 it would guess which.
  it.each(['+-500', '-+500', '+ −500', '(+500)', '€+-500', '+€-500', '+500-', '(€(500))', '€-(500)'])(
    'two sign marks, a plus among them, are refused too: %s',
    (printed) => expect(read(printed)).toEqual({ problem: 'signs' }),
  );
});

describe('selfEvidentNumber', () => {
  // Swiss exports group thousands by an apostrophe, straight or typographic: it is never a decimal mark,
  // so the number reads one way whatever the file's delimiter.
  it.each([
    ["1'234.50", '1234.5'],
    ['1’234.50', '1234.5'],
    ["-1'234'567.89", '-1234567.89'],
    ["1'234", '1234'],
    ["1'234,50", '1234.5'],
    ['1,234.50', '1234.5'],
    ['1 234,50', '1234.5'],
  ])('%s reads %s', (text, value) => expect(selfEvidentNumber(text)).toBe(value));

  it.each([
    "12'34.50",
    "1'2345.00",
    "1'234'56",
    "1'234.5'0",
    "'1234",
    "0'234.50",
    "1'234,567.00",
    '1,500',
    '0,5',
  ])('%s shows no convention of its own', (text) => expect(selfEvidentNumber(text)).toBeUndefined());
});

describe('currencyMarks', () => {
  it('a currency prints as its code and its symbols', () => {
    expect(currencyMarks('EUR')).toEqual(expect.arrayContaining(['EUR', '€']));
    expect(currencyMarks('USD')).toEqual(expect.arrayContaining(['USD', '$', 'US$', '$US']));
    expect(currencyMarks('EUR')).not.toContain('$');
    expect(currencyMarks('GBP')).toContain('£');
  });
});

describe('formatCurrencyMark', () => {
  it.each([
    ['[$$-409]#,##0.00', '$'],
    ['#,##0.00 [$€-40C]', '€'],
    ['[$USD] #,##0.00', 'USD'],
    ['#,##0.00\\ "€"', '€'],
    ['"£"#,##0.00;[Red]-"£"#,##0.00', '£'],
    ['$#,##0.00_);($#,##0.00)', '$'],
    ['#,##0.00', undefined],
    ['0.00%', undefined],
    ['[$-409]mmmm yyyy', undefined],
    ['0.00 "units"', undefined],
  ])('%s prints %s', (format, mark) => expect(formatCurrencyMark(format)).toBe(mark));
});

describe('isPercentFormat', () => {
  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.0 %', true],
    ['0.00%;[Red]-0.00%', true],
    ['#,##0.00', false],
    ['[$$-409]#,##0.00', false],
    ['0.00 "% of fees"', false],
    ['0.00\\%', false],
    ['General', false],
  ])('%s: %s', (format, percent) => expect(isPercentFormat(format)).toBe(percent));
});
