/**
 * The templates: valid in both languages, with sample actuals that fit them, and scenarios that really show
 * what their notes say. The arithmetic here goes through the fee models, clause by clause; the invoice
 * engine's golden tests check whole invoices.
 */
import { contractProblems } from '../contract/check';
import { contractToJson } from '../contract/json';
import { actualsSheetPlan } from '../layout/actualsSheet';
import { planToGrid } from '../layout/planToGrid';
import { kpiDueMonth } from '../contract/period';
import type { Actuals, Contract, KpiClause } from '../contract/types';
import { dec, decSum, type Dec } from '../money';
import { achievement } from '../models/achievement';
import { bonusMalus } from '../models/bonusMalus';
import { earnback } from '../models/earnback';
import { gainShare } from '../models/gainShare';
import { kpiScore } from '../models/kpiScore';
import { slaCredit } from '../models/slaCredit';
import { thresholdFee } from '../models/thresholdFee';
import { tieredFee } from '../models/tieredFee';
import {
  TEMPLATES,
  bpoCustomerService,
  creditProcessing,
  ecommercePerformanceOnly,
  findTemplate,
  itServicesSla,
  onlineBusinessManager,
  templateList,
} from './index';
import { straightApostrophes } from '../../test/support/frenchApostrophes';

const kpi = (contract: Contract, name: string): KpiClause => {
  const found = contract.kpis.find((k) => k.name === name);
  if (!found) throw new Error(`no KPI ${name}`);
  return found;
};
const value = (actuals: Actuals, month: string, name: string): Dec => {
  const found = actuals.periods.get(month)?.kpis.get(name);
  if (!found) throw new Error(`no value of ${name} in ${month}`);
  return found;
};
const quantity = (actuals: Actuals, month: string, name: string) =>
  actuals.periods.get(month)!.volumes.get(name)!;
const volumeFee = (contract: Contract, actuals: Actuals, month: string, index = 0) => {
  const volume = contract.volumes[index];
  return tieredFee(quantity(actuals, month, volume.name), volume.tiers, volume.mode).amount;
};
const bonusMalusOf = (clause: KpiClause, actual: Dec) => {
  if (clause.model !== 'bonus-malus') throw new Error(clause.model);
  return bonusMalus(actual, {
    ...clause,
    bonusCap: clause.bonusCap ?? null,
    malusCap: clause.malusCap ?? null,
  }).amount;
};

describe('the template list', () => {
  test('five templates with unique ids and titles in both languages', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([
      'bpo-customer-service',
      'online-business-manager',
      'credit-processing',
      'ecommerce-performance-only',
      'it-services-sla',
    ]);
    expect(templateList('fr').map((t) => t.title)).toEqual([
      'Service client externalisé (BPO)',
      'Online business manager (coach en ligne)',
      'Instruction de crédits (au résultat)',
      'Service client e-commerce (à la performance)',
      'Infogérance avec crédits de service',
    ]);
    expect(findTemplate('it-services-sla')).toBe(itServicesSla);
    expect(findTemplate('nope')).toBeUndefined();
  });

  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: the same contract in both languages, but for its words',
    (_id, template) => {
      const numbersOnly = (contract: Contract) =>
        JSON.stringify(contractToJson(contract), (key, v) =>
          ['name', 'label', 'measure', 'unit'].includes(key) &&
          typeof v === 'string' &&
          !['percent', 'minutes', 'hours', 'count', 'points', 'currency', 'score'].includes(v)
            ? ''
            : v,
        );
      const en = template.contract('en');
      const fr = template.contract('fr');
      expect([en.language, fr.language]).toEqual(['en', 'fr']);
      expect(numbersOnly({ ...fr, language: 'en' })).toBe(numbersOnly(en));
      expect(template.contract().language).toBe(template.defaultLanguage);
    },
  );

  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: every scenario month has actuals for every KPI due',
    (_id, template) => {
      const contract = template.contract();
      const actuals = template.actuals();
      expect(template.scenarios.length).toBeGreaterThanOrEqual(3);
      for (const { period } of template.scenarios) {
        const month = actuals.periods.get(period);
        expect(month).toBeDefined();
        for (const clause of contract.kpis) {
          // A time-boxed clause (Black Friday) is due only in its active months.
          const active = clause.activeMonths === undefined || clause.activeMonths.includes(period);
          // An aggregated KPI (the OBM's half-yearly NPS) is measured every month.
          const measured =
            clause.aggregation !== undefined || kpiDueMonth(contract, clause, period) !== undefined;
          const due = active && measured;
          expect([period, clause.name, month!.kpis.has(clause.name)]).toEqual([period, clause.name, due]);
        }
        for (const volume of contract.volumes) expect(month!.volumes.has(volume.name)).toBe(true);
        expect(month!.hours !== undefined).toBe(contract.hourly !== undefined);
      }
    },
  );
});

