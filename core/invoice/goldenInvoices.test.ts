/**
 * Golden invoices: every template on its sample periods, to the cent. Amounts were worked out by hand from
 * the contracts (see each template's scenario notes), not captured from the engine.
 */
import { TEMPLATES } from '../templates';
import { buildInvoice } from './buildInvoice';
import type { Invoice } from './types';

type Expected = { lines: string; subtotal: string; vat: string; total: string };

const GOLDEN: Record<string, Record<string, Expected>> = {
  'bpo-customer-service': {
    '2026-09': {
      lines: 'fixed 20000 | volume 82320 | kpi-adjustment 0 | kpi-adjustment 100 | kpi-fee 0',
      subtotal: '102420',
      vat: '20484',
      total: '122904',
    },
    '2026-10': {
      lines: 'fixed 20000 | volume 88750 | kpi-adjustment 560 | kpi-adjustment -320 | kpi-fee 5000',
      subtotal: '113990',
      vat: '22798',
      total: '136788',
    },
    '2026-11': {
      lines:
        // Black Friday: response 3.6 min vs its peak target 4 min, 0.4 × €1,500 = +600.00; bonuses 8,200.00
        // capped at 6,000.00 (−2,200.00): the total is unchanged.
        'fixed 20000 | volume 91790 | kpi-adjustment 2000 | kpi-adjustment 600 | kpi-fee 5000 | kpi-adjustment 600 | bonus-cap -2200',
      subtotal: '117790',
      vat: '23558',
      total: '141348',
    },
    '2026-12': {
      lines:
        'fixed 20000 | volume 98820 | kpi-adjustment -2000 | kpi-adjustment -880 | kpi-fee 0 | malus-cap 1691.8',
      subtotal: '117631.8',
      vat: '23526.36',
      total: '141158.16',
    },
  },
  'online-business-manager': {
    // Cancellations 6 % on the linear scale −5 % at 8 % … +3 % at 5 %: score (8 − 6) / 3 = 2/3,
    // −5 % + 2/3 × 8 % = +1/3 %: 4,950 × 1/300 = 16.50. Subtotal 6,227.50 + 16.50 = 6,244.00; VAT 1,248.80.
    '2026-10': {
      lines: 'hourly 4950 | kpi-fee 880 | kpi-adjustment 247.5 | kpi-fee 150 | kpi-adjustment 16.5',
      subtotal: '6244',
      vat: '1248.8',
      total: '7492.8',
    },
    '2026-11': {
      lines: 'hourly 5280 | kpi-fee 1080 | kpi-adjustment -264 | kpi-fee 0 | kpi-adjustment 158.4',
      subtotal: '6254.4',
      vat: '1250.88',
      total: '7505.28',
    },
    '2026-12': {
      lines:
        'hourly 4785 | kpi-fee 1200 | kpi-adjustment 600 | kpi-adjustment 239.25 | kpi-fee 300 | kpi-fee 780 | kpi-adjustment -239.25 | bonus-cap -1683.75',
      subtotal: '5981.25',
      vat: '1196.25',
      total: '7177.5',
    },
  },
  'credit-processing': {
    '2026-04': {
      lines: 'volume 27000 | minimum 3000 | kpi-adjustment 0',
      subtotal: '30000',
      vat: '6000',
      total: '36000',
    },
    '2026-05': {
      lines: 'volume 100100 | kpi-adjustment -600',
      subtotal: '99500',
      vat: '19900',
      total: '119400',
    },
    '2026-06': {
      lines: 'volume 133800 | kpi-adjustment 300',
      subtotal: '134100',
      vat: '26820',
      total: '160920',
    },
  },
  'ecommerce-performance-only': {
    // The gate is strict: July's 85 % exactly does not exceed 85 %, August's 84.3 % fails it: 0. September
    // 87.2 % > 85 %: 6,000 contacts × 2.50 = 15,000.00. CSAT < 90 %: no bonus.
    '2026-07': { lines: 'volume 0 | kpi-fee 0', subtotal: '0', vat: '0', total: '0' },
    '2026-08': { lines: 'volume 0 | kpi-fee 0', subtotal: '0', vat: '0', total: '0' },
    '2026-09': { lines: 'volume 15000 | kpi-fee 0', subtotal: '15000', vat: '3000', total: '18000' },
  },
  'it-services-sla': {
    '2026-01': {
      lines: 'fixed 100000 | volume 8200 | sla-credit 0 | sla-credit 0 | sla-credit 0 | sla-credit 0',
      subtotal: '108200',
      vat: '21640',
      total: '129840',
    },
    '2026-02': {
      lines: 'fixed 100000 | volume 8200 | sla-credit -6492 | sla-credit 0 | sla-credit 0 | sla-credit 0',
      subtotal: '101708',
      vat: '20341.6',
      total: '122049.6',
    },
    '2026-03': {
      lines:
        'fixed 100000 | volume 8200 | kpi-adjustment 3600 | sla-credit 0 | sla-credit 0 | sla-credit 0 | sla-credit 0',
      subtotal: '111800',
      vat: '22360',
      total: '134160',
    },
    '2026-04': {
      lines:
        // Speed to answer, a key measure, missed in March (no credit then) and April: critical, −3,895.20.
        'fixed 100000 | volume 8200 | sla-credit 0 | sla-credit -6492 | sla-credit -5193.6 | sla-credit -3895.2 | sla-cap 2596.8',
      subtotal: '95216',
      vat: '19043.2',
      total: '114259.2',
    },
    '2026-05': {
      lines:
        // P1 4.5 h missed in April and May, 2 of the last 3 months: 6,492.00 × 1.5 = −9,738.00.
        // 108,200 − 9,738 + 6,492 = 104,954.00; VAT 20,990.80.
        'fixed 100000 | volume 8200 | sla-credit 0 | sla-credit -9738 | sla-credit 0 | sla-credit 0 | earnback 6492',
      subtotal: '104954',
      vat: '20990.8',
      total: '125944.8',
    },
    // Syntec revision in June: 287.0 / 280.0 = 1.025: run charge 100,000 → 102,500.00, 820 workstations at
    // 10.00 → 10.25 = 8,405.00; subtotal 110,905.00, VAT 22,181.00, total 133,086.00.
    '2026-06': {
      lines:
        'fixed 102500 | volume 8405 | kpi-adjustment 0 | sla-credit 0 | sla-credit 0 | sla-credit 0 | sla-credit 0',
      subtotal: '110905',
      vat: '22181',
      total: '133086',
    },
  },
};

