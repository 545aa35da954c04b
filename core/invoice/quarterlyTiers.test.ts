/**
 * A volume's tier bounds count the units of one invoice: on a quarterly invoice the quarter's units fill
 * the first tier once, not once a month. docs/contract-format.md ("Evaluation periods") says so, with the
 * formula that gives the line; this pins the invoice to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvInvoice, plain, testContract } from '../../test/support/testContract';
import { evaluateFormula } from '../formula/evaluateFormula';

const contract = (frequency: string) =>
  testContract({
    frequency,
    volumes: [
      {
        name: 'Interactions',
        unit: 'interaction',
        tiers: [
          { upTo: '40000', unitPrice: '2.10' },
          { upTo: null, unitPrice: '1.90' },
        ],
      },
    ],
  });

const csv = ['2026-01', '2026-02', '2026-03'].map((m) => `${m},volume,Interactions,40000`).join('\n');

describe('tiers on a quarterly invoice', () => {
  test('the quarter fills the first tier once (golden), as the docs say and their formula gives', () => {
    // 3 × 40,000 = 120,000 units: 40,000 × €2.10 = €84,000.00 + 80,000 × €1.90 = €152,000.00 = €236,000.00;
    // three monthly invoices would each be 40,000 × €2.10 = €84,000.00, €252,000.00 in all.
    const quarter = csvInvoice(contract('quarterly'), '2026-01', `Period,Kind,Name,Value\n${csv}\n`);
    expect(quarter.lines.map((l) => [l.amount.toFixed(2), plain(l.explanation)])).toEqual([
      ['236000.00', '40,000 × €2.10 + 80,000 × €1.90 = €236,000.00'],
    ]);
    const monthly = contract('monthly');
    const months = ['2026-01', '2026-02', '2026-03'].map((m) =>
      csvInvoice(monthly, m, `Period,Kind,Name,Value\n${csv}\n`).subtotal.toNumber(),
    );
    expect(months).toEqual([84000, 84000, 84000]);
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const formula = 'TIEREDFEE(120000, {40000, 2.1; "", 1.9})';
    expect(doc).toContain(`\`${formula}\` = 236000`);
    expect(evaluateFormula(formula)).toBe(quarter.lines[0].amount.toNumber());
  });
});
