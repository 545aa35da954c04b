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

describe("an earnback reads its earlier invoice's credits from the memo", () => {
  const contract = itServicesSla.contract();
  const actuals = itServicesSla.actuals();
  const earnback = (result: ReturnType<typeof buildInvoice>) => {
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return result.invoice.lines.filter((l) => l.kind === 'earnback').map((l) => l.amount.toFixed());
  };

  test('filled by the months priced before, it gives the same earnback', () => {
    const netCredits = new Map();
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04'])
      buildInvoice(contract, actuals, month, { amountsOnly: true, netCredits });
    expect(netCredits.has('2026-02')).toBe(true);
    expect(earnback(buildInvoice(contract, actuals, '2026-05', { amountsOnly: true, netCredits }))).toEqual([
      '6492',
    ]);
  });

  test('it is what the earnback reads amounts-only, and ignored otherwise (the seal covers the reads)', () => {
    const netCredits = new Map([['2026-02', null]]);
    expect(earnback(buildInvoice(contract, actuals, '2026-05', { amountsOnly: true, netCredits }))).toEqual(
      [],
    );
    expect(earnback(buildInvoice(contract, actuals, '2026-05', { netCredits }))).toEqual(['6492']);
  });
});

test('an amounts-only invoice records no reads: its seal refuses to be read rather than cover nothing', () => {
  const contract = itServicesSla.contract();
  const actuals = itServicesSla.actuals();
  const full = buildInvoice(contract, actuals, '2026-05');
  const bare = buildInvoice(contract, actuals, '2026-05', { amountsOnly: true });
  if (!full.ok || !bare.ok) throw new Error('invoice refused');
  expect(full.invoice.seal.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  expect(() => bare.invoice.seal.fingerprint).toThrow('an amounts-only invoice has no seal');
});
