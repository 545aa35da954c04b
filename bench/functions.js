#!/usr/bin/env node
'use strict';
/**
 * Exact ÷ plain: every worksheet function over 100,000 rows in ONE call (the way the docs tell users to
 * call them), and over the 20 rows of a hand-made sheet (`small`: what a call costs beyond its rows, the
 * fixed arguments parsed, the kernel's parameters, the runner), against the same arithmetic on plain JS
 * doubles over the same cells, measured in the same process in interleaved rounds. Prints, per function and data set, the median ratio and its spread
 * (the middle half of the rounds: 25th to 75th percentile; on a shared machine the extremes are noise).
 * Run `npm run build:core` first (npm run bench does).
 *
 *   node --single-threaded-gc bench/functions.js [--rows 100000] [--rounds 15] [--check] [--only NAME,NAME]
 *                                               [--clock cpu|wall] [--no-kernel NAME,NAME] [--limit 5]
 *                                               [--small-limit 10]
 *
 * Time is the process's CPU time (`process.cpuUsage`); `npm run bench` runs node with the collector on
 * the main thread (`--single-threaded-gc`), so that each side is charged for the collections its own
 * garbage causes and for nothing else. On this project's shared 2-core machine the wall clock mostly
 * measures the load (`--clock wall` measures elapsed time instead: the same figures on an idle machine).
 * A round times each side PAIRS times, alternating sides, each time over enough calls to last BATCH (one
 * call of a row function; some 20 of NPS or SCORECARD, whose plain loop takes half a millisecond), and
 * its ratio is exact time ÷ plain time summed over the round: sides measured a few milliseconds apart
 * meet the same load, where one long side beside another did not.
 *
 * --check exits 1 when a function's median ratio exceeds 5× twice: a median over the limit is measured
 * again, over as many new rounds, and the function fails only if that median is over it too (both are
 * printed). A burst of load from other processes rarely lasts through both, while a kernel that is really
 * slow fails both: `--no-kernel NAME` runs NAME's exact side on the decimal path alone (the
 * reference the kernels are tested against, some 30 to 300 times slower than doubles), which makes
 * `--check` exit 1. `--limit X` checks against X× instead of 5× (`--limit 0` fails every function: the
 * test of the check itself, test/bench/check.test.ts). The small tables are checked against
 * `--small-limit` (10×: a 20-row call's plain loop is some 20 array literals, so the ratio is mostly what
 * the call itself costs).
 */
const api = require('..');

const options = require.main === module ? parseOptions(process.argv.slice(2)) : null;
const ROWS = options?.rows ?? 100000;
const LIMIT = options?.limit ?? 5;
const SMALL_LIMIT = options?.smallLimit ?? 10;
/** Rows of the `small` data set: a hand-made sheet's column. */
const SMALL_ROWS = 20;
/** Seconds a side lasts at least each time it is timed (see above). */
const BATCH = 0.01;
/** Times each side is timed in a round, alternating. */
const PAIRS = 3;

function parseOptions(argv) {
  const out = {
    rows: 100000,
    rounds: 15,
    check: false,
    only: null,
    clock: 'cpu',
    noKernel: [],
    limit: 5,
    smallLimit: 10,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') out.check = true;
    else if (argv[i] === '--rows') out.rows = Number(argv[++i]);
    else if (argv[i] === '--rounds') out.rounds = Number(argv[++i]);
    else if (argv[i] === '--only') out.only = argv[++i].split(',');
    else if (argv[i] === '--clock' && ['cpu', 'wall'].includes(argv[i + 1])) out.clock = argv[++i];
    else if (argv[i] === '--no-kernel') out.noKernel = argv[++i].split(',');
    else if (argv[i] === '--limit' && Number(argv[i + 1]) >= 0) out.limit = Number(argv[++i]);
    else if (argv[i] === '--small-limit' && Number(argv[i + 1]) >= 0) out.smallLimit = Number(argv[++i]);
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return out;
}

/**
 * `distinct`: every row a different full-precision double (golden-ratio steps, nothing repeats: the worst
 * case). `sheet`: the same rounded to 3 decimals (0.1 % steps on a percentage), as KPI exports are, so
 * values repeat. `small`: sheet-like values, SMALL_ROWS of them.
 */
function column(min, max, seed, data) {
  const rows = rowsOf(data);
  const out = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const v = min + (max - min) * ((seed * 0.1 + i * 0.6180339887498949) % 1);
    out[i] = [data === 'distinct' ? v : Math.round(v * 1000) / 1000];
  }
  return out;
}

