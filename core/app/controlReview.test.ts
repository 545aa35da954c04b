/** The pane's Performance review, over a workbook: the Performance sheet of a range of the contract's invoices. */
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { workbookActions } from './actions';
import type { MaybePromise } from './maybePromise';

function now<T>(value: MaybePromise<T>): T {
  if (value instanceof Promise) throw new Error('expected a synchronous result');
  return value;
}

function bookWithContract() {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', 'en'));
  return { book, actions };
}

describe('Performance review, over a workbook', () => {
  it('writes a Performance sheet whose met/missed and amounts are the invoices’ own', () => {
    const { book, actions } = bookWithContract();
    const result = now(actions.reviewPerformance('2026-09', '2026-12', 'en'));
    // FCR: 75.2 % in the band, 77.4 % bonus, 81 % bonus, 69 % malus; response time 2.9, 3.4, 2.4, 4.1 min; CSAT
    // 89.5 % missed, 91.2 % and 93 % met, 87 % missed: 1 + 2 + 2 misses.
    expect(result).toEqual({
      sheet: 'Performance',
      kpis: 3,
      invoices: 4,
      misses: 5,
      message: 'Review written to “Performance”: 3 KPIs over 4 invoices, 5 misses.',
    });
    const sheet = book.sheetMap.get('Performance')!;
    const csat = sheet.filter((row) => row[0] === 'CSAT' && row.includes('2026-10'));
    expect(csat).toHaveLength(1);
    expect(csat[0]).toContain('met');
    expect(csat[0]).toContain(5000);
    const invoice = now(actions.generateInvoice('2026-10', 'en'));
    expect(book.sheetMap.get(invoice.sheet)!.find((row) => row[0] === 'CSAT')).toContain(5000);
    expect(now(actions.reviewPerformance('2026-10', '2026-10', 'fr')).message).toBe(
      'Revue écrite dans « Performance (2) » : 3 KPI sur 1 facture, 1 manqué.',
    );
  });

  it('refuses a backwards range, writing nothing', () => {
    const { book, actions } = bookWithContract();
    expect(() => actions.reviewPerformance('2026-12', '2026-09', 'en')).toThrow(
      'Cannot invoice that range: the range 2026-12..2026-09 ends before it starts.',
    );
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals']);
  });
});
