/** BONUSMALUS over a column: gap and band in exact coefficients, the rate's product rounded once. */
import type { Column } from './columns';
import { directionSign } from './direction';
import { align, noNegativeZero, productOver, safe } from './exact';
import type { Kernel } from './kernel';
import { bandScale, otherScale } from './scaleRows';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Math, Number } = globalThis;

function run(sign: number, columns: readonly Column[], n: number, out: Float64Array): void {
  const [actual, target, bonusRate, malusRate, , tolerance, bonusCap, malusCap] = columns;
  const { c: ac, k: ak, v: av, step: as } = actual;
  const { c: tc, k: tk, v: tv, step: ts } = target;
  const { c: bc, k: bk, step: bs } = bonusRate;
  const { c: mc, k: mk, step: ms } = malusRate;
  const { c: lc, k: lk, v: lv, step: ls } = tolerance;
  const { c: bcc, v: bcv, step: bcs } = bonusCap;
  const { c: mcc, v: mcv, step: mcs } = malusCap;
  for (let i = 0; i < n; i++) {
    const a = ac[i * as];
    const t = tc[i * ts];
    const l = lc[i * ls];
    const b = bc[i * bs];
    const m = mc[i * ms];
    const vt = tv[i * ts];
    if (
      Number.isNaN(a + t + l + b + m + bcc[i * bcs] + mcc[i * mcs]) ||
      otherScale(av[i * as], vt, vt) ||
      bandScale(lv[i * ls], vt)
    ) {
      out[i] = Number.NaN;
      continue;
    }
    const ka = ak[i * as];
    const kt = tk[i * ts];
    const kl = lk[i * ls];
    const scale = ka > kt ? (ka > kl ? ka : kl) : kt > kl ? kt : kl;
    // Positive gap means better than target, for both directions.
    const gap = safe(sign * (align(a, ka, scale) - align(t, kt, scale)));
    const band = align(l, kl, scale);
    if (Number.isNaN(gap + band)) {
      out[i] = Number.NaN;
      continue;
    }
    if (!(gap > band || gap + band < 0)) {
      out[i] = 0;
      continue;
    }
    // One call of the product for bonus and malus: a second call site inlined would exhaust V8's inlining
    // budget, and a call not inlined boxes its doubles (an allocation a row).
    const bonus = gap > band;
    const amount = productOver(
      bonus ? b : m,
      safe(bonus ? gap - band : -(gap + band)),
      (bonus ? bk[i * bs] : mk[i * ms]) + scale,
    );
    // Caps cut after rounding: rounding is monotone, so min(round(x), round(cap)) = round(min(x, cap)).
    const capped = Math.min(amount, bonus ? bcv[i * bcs] : mcv[i * mcs]);
    out[i] = bonus ? capped : noNegativeZero(-capped);
  }
}

export const bonusMalusKernel: Kernel<number> = {
  args: ['actual', 'target', 'bonus_rate', 'malus_rate', 'direction', 'tolerance', 'bonus_cap', 'malus_cap'],
  compile: (values, ranged) => directionSign(values, 4, ranged),
  run,
};