describe('the templates’ French', () => {
  const texts = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(texts)
        : [];

  test.each(TEMPLATES.map((t) => [t.id, t] as const))(
    '%s: every elision writes the typographic apostrophe, in the contract, its notes and its card',
    (_id, template) => {
      const french = [
        ...texts(contractToJson(template.contract('fr'))),
        template.title.fr,
        template.description.fr,
        ...template.scenarios.map((s) => s.note.fr),
      ];
      expect(french.flatMap((text) => straightApostrophes(text).map((word) => `${word} in ${text}`))).toEqual(
        [],
      );
    },
  );
});

describe('every template passes Check', () => {
  // Its sample actuals, on the Actuals sheet it paints, give no problem: no gate without one value, no cell.
  test.each(TEMPLATES.flatMap((t) => (['en', 'fr'] as const).map((lang) => [t.id, lang] as const)))(
    '%s (%s)',
    (id, lang) => {
      const template = findTemplate(id)!;
      const contract = template.contract(lang);
      const grid = planToGrid(actualsSheetPlan(contract, template.actuals(lang)));
      expect(contractProblems({ ok: true, value: contract }, { grid }, { lang })).toEqual([]);
    },
  );
});

describe('bpo-customer-service', () => {
  const contract = bpoCustomerService.contract();
  const actuals = bpoCustomerService.actuals();
  const bonuses = (month: string) => {
    const fcr = bonusMalusOf(kpi(contract, 'FCR'), value(actuals, month, 'FCR'));
    const response = bonusMalusOf(
      kpi(contract, 'Average response time'),
      value(actuals, month, 'Average response time'),
    );
    const csat = thresholdFee(value(actuals, month, 'CSAT'), dec('0.9'), dec(5000), 'higher').amount;
    return { fcr, response, csat };
  };

  test('October 2026 is the worked example of DOMAIN.md, to the cent', () => {
    expect(contract).toMatchObject({
      currency: 'EUR',
      vatRate: dec('0.2'),
      frequency: 'monthly',
      rounding: 'half-away-from-zero',
    });
    expect(quantity(actuals, '2026-10', 'Interactions')).toEqual(dec(42500));
    const { fcr, response, csat } = bonuses('2026-10');
    const fixed = contract.fixedFees[0].amount;
    const volume = volumeFee(contract, actuals, '2026-10');
    expect([fixed, volume, fcr, response, csat].map((d) => d.toFixed(2))).toEqual([
      '20000.00',
      '88750.00',
      '560.00',
      '-320.00',
      '5000.00',
    ]);
    const subtotal = decSum([fixed, volume, fcr, response, csat]);
    const vat = subtotal.times(contract.vatRate);
    expect([subtotal, vat, subtotal.plus(vat)].map((d) => d.toFixed(2))).toEqual([
      '113990.00',
      '22798.00',
      '136788.00',
    ]);
  });

  test('November: bonuses of 7,600.00 over the 6,000.00 cap', () => {
    const { fcr, response, csat } = bonuses('2026-11');
    expect(decSum([fcr, response, csat]).toFixed(2)).toBe('7600.00');
    expect(contract.caps.bonus).toEqual({ amount: dec(6000) });
  });

  test('December: maluses of 2,880.00 over the cap of 1 % of base fees (1,188.20)', () => {
    const { fcr, response, csat } = bonuses('2026-12');
    expect(decSum([fcr, response, csat]).toFixed(2)).toBe('-2880.00');
    const base = contract.fixedFees[0].amount.plus(volumeFee(contract, actuals, '2026-12'));
    expect(contract.caps.malus).toEqual({ percentOfBase: dec('0.01') });
    expect(base.times('0.01').toFixed(2)).toBe('1188.20');
  });
});

