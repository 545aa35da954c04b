#!/usr/bin/env node
'use strict';
/**
 * The long differential run: every function's column kernel against the decimal.js path on 1,000,000
 * seeded random cases each (the suite runs 100,000 on every CI run). Prints cases and mismatches per
 * function; exits 1 on any mismatch, printing the first ones with their arguments. Run
 * `npm run build:core` first.
 *
 *   node bench/differential.js [--cases 1000000] [--seed N] [--only NAME,NAME]
 */
const api = require('..');
const { differential } = require('./differentialCases');

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : argv[at + 1];
};
const cases = Number(option('cases', 1000000));
const seed = Number(option('seed', Date.now() % 1000000));
const only = option('only', null);
/** The functions with a column kernel (issue 9). */
const KERNELS =
  'ACHIEVEMENT,KPISCORE,THRESHOLDFEE,BONUSMALUS,TIEREDFEE,HYBRIDFEE,HOURLYFEE,SLACREDIT,EARNBACK,GAINSHARE,NPS,SCORECARD';
const specs = api.FUNCTIONS.filter((f) => (only ?? KERNELS).split(',').includes(f.name));

console.log(`seed ${seed}, ${cases.toLocaleString('en-US')} cases per function`);
let failed = false;
for (const spec of specs) {
  const start = Date.now();
  const [report] = differential(api.evaluate, [spec], { seed, cases, rows: 200 });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  console.log(
    `${report.name.padEnd(14)}${report.cases.toLocaleString('en-US').padStart(12)} cases${String(report.mismatches.length).padStart(4)} mismatches  ${seconds} s`,
  );
  for (const m of report.mismatches) {
    failed = true;
    console.log(`  call ${m.call}: ${m.difference}\n  ${JSON.stringify(m.args).slice(0, 2000)}`);
  }
}
process.exit(failed ? 1 : 0);
