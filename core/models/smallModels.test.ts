import { ModelFault } from '../errors';
import { achievement } from './achievement';
import { earnback } from './earnback';
import { gainShare } from './gainShare';
import { hourlyFee } from './hourlyFee';
import { hybridFee } from './hybridFee';
import { nps } from './nps';
import { scorecard } from './scorecard';
import { slaCredit } from './slaCredit';
import { d } from '../../test/support/dec';
import { thresholdFee } from './thresholdFee';

describe('thresholdFee (e-commerce pays only when CSAT ≥ 90 %)', () => {
  it('pays the whole fee at or above the threshold, nothing below', () => {
    expect(thresholdFee(d('0.9'), d('0.9'), d(5000), 'higher')).toMatchObject({ met: true });
    expect(thresholdFee(d('0.899'), d('0.9'), d(5000), 'higher').amount.toString()).toBe('0');
    expect(thresholdFee(d('3.9'), d(4), d(2000), 'lower').amount.toString()).toBe('2000');
  });
});

describe('achievement', () => {
  it('is actual ÷ target, or target ÷ actual when lower is better', () => {
    expect(achievement(d('0.78'), d('0.75'), 'higher').ratio.toString()).toBe('1.04');
    expect(achievement(d(4), d(3), 'lower').ratio.toString()).toBe('0.75');
  });
  it('refuses zero and negative divisors with the right kinds', () => {
    expect(() => achievement(d(1), d(0), 'higher')).toThrow(
      expect.objectContaining({ kind: '#DIV/0!', argument: 'target' }),
    );
    expect(() => achievement(d(1), d(-1), 'higher')).toThrow(expect.objectContaining({ kind: '#NUM!' }));
    expect(() => achievement(d(0), d(3), 'lower')).toThrow(
      expect.objectContaining({ kind: '#DIV/0!', argument: 'actual' }),
    );
  });
});

describe('hybridFee (retail: fixed base + variable tied to score)', () => {
  it('caps the score paid', () => {
    expect(hybridFee(d(20000), d(5000), d('1.25'), d(1))).toMatchObject({ paidScore: d(1) });
    expect(hybridFee(d(20000), d(5000), d('0.8'), d(1)).amount.toString()).toBe('24000');
  });
});

describe('hourlyFee (online business manager)', () => {
  it('adjusts the rate and adds the capped achievement share', () => {
    const r = hourlyFee(d(40), d('1.3'), {
      rate: d(75),
      adjustment: d('0.1'),
      variable: d(1000),
      achievementCap: d('1.2'),
    });
    expect(r.adjustedRate.toString()).toBe('82.5');
    expect(r.timeAmount.toString()).toBe('3300');
    expect(r.variablePaid.toString()).toBe('1200');
    expect(r.amount.toString()).toBe('4500');
  });
});

describe('slaCredit', () => {
  const terms = {
    minimum: d('0.95'),
    charges: d(100000),
    atRisk: d('0.1'),
    allocation: d('0.2'),
    direction: 'higher' as const,
  };
  it('credits charges × at-risk × allocation when the minimum is missed', () => {
    expect(slaCredit(d('0.93'), terms)).toMatchObject({ missed: true });
    expect(slaCredit(d('0.93'), terms).credit.toString()).toBe('2000');
    expect(slaCredit(d('0.95'), terms).credit.toString()).toBe('0');
  });
});

describe('earnback', () => {
  it('returns the credit only when every later period meets the level', () => {
    expect(earnback(d(2000), [d('0.97'), d('0.96')], d('0.95'), 'higher')).toMatchObject({
      status: 'earned',
    });
    expect(earnback(d(2000), [d('0.97'), d('0.94')], d('0.95'), 'higher')).toMatchObject({
      status: 'missed',
    });
    expect(earnback(d(2000), [d('0.97'), null], d('0.95'), 'higher')).toMatchObject({ status: 'pending' });
    expect(earnback(d(2000), [], d('0.95'), 'higher').amount.toString()).toBe('0');
  });
});

describe('gainShare', () => {
  it('shares savings on costs, clamps to floor and cap', () => {
    const terms = { share: d('0.3'), direction: 'lower' as const, cap: d(50000), floor: d(-20000) };
    expect(gainShare(d(1000000), d(900000), terms).amount.toString()).toBe('30000');
    expect(gainShare(d(1000000), d(800000), terms)).toMatchObject({ clamped: true });
    expect(gainShare(d(1000000), d(1100000), terms).amount.toString()).toBe('-20000');
  });
  it('refuses a cap below the floor', () => {
    expect(() =>
      gainShare(d(1), d(2), { share: d(1), direction: 'higher', cap: d(-5), floor: d(0) }),
    ).toThrow(ModelFault);
  });
});

describe('nps', () => {
  it('counts promoters and detractors', () => {
    const r = nps([10, 9, 9, 8, 7, 6, 5, 10, 3, 9]);
    expect(r).toMatchObject({ promoters: 5, passives: 2, detractors: 3 });
    expect(r.score.toString()).toBe('20');
    expect(nps([0, 0]).score.toString()).toBe('-100');
  });
  it('has no score without answers', () => {
    expect(() => nps([])).toThrow(expect.objectContaining({ kind: '#DIV/0!' }));
  });
});

describe('scorecard', () => {
  it('is the weighted average of scores', () => {
    const r = scorecard([
      { score: d('0.8'), weight: d('0.5') },
      { score: d('1.2'), weight: d('0.3') },
      { score: d('0.5'), weight: d('0.2') },
    ]);
    expect(r.score.toString()).toBe('0.86');
  });
  it('needs a positive total weight', () => {
    expect(() => scorecard([{ score: d(1), weight: d(0) }])).toThrow(
      expect.objectContaining({ kind: '#DIV/0!' }),
    );
  });
});
