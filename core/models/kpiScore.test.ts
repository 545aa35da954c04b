import { ModelFault } from '../errors';
import { kpiScore, type KpiScoreCurve } from './kpiScore';
import { d } from '../../test/support/dec';

const conversion: KpiScoreCurve = {
  threshold: d('0.20'),
  target: d('0.25'),
  direction: 'higher',
  thresholdScore: d(0),
  stretch: d('0.30'),
  stretchScore: d('1.5'),
};

describe('kpiScore', () => {
  it('walks the curve: below threshold, to target, to stretch, flat at the top', () => {
    expect(kpiScore(d('0.19'), conversion)).toMatchObject({ segment: 'below-threshold' });
    expect(kpiScore(d('0.225'), conversion).score.toString()).toBe('0.5');
    expect(kpiScore(d('0.25'), conversion).score.toString()).toBe('1');
    expect(kpiScore(d('0.275'), conversion).score.toString()).toBe('1.25');
    expect(kpiScore(d('0.5'), conversion)).toMatchObject({ segment: 'at-top' });
    expect(kpiScore(d('0.5'), conversion).score.toString()).toBe('1.5');
  });

  it('mirrors levels when lower is better (response time 4 h target, 6 h threshold)', () => {
    const curve = {
      ...conversion,
      threshold: d(6),
      target: d(4),
      stretch: null,
      direction: 'lower' as const,
    };
    expect(kpiScore(d(5), curve).score.toString()).toBe('0.5');
    expect(kpiScore(d(3), curve).score.toString()).toBe('1');
    expect(kpiScore(d(7), curve).score.toString()).toBe('0');
  });

  it('treats threshold = target as a step', () => {
    const step = { ...conversion, threshold: d('0.25'), stretch: null };
    expect(kpiScore(d('0.2499'), step).score.toString()).toBe('0');
    expect(kpiScore(d('0.25'), step).score.toString()).toBe('1');
  });

  it('refuses levels out of order for the direction', () => {
    expect(() => kpiScore(d('0.2'), { ...conversion, target: d('0.1') })).toThrow(
      new ModelFault('#VALUE!', 'target', 'must be ≥ threshold', '0.1, threshold 0.2'),
    );
    expect(() => kpiScore(d('0.2'), { ...conversion, stretch: d('0.24') })).toThrow(ModelFault);
  });
});
