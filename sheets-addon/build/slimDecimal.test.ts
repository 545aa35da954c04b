import fc from 'fast-check';
import { readFileSync } from 'fs';
import { runInNewContext } from 'vm';
// eslint-disable-next-line no-restricted-imports -- the full library is the reference the slim copy is held to
import FullDecimal from 'decimal.js';
import { STUBBED_METHODS, slimDecimal } from './slimDecimal';

const SOURCE = readFileSync(require.resolve('decimal.js/decimal.mjs'), 'utf8');

/** The slimmed module evaluated on its own, its ES exports turned into a result. */
function loadSlim(): typeof FullDecimal {
  const script = slimDecimal(SOURCE)
    .replace(/^export var Decimal =/m, 'var Decimal =')
    .replace(/^export default Decimal;$/m, '');
  return runInNewContext(`${script}\nDecimal;`, { Symbol, Math, Error, Number, String, Object }) as never;
}

const Slim = loadSlim();
const Exact = Slim.clone({ precision: 1000, rounding: Slim.ROUND_HALF_UP });
const Reference = FullDecimal.clone({ precision: 1000, rounding: FullDecimal.ROUND_HALF_UP });

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
  .map(([digits, scale]) => {
    const text = (digits < 0n ? -digits : digits).toString().padStart(scale + 1, '0');
    const sign = digits < 0n ? '-' : '';
    return scale === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -scale)}.${text.slice(-scale)}`;
  });

describe('decimal.js as Code.js carries it', () => {
  it('computes exactly what decimal.js computes, for every operation Code.js uses', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.integer({ min: 0, max: 4 }), (a, b, n) => {
        const [x, y] = [new Exact(a), new Exact(b)];
        const [rx, ry] = [new Reference(a), new Reference(b)];
        const results = [
          [x.plus(y), rx.plus(ry)],
          [x.minus(y), rx.minus(ry)],
          [x.times(y), rx.times(ry)],
          [x.pow(n), rx.pow(n)],
          [x.abs(), rx.abs()],
          [x.neg(), rx.neg()],
          [x.toSignificantDigits(15), rx.toSignificantDigits(15)],
        ].map(([mine, theirs]) => [mine!.toString(), theirs!.toString()]);
        if (!y.isZero()) {
          results.push([x.div(y).toString(), rx.div(ry).toString()]);
          results.push([x.mod(y).toString(), rx.mod(ry).toString()]);
        }
        results.push([String(x.cmp(y)), String(rx.cmp(ry))], [x.toFixed(3), rx.toFixed(3)]);
        results.push([String(x.toNumber()), String(rx.toNumber())]);
        for (const [mine, theirs] of results) expect(mine).toBe(theirs);
      }),
    );
  });

  it('still reads hexadecimal, NaN and Infinity as decimal.js does', () => {
    expect(new Exact('0x1fp60').toString()).toBe(new Reference('0x1fp60').toString());
    expect(new Exact('Infinity').toNumber()).toBe(Infinity);
    expect(() => new Exact('12,5')).toThrow(/Invalid argument/);
  });

  it('throws, naming the method, for each method it left out, and for fractional powers', () => {
    for (const name of STUBBED_METHODS) {
      const method = (new Exact(2) as unknown as Record<string, () => unknown>)[name]!;
      expect(() => method.call(new Exact(2))).toThrow(`[DecimalError] ${name} is not in Code.js`);
    }
    expect(() => new Exact(2).pow(0.5)).toThrow(/not in Code\.js/);
    expect((Slim as unknown as Record<string, unknown>).random).toBeUndefined();
  });

  it('fails the build when decimal.js no longer has what it removes', () => {
    expect(() => slimDecimal(SOURCE.replace('P.squareRoot = P.sqrt =', 'P.root ='))).toThrow(
      'slimDecimal: decimal.mjs has no sqrt.',
    );
  });

  it('drops the 1,025-digit constants', () => {
    const slim = slimDecimal(SOURCE);
    expect(slim).not.toContain('2.30258509299404568401799145468436420760110148862877297603332790096757');
    expect(slim).not.toContain('3.14159265358979323846264338327950288419716939937510582097494459230781');
  });
});
