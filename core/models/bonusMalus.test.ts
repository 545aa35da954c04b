import { bonusMalus, type BonusMalusTerms } from './bonusMalus';
import { d } from '../../test/support/dec';

const fcr: BonusMalusTerms = {
  target: d('0.75'),
  bonusRate: d('40000'),
  malusRate: d('40000'),
  direction: 'higher',
  tolerance: d('0.01'),
  bonusCap: null,
  malusCap: null,
};

describe('bonusMalus', () => {
  it('pays the rate on the part of the gap beyond the neutral band (BPO FCR clause)', () => {
    const r = bonusMalus(d('0.774'), fcr);
    expect(r.amount.toString()).toBe('560');
    expect(r.beyondBand.toString()).toBe('0.014');
    expect(r.side).toBe('bonus');
  });

  it('is neutral inside the band, including its edges', () => {
    expect(bonusMalus(d('0.76'), fcr)).toMatchObject({ side: 'neutral', capped: false });
    expect(bonusMalus(d('0.74'), fcr).amount.toString()).toBe('0');
    expect(bonusMalus(d('0.755'), fcr).amount.isZero()).toBe(true);
  });

  it('charges a malus below the band, as a negative amount', () => {
    const r = bonusMalus(d('0.70'), fcr);
    expect(r.amount.toString()).toBe('-1600');
    expect(r.side).toBe('malus');
  });

  it('mirrors the gap when lower is better (telecom response time 3 min target)', () => {
    const terms = {
      ...fcr,
      target: d(3),
      bonusRate: d(1000),
      malusRate: d(800),
      tolerance: d(0),
      direction: 'lower' as const,
    };
    expect(bonusMalus(d('2.5'), terms).amount.toString()).toBe('500');
    expect(bonusMalus(d('3.4'), terms).amount.toString()).toBe('-320');
  });

  it('applies the caps and says so', () => {
    const capped = { ...fcr, bonusCap: d(1000), malusCap: d(500) };
    expect(bonusMalus(d('0.9'), capped)).toMatchObject({ capped: true, side: 'bonus' });
    expect(bonusMalus(d('0.9'), capped).amount.toString()).toBe('1000');
    expect(bonusMalus(d('0.5'), capped).amount.toString()).toBe('-500');
  });

  it('never returns a negative zero when the malus rate is 0', () => {
    const r = bonusMalus(d('0.5'), { ...fcr, malusRate: d(0) });
    expect(r.amount.isNegative()).toBe(false);
  });
});
