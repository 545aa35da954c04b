import { ModelFault } from '../errors';
import { tieredFee, type Tier } from './tieredFee';
import { d } from '../../test/support/dec';

const interactions: Tier[] = [
  { upTo: d(40000), unitPrice: d('2.10'), flatFee: d(0) },
  { upTo: null, unitPrice: d('1.90'), flatFee: d(0) },
];

describe('tieredFee', () => {
  it('graduated: 42,500 interactions at 2.10 up to 40,000 then 1.90 (DOMAIN worked example)', () => {
    const r = tieredFee(d(42500), interactions, 'graduated');
    expect(r.amount.toString()).toBe('88750');
    expect(r.parts.map((p) => [p.tier, p.units.toString(), p.amount.toString()])).toEqual([
      [0, '40000', '84000'],
      [1, '2500', '4750'],
    ]);
  });

  it('volume: every unit at the price of the tier the total falls in', () => {
    expect(tieredFee(d(42500), interactions, 'volume').amount.toString()).toBe('80750');
    expect(tieredFee(d(40000), interactions, 'volume').amount.toString()).toBe('84000');
  });

  it('adds each used tier’s flat fee once (Stripe/Lago semantics)', () => {
    const grid: Tier[] = [
      { upTo: d(10), unitPrice: d(10), flatFee: d(2) },
      { upTo: d(20), unitPrice: d(5), flatFee: d(3) },
      { upTo: null, unitPrice: d(5), flatFee: d(3) },
    ];
    expect(tieredFee(d(10), grid, 'graduated').amount.toString()).toBe('102');
    expect(tieredFee(d(11), grid, 'graduated').amount.toString()).toBe('110');
    expect(tieredFee(d('10.5'), grid, 'graduated').amount.toString()).toBe('107.5');
    expect(tieredFee(d(15), grid, 'volume').amount.toString()).toBe('78');
  });

  it('costs nothing for zero units, flat fees included', () => {
    expect(
      tieredFee(d(0), [{ upTo: null, unitPrice: d(1), flatFee: d(50) }], 'graduated').amount.toString(),
    ).toBe('0');
  });

  it('refuses a quantity beyond a bounded last tier', () => {
    expect(() => tieredFee(d(101), [{ upTo: d(100), unitPrice: d(1), flatFee: d(0) }], 'graduated')).toThrow(
      ModelFault,
    );
  });
});