function invoiceOf(templateId: string, period: string, lang: 'en' | 'fr' = 'en'): Invoice {
  const template = TEMPLATES.find((t) => t.id === templateId)!;
  const result = buildInvoice(template.contract(lang), template.actuals(lang), period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('golden invoices', () => {
  const cases = Object.entries(GOLDEN).flatMap(([id, periods]) =>
    Object.entries(periods).map(([period, expected]) => [id, period, expected] as const),
  );

  it('cover every template and every sample period', () => {
    for (const template of TEMPLATES) {
      expect(Object.keys(GOLDEN[template.id] ?? {}).sort()).toEqual(
        template.scenarios.map((s) => s.period).sort(),
      );
    }
  });

  it.each(cases)('%s %s', (id, period, expected) => {
    for (const lang of ['en', 'fr'] as const) {
      const invoice = invoiceOf(id, period, lang);
      expect(invoice.lines.map((l) => `${l.kind} ${l.amount.toString()}`).join(' | ')).toBe(expected.lines);
      expect(invoice.subtotal.toString()).toBe(expected.subtotal);
      expect(invoice.vat.amount.toString()).toBe(expected.vat);
      expect(invoice.total.toString()).toBe(expected.total);
    }
  });
});

describe('the worked example of DOMAIN.md (BPO, October 2026)', () => {
  it('explains every line in French', () => {
    const invoice = invoiceOf('bpo-customer-service', '2026-10', 'fr');
    const text = invoice.lines.map((l) => l.explanation.replace(/[\u202f\u00a0]/g, ' '));
    expect(text).toEqual([
      'Forfait fixe de la période : 20 000,00 €',
      '40 000 × 2,10 € + 2 500 × 1,90 € = 88 750,00 €',
      'FCR 77,4 % vs objectif 75 % : +1,4 pt au-delà de la franchise de ±1 pt × 400 € = 560,00 € ; condition CSAT 91,2 % ≥ 85 % : remplie',
      'Délai moyen de réponse 3,4 min vs objectif 3 min : −0,4 min × 800 € = −320,00 €',
      'CSAT 91,2 % ≥ seuil 90 % : honoraires 5 000,00 €',
    ]);
    expect(invoice.vat.explanation.replace(/[\u202f\u00a0]/g, ' ')).toBe('TVA 20 % de 113 990,00 €');
  });

  it('has a header and KPI evidence', () => {
    const invoice = invoiceOf('bpo-customer-service', '2026-10');
    expect(invoice).toMatchObject({
      number: 'bpo-customer-service-2026-10',
      issueDate: '2026-10-31',
      period: '2026-10',
      months: ['2026-10'],
    });
    expect(
      invoice.evidence.map((e) => [e.clause.name, e.actual?.toString(), e.outcome, e.amount.toString()]),
    ).toEqual([
      ['FCR', '0.774', 'bonus, gate held', '560'],
      ['Average response time', '3.4', 'malus', '-320'],
      ['CSAT', '0.912', 'met', '5000'],
    ]);
  });
});

describe('golden explanations of lines held by a cap or a floor: the real product, then the limit', () => {
  const explanation = (id: string, period: string, lang: 'en' | 'fr', kpi: string) =>
    invoiceOf(id, period, lang)
      .lines.find((l) => l.kpi === kpi)!
      .explanation.replace(/[\u202f\u00a0]/g, ' ');

  it('online business manager: sessions below the baseline score 0, an achievement above its cap', () => {
    // Baseline 40, threshold +0 % = 40, target +20 % = 48: 38 sessions score 0 (the ramp ended in June).
    expect(explanation('online-business-manager', '2026-11', 'en', 'Coaching sessions per month')).toBe(
      'Coaching sessions per month 38 vs threshold 40, target 48, stretch 52 (score 1.5): score 0 × €200.00 = €0.00; baseline 40: threshold 0% = 40, target +20% = 48, stretch +30% = 52; ramp from 40 over 6 periods from January 2026, completed',
    );
    expect(explanation('online-business-manager', '2026-12', 'fr', 'Taux de conversion des prospects')).toBe(
      'Taux de conversion des prospects 33 % vs objectif 25 % : atteinte 132 %, plafonnée à 120 % : 120 % × poids 100 % × part variable 1 000,00 € = 1 200,00 € ; rampe depuis 15 % sur 6 périodes dès janvier 2026, achevée',
    );
  });

  it('IT services: run-cost overspend not shared', () => {
    expect(explanation('it-services-sla', '2026-06', 'en', 'Infrastructure run cost')).toBe(
      'Infrastructure run cost €262,000 vs baseline €250,000: gain −€12,000 × 30% = −€3,600.00, limited to €0.00',
    );
  });
});
