/**
 * A month typed wrong is said one way wherever it is typed: one invoice (buildInvoice), a range of them
 * (periodsInRange: the pane's Invoice a range, Performance review and Forecast, the CLI's --from/--to),
 * in the contract's language. The range said "2026-13 is not a month written YYYY-MM" where the invoice
 * said "2026-13 names no month: a year has months 01 to 12".
 */
import { periodsInRange } from '../control/batch';
import { bpoCustomerService } from '../templates';
import { buildInvoice } from './buildInvoice';
import { monthProblem } from './monthProblem';

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