describe('online-business-manager', () => {
  const contract = onlineBusinessManager.contract('en');
  const actuals = onlineBusinessManager.actuals('en');

  test('the six KPIs of DOMAIN.md with their evaluation periods', () => {
    expect(contract.kpis.map((k) => [k.name, k.period, k.model])).toEqual([
      ['Lead conversion rate', 'monthly', 'achievement-share'],
      ['Client retention', 'quarterly', 'bonus-malus'],
      ['Average client response time', 'monthly', 'rate-adjustment'],
      ['Coaching sessions per month', 'monthly', 'kpi-score'],
      ['Client satisfaction (NPS)', 'half-yearly', 'kpi-score'],
      ['Session cancellation rate', 'monthly', 'rate-adjustment'],
    ]);
    expect(onlineBusinessManager.contract().language).toBe('fr');
  });

  test('December closes Q4 and H2: retention bonus 600.00, NPS past target 780.00, achievement capped at 120 %', () => {
    expect(kpiDueMonth(contract, kpi(contract, 'Client retention'), '2026-12')).toBe('2026-12');
    expect(kpiDueMonth(contract, kpi(contract, 'Client retention'), '2026-11')).toBeUndefined();
    expect(
      bonusMalusOf(kpi(contract, 'Client retention'), value(actuals, '2026-12', 'Client retention')).toFixed(
        2,
      ),
    ).toBe('600.00');
    const nps = kpi(contract, 'Client satisfaction (NPS)');
    if (nps.model !== 'kpi-score') throw new Error(nps.model);
    // NPS is the average of the half-year's six months: (8.3 + 8.5 + 8.6 + 8.6 + 8.7 + 8.9) / 6 = 8.6.
    const months = ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
    const average = decSum(months.map((m) => value(actuals, m, nps.name))).div(6);
    expect(average.toFixed()).toBe('8.6');
    const score = kpiScore(average, {
      ...nps,
      stretch: nps.stretch ?? null,
    }).score;
    expect(score.times(nps.amount).toFixed(2)).toBe('780.00');
    const ratio = achievement(value(actuals, '2026-12', 'Lead conversion rate'), dec('0.25'), 'higher').ratio;
    expect(ratio.toFixed()).toBe('1.32');
  });

  test('December bonuses exceed the cap of 30 % of the hourly pay (every KPI line but credits counts)', () => {
    const hourlyPay = actuals.periods.get('2026-12')!.hours!.times(75).times('1.1');
    // 52 sessions: the stretch, +30 % of the baseline 40 (target +20 % = 48): score 1.5 × 200.00.
    const sessions = {
      amount: kpiScore(value(actuals, '2026-12', 'Coaching sessions per month'), {
        threshold: dec(40),
        target: dec(48),
        stretch: dec(52),
        direction: 'higher',
        thresholdScore: dec(0),
        stretchScore: dec('1.5'),
      }).score.times(200),
    };
    const responseBonus = hourlyPay.times('0.05'); // 3.8 h meets the 4 h target
    const variablePay = dec(1200); // 1,000.00 × achievement capped at 120 %
    const bonuses = decSum([variablePay, dec(600), dec(780), sessions.amount, responseBonus]);
    expect(bonuses.toFixed(2)).toBe('3119.25');
    expect(hourlyPay.times('0.3').toFixed(2)).toBe('1435.50');
  });
});

describe('credit-processing', () => {
  const contract = creditProcessing.contract();
  const actuals = creditProcessing.actuals();

  test('April: 600 approvals at 45.00 fall under the 30,000.00 minimum fee', () => {
    expect(volumeFee(contract, actuals, '2026-04').toFixed(2)).toBe('27000.00');
    expect(contract.volumes[0].minimumFee).toEqual(dec(30000));
  });

  test('May and June: graduated tiers and the error-rate malus and bonus', () => {
    expect(volumeFee(contract, actuals, '2026-05').toFixed(2)).toBe('100100.00');
    expect(volumeFee(contract, actuals, '2026-06').toFixed(2)).toBe('133800.00');
    const errors = kpi(contract, 'File error rate');
    expect(bonusMalusOf(errors, value(actuals, '2026-05', errors.name)).toFixed(2)).toBe('-600.00');
    expect(bonusMalusOf(errors, value(actuals, '2026-06', errors.name)).toFixed(2)).toBe('300.00');
  });
});

