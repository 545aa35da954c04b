import { bpoCustomerService, itServicesSla, onlineBusinessManager } from '../templates';
import { buildActuals } from '../contract/actuals';
import { dec } from '../money';
import { buildInvoice } from './buildInvoice';

describe('an invoice that cannot be built says every reason', () => {
  const contract = bpoCustomerService.contract('en');

  it('refuses a malformed period and one outside the contract', () => {
    expect(buildInvoice(contract, bpoCustomerService.actuals('en'), '2026-13')).toEqual({
      ok: false,
      problems: ['2026-13 names no month: a year has months 01 to 12'],
    });
    expect(buildInvoice(contract, bpoCustomerService.actuals('en'), '2026-1')).toEqual({
      ok: false,
      problems: ['Period must be written YYYY-MM (got "2026-1")'],
    });
    const french = bpoCustomerService.contract('fr');
    expect(buildInvoice(french, bpoCustomerService.actuals('fr'), '2026-00')).toMatchObject({
      problems: [expect.stringMatching(/^2026-00 ne nomme aucun mois/)],
    });
    const before = buildInvoice(contract, bpoCustomerService.actuals('en'), '2020-01');
    expect(before.ok).toBe(false);
    expect(!before.ok && before.problems[0]).toBe(
      '2020-01 is outside the contract bpo-customer-service (from 2026-01)',
    );
  });

  it('reports every missing actual at once, never as a zero', () => {
    const actuals = buildActuals([{ period: '2026-10', kind: 'kpi', name: 'FCR', value: dec('0.8') }]);
    const result = buildInvoice(contract, actuals, '2026-10');
    expect(result).toEqual({
      ok: false,
      problems: [
        'Actuals: no quantity for "Interactions" in 2026-10',
        // Found first by the FCR bonus's quality gate, reported once.
        'Actuals: no value for KPI "CSAT" in 2026-10',
        'Actuals: no value for KPI "Average response time" in 2026-10',
      ],
    });
  });

  it.each([
    ['en', 'Actuals: no hours in 2026-10'],
    ['fr', 'Réalisé\u00a0: aucune heure en 2026-10'],
  ] as const)(
    'says missing hours once (%s), not again for each rate adjustment the hourly pay moves',
    (lang, missing) => {
      const full = onlineBusinessManager.actuals(lang);
      const months = new Map(full.periods);
      months.set('2026-10', { ...months.get('2026-10')!, hours: undefined });
      const result = buildInvoice(onlineBusinessManager.contract(lang), { periods: months }, '2026-10');
      expect(result).toEqual({ ok: false, problems: [missing] });
    },
  );

  it('gives no earnback while a later value is not measured yet', () => {
    const full = itServicesSla.actuals('en');
    const months = new Map(full.periods);
    months.delete('2026-04');
    const partial = { periods: months };
    const may = buildInvoice(itServicesSla.contract('en'), partial, '2026-05');
    expect(may.ok && may.invoice.lines.some((l) => l.kind === 'earnback')).toBe(false);
  });
});
