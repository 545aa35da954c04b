/**
 * The prices in force are built once per contract, first month, index values and formatting, and reused
 * (a forecast prices the same revision hundreds of thousands of times): a reused revision must be the
 * one a freshly parsed contract gives for the same values, whatever was priced before it.
 */
import { buildActuals, type ActualEntry } from '../../contract/actuals';
import type { Contract } from '../../contract/types';
import { parsedContract, testContractJson } from '../../../test/support/testContract';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';

const contract = (): Contract =>
  parsedContract(
    testContractJson({
      id: 'it',
      name: 'IT',
      parties: { client: 'Client', provider: 'ESN' },
      fixedFees: [{ label: 'Run fee', amount: '20000.00' }],
      hourly: { label: 'Consulting', rate: '80' },
      volumes: [{ name: 'Tickets', unit: 'ticket', tiers: [{ upTo: null, unitPrice: '2.10' }] }],
      amendments: [{ from: '2026-07', fee: 'Run fee', amount: '22000.00' }],
      indexation: { from: '2027-01', index: 'Syntec', base: '288.4' },
    }),
  );

const actuals = (syntec: string) =>
  buildActuals([
    ...['2026-12', '2027-01'].flatMap((period): ActualEntry[] => [
      { period, kind: 'hours', name: '', value: dec(10) },
      { period, kind: 'volume', name: 'Tickets', value: dec(1200) },
    ]),
    { period: '2027-01', kind: 'index', name: 'Syntec', value: dec(syntec) },
  ]);

function invoice(c: Contract, period: string, syntec: string, amountsOnly = false) {
  const result = buildInvoice(c, actuals(syntec), period, { amountsOnly });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}
const printed = (inv: ReturnType<typeof invoice>) =>
  inv.lines.map((l) => `${l.amount.toFixed(2)} ${l.explanation}`);

test('another index value is another revision, and returning to a value gives its revision again', () => {
  const reused = contract();
  for (const syntec of ['295.1', '300', '295.1', '288.4']) {
    const fresh = invoice(contract(), '2027-01', syntec);
    expect(printed(invoice(reused, '2027-01', syntec))).toEqual(printed(fresh));
  }
  // 22,000 × 300 / 288.4 = 22,884.882… → 22,884.88: the second value did move the price.
  expect(invoice(reused, '2027-01', '300').lines[0].amount.toFixed(2)).toBe('22884.88');
  expect(invoice(reused, '2027-01', '295.1').lines[0].amount.toFixed(2)).toBe('22511.10');
});

test('another month is another revision: before the indexation, only the amendment applies', () => {
  const reused = contract();
  invoice(reused, '2027-01', '300');
  expect(printed(invoice(reused, '2026-12', '300'))).toEqual(printed(invoice(contract(), '2026-12', '300')));
  expect(invoice(reused, '2026-12', '300').lines[0].amount.toFixed(2)).toBe('22000.00');
});

test('an amounts-only invoice first does not leave its empty texts to the printed invoice', () => {
  const reused = contract();
  const quiet = invoice(reused, '2027-01', '300', true);
  const said = invoice(reused, '2027-01', '300');
  expect(quiet.lines.map((l) => l.amount.toFixed(2))).toEqual(said.lines.map((l) => l.amount.toFixed(2)));
  expect(said.lines[0].explanation).toContain('22,000.00 × 300 / 288.4');
  expect(printed(said)).toEqual(printed(invoice(contract(), '2027-01', '300')));
});

test('the index value is still read on every invoice: the seal covers it', () => {
  const reused = contract();
  const first = invoice(reused, '2027-01', '295.1').seal.fingerprint;
  const other = invoice(reused, '2027-01', '300').seal.fingerprint;
  expect(other).not.toBe(first);
  expect(invoice(reused, '2027-01', '295.1').seal.fingerprint).toBe(first);
});