function rowsOf(data) {
  return data === 'small' ? SMALL_ROWS : ROWS;
}

/** The same model arithmetic in plain doubles, row by row, over the ranged argument's cells. */
function plainColumn(cells, fn) {
  const out = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) out[i] = [fn(cells[i][0])];
  return out;
}

/** name → data → { args, plain }: one call's arguments and the plain-double version of the same call. */
function cases(data) {
  const col = (min, max, seed) => column(min, max, seed, data);
  const scalar = (args, at, fn) => ({ args, plain: () => plainColumn(args[at], fn) });
  const tiers = [
    [40000, 2.1],
    [null, 1.9],
  ];
  const answers = col(0, 10, 11).map(([v]) => [Math.round(v)]);
  const scores = col(0, 1.5, 13);
  const weights = col(0, 1, 12);
  return {
    ACHIEVEMENT: scalar([col(0.5, 1, 2), 0.75], 0, (a) => a / 0.75),
    KPISCORE: scalar([col(0.6, 1, 3), 0.7, 0.8, 'higher', 0.9, 1.5], 0, (a) =>
      a < 0.7 ? 0 : a < 0.8 ? (a - 0.7) / 0.1 : a < 0.9 ? 1 + (0.5 * (a - 0.8)) / 0.1 : 1.5,
    ),
    THRESHOLDFEE: scalar([col(0.8, 1, 4), 0.9, 10000], 0, (a) => (a >= 0.9 ? 10000 : 0)),
    BONUSMALUS: scalar([col(0.6, 0.9, 1), 0.75, 50000, 30000, 'higher', 0.01, 2000, 1500], 0, (a) => {
      const gap = a - 0.75;
      if (gap > 0.01) return Math.min(50000 * (gap - 0.01), 2000);
      if (gap < -0.01) return -Math.min(30000 * (-gap - 0.01), 1500);
      return 0;
    }),
    TIEREDFEE: scalar(
      [col(0, 80000, 5), tiers],
      0,
      (q) => Math.min(q, 40000) * 2.1 + Math.max(q - 40000, 0) * 1.9,
    ),
    HYBRIDFEE: scalar([20000, 5000, col(0, 1.5, 6)], 2, (s) => 20000 + 5000 * Math.min(s, 1)),
    HOURLYFEE: scalar([col(0, 200, 7), 75, 0.1, 1000, 0.8], 0, (h) => h * 75 * (1 + 0.1) + 1000 * 0.8),
    SLACREDIT: scalar([col(0.9, 1, 8), 0.95, 100000, 0.1, 0.2], 0, (a) =>
      a < 0.95 ? 100000 * 0.1 * 0.2 : 0,
    ),
    EARNBACK: scalar([col(0, 5000, 9), [[0.97, 0.96, 0.98]], 0.95], 0, (c) =>
      [0.97, 0.96, 0.98].every((v) => v >= 0.95) ? c : 0,
    ),
    GAINSHARE: scalar([1000000, col(800000, 1200000, 10), 0.3, 'lower', 50000, -20000], 1, (a) =>
      Math.max(-20000, Math.min(50000, 0.3 * (1000000 - a))),
    ),
    // Table functions: one table of ROWS cells per call.
    NPS: {
      args: [answers],
      plain: () => {
        let promoters = 0;
        let detractors = 0;
        let count = 0;
        for (const [a] of answers) {
          if (typeof a !== 'number') continue;
          count++;
          if (a >= 9) promoters++;
          else if (a <= 6) detractors++;
        }
        return (100 * (promoters - detractors)) / count;
      },
    },
    SCORECARD: {
      args: [scores, weights],
      plain: () => {
        let weighted = 0;
        let total = 0;
        for (let i = 0; i < scores.length; i++) {
          weighted += scores[i][0] * weights[i][0];
          total += weights[i][0];
        }
        return weighted / total;
      },
    },
  };
}

function seconds(fn) {
  if (options.clock === 'cpu') {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  }
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
}

