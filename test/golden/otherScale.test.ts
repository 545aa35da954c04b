/**
 * A percentage typed as a whole number against levels written as fractions (core/functions/otherScale.ts):
 * #VALUE! naming the value, its levels and the fraction meant, the same through the core, the built Excel
 * functions.js (a CustomFunctions.Error) and the built Sheets Code.js (a thrown Error with the message); and
 * the cases the rule must leave alone, answered as before; and a ratio on another scale than its cap
 * (refuseRatioScale). Run `npm run build` first.
 */
import { describeHostVectors, type HostVector } from '../support/hostVectors';

/** Formula, arguments, and the number or the #VALUE! message every host must give. */
const VECTORS: readonly HostVector[] = [
  // The brief's case: 91.2 meant 0.912; it paid 5,000, as 85 (below the threshold, meant 0.85) would.
  [
    'THRESHOLDFEE(91.2, 0.9, 5000)',
    [91.2, 0.9, 5000],
    'THRESHOLDFEE: actual 91.2 is on another scale than threshold 0.9: did you mean 0.912?',
  ],
  [
    'THRESHOLDFEE(85, 0.9, 5000)',
    [85, 0.9, 5000],
    'THRESHOLDFEE: actual 85 is on another scale than threshold 0.9: did you mean 0.85?',
  ],
  // A churn rate typed 4.2 for 4.2 % against a target of 5 %, lower is better: a bonus of 4.15 × 20,000.
  [
    'BONUSMALUS(4.2, 0.05, 20000, 20000, "lower")',
    [4.2, 0.05, 20000, 20000, 'lower'],
    'BONUSMALUS: actual 4.2 is on another scale than target 0.05: did you mean 0.042?',
  ],
  [
    'KPISCORE(78, 0.7, 0.8, "higher", 0.9, 1.5)',
    [78, 0.7, 0.8, 'higher', 0.9, 1.5],
    'KPISCORE: actual 78 is on another scale than threshold 0.7, target 0.8 and stretch 0.9: did you mean 0.78?',
  ],
  [
    'SLACREDIT(93, 0.95, 100000, 0.1, 0.2)',
    [93, 0.95, 100000, 0.1, 0.2],
    'SLACREDIT: actual 93 is on another scale than minimum 0.95: did you mean 0.93?',
  ],
  [
    'ACHIEVEMENT(78, 0.75)',
    [78, 0.75],
    'ACHIEVEMENT: actual 78 is on another scale than target 0.75: did you mean 0.78?',
  ],
  [
    'EARNBACK(2000, {0.97, 96, 0.98}, 0.95)',
    [2000, [[0.97, 96, 0.98]], 0.95],
    'EARNBACK: later_actuals 96 (cell 2) is on another scale than expected 0.95: did you mean 0.96?',
  ],
  [
    'THRESHOLDFEE(100, 0.9, 5000)',
    [100, 0.9, 5000],
    'THRESHOLDFEE: actual 100 is on another scale than threshold 0.9: did you mean 1?',
  ],
  // Left alone: an achievement of 104 % against 90 % (not ten times the level).
  ['THRESHOLDFEE(1.04, 0.9, 5000)', [1.04, 0.9, 5000], 5000],
  // 1.5 hours against a target of half an hour, lower is better: three times the level.
  ['BONUSMALUS(1.5, 0.5, 100, 100, "lower")', [1.5, 0.5, 100, 100, 'lower'], -100],
  // A level far below the value read as a percentage (1.5 % against 0.1 %): more than 1,000 times it.
  ['ACHIEVEMENT(1.5, 0.001)', [1.5, 0.001], 1500],
  // A count against a level of 1 (as likely a count as 100 %), and a level at or above 1.
  ['THRESHOLDFEE(3, 1, 5000)', [3, 1, 5000], 5000],
  ['KPISCORE(4, 0.5, 3)', [4, 0.5, 3], 1],
  // Above 100: not a percentage typed as a whole number (a count, a price).
  ['THRESHOLDFEE(150, 0.9, 5000)', [150, 0.9, 5000], 5000],
  // A level of 0 alone gives no scale.
  ['THRESHOLDFEE(5, 0, 5000)', [5, 0, 5000], 5000],
  // The way round for a genuine case: the KPI and its level in the same unit above 1 (minutes, points).
  ['THRESHOLDFEE(91.2, 90, 5000)', [91.2, 90, 5000], 5000],
  // The ratio rule: a score of 80 meant 0.8; capped at 1 it paid the whole variable part, 25,000.
  [
    'HYBRIDFEE(20000, 5000, 80)',
    [20000, 5000, 80],
    'HYBRIDFEE: score 80 is on another scale: did you mean 0.8?',
  ],
  // +5 % typed as 5: six times the rate (an adjustment above 1 is refused, refuseAdjustmentScale).
  [
    'HOURLYFEE(40, 75, 5)',
    [40, 75, 5],
    'HOURLYFEE: adjustment 5 would multiply the rate by 6 (an adjustment is a fraction, +10 % = 0.1): did you mean 0.05?',
  ],
  [
    'SLACREDIT(0.93, 0.95, 100000, 0.1, 20)',
    [0.93, 0.95, 100000, 0.1, 20],
    'SLACREDIT: allocation 20 is on another scale: did you mean 0.2?',
  ],
  [
    'KPISCORE(0.95, 0.7, 0.8, "higher", 0.9, 150)',
    [0.95, 0.7, 0.8, 'higher', 0.9, 150],
    'KPISCORE: stretch_score 150 is on another scale: did you mean 1.5?',
  ],
  [
    'HYBRIDFEE(20000, 5000, 12, 1.2)',
    [20000, 5000, 12, 1.2],
    'HYBRIDFEE: score 12 is on another scale: did you mean 0.12?',
  ],
  // Left alone: an achievement above its cap that a contract pays (120 % capped at 100 %), under ten times it.
  // An achievement is ACHIEVEMENT(actual, target) in a cell, and a count ten times its target is genuine
  // (the invoice pays the cap: 3,000 + 1,000); GAINSHARE's share is money per unit of gain (30 € a point).
  ['HOURLYFEE(40, 75, 0, 1000, 95)', [40, 75, 0, 1000, 95], 4000],
  ['GAINSHARE(1000000, 900000, 30, "lower")', [1000000, 900000, 30, 'lower'], 3000000],
  ['HOURLYFEE(40, 75, 0, 1000, 1.2)', [40, 75, 0, 1000, 1.2], 4000],
  ['HYBRIDFEE(20000, 5000, 9.9)', [20000, 5000, 9.9], 25000],
  ['HYBRIDFEE(20000, 5000, 11, 1.2)', [20000, 5000, 11, 1.2], 26000],
  // A score in points with its cap in points (variable per NPS point, capped at 100 points).
  ['HYBRIDFEE(20000, 50, 45, 100)', [20000, 50, 45, 100], 22250],
  // A cap typed as a percentage: 120 meant 1.2; the score of 1.25 was paid uncapped (26,250, not 26,000).
  [
    'HYBRIDFEE(20000, 5000, 1.25, 120)',
    [20000, 5000, 1.25, 120],
    'HYBRIDFEE: score_cap 120 is on another scale than score 1.25: did you mean 1.2?',
  ],
  [
    'HOURLYFEE(40, 75, 0.1, 1000, 1.3, 120)',
    [40, 75, 0.1, 1000, 1.3, 120],
    'HOURLYFEE: achievement_cap 120 is on another scale than achievement 1.3: did you mean 1.2?',
  ],
  // Left alone: a score of 0 (the same whatever the cap), a score in points above 10 beside a cap of 150
  // points, a cap of 100 points.
  ['HYBRIDFEE(20000, 5000, 0, 120)', [20000, 5000, 0, 120], 20000],
  ['HYBRIDFEE(20000, 50, 120, 150)', [20000, 50, 120, 150], 26000],
  ['HYBRIDFEE(20000, 50, 5, 100)', [20000, 50, 5, 100], 20250],
  ['HOURLYFEE(40, 75, 0, 1000, 0, 120)', [40, 75, 0, 1000, 0, 120], 3000],
  // A neutral band of ±2 (meant ±2 points) around 90 %: every result was 0, a malus of 12,000 lost.
  [
    'BONUSMALUS(0.64, 0.9, 50000, 50000, "higher", 2)',
    [0.64, 0.9, 50000, 50000, 'higher', 2],
    'BONUSMALUS: tolerance 2 is on another scale than target 0.9: did you mean 0.02?',
  ],
  [
    'BONUSMALUS(0.06, 0.05, 20000, 20000, "lower", 1)',
    [0.06, 0.05, 20000, 20000, 'lower', 1],
    'BONUSMALUS: tolerance 1 is on another scale than target 0.05: did you mean 0.01?',
  ],
  // Left alone: ±2 minutes around 4 minutes, ±2 incidents around a target of 0, ±0.5 around 0.9.
  ['BONUSMALUS(7, 4, 100, 100, "lower", 2)', [7, 4, 100, 100, 'lower', 2], -100],
  ['BONUSMALUS(3, 0, 100, 100, "lower", 2)', [3, 0, 100, 100, 'lower', 2], -100],
  ['BONUSMALUS(0.3, 0.9, 100, 100, "higher", 0.5)', [0.3, 0.9, 100, 100, 'higher', 0.5], -10],
  // Weights on two scales: 50 meant 0.5, and the first KPI weighed 99 % (0.805 instead of 0.86).
  [
    'SCORECARD({0.8, 1.2, 0.5}, {50, 0.3, 0.2})',
    [[[0.8, 1.2, 0.5]], [[50, 0.3, 0.2]]],
    'SCORECARD: weights 50 (cell 1) is on another scale than the other weights: did you mean 0.5?',
  ],
  [
    'SCORECARD({0.8, 1.2, 0.5}, {0.5, 30, 20})',
    [[[0.8, 1.2, 0.5]], [[0.5, 30, 20]]],
    'SCORECARD: weights 30 (cell 2) is on another scale than the other weights: did you mean 0.3?',
  ],
  // A score typed as a percentage beside scores as fractions: 85 meant 0.85, and it made the card 34.51.
  [
    'SCORECARD({0.8, 0.9, 85}, {0.3, 0.3, 0.4})',
    [[[0.8, 0.9, 85]], [[0.3, 0.3, 0.4]]],
    'SCORECARD: scores 85 (cell 3) is on another scale than the other scores: did you mean 0.85?',
  ],
  [
    'SCORECARD({92, 0.8, 77}, {1, 1, 1})',
    [[[92, 0.8, 77]], [[1, 1, 1]]],
    'SCORECARD: scores 92 (cell 1) is on another scale than the other scores: did you mean 0.92?',
  ],
  // An allocation of 2 meant 2 %: a credit of twice the amount at risk for one service level (20,000).
  [
    'SLACREDIT(0.93, 0.95, 100000, 0.1, 2)',
    [0.93, 0.95, 100000, 0.1, 2],
    'SLACREDIT: allocation must be at most 1, all of the amount at risk (got 2): did you mean 0.02?',
  ],
  ['SLACREDIT(0.93, 0.95, 100000, 0.1, 1)', [0.93, 0.95, 100000, 0.1, 1], 10000],
  // Left alone: weights in points (normalised by their sum), relative weights 2 and 0.5.
  ['SCORECARD({0.8, 1.2, 0.5}, {50, 30, 20})', [[[0.8, 1.2, 0.5]], [[50, 30, 20]]], 0.86],
  ['SCORECARD({0.8, 1.2}, {2, 0.5})', [[[0.8, 1.2]], [[2, 0.5]]], 0.88],
  // Left alone: scores in points (45 and 5 NPS points), a score of 3 between the scales, a zero-weight 85.
  ['SCORECARD({45, 5}, {0.5, 0.5})', [[[45, 5]], [[0.5, 0.5]]], 25],
  ['SCORECARD({0.8, 3, 12}, {1, 1, 1})', [[[0.8, 3, 12]], [[1, 1, 1]]], 5.266666666666667],
  ['SCORECARD({0.8, 0.9, 85}, {0.5, 0.5, 0})', [[[0.8, 0.9, 85]], [[0.5, 0.5, 0]]], 0.85],
];

describeHostVectors(VECTORS, '#VALUE!');
