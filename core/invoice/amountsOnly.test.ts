/**
 * An amounts-only invoice (what the forecast prices) has every amount of the full invoice, and is refused
 * exactly when the full one is; the forecast still says a refused invoice's problem in words.
 */
import { addMonths, invoicePeriods } from '../contract/period';
import { forecast } from '../model/forecast';
import { itServicesSla, TEMPLATES } from '../templates';
import { buildInvoice } from './buildInvoice';

const cases = TEMPLATES.flatMap((template) => {
  const contract = template.contract();
  const actuals = template.actuals();
  return invoicePeriods(contract, actuals).map((period) => ({ id: template.id, contract, actuals, period }));
});

test.each(cases)('$id $period: the same amounts, no text formatted', ({ contract, actuals, period }) => {
  const full = buildInvoice(contract, actuals, period);
  const bare = buildInvoice(contract, actuals, period, { amountsOnly: true });
  if (!full.ok || !bare.ok) throw new Error('invoice refused');
  const amounts = (i: typeof full.invoice) => ({
    lines: i.lines.map((l) => [l.kind, l.kpi, l.amount.toFixed(), l.quantity?.toFixed()]),
    subtotal: i.subtotal.toFixed(),
    vat: i.vat.amount.toFixed(),
    total: i.total.toFixed(),
  });
  expect(amounts(bare.invoice)).toEqual(amounts(full.invoice));
  const text = (i: typeof full.invoice) => [...i.lines, i.vat].map((l) => l.explanation ?? '').join('');
  expect(text(bare.invoice).length).toBeLessThan(text(full.invoice).length);
});

test('an invoice missing a value is refused amounts-only too', () => {
  const contract = itServicesSla.contract();
  const actuals = itServicesSla.actuals();
  const period = addMonths([...actuals.periods.keys()].pop()!, 1);
  expect(buildInvoice(contract, actuals, period).ok).toBe(false);
  expect(buildInvoice(contract, actuals, period, { amountsOnly: true }).ok).toBe(false);
});

test("the forecast names a refused invoice's problem in full words", () => {
  const history = itServicesSla.actuals();
  // The 12th month after the history is a Syntec revision without its index value.
  const result = forecast(itServicesSla.contract(), {
    from: '2026-07',
    to: '2027-06',
    simulations: 3,
    seed: 1,
    history,
  });
  expect(result).toEqual({
    ok: false,
    problems: [
      'simulation 1, 2027-06: Actuals: no value for index "Syntec" in 2027-06 (the price revision of 2027-06 needs it)',
    ],
  });
});
