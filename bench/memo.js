#!/usr/bin/env node
'use strict';
/**
 * Would a memo of repeated cells pay? The runner had one (a Map from a cell's value to its result, per
 * call) until the column kernels; this measures the most favourable form of it against the runner as it
 * is, on the sheet-like columns of bench/functions.js (3 decimals, so 100,000 rows hold a few hundred
 * distinct values): the ranged column is reduced to its distinct values through a Map, the function is
 * called once on those, and each row gets its value's result. Prints, per row function, the median and
 * the middle half of memo time ÷ runner time over interleaved rounds (CPU time). Run `npm run build:core`
 * first.
 *
 *   node --single-threaded-gc bench/memo.js [--rounds 9]
 */
const api = require('..');
const { cases, quantile } = require('./functions');

const at = process.argv.indexOf('--rounds');
const ROUNDS = at === -1 ? 9 : Number(process.argv[at + 1]);

function seconds(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** The call with a memo in front: one evaluation per distinct value of the ranged argument. */
function withMemo(spec, args, ranged) {
  const cells = args[ranged];
  const index = new Map();
  const distinct = [];
  const rowOf = new Int32Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const x = cells[i][0];
    let j = index.get(x);
    if (j === undefined) {
      j = distinct.length;
      index.set(x, j);
      distinct.push([x]);
    }
    rowOf[i] = j;
  }
  const call = args.slice();
  call[ranged] = distinct;
  const results = api.evaluate(spec, call);
  const out = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = [results[rowOf[i]][0]];
  return out;
}

const all = cases('sheet');
console.log(
  `memo ÷ runner (CPU time), one call over 100,000 sheet-like rows, median of ${ROUNDS} interleaved rounds, spread = 25th–75th percentile`,
);
console.log(
  `${'function'.padEnd(14)}${'distinct'.padStart(9)}${'median'.padStart(8)}${'spread'.padStart(15)}`,
);
for (const [name, { args }] of Object.entries(all)) {
  const ranged = args.findIndex((a) => Array.isArray(a) && a.length > 1);
  const spec = api.findFunction(name);
  if (spec.args[ranged].kind !== 'scalar') continue; // table functions have no rows to remember
  const ratios = [];
  for (let round = 0; round <= ROUNDS; round++) {
    let memo = 0;
    let runner = 0;
    for (let pair = 0; pair < 3; pair++) {
      if ((round + pair) % 2 === 0) {
        memo += seconds(() => withMemo(spec, args, ranged));
        runner += seconds(() => api.evaluate(spec, args));
      } else {
        runner += seconds(() => api.evaluate(spec, args));
        memo += seconds(() => withMemo(spec, args, ranged));
      }
    }
    if (round > 0) ratios.push(memo / runner);
  }
  ratios.sort((a, b) => a - b);
  const distinct = new Set(args[ranged].map(([x]) => x)).size;
  const fmt = (x) => `${x.toFixed(2)}×`;
  console.log(
    `${name.padEnd(14)}${String(distinct).padStart(9)}${fmt(quantile(ratios, 0.5)).padStart(8)}${`${fmt(quantile(ratios, 0.25))}–${fmt(quantile(ratios, 0.75))}`.padStart(15)}`,
  );
}
