/** The column kernel of each worksheet function, by name: the runner's fast path over ranges. */
import { achievementKernel } from './achievement';
import { bonusMalusKernel } from './bonusMalus';
import { earnbackKernel } from './earnback';
import { gainShareKernel } from './gainShare';
import { hourlyFeeKernel } from './hourlyFee';
import { hybridFeeKernel } from './hybridFee';
import type { Kernel, TableKernel } from './kernel';
import { kpiScoreKernel } from './kpiScore';
import { npsKernel } from './nps';
import { scorecardKernel } from './scorecard';
import { slaCreditKernel } from './slaCredit';
import { thresholdFeeKernel } from './thresholdFee';
import { tieredFeeKernel } from './tieredFee';

export const KERNELS: ReadonlyMap<string, Kernel<unknown>> = new Map<string, Kernel<unknown>>([
  ['ACHIEVEMENT', achievementKernel],
  ['KPISCORE', kpiScoreKernel],
  ['THRESHOLDFEE', thresholdFeeKernel],
  ['BONUSMALUS', bonusMalusKernel],
  ['TIEREDFEE', tieredFeeKernel],
  ['HYBRIDFEE', hybridFeeKernel],
  ['HOURLYFEE', hourlyFeeKernel],
  ['SLACREDIT', slaCreditKernel],
  ['EARNBACK', earnbackKernel],
  ['GAINSHARE', gainShareKernel],
]);

export const TABLE_KERNELS: ReadonlyMap<string, TableKernel> = new Map<string, TableKernel>([
  ['NPS', npsKernel],
  ['SCORECARD', scorecardKernel],
]);
