/**
 * A month typed wrong is said one way wherever it is typed: one invoice (buildInvoice), a range of them
 * (periodsInRange: the pane's Invoice a range, Performance review and Forecast, the CLI's --from/--to),
 * in the contract's language. The range said "2026-13 is not a month written YYYY-MM" where the invoice
 * said "2026-13 names no month: a year has months 01 to 12".
 */
import { periodsInRange } from '../control/batch';
import { bpoCustomerService } from '../templates';
import { buildInvoice } from './buildInvoice';
import { placeOf } from '../model/scenario';
import { monthProblem, outsideContractProblem } from './monthProblem';

describe.each(['en', 'fr'] as const)('%s', (lang) => {
  const contract = bpoCustomerService.contract(lang);
  const actuals = bpoCustomerService.actuals(lang);

  it.each(['2026-13', '2026-00', '2026-1', '10/2026', ''])(
    '%p: the same words for one invoice and a range',
    (typed) => {
      const said = monthProblem(typed, lang);
      expect(said).toBeDefined();
      expect(buildInvoice(contract, actuals, typed)).toEqual({ ok: false, problems: [said] });
      expect(periodsInRange(contract, typed, '2026-12', lang)).toEqual({ ok: false, problem: said });
      expect(periodsInRange(contract, '2026-09', typed, lang)).toEqual({ ok: false, problem: said });
    },
  );

  it('a month is no problem', () => {
    expect(monthProblem('2026-10', lang)).toBeUndefined();
  });
});

it('says what is wrong: a month that does not exist, or how a month is written', () => {
  expect(monthProblem('2026-13', 'en')).toBe('2026-13 names no month: a year has months 01 to 12');
  expect(monthProblem('2026-1', 'en')).toBe('Period must be written YYYY-MM (got "2026-1")');
  expect(monthProblem('2026-13', 'fr')).toMatch(
    /^2026-13 ne nomme aucun mois\u00a0: une année va des mois 01 à 12$/,
  );
});

/**
 * A month outside the contract is said one way too: one invoice said "Period 2025-10 is outside the
 * contract (2026-01 to open-ended)", a range "2025-10 is outside the contract bpo-customer-service
 * (2026-01..)", a scenario's period "period 2025-10 is outside the contract", in English on a French one.
 */
describe.each(['en', 'fr'] as const)('outside the contract, %s', (lang) => {
  const contract = bpoCustomerService.contract(lang);
  const actuals = bpoCustomerService.actuals(lang);
  const ending = { ...contract, lastPeriod: '2027-06' };

  it('the same words for one invoice, a range and a scenario priced as a period', () => {
    const said = outsideContractProblem(contract, '2025-10', lang);
    expect(said).toBe(
      lang === 'en'
        ? '2025-10 is outside the contract bpo-customer-service (from 2026-01)'
        : '2025-10 est hors du contrat bpo-customer-service (à partir de 2026-01)',
    );
    expect(buildInvoice(contract, actuals, '2025-10')).toEqual({ ok: false, problems: [said] });
    expect(periodsInRange(contract, '2025-10', '2026-02', lang)).toEqual({ ok: false, problem: said });
    expect(placeOf(contract, { period: '2025-10' })).toEqual({ problem: said });
  });

  it('names both ends of a contract that has a last period', () => {
    expect(outsideContractProblem(ending, '2027-07', lang)).toBe(
      lang === 'en'
        ? '2027-07 is outside the contract bpo-customer-service (2026-01 to 2027-06)'
        : '2027-07 est hors du contrat bpo-customer-service (de 2026-01 à 2027-06)',
    );
    expect(outsideContractProblem(ending, '2027-06', lang)).toBeUndefined();
  });
});
