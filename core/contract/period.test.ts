import { bpoCustomerService } from '../templates/bpoCustomerService';
import { itServicesSla } from '../templates/itServicesSla';
import { onlineBusinessManager } from '../templates/onlineBusinessManager';
import {
  addMonths,
  closesWindow,
  comparePeriods,
  invoicePeriods,
  invoiceWindow,
  isPeriod,
  isWithinContract,
  kpiDueMonth,
  periodFromIndex,
  periodIndex,
  windowOf,
} from './period';
import type { Contract } from './types';

describe('months', () => {
  test('the month after 9999-12 is computed and compared, though no one may type it', () => {
    // An invoice of 9999-12 steps its month loop to 10000-01: that crashed as an "unexpected error".
    expect(addMonths('9999-12', 1)).toBe('10000-01');
    expect(comparePeriods('10000-01', '9999-12')).toBe(1);
    expect(isPeriod('10000-01')).toBe(false);
  });
  test('only YYYY-MM with a real month is a period', () => {
    expect(['2026-01', '2026-12', '0999-05'].map(isPeriod)).toEqual([true, true, true]);
    expect(['2026-00', '2026-13', '2026-1', '26-10', '2026-10-01', ' 2026-10'].map(isPeriod)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test('month arithmetic crosses years both ways', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(periodFromIndex(periodIndex('2026-10'))).toBe('2026-10');
    expect(['2027-01', '2026-12', '2026-02'].sort(comparePeriods)).toEqual(['2026-02', '2026-12', '2027-01']);
  });

  test('windows are counted from the anchor: contract quarters, not calendar quarters', () => {
    expect(windowOf('2026-01', 3, '2026-11')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(windowOf('2026-02', 3, '2026-11')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(windowOf('2026-01', 6, '2026-01')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(windowOf('2026-01', 3, '2025-12')).toBeUndefined();
    expect(['2026-03', '2026-06', '2026-10', '2026-12'].map((m) => closesWindow('2026-01', 3, m))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(closesWindow('2026-01', 1, '2026-10')).toBe(true);
    expect(closesWindow('2026-01', 3, '2025-12')).toBe(false);
  });
});

describe('contract periods', () => {
  test('a month is within the contract from its first to its last period', () => {
    const contract = { firstPeriod: '2026-01', lastPeriod: '2026-12' };
    expect(['2025-12', '2026-01', '2026-12', '2027-01'].map((m) => isWithinContract(contract, m))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isWithinContract({ firstPeriod: '2026-01' }, '2040-01')).toBe(true);
  });

  test('monthly KPIs are due every month; quarterly and half-yearly ones on the invoice closing their period', () => {
    const obm = onlineBusinessManager.contract('en');
    const due = (name: string, month: string) =>
      kpiDueMonth(
        obm,
        obm.kpis.find((k) => k.name === name)!,
        month,
      );
    expect(due('Lead conversion rate', '2026-10')).toBe('2026-10');
    expect(due('Client retention', '2026-10')).toBeUndefined();
    expect(due('Client retention', '2026-12')).toBe('2026-12');
    expect(due('Client satisfaction (NPS)', '2026-09')).toBeUndefined();
    expect(due('Client satisfaction (NPS)', '2026-12')).toBe('2026-12');
    expect(due('Client retention', '2025-12')).toBeUndefined();
  });

  test('on quarterly invoices, a month stands for its quarter and a quarterly KPI is due on each', () => {
    const base = itServicesSla.contract();
    const quarterly: Contract = {
      ...base,
      frequency: 'quarterly',
      kpis: base.kpis.filter((k) => k.period === 'quarterly'),
    };
    expect(invoiceWindow(quarterly, '2026-05')).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(kpiDueMonth(quarterly, quarterly.kpis[0], '2026-04')).toBe('2026-06');
  });

  test('the periods a picker offers: invoicing periods with actuals inside the contract', () => {
    const contract = bpoCustomerService.contract();
    expect(invoicePeriods(contract, bpoCustomerService.actuals())).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(
      invoicePeriods(
        { ...contract, frequency: 'quarterly', lastPeriod: '2026-11' },
        bpoCustomerService.actuals(),
      ),
    ).toEqual(['2026-07', '2026-10']);
  });
});
