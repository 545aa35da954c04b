/**
 * The cell functions: every worksheet function that computes from its own arguments alone. They are the
 * whole custom-function path of the Sheets bundle, whose Code.js loads on every call and must stay small;
 * functions that need the contract and invoice engine (CONTRACTFEE) are added in `registry.ts`.
 */
import { ACHIEVEMENT } from './defs/achievement';
import { BONUSMALUS } from './defs/bonusMalus';
import { EARNBACK } from './defs/earnback';
import { GAINSHARE } from './defs/gainShare';
import { HOURLYFEE } from './defs/hourlyFee';
import { HYBRIDFEE } from './defs/hybridFee';
import { KPISCORE } from './defs/kpiScore';
import { NPS } from './defs/nps';
import { SCORECARD } from './defs/scorecard';
import { SLACREDIT } from './defs/slaCredit';
import { THRESHOLDFEE } from './defs/thresholdFee';
import { TIEREDFEE } from './defs/tieredFee';
import type { FunctionSpec } from './types';

export const CELL_FUNCTIONS: readonly FunctionSpec[] = [
  ACHIEVEMENT,
  KPISCORE,
  THRESHOLDFEE,
  BONUSMALUS,
  TIEREDFEE,
  HYBRIDFEE,
  HOURLYFEE,
  SLACREDIT,
  EARNBACK,
  GAINSHARE,
  NPS,
  SCORECARD,
];

const BY_NAME = new Map(CELL_FUNCTIONS.map((f) => [f.name, f]));

/** The cell function of that name, case-insensitive, or undefined. */
export function findCellFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toUpperCase());
}
