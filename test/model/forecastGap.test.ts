/**
 * A forecast that starts months after the actuals end: an invoice reading the months between (the IT
 * template's repeat-failure escalation reads the two months before) cannot be priced, and the problem says
 * where to start so that those months are simulated too, not only that a value is missing from the actuals.
 */
import { forecast } from '../../core/model/forecast';
import { itServicesSla } from '../../core/templates';

const options = { simulations: 5, seed: 1 };

test.each(['en', 'fr'] as const)(
  'the IT template forecast from 2027-01 says to start at 2026-07 (%s)',
  (lang) => {
    const contract = itServicesSla.contract(lang);
    const history = itServicesSla.actuals(lang);
    const result = forecast(contract, { ...options, from: '2027-01', to: '2027-03', history });
    expect(result.ok).toBe(false);
    const [problem] = result.ok ? [] : result.problems;
    // French puts a no-break space before its colons.
    expect(problem.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      lang === 'en'
        ? 'the actuals end at 2026-06: start the forecast at 2026-07, so that the months its invoices read are simulated too'
        : 'le réalisé s’arrête en 2026-06 : commencez la prévision en 2026-07, pour que les mois que lisent ses factures soient simulés aussi',
    );
    // Started right after the actuals, the same months are forecast.
    expect(forecast(contract, { ...options, from: '2026-07', to: '2027-03', history }).ok).toBe(true);
  },
);
