/**
 * A forecast from declared distributions drew fractions of things that come whole: 42,317.62 interactions,
 * 3.4 incidents of a count KPI, priced as no invoice could be. A measure that comes whole (a volume counted
 * in a count unit or a clause's minimum sample, a KPI in `count`) is drawn as a whole number: the continuous
 * draw rounded to the nearest one, kept within the distribution's levels (triangular) or its valid range
 * (normal); the same seed, the same draws.
 */
import type { Contract } from '../../core/contract/types';
import { distributionsFromCsv } from '../../core/model/distributionsCsv';
import { sampler } from '../../core/model/distribution';
import { forecast } from '../../core/model/forecast';
import { seededDraws } from '../../core/model/random';
import { dec, ZERO } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const template = bpoCustomerService.contract();
/** Interactions at 1.00 each and nothing else: every invoice's total is its number of interactions. */
const perInteraction: Contract = {
  ...template,
  vatRate: ZERO,
  fixedFees: [],
  kpis: [],
  caps: {},
  volumes: template.volumes.map((v) => ({
    ...v,
    tiers: [{ upTo: null, unitPrice: dec(1), flatFee: ZERO }],
  })),
};

function declared(contract: Contract, rows: readonly string[]) {
  const csv = ['Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD', ...rows].join('\n');
  const read = distributionsFromCsv(csv, contract);
  if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
  return read.value;
}

function forecastOf(contract: Contract, rows: readonly string[], seed = 7) {
  const result = forecast(contract, {
    from: '2027-01',
    to: '2027-12',
    simulations: 400,
    seed,
    history: bpoCustomerService.actuals(),
    declared: declared(contract, rows),
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.forecast;
}

const isWhole = (d: { isInteger(): boolean }) => d.isInteger();

describe.each([
  ['triangular', 'volume,Interactions,triangular,41000.5,42317.62,43999.5,,'],
  ['normal', 'volume,Interactions,normal,,,,42317.62,900'],
])('a %s distribution of a count volume', (_, row) => {
  it('draws whole interactions: every simulated invoice is a whole number of euros', () => {
    const f = forecastOf(perInteraction, [row]);
    for (const p of f.periods) expect([p.p10, p.p50, p.p90].every(isWhole)).toBe(true);
    // The mean of 400 whole totals, rounded to the cent, is a multiple of 1/400 at most: its percentiles are whole.
    expect([f.total.p10, f.total.p50, f.total.p90].every(isWhole)).toBe(true);
  });

  it('is reproducible with the seed, and moves with it', () => {
    const once = forecastOf(perInteraction, [row], 11);
    const again = forecastOf(perInteraction, [row], 11);
    const other = forecastOf(perInteraction, [row], 12);
    expect(again.total.mean.toFixed(2)).toBe(once.total.mean.toFixed(2));
    expect(other.total.mean.toFixed(2)).not.toBe(once.total.mean.toFixed(2));
  });
});

describe('the sampler of a measure that comes whole', () => {
  const draw = (made: ReturnType<typeof sampler>, n: number, seed = 5) => {
    if ('problem' in made) throw new Error(made.problem);
    const draws = seededDraws(seed);
    return Array.from({ length: n }, () => made.sample(draws));
  };

  it('keeps a triangular draw within its levels, ends included', () => {
    const values = draw(
      sampler(
        { kind: 'triangular', pessimistic: dec('2.6'), likely: dec(3), optimistic: dec('5.4') },
        { min: ZERO },
        'en',
        true,
      ),
      5000,
    );
    expect(values.every(isWhole)).toBe(true);
    expect(new Set(values.map((v) => v.toNumber()))).toEqual(new Set([3, 4, 5]));
  });

  it('keeps a normal draw within the valid range', () => {
    const values = draw(
      sampler({ kind: 'normal', mean: dec('0.4'), sd: dec(2) }, { min: ZERO, max: dec('3.5') }, 'en', true),
      5000,
    );
    expect(values.every(isWhole)).toBe(true);
    expect(Math.min(...values.map(Number))).toBe(0);
    expect(Math.max(...values.map(Number))).toBe(3);
  });

  it('refuses levels with no whole number between them, in the contract’s language', () => {
    const shape = {
      kind: 'triangular',
      pessimistic: dec('3.2'),
      likely: dec('3.5'),
      optimistic: dec('3.8'),
    } as const;
    expect(sampler(shape, { min: ZERO }, 'en', true)).toEqual({
      problem: 'a count comes whole, and no whole number lies between pessimistic 3.2 and optimistic 3.8',
    });
    expect(sampler(shape, { min: ZERO }, 'fr', true)).toEqual({
      problem:
        'un compte est un nombre entier, et aucun entier ne se trouve entre la valeur pessimiste 3,2 et la valeur optimiste 3,8',
    });
    expect(sampler({ kind: 'normal', mean: dec('3.5'), sd: ZERO }, { min: ZERO }, 'en', true)).toEqual({
      problem: 'a count comes whole, and the mean 3.5 with a standard deviation of 0 is no whole number',
    });
  });

  it('draws fractions of a measure that divides, as before', () => {
    const values = draw(
      sampler(
        { kind: 'triangular', pessimistic: dec('2.6'), likely: dec(3), optimistic: dec('5.4') },
        { min: ZERO },
      ),
      200,
    );
    expect(values.some((v) => !v.isInteger())).toBe(true);
  });
});

it('draws a count KPI whole', () => {
  const counted: Contract = {
    ...template,
    kpis: template.kpis.map((k) => (k.name === 'FCR' ? { ...k, unit: 'count' as const } : k)),
  };
  // Every other measure collapsed: the invoices differ only by FCR's draws.
  const f = forecastOf(counted, [
    'volume,Interactions,triangular,42500,42500,42500,,',
    'kpi,FCR,triangular,0.2,0.6,1.4,,',
    'kpi,Average response time,triangular,3.4,3.4,3.4,,',
    'kpi,CSAT,triangular,0.912,0.912,0.912,,',
    'kpi,Average response time Black Friday,triangular,3.4,3.4,3.4,,',
  ]);
  // The one whole number from 0.2 to 1.4 is 1: every simulation draws it, so every invoice is the same.
  for (const p of f.periods) expect(p.p10.eq(p.p90)).toBe(true);
});
