/**
 * Levels that move only with the month (a fixed-step ratchet, a ramp, a schedule) are resolved once per
 * contract, clause, month and formatting, and reused; levels read from the actuals (a ratchet to the best
 * months, a baseline) are resolved on every invoice. A reused resolution must be what a freshly parsed
 * contract gives, whatever was priced before it.
 */
import { levelsContract, plain } from '../../../test/support/levelsContract';
import { actualsOf } from '../../../test/support/invoiceContract';
import { uptimeClause } from '../../../test/support/testContract';
import { addMonths } from '../../contract/period';
import type { Contract } from '../../contract/types';
import { buildInvoice } from '../buildInvoice';

const uptime = (ratchet: unknown) => uptimeClause({ ratchet });
const stepped = () => levelsContract('en', [uptime('+0.001 a year, ceiling 0.997')]);
const best = () => levelsContract('en', [uptime({ bestMonths: 3, ceiling: '0.999' })]);

function invoice(
  c: Contract,
  values: Record<string, Record<string, string>>,
  period: string,
  amountsOnly = false,
) {
  const result = buildInvoice(c, actualsOf(values), period, { amountsOnly });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}
const printed = (inv: ReturnType<typeof invoice>) =>
  inv.lines.map((l) => `${l.amount.toFixed(2)} ${plain(l.explanation)}`);

test('a fixed-step ratchet priced amounts-only first, then printed, says its ratchet', () => {
  const reused = stepped();
  const march = { '2027-03': { Uptime: '0.9955' } };
  expect(invoice(reused, march, '2027-03', true).total.toFixed()).toBe('11400');
  const said = printed(invoice(reused, march, '2027-03'));
  expect(said[1]).toContain('ratchet, contract year 2: minimum 99.5% +0.1 pts × 1 = 99.6%');
  expect(said).toEqual(printed(invoice(stepped(), march, '2027-03')));
});

test('a fixed-step ratchet in another contract year is that year’s minimum', () => {
  const reused = stepped();
  for (const [period, value] of [
    ['2027-03', '0.9955'],
    ['2026-12', '0.9955'],
    ['2029-03', '0.9969'],
    ['2027-03', '0.9955'],
  ]) {
    const values = { [period]: { Uptime: value } };
    expect(printed(invoice(reused, values, period))).toEqual(printed(invoice(stepped(), values, period)));
  }
  // 2026-12: year 1, minimum 99.5 % met (12,000.00); 2029-03: year 4, held at 99.7 %, 99.69 % misses it.
  expect(invoice(reused, { '2026-12': { Uptime: '0.9955' } }, '2026-12').total.toFixed()).toBe('12000');
  expect(invoice(reused, { '2029-03': { Uptime: '0.9969' } }, '2029-03').total.toFixed()).toBe('11400');
});

test('a ratchet to the best months follows the actuals of each invoice, on the same contract', () => {
  const reused = best();
  const year = (values: readonly string[]) =>
    Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [addMonths('2026-01', i), { Uptime: values[i] ?? '0.996' }]),
    );
  const january = { '2027-01': { Uptime: '0.9975' } };
  // Best three of 2026 average 99.8 %: 99.75 % misses it (credit 500.00, 11,400.00); all at 99.6 %: met.
  const high = invoice(reused, { ...year(['0.997', '0.999', '0.998']), ...january }, '2027-01');
  const low = invoice(reused, { ...year([]), ...january }, '2027-01');
  expect([high.total.toFixed(), low.total.toFixed()]).toEqual(['11400', '12000']);
  expect(high.evidence[0].clause.threshold!.toFixed()).toBe('0.998');
  expect(low.evidence[0].clause.threshold!.toFixed()).toBe('0.996');
});