describe('ecommerce-performance-only', () => {
  test('paid per contact only when CSAT exceeds 85 % (article 1: "dépasse un seuil donné")', () => {
    const contract = ecommercePerformanceOnly.contract();
    const actuals = ecommercePerformanceOnly.actuals();
    expect(contract.fixedFees).toEqual([]);
    expect(
      contract.volumes.map((v) => [
        v.name,
        v.gateKpi,
        v.gateLevel?.toFixed(),
        v.gateComparison,
        v.fallbackPrice,
      ]),
    ).toEqual([['Contacts', 'CSAT', '0.85', 'exceeds', undefined]]);
    // 6,000 × 2.50 = 15,000.00 when CSAT > 85 % (September 87.2 %); July exactly 85 % and August 84.3 %: 0.
    const fees = ['2026-07', '2026-08', '2026-09'].map((m) =>
      thresholdFee(
        value(actuals, m, 'CSAT'),
        dec('0.85'),
        dec(6000).times(dec('2.5')),
        'higher',
        'exceeds',
      ).amount.toFixed(2),
    );
    expect(fees).toEqual(['0.00', '0.00', '15000.00']);
  });
});

describe('it-services-sla', () => {
  const contract = itServicesSla.contract();
  const actuals = itServicesSla.actuals();
  const charges = (month: string) => contract.fixedFees[0].amount.plus(volumeFee(contract, actuals, month));
  const credits = (month: string) =>
    contract.kpis
      .filter((k) => k.model === 'sla-credit')
      .map((k) => {
        if (k.model !== 'sla-credit') throw new Error(k.model);
        return slaCredit(value(actuals, month, k.name), {
          minimum: k.threshold,
          charges: charges(month),
          atRisk: dec('0.12'),
          allocation: k.allocation,
          direction: k.direction,
        }).credit;
      });

  test('the at-risk amount is 12 % of 108,200.00 of monthly charges', () => {
    expect(contract.sla).toEqual({ atRisk: { percentOfBase: dec('0.12') }, basis: 'base-fees' });
    expect(charges('2026-02').times('0.12').toFixed(2)).toBe('12984.00');
  });

  test('February: an availability credit of 6,492.00; April: credits of 15,580.80 over the 12,984.00 pool', () => {
    expect(decSum(credits('2026-01')).toFixed(2)).toBe('0.00');
    expect(decSum(credits('2026-02')).toFixed(2)).toBe('6492.00');
    expect(decSum(credits('2026-04')).toFixed(2)).toBe('15580.80');
  });

  test('May: March, April and May at 99.8 % or better earn back the February credit', () => {
    expect(contract.earnback).toEqual({ periods: 3 });
    const later = ['2026-03', '2026-04', '2026-05'].map((m) => value(actuals, m, 'Availability'));
    expect(earnback(dec('6492'), later, dec('0.998'), 'higher')).toEqual({
      amount: dec('6492'),
      status: 'earned',
    });
  });

  test('quarter closes: 30 % of run-cost savings in March, nothing in June', () => {
    const runCost = kpi(contract, 'Infrastructure run cost');
    if (runCost.model !== 'gain-share') throw new Error(runCost.model);
    const share = (m: string) =>
      gainShare(runCost.baseline, value(actuals, m, runCost.name), {
        share: runCost.share,
        direction: 'lower',
        cap: runCost.bonusCap ?? null,
        floor: runCost.floor ?? dec(0),
      }).amount.toFixed(2);
    expect([share('2026-03'), share('2026-06')]).toEqual(['3600.00', '0.00']);
    expect(kpiDueMonth(contract, runCost, '2026-04')).toBeUndefined();
  });
});
