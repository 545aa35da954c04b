import { actualsOf, bonusMalusClause, contractWith, slaClause } from '../../test/support/invoiceContract';
import { dec } from '../money';
import { buildInvoice } from './buildInvoice';
import type { Invoice } from './types';

function invoiceOf(...args: Parameters<typeof contractWith>): (values: Record<string, string>) => Invoice {
  const contract = contractWith(...args);
  return (values) => {
    const result = buildInvoice(contract, actualsOf({ '2026-01': values }), '2026-01');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return result.invoice;
  };
}

const line = (invoice: Invoice, kind: string) => invoice.lines.find((l) => l.kind === kind)!;

describe('caps are exact and never let through more than they allow', () => {
  const delay = bonusMalusClause('Delay', { target: '1', bonusRate: '6100', malusRate: '6100' });

  it('cuts a malus of 6,100.00 to 5 % of 112,052.50 = 5,602.625: the net malus is 5,602.62, not 5,602.63', () => {
    const invoice = invoiceOf('112052.50', [delay], { caps: { malus: { percentOfBase: dec('0.05') } } })({
      Delay: '0',
    });
    const cap = line(invoice, 'malus-cap');
    expect(cap.amount.toFixed()).toBe('497.38');
    expect(line(invoice, 'kpi-adjustment').amount.plus(cap.amount).toFixed()).toBe('-5602.62');
    expect(invoice.subtotal.toFixed()).toBe('106449.88');
    expect(cap.explanation).toBe(
      'Maluses total −€6,100.00, beyond the cap €5,602.625 (5% of base fees €112,052.50) (rounded down: €5,602.62): €497.38',
    );
  });

  it('cuts a bonus to the cap rounded down, whatever the contract rounds lines with', () => {
    for (const rounding of ['half-away-from-zero', 'half-even', 'down'] as const) {
      const invoice = invoiceOf('112052.50', [delay], {
        rounding,
        caps: { bonus: { percentOfBase: dec('0.05') } },
      })({ Delay: '2' });
      expect(line(invoice, 'bonus-cap').amount.toFixed()).toBe('-497.38');
      expect(invoice.subtotal.toFixed()).toBe('117655.12');
    }
  });

  it('prints a cap already at the minor unit as it is', () => {
    const invoice = invoiceOf('100000', [delay], { caps: { bonus: { amount: dec('1000') } } })({
      Delay: '2',
    });
    expect(line(invoice, 'bonus-cap').explanation).toBe(
      'Bonuses total €6,100.00, beyond the cap €1,000.00: −€5,100.00',
    );
  });

  it('holds a clause cap finer than the minor unit to what it allows', () => {
    const capped = bonusMalusClause('Delay', {
      target: '1',
      bonusRate: '6100',
      malusRate: '6100',
      bonusCap: '1200.005',
      malusCap: '1200.005',
    });
    const invoiceAt = invoiceOf('1000', [capped]);
    expect(line(invoiceAt({ Delay: '2' }), 'kpi-adjustment').amount.toFixed()).toBe('1200');
    expect(line(invoiceAt({ Delay: '0' }), 'kpi-adjustment').amount.toFixed()).toBe('-1200');
  });

  it('caps service-level credits at an at-risk amount finer than the minor unit', () => {
    // 10 % of 100,000.05 = 10,000.005 at risk; two credits of 100 % of it each.
    const invoice = invoiceOf(
      '100000.05',
      [slaClause('Uptime', '0.99', '1'), slaClause('Speed', '0.9', '1')],
      {
        sla: { atRisk: { percentOfBase: dec('0.1') }, basis: 'base-fees' },
      },
    )({ Uptime: '0.5', Speed: '0.5' });
    const credits = invoice.lines.filter((l) => l.kind === 'sla-credit');
    expect(credits.map((l) => l.amount.toFixed())).toEqual(['-10000.01', '-10000.01']);
    expect(credits[0].explanation).toBe(
      'Uptime 50% misses the minimum 99%: at-risk amount ≈ €10,000.01 (10% of base fees €100,000.05 = €10,000.005) × allocation 100% = −€10,000.01',
    );
    expect(line(invoice, 'sla-cap').amount.toFixed()).toBe('10000.02');
    expect(invoice.subtotal.toFixed()).toBe('90000.05');
  });
});

