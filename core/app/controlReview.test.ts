/** The pane's Performance review, over a workbook: the Performance sheet of a range of the contract's invoices. */
import { now, bookWithContract } from '../../test/support/syncActions';

describe('Performance review, over a workbook', () => {
  it('writes a Performance sheet whose met/missed and amounts are the invoices’ own', () => {
    const { book, actions } = bookWithContract();
    const result = now(actions.reviewPerformance('2026-09', '2026-12', 'en'));
    const sheet = book.sheetMap.get('Performance')!;
    // The message counts what the sheet shows: each KPI evaluated, each row marked missed.
    const header = sheet.findIndex((row) => row.includes('Met or missed'));
    const status = sheet[header]!.indexOf('Met or missed');
    const rows = sheet.slice(
      header + 1,
      sheet.findIndex((row, i) => i > header && row.every((v) => v === null)),
    );
    const kpis = new Set(rows.map((row) => row[0])).size;
    const misses = rows.filter((row) => row[status] === 'missed').length;
    expect(kpis).toBeGreaterThanOrEqual(3);
    expect(misses).toBeGreaterThan(0);
    expect(result).toEqual({
      sheet: 'Performance',
      kpis,
      invoices: 4,
      misses,
      message: `Review written to "Performance": ${kpis} KPIs over 4 invoices, ${misses} misses.`,
    });
    const csat = sheet.filter((row) => row[0] === 'CSAT' && row.includes('2026-10'));
    expect(csat).toHaveLength(1);
    expect(csat[0]).toContain('met');
    expect(csat[0]).toContain(5000);
    const invoice = now(actions.generateInvoice('2026-10', 'en'));
    expect(book.sheetMap.get(invoice.sheet)!.find((row) => row[0] === 'CSAT')).toContain(5000);
    expect(now(actions.reviewPerformance('2026-10', '2026-10', 'fr')).message).toBe(
      'Revue écrite dans «\u00a0Performance (2)\u00a0»\u00a0: 3 KPI sur 1 facture, 1 manqué.',
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