/** Median and middle half of each named function's ratio over `options.rounds` rounds. */
function measure(data, names) {
  const all = cases(data);
  const ratios = Object.fromEntries(names.map((n) => [n, []]));
  const calls = Object.fromEntries(names.map((n) => [n, 1]));
  const exactTimes = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < options.rounds + 1; round++) {
    for (const name of names) {
      const spec = api.findFunction(name);
      const { args, plain } = all[name];
      const evaluateOptions = { kernels: !options.noKernel.includes(name) };
      const times = calls[name];
      const exactSide = () => {
        for (let i = 0; i < times; i++) api.evaluate(spec, args, evaluateOptions);
      };
      const plainSide = () => {
        for (let i = 0; i < times; i++) plain();
      };
      let exact = 0;
      let doubles = 0;
      for (let pair = 0; pair < PAIRS; pair++) {
        // Alternate which side runs first, so neither always meets a warm cache or a pending GC.
        if ((round + pair) % 2 === 0) {
          exact += seconds(exactSide);
          doubles += seconds(plainSide);
        } else {
          doubles += seconds(plainSide);
          exact += seconds(exactSide);
        }
      }
      if (round === 0) {
        // Warm-up round: compiles both sides and counts the calls a side needs to last BATCH.
        calls[name] = Math.max(1, Math.ceil((BATCH * PAIRS) / doubles));
        continue;
      }
      ratios[name].push(exact / doubles);
      exactTimes[name].push(exact / (PAIRS * times));
    }
  }
  return names.map((name) => {
    const sorted = ratios[name].slice().sort((a, b) => a - b);
    const times = exactTimes[name].slice().sort((a, b) => a - b);
    return {
      name,
      median: quantile(sorted, 0.5),
      low: quantile(sorted, 0.25),
      high: quantile(sorted, 0.75),
      rowsPerSecond: rowsOf(data) / quantile(times, 0.5),
    };
  });
}

const TITLES = {
  distinct: 'distinct full-precision values',
  sheet: 'sheet-like values (3 decimals, repeating)',
  small: `small tables: ${SMALL_ROWS} sheet-like rows a call (table functions: ${SMALL_ROWS} cells), the shape of a hand-made sheet`,
};
const fmtRatio = (x) => `${x.toFixed(1)}×`;
const fmtLine = (r) =>
  `${r.name.padEnd(14)}${fmtRatio(r.median).padStart(8)}${`${fmtRatio(r.low)}–${fmtRatio(r.high)}`.padStart(15)}${Math.round(r.rowsPerSecond).toLocaleString('en-US').padStart(15)}`;
function main() {
  const failed = [];
  const names = Object.keys(cases('distinct')).filter(
    (n) => options.only === null || options.only.includes(n),
  );
  console.log(
    `exact ÷ plain doubles (${options.clock === 'cpu' ? 'CPU' : 'wall-clock'} time), one call over ${ROWS.toLocaleString('en-US')} rows (table functions: one table of as many cells), median of ${options.rounds} interleaved rounds, spread = 25th–75th percentile of the rounds`,
  );
  if (options.noKernel.length > 0)
    console.log(`decimal path only (no kernel): ${options.noKernel.join(', ')}`);
  for (const data of ['distinct', 'sheet', 'small']) {
    const limit = data === 'small' ? SMALL_LIMIT : LIMIT;
    console.log(`\n${TITLES[data]}`);
    console.log(
      `${'function'.padEnd(14)}${'median'.padStart(8)}${'spread'.padStart(15)}${'exact rows/s'.padStart(15)}`,
    );
    const results = measure(data, names);
    for (const r of results) console.log(`${fmtLine(r)}${r.median > limit ? `  over ${limit}×` : ''}`);
    const over = results.filter((r) => r.median > limit).map((r) => r.name);
    if (over.length === 0) continue;
    // The second opinion (see the header): the same rounds again for the functions over the limit.
    console.log(`measured again (median over ${limit}×):`);
    for (const r of measure(data, over)) {
      const still = r.median > limit;
      if (still) failed.push(`${r.name} (${data}, over ${limit}×)`);
      console.log(`${fmtLine(r)}${still ? `  over ${limit}× again` : ''}`);
    }
  }
  if (options.check && failed.length > 0) {
    console.error(`\nmedian ratio over its limit in both measurements: ${failed.join(', ')}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { cases, quantile };
