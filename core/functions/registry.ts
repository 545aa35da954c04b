/**
 * Every worksheet function, declared once. Excel's functions.json, the Sheets stubs and JSDoc, the CLI and
 * docs/functions*.md are generated from this list; adding a function is one file in defs/ and one line here.
 */
import { ACHIEVEMENT } from './defs/achievement';
import { BONUSMALUS } from './defs/bonusMalus';
import { CONTRACTFEE } from './defs/contractFee';
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

export const FUNCTIONS: readonly FunctionSpec[] = [
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
  CONTRACTFEE,
];

const BY_NAME = new Map(FUNCTIONS.map((f) => [f.name, f]));

/** The function of that name, case-insensitive, or undefined. */
export function findFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name.toUpperCase());
}
