#!/usr/bin/env node
'use strict';
/**
 * Throughput of every worksheet function over a 100,000-row range in ONE call (the way the docs tell users
 * to call them), next to the same arithmetic in plain JS doubles measured in the same run.
 * Prints rows per second and the ratio; it asserts nothing. Run `npm run build:core` first.
 *
 *   node bench/functions.js [rows] [distinct|sheet]
 */
const api = require('..');

const ROWS = Number(process.argv[2] || 100000);
const REPEAT = 5;

/**
 * Two kinds of columns. `distinct`: every row a different value (the worst case: nothing repeats).
 * `sheet`: values with 3 decimals (0.1 % steps on a percentage), as KPI exports usually are, so values repeat.
 */
const DATA = process.argv[3] === 'sheet' ? 'sheet' : 'distinct';

function column(min, max, seed) {
  const out = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    // Golden-ratio steps: a low-discrepancy sequence, every value distinct.
    const v = min + (max - min) * ((seed * 0.1 + i * 0.6180339887498949) % 1);
    out[i] = [DATA === 'sheet' ? Math.round(v * 1000) / 1000 : v];
  }
  return out;
}

const tiers = [
  [40000, 2.1],
  [null, 1.9],
];

/** name → [arguments for one call over ROWS rows, plain-double version of one row]. */
const CASES = {
  BONUSMALUS: [
    [column(0.6, 0.9, 1), 0.75, 50000, 30000, 'higher', 0.01, 2000, 1500],
    (a) => {
      const gap = a - 0.75;
      if (gap > 0.01) return Math.min(50000 * (gap - 0.01), 2000);
      if (gap < -0.01) return -Math.min(30000 * (-gap - 0.01), 1500);
      return 0;
    },
  ],
  ACHIEVEMENT: [[column(0.5, 1, 2), 0.75], (a) => a / 0.75],
  KPISCORE: [
    [column(0.6, 1, 3), 0.7, 0.8, 'higher', 0.9, 1.5],
    (a) => (a < 0.7 ? 0 : a < 0.8 ? (a - 0.7) / 0.1 : a < 0.9 ? 1 + (0.5 * (a - 0.8)) / 0.1 : 1.5),
  ],
  THRESHOLDFEE: [[column(0.8, 1, 4), 0.9, 10000], (a) => (a >= 0.9 ? 10000 : 0)],
  TIEREDFEE: [[column(0, 80000, 5), tiers], (q) => Math.min(q, 40000) * 2.1 + Math.max(q - 40000, 0) * 1.9],
  HYBRIDFEE: [[20000, 5000, column(0, 1.5, 6)], (s) => 20000 + 5000 * Math.min(s, 1)],
  HOURLYFEE: [[column(0, 200, 7), 75, 0.1, 1000, 0.8], (h) => h * 75 * 1.1 + 1000 * 0.8],
  SLACREDIT: [[column(0.9, 1, 8), 0.95, 100000, 0.1, 0.2], (a) => (a < 0.95 ? 100000 * 0.1 * 0.2 : 0)],
  EARNBACK: [[column(0, 5000, 9), [[0.97, 0.96, 0.98]], 0.95], (c) => c],
  GAINSHARE: [
    [1000000, column(800000, 1200000, 10), 0.3, 'lower', 50000, -20000],
    (a) => Math.max(-20000, Math.min(50000, 0.3 * (1000000 - a))),
  ],
};

function timeIt(fn) {
  let best = Infinity;
  for (let i = 0; i < REPEAT; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

const rate = (seconds) => Math.round(ROWS / seconds);
const fmt = (n) => n.toLocaleString('en-US').padStart(12);

console.log(
  `${ROWS.toLocaleString('en-US')} rows per call, ${DATA} values, best of ${REPEAT}; "plain" = the same arithmetic on JS doubles`,
);
console.log(
  `${'function'.padEnd(14)}${'rows/s'.padStart(12)}${'plain rows/s'.padStart(16)}${'plain/exact'.padStart(13)}`,
);
for (const [name, [args, plain]] of Object.entries(CASES)) {
  const ranged = args.find((a) => Array.isArray(a) && a.length === ROWS);
  const exact = timeIt(() => api[name](...args));
  const doubles = timeIt(() => {
    const out = new Array(ROWS);
    for (let i = 0; i < ROWS; i++) out[i] = [plain(ranged[i][0])];
    return out;
  });
  console.log(
    `${name.padEnd(14)}${fmt(rate(exact))}${fmt(rate(doubles)).padStart(16)}${(exact / doubles).toFixed(1).padStart(12)}x`,
  );
}
// NPS and SCORECARD consume one table per call: timed as answers (cells) per second instead.
const answers = column(0, 10, 11).map(([v]) => [Math.round(v)]);
const weights = column(0, 1, 12);
for (const [name, args] of [
  ['NPS', [answers]],
  ['SCORECARD', [column(0, 1.5, 13), weights]],
]) {
  console.log(
    `${name.padEnd(14)}${fmt(rate(timeIt(() => api[name](...args))))}  cells/s (one table of ${ROWS.toLocaleString('en-US')} cells)`,
  );
}