describe('a cap stated as a share says of what', () => {
  // A rebate of 1,000.00 on a 40,000.00 fee: fixed fees 39,000.00, 10 % of it at risk, 3,900.00; two
  // levels missed at 60 % each credit 2,340.00 + 2,340.00 = 4,680.00, capped at 3,900.00: +780.00.
  const sla = (language: 'en' | 'fr') =>
    invoiceOf('40000', [slaClause('Uptime', '0.99', '0.6'), slaClause('Speed', '0.9', '0.6')], {
      language,
      rebates: [{ label: 'Commitment', amount: dec('1000') }],
      sla: { atRisk: { percentOfBase: dec('0.1') }, basis: 'fixed-fees' },
    })({ Uptime: '0.5', Speed: '0.5' });
  it.each([
    [
      'en',
      'Service-level credits total −€4,680.00, beyond the cap €3,900.00 (10% of fixed fees €39,000.00): €780.00',
    ],
    [
      'fr',
      'Total des pénalités de service −4 680,00 €, au-delà du plafond 3 900,00 € (10 % des frais fixes 39 000,00 €) : 780,00 €',
    ],
  ] as const)('the at-risk cap: its share of the charges its basis names (%s)', (lang, text) => {
    const cap = line(sla(lang), 'sla-cap');
    expect(cap.amount.toFixed(2)).toBe('780.00');
    expect(cap.explanation.replace(/[\u202f\u00a0]/g, ' ')).toBe(text);
  });

  it('a cap stated as an amount is only that amount', () => {
    const delay = bonusMalusClause('Delay', { target: '1', bonusRate: '6100', malusRate: '6100' });
    const invoice = invoiceOf('1000', [delay], { caps: { bonus: { amount: dec('1000') } } })({ Delay: '2' });
    expect(line(invoice, 'bonus-cap').explanation).toBe(
      'Bonuses total €6,100.00, beyond the cap €1,000.00: −€5,100.00',
    );
  });
});

describe('an at-risk amount is printed to the cent, with its exact value where it is finer', () => {
  const credit = (base: string, language: 'en' | 'fr') =>
    invoiceOf(base, [slaClause('Uptime', '0.99', '0.5')], {
      language,
      sla: { atRisk: { percentOfBase: dec('0.1') }, basis: 'base-fees' },
    })({ Uptime: '0.5' });

  // 10 % of 100.06 = 10.006 at risk, shown ≈ 10.01; 50 % of the exact 10.006 = 5.003 → 5.00 (50 % of the
  // rounded 10.01 would be 5.005 → 5.01: the exact value is what the reader must multiply).
  // Base 100.06 − 5.00 = 95.06; VAT 19.01 (19.012); total 114.07.
  it.each([
    [
      'en',
      'Uptime 50% misses the minimum 99%: at-risk amount ≈ €10.01 (10% of base fees €100.06 = €10.006) × allocation 50% = −€5.00',
    ],
    [
      'fr',
      'Uptime 50 % sous le minimum 99 % : montant à risque ≈ 10,01 € (10 % des honoraires de base 100,06 € = 10,006 €) × allocation 50 % = −5,00 €',
    ],
  ] as const)('finer than the cent: ≈ the cent, then the exact value (%s)', (language, text) => {
    const invoice = credit('100.06', language);
    const sla = line(invoice, 'sla-credit');
    expect(sla.amount.toFixed()).toBe('-5');
    expect(sla.explanation.replace(/[\u202f\u00a0]/g, ' ')).toBe(text);
    expect(invoice.lines.reduce((sum, l) => sum.plus(l.amount), dec(0)).toFixed()).toBe(
      invoice.subtotal.toFixed(),
    );
    expect(invoice.subtotal.toFixed()).toBe('95.06');
  });

  // 10 % of 100,000.00 = 10,000.00 exactly: no ≈, no second value. 50 % = 5,000.00.
  it('to the cent already: printed once', () => {
    const sla = line(credit('100000', 'en'), 'sla-credit');
    expect(sla.explanation).toBe(
      'Uptime 50% misses the minimum 99%: at-risk amount €10,000.00 (10% of base fees €100,000.00) × allocation 50% = −€5,000.00',
    );
  });
});
