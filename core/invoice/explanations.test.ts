/**
 * Explanations tell the truth: a line held by a cap or a floor prints the real product, then the limit; an
 * achievement beyond its cap or below 0 is printed as it is, then as paid.
 */
import { actualsOf, bonusMalusClause, contractWith } from '../../test/support/invoiceContract';
import type { Contract, KpiClause, Language } from '../contract/types';
import { dec } from '../money';
import { buildInvoice } from './buildInvoice';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function explain(
  clause: KpiClause,
  actual: string,
  lang: Language,
  overrides: Partial<Contract> = {},
): [string, string] {
  const contract = contractWith('1000', [clause], { language: lang, ...overrides });
  const values = { [clause.name]: actual, ...(contract.hourly ? { hours: '10' } : {}) };
  const result = buildInvoice(contract, actualsOf({ '2026-01': values }), '2026-01');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const line = result.invoice.lines.find((l) => l.kpi === clause.name)!;
  return [plain(line.explanation), line.amount.toFixed()];
}

const responseTime: KpiClause = {
  ...bonusMalusClause(
    'Response time',
    { target: '10', bonusRate: '300', malusRate: '300', bonusCap: '1200', malusCap: '900' },
    'minutes',
  ),
  direction: 'lower',
};

const savings: KpiClause = {
  name: 'Savings',
  measure: '',
  unit: 'count',
  direction: 'higher',
  period: 'monthly',
  model: 'gain-share',
  baseline: dec(10),
  share: dec(20),
  bonusCap: dec(100),
};

const nps: KpiClause = {
  name: 'NPS',
  measure: '',
  unit: 'points',
  direction: 'higher',
  period: 'monthly',
  model: 'achievement-share',
  target: dec(30),
  weight: dec(1),
  achievementCap: dec(1),
};
const hourly = { hourly: { label: 'Hours', rate: dec(50), adjustment: dec(0), variablePay: dec(1000) } };

describe('a bonus/malus held by its cap prints the real product, then the cap', () => {
  it('in English and French', () => {
    expect(explain(responseTime, '4', 'en')).toEqual([
      'Response time 4 min vs target 10 min: +6 min × €300 = €1,800.00, capped at €1,200.00',
      '1200',
    ]);
    expect(explain(responseTime, '4', 'fr')).toEqual([
      'Response time 4 min vs objectif 10 min : +6 min × 300 € = 1 800,00 €, plafonné à 1 200,00 €',
      '1200',
    ]);
    expect(explain(responseTime, '15', 'en')).toEqual([
      'Response time 15 min vs target 10 min: −5 min × €300 = −€1,500.00, capped at −€900.00',
      '-900',
    ]);
  });

  it('prints no cap when the line is the product', () => {
    expect(explain(responseTime, '8', 'en')[0]).toBe(
      'Response time 8 min vs target 10 min: +2 min × €300 = €600.00',
    );
  });

  it('says "on target" when there is no neutral band, and names the band when there is one', () => {
    expect(explain(responseTime, '10', 'en')[0]).toBe(
      'Response time 10 min vs target 10 min: on target, no bonus or malus',
    );
    expect(explain(responseTime, '10', 'fr')[0]).toBe(
      'Response time 10 min vs objectif 10 min : objectif tenu exactement, ni bonus ni malus',
    );
    const banded = { ...responseTime, tolerance: dec('0.5') } as KpiClause;
    expect(explain(banded, '10.25', 'en')[0]).toBe(
      'Response time 10.25 min vs target 10 min: within the neutral band of ±0.5 min, no bonus or malus',
    );
  });
});

describe('a gain share held by its floor or cap prints the real product, then the limit', () => {
  it('in English and French', () => {
    expect(explain(savings, '8', 'en')).toEqual([
      'Savings 8 vs baseline 10: gain −2 × €20 = −€40.00, limited to €0.00',
      '0',
    ]);
    expect(explain(savings, '8', 'fr')).toEqual([
      'Savings 8 vs référence 10 : gain −2 × 20 € = −40,00 €, limité à 0,00 €',
      '0',
    ]);
    expect(explain(savings, '20', 'en')).toEqual([
      'Savings 20 vs baseline 10: gain 10 × €20 = €200.00, limited to €100.00',
      '100',
    ]);
    expect(explain(savings, '13', 'en')[0]).toBe('Savings 13 vs baseline 10: gain 3 × €20 = €60.00');
  });
});

describe('an achievement share prints the achievement as measured, then as paid', () => {
  it('caps 200 % at 100 %', () => {
    expect(explain(nps, '60', 'en', hourly)).toEqual([
      'NPS 60 pts vs target 30 pts: achievement 200%, capped at 100%: 100% × weight 100% × variable pay €1,000.00 = €1,000.00',
      '1000',
    ]);
    expect(explain(nps, '60', 'fr', hourly)[0]).toBe(
      'NPS 60 pt vs objectif 30 pt : atteinte 200 %, plafonnée à 100 % : 100 % × poids 100 % × part variable 1 000,00 € = 1 000,00 €',
    );
  });

  it('pays a negative achievement as 0: variable pay is never negative', () => {
    expect(explain(nps, '-10', 'en', hourly)).toEqual([
      'NPS −10 pts vs target 30 pts: achievement ≈ −33.3333%, counted as 0% (variable pay is never negative): 0% × weight 100% × variable pay €1,000.00 = €0.00',
      '0',
    ]);
    expect(explain(nps, '-10', 'fr', hourly)[0]).toBe(
      'NPS −10 pt vs objectif 30 pt : atteinte ≈ −33,3333 %, comptée pour 0 % (la part variable n’est jamais négative) : 0 % × poids 100 % × part variable 1 000,00 € = 0,00 €',
    );
  });

  it('prints an achievement within its cap once', () => {
    expect(explain(nps, '24', 'en', hourly)[0]).toBe(
      'NPS 24 pts vs target 30 pts: achievement 80% × weight 100% × variable pay €1,000.00 = €800.00',
    );
  });
});
