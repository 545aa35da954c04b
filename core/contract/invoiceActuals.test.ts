import { buildInvoice } from '../invoice/buildInvoice';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { planToGrid } from '../layout/planToGrid';
import { TEMPLATES } from '../templates';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { itServicesSla } from '../templates/itServicesSla';
import { contractProblems } from './check';
import { actualsFromCsv, actualsReadingFromCsv, actualsToCsv } from './csv';
import { actualsReadingFromSheet } from './fromSheet';
import { actualsForInvoice, monthsRead } from './invoiceActuals';
import { ok } from './issues';
import type { Contract } from './types';

const contract: Contract = { ...bpoCustomerService.contract(), lastPeriod: '2027-03' };
const csv = actualsToCsv(contract, bpoCustomerService.actuals());
const withLines = (...lines: string[]) => csv + lines.join('\n') + '\n';
const messages = (issues: readonly { message: string }[]) => issues.map((i) => i.message);

describe('one bad cell elsewhere does not block an invoice', () => {
  const text = withLines('2027-02,kpi,FCR,tbd', '2027-04,volume,Interactions,41000');
  const elsewhere = [
    `actuals.csv!D${csv.split('\n').length} (Value): expected a number, got "tbd"`,
    `actuals.csv!A${csv.split('\n').length + 1} (Period): 2027-04 is outside the contract (2026-01 to 2027-03)`,
  ];

  test('October is invoiced from its own values; the problems of other months come back beside it', () => {
    const read = actualsForInvoice(actualsReadingFromCsv(text, contract), contract, '2026-10');
    if (!read.ok) throw new Error(messages(read.issues).join('\n'));
    expect(messages(read.elsewhere)).toEqual(elsewhere);
    expect([...read.value.periods.keys()]).toEqual(['2026-10']);
    const invoice = buildInvoice(contract, read.value, '2026-10');
    expect(invoice.ok && invoice.invoice.total.toFixed(2)).toBe('136788.00');
  });

  test('the check and the strict readers still report every problem', () => {
    expect(messages(contractProblems(ok(contract), actualsReadingFromCsv(text, contract)))).toEqual(
      elsewhere,
    );
    const strict = actualsFromCsv(text, contract);
    expect(strict.ok ? [] : messages(strict.issues)).toEqual(elsewhere);
  });

  test('a problem in a month the invoice reads blocks it, and only it', () => {
    const text = withLines('2026-11,kpi,FCR,77.4');
    const november = actualsForInvoice(actualsReadingFromCsv(text, contract), contract, '2026-11');
    expect(november.ok ? [] : messages(november.issues)).toEqual([
      expect.stringMatching(
        /\(Value\): 77\.4 is outside the valid range of a percent KPI \(0 to 1\): did you mean 0\.774\?$/,
      ),
    ]);
    expect(actualsForInvoice(actualsReadingFromCsv(text, contract), contract, '2026-10').ok).toBe(true);
  });

  test('a broken line may be any month: it blocks every invoice', () => {
    const read = actualsForInvoice(
      actualsReadingFromCsv(withLines('2027-02,kpi,CSAT,0,912'), contract),
      contract,
      '2026-10',
    );
    expect(read.ok ? [] : messages(read.issues)).toEqual([
      expect.stringMatching(/\(line \d+\): this line has 5 fields, the header 4/),
    ]);
  });

  test('in the Actuals sheet, a row is blocking only for the months it has values in', () => {
    const grid = planToGrid(actualsSheetPlan(contract, bpoCustomerService.actuals())) as unknown[][];
    const header = grid.findIndex((row) => row[0] === 'Kind');
    const october = grid[header].indexOf('2026-10');
    grid[header].push('2027-02');
    grid.push(['kpi', 'NPS', '', ...Array(grid[header].length - 4).fill(null), 30]);
    const read = actualsForInvoice(actualsReadingFromSheet(grid as never, contract), contract, '2026-10');
    expect(read.ok && messages(read.elsewhere)).toEqual([
      expect.stringMatching(/\(Name\): unknown KPI "NPS"/),
    ]);
    grid[grid.length - 1][october] = 40;
    const blocked = actualsForInvoice(actualsReadingFromSheet(grid as never, contract), contract, '2026-10');
    expect(blocked.ok ? [] : messages(blocked.issues)).toEqual([expect.stringMatching(/unknown KPI "NPS"/)]);
  });
});

describe('monthsRead: the evaluation windows of an invoice', () => {
  test('a monthly invoice reads its month', () => {
    expect(monthsRead(contract, '2026-10')).toEqual(['2026-10']);
  });

  test('a quarterly invoice reads its quarter, whichever month names it', () => {
    const quarterly: Contract = { ...contract, frequency: 'quarterly' };
    expect(monthsRead(quarterly, '2026-11')).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  test('with an earnback, every month back to the invoice whose credits it may refund', () => {
    const sla = itServicesSla.contract();
    // Earnback after 3 invoices, and the February invoice it re-prices counts P1 misses over 3 months:
    // 3 + 2 months back from October.
    expect(monthsRead(sla, '2026-10')).toEqual([
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(monthsRead(sla, '2026-02')).toEqual(['2026-01', '2026-02']);
  });

  test('no month outside the contract', () => {
    expect(monthsRead(contract, '2025-12')).toBeUndefined();
    expect(monthsRead(contract, '2027-04')).toBeUndefined();
    expect(monthsRead(contract, 'October')).toBeUndefined();
  });
});

describe('the months read are all an invoice needs', () => {
  test.each(TEMPLATES.flatMap((t) => t.scenarios.map((s) => [t.id, s.period, t] as const)))(
    '%s %s: the invoice from its months alone is the invoice from every month',
    (_id, period, template) => {
      const contract = template.contract();
      const actuals = template.actuals();
      const read = actualsForInvoice(
        actualsReadingFromCsv(actualsToCsv(contract, actuals), contract),
        contract,
        period,
      );
      if (!read.ok) throw new Error(messages(read.issues).join('\n'));
      expect(buildInvoice(contract, read.value, period)).toEqual(buildInvoice(contract, actuals, period));
    },
  );
});
