/**
 * A percentage typed as a whole number: `THRESHOLDFEE(91.2, 0.9, 5000)` would pay, as would 85 against
 * 0.9, though the user meant 0.912. A worksheet function has no unit to tell, so the rule reads the scale
 * off the levels: when every level the value is compared with lies in [0, 1) and the highest is above 0
 * (a percentage's levels as fractions), a value above 1, at most 100 and from 10 to 1,000 times the
 * highest level (the value read as a percentage, value ÷ 100, within a factor of ten of that level) is
 * refused. Ten times leaves alone what is genuinely above 1 on that scale (an achievement of 1.04 against
 * 0.9, 1.5 hours against a target of 0.5 h); a thousand times, a level far smaller than the value's
 * percentage (1.5 against 0.001); a level of exactly 1 is as likely a count as 100 %, so it never makes the
 * rule fire. The column kernels send every row that may match to this decimal path
 * (kernels/scaleRows.ts).
 */
import { ModelFault } from '../errors';
import { HUNDRED, ONE, ZERO, type Dec } from '../money';

const TEN = ONE.times(10);
const THOUSAND = HUNDRED.times(TEN);

/** A level the value is compared with, by its argument's name; null for an optional level left blank. */
export type Level = readonly [name: string, value: Dec | null];

/** "threshold 0.7", "threshold 0.7 and target 0.8", "threshold 0.7, target 0.8 and stretch 0.9". */
function levelsText(levels: readonly (readonly [string, Dec])[]): string {
  const named = levels.map(([name, value]) => `${name} ${value.toString()}`);
  const last = named.pop()!;
  return named.length > 0 ? `${named.join(', ')} and ${last}` : last;
}

/** Whether `value` is on another scale than `levels` (blank ones left out), as the rule above says. */
export function onAnotherScale(value: Dec, levels: readonly Dec[]): boolean {
  if (!value.gt(ONE) || value.gt(HUNDRED)) return false;
  let highest = ZERO;
  for (const level of levels) {
    if (level.isNeg() || level.gte(ONE)) return false;
    if (level.gt(highest)) highest = level;
  }
  return !highest.isZero() && value.gte(highest.times(TEN)) && value.lte(highest.times(THOUSAND));
}

/**
 * Throws #VALUE! when `value` (the argument `name`; `at` says which cell of a table) is on another scale
 * than its levels, naming them and the fraction the user likely meant.
 */
export function refuseOtherScale(name: string, value: Dec, levels: readonly Level[], at = ''): void {
  const given = levels.filter((level): level is readonly [string, Dec] => level[1] !== null);
  if (
    !onAnotherScale(
      value,
      given.map(([, level]) => level),
    )
  )
    return;
  throw new ModelFault(
    '#VALUE!',
    name,
    `${value.toString()}${at} is on another scale than ${levelsText(given)}: did you mean ${value.div(HUNDRED).toString()}?`,
  );
}

/**
 * The same mistake in a ratio a contract pays as a fraction (a score, an achievement, a share, an
 * allocation, an adjustment): HYBRIDFEE(20000, 5000, 80) paid the full variable part, 80 capped at 1. A
 * ratio has no levels to read a scale off, only its cap (score_cap, achievement_cap; 1 for the others), and a
 * real contract pays above it (an achievement of 1.2 capped at 1) but never ten times it: a ratio at least
 * ten times the larger of 1 and its cap is refused, however large (a stretch_score of 150 meant 1.5). A cap
 * in points (a score in NPS points capped at 100) moves the edge with it. The kernels' row test is
 * kernels/scaleRows.ts's `ratioScale`.
 */
export function refuseRatioScale(name: string, value: Dec, cap: Dec = ONE): void {
  if (value.lt((cap.gt(ONE) ? cap : ONE).times(TEN))) return;
  throw new ModelFault(
    '#VALUE!',
    name,
    `${value.toString()} is on another scale: did you mean ${value.div(HUNDRED).toString()}?`,
  );
}

/**
 * HOURLYFEE's adjustment typed as a percentage: 5 for +5 % multiplied the rate by six. An adjustment is
 * a complexity premium on the rate: above 1 it would more than double it, which a contract states as a
 * rate, not an adjustment; 1 (a doubled rate) is paid. Kernels: `adjustmentScale`.
 */
export function refuseAdjustmentScale(adjustment: Dec): void {
  if (!adjustment.gt(ONE)) return;
  throw new ModelFault(
    '#VALUE!',
    'adjustment',
    `${adjustment.toString()} would multiply the rate by ${adjustment.plus(ONE).toString()} (an adjustment is a fraction, +10 % = 0.1): did you mean ${adjustment.div(HUNDRED).toString()}?`,
  );
}

/**
 * A cap typed as a percentage: HYBRIDFEE's score_cap or HOURLYFEE's achievement_cap of 120 meant 1.2, and a
 * score of 1.25 was paid uncapped. A cap above 100 beside a ratio above 0 and below 10 is refused: a ratio
 * paid as a fraction stays under ten (the ratio rule), and a cap in points (100 NPS points, the highest
 * score there is) is not above 100; a score of 0 pays the same whatever the cap. Kernels: `capScale`.
 */
export function refuseCapScale(capName: string, cap: Dec, name: string, value: Dec): void {
  if (!cap.gt(HUNDRED) || !value.gt(ZERO) || !value.lt(TEN)) return;
  throw new ModelFault(
    '#VALUE!',
    capName,
    `${cap.toString()} is on another scale than ${name} ${value.toString()}: did you mean ${cap.div(HUNDRED).toString()}?`,
  );
}

/**
 * A neutral band typed as a percentage: BONUSMALUS's tolerance of 2 (meant 0.02) around a target of 0.9
 * makes every result 0. A tolerance of at least 1 around a target above 0 and below 1 is refused; a band of
 * 2 minutes around 4 minutes, or of 2 incidents around a target of 0, is left alone. Kernels: `bandScale`.
 */
export function refuseBandScale(tolerance: Dec, target: Dec): void {
  if (tolerance.lt(ONE) || !target.gt(ZERO) || !target.lt(ONE)) return;
  throw new ModelFault(
    '#VALUE!',
    'tolerance',
    `${tolerance.toString()} is on another scale than target ${target.toString()}: did you mean ${tolerance.div(HUNDRED).toString()}?`,
  );
}
