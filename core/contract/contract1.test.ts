/**
 * Contract files written in `outcome-fees/contract@1` before issue 11 keep working and give the same
 * invoices: the five templates' contracts and actuals as the product wrote them then (EN and FR), read by
 * today's reader and invoiced by today's engine, against the invoices the engine of then gave
 * (`fixtures/contract1/README.md`).
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { buildInvoice } from '../invoice/buildInvoice';
import { actualsFromCsv } from './csv';
import { loadContract } from './json';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
const DIR = join(__dirname, 'fixtures', 'contract1');
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.contract.json'))
  .map((f) => f.replace('.contract.json', ''));

interface Expected {
  readonly period: string;
  readonly lines: readonly string[];
  readonly evidence: readonly string[];
  readonly subtotal: string;
  readonly vat: string;
  readonly total: string;
}

describe('contract@1 files written before issue 11', () => {
  test('all five templates, in English and French', () => {
    expect(NAMES).toHaveLength(10);
  });

  test.each(NAMES)('%s reads and gives the invoices it gave then', (name) => {
    const read = (ext: string) => readFileSync(join(DIR, `${name}.${ext}`), 'utf8');
    const contract = loadContract(read('contract.json'));
    if (!contract.ok) throw new Error(JSON.stringify(contract.issues));
    const actuals = actualsFromCsv(read('actuals.csv'), contract.value);
    if (!actuals.ok) throw new Error(JSON.stringify(actuals.issues));
    const expected = JSON.parse(read('invoices.json')) as Expected[];
    expect(expected.length).toBeGreaterThan(0);
    for (const then of expected) {
      const now = buildInvoice(contract.value, actuals.value, then.period);
      if (!now.ok) throw new Error(`${then.period}: ${now.problems.join('\n')}`);
      const inv = now.invoice;
      expect({
        period: then.period,
        // French typography may have changed a label's spaces since; the words and amounts may not.
        lines: inv.lines.map((l) => `${l.kind} ${plain(l.label)} ${l.amount.toFixed()}`),
        evidence: inv.evidence.map(
          (e) => `${e.clause.name} ${e.month} ${e.actual?.toFixed()} ${e.amount.toFixed()}`,
        ),
        subtotal: inv.subtotal.toFixed(),
        vat: inv.vat.amount.toFixed(),
        total: inv.total.toFixed(),
      }).toEqual(then);
    }
  });
});
