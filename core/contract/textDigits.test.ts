/**
 * A number written as text with more significant digits than a cell holds is the round-trip form of a
 * double, as a program exports one (`0.8999999999999999`, 0.7+0.2): it is read as a cell holding it is, its
 * 15 significant digits (0.9), so a CSAT that lands on its 90 % threshold meets it in a CSV file as it does
 * on the Actuals sheet. Read exactly, it missed the threshold by one ulp, and the invoice said
 * "CSAT ≈ 90% < threshold 90%: no fee".
 */
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { actualsFromCsv } from './csv';
import { actualsFromSheet } from './fromSheet';
import { readNumberText } from './numberText';
import type { Result } from './issues';
import type { Actuals } from './types';

const contract = bpoCustomerService.contract('en');

function csat(result: Result<Actuals>): string | undefined {
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.value.periods.get('2026-10')?.kpis.get('CSAT')?.toFixed();
}

test('a "," file: 0.8999999999999999 is 0.9, as the cell that holds it shows', () => {
  const text = 'Period,Kind,Name,Value\n2026-10,kpi,CSAT,0.8999999999999999\n';
  expect(csat(actualsFromCsv(text, contract))).toBe('0.9');
});

test('a ";" file, with its decimal comma, and a percentage', () => {
  expect(
    csat(actualsFromCsv('Period;Kind;Name;Value\n2026-10;kpi;CSAT;0,8999999999999999\n', contract)),
  ).toBe('0.9');
  expect(
    csat(actualsFromCsv('Period,Kind,Name,Value\n2026-10,kpi,CSAT,89.99999999999999%\n', contract)),
  ).toBe('0.9');
});

test('a text cell of the Actuals sheet reads as the number cell holding that double', () => {
  const sheet = (value: unknown) => [
    ['Kind', 'Name', 'Unit', '2026-10'],
    ['kpi', 'CSAT', 'percent', value],
  ];
  expect(csat(actualsFromSheet(sheet('0.8999999999999999') as never, contract))).toBe('0.9');
  expect(csat(actualsFromSheet(sheet(0.7 + 0.2) as never, contract))).toBe('0.9');
});

test('up to 15 significant digits, the digits written, whatever their size', () => {
  expect(readNumberText('0.123456789012345', 'comma-file')).toEqual({ value: '0.123456789012345' });
  expect(readNumberText('1' + '0'.repeat(400), 'comma-file')).toEqual({ value: '1' + '0'.repeat(400) });
  expect(readNumberText('0.1234567890123456', 'comma-file')).toEqual({ value: '0.123456789012346' });
});
