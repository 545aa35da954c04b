'use strict';
/**
 * Seeded random calls of the worksheet functions for the differential test of the column kernels against
 * the decimal.js path (core/functions/kernels/differential.test.ts, and bench/differential.js for the long
 * run). Plain CommonJS so both the TypeScript tests and the benchmark scripts load it.
 *
 * Values mix what makes exact arithmetic hard: short and cent values, 15-digit and full 17-digit doubles,
 * integers, tiny and large magnitudes, negatives, zeros and −0, values equal to another argument (exact
 * ties), one ulp off it, sums of two arguments (0.7 + 0.2 style), blanks and values of the wrong type.
 */

/** mulberry32: small, fast, good enough to spread cases; the seed makes a failure reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const F64 = new Float64Array(1);
const I64 = new BigInt64Array(F64.buffer);

/** The double next to x, up or down (x finite and non-zero). */
function ulpStep(x, up) {
  F64[0] = x;
  I64[0] += x > 0 === up ? 1n : -1n;
  return F64[0];
}

const BAD = ['abc', '5', true, false, { code: '#N/A' }, { code: '#DIV/0!' }, NaN, Infinity, -Infinity];

/**
 * The value makers of one call. A `hostile` call (a third of them) draws every kind of value, blanks and
 * bad cells included, and tiny and huge magnitudes beyond the kernels' exact range; the others draw the
 * numbers spreadsheets hold (every kind of digits, ties, ulp neighbours, sums, negatives, zeros) with few
 * blanks, so that most of their rows are the kernels' to answer.
 */
function makeValues(rng, hostile) {
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const int = (n) => Math.floor(rng() * n);
  // The numbers of one call share a range of magnitudes, as a KPI and its levels do; hostile calls spread
  // over twelve decades.
  const base = int(10) - 4;
  const decade = () => (hostile ? int(12) - 4 : base + int(3) - 1);
  /** One number; `pool` holds the call's other numbers, for ties, ulp neighbours and sums. */
  function number(pool) {
    let kind = int(16);
    if (!hostile && (kind === 5 || kind === 6)) kind = 15;
    const sign = rng() < 0.15 ? -1 : 1;
    switch (kind) {
      case 0:
        return (sign * int(1000)) / 10 ** int(4);
      case 1:
        return (sign * Math.round(rng() * 10 ** (decade() + 2))) / 100;
      case 2:
        return sign * Number((rng() * 10 ** decade()).toPrecision(15));
      case 3:
        return sign * rng() * 10 ** decade();
      case 4:
        return sign * Math.floor(rng() * 10 ** (hostile ? 1 + int(15) : Math.max(1, decade())));
      case 5:
        return sign * rng() * 10 ** -(7 + int(300));
      case 6:
        return sign * rng() * 10 ** (13 + int(295));
      case 7:
        // 1e15 is the first magnitude beyond the kernels' coefficients, 1e-7 the last inside.
        return pick([0, -0, 1, 0.5, 1e-7, hostile ? 1e15 : 1e14, 999999999999999, 0.1 + 0.2, 0.7 + 0.2]);
      case 8:
      case 9:
      case 10:
        if (pool.length > 0) return pick(pool);
        return rng();
      case 11:
      case 12:
        if (pool.length > 0) {
          const x = pick(pool);
          return x === 0 || !Number.isFinite(x) ? x : ulpStep(x, rng() < 0.5);
        }
        return rng();
      case 13:
        if (pool.length > 1) return pick(pool) + pick(pool);
        return rng();
      case 14:
        if (pool.length > 1) return pick(pool) - pick(pool);
        return rng();
      default:
        return Math.round(rng() * 1e6) / 1e6;
    }
  }
  /** A cell: mostly numbers, sometimes blank or of the wrong type. */
  function cell(pool) {
    const r = rng();
    if (r < (hostile ? 0.03 : 0.002)) return pick([null, '', undefined]);
    if (r < (hostile ? 0.06 : 0.003)) return pick(BAD);
    return number(pool);
  }
  return { pick, int, number, cell };
}

/** Tiers for TIEREDFEE: increasing bounds, an open last tier most of the time, sometimes a header. */
function tiers(rng, values) {
  const rows = [];
  if (rng() < 0.3) rows.push(['up_to', 'unit_price', 'flat_fee']);
  const count = 1 + values.int(4);
  let bound = 0;
  for (let i = 0; i < count; i++) {
    // Grids are mostly short numbers, as price lists are; some carry every kind of digits.
    bound += rng() < 0.8 ? 10 ** values.int(4) * (1 + values.int(9)) : Math.abs(values.number([]));
    const last = i === count - 1;
    const upTo = last && rng() < 0.7 ? null : rng() < 0.02 ? values.cell([]) : bound;
    const short = () => (rng() < 0.7 ? Math.round(rng() * 1e4) / 100 : Math.abs(values.number([])));
    const price = rng() < 0.02 ? values.cell([]) : short();
    const flat = rng() < 0.5 ? null : short();
    rows.push([upTo, price, flat]);
  }
  return rows;
}

/** A table of numbers (a column or a row), mostly valid. */
function table(rng, values, pool, length) {
  const cells = Array.from({ length }, () => values.cell(pool));
  return rng() < 0.5 ? cells.map((v) => [v]) : [cells];
}

/** Bounds stated by an argument's `expects` ("a number ≥ 0", "a number between 0 and 1"). */
function boundsOf(expects) {
  const between = /between (-?[\d.]+) and (-?[\d.]+)/.exec(expects);
  if (between) return { min: Number(between[1]), max: Number(between[2]) };
  const low = /[≥>] (-?[\d.]+)/.exec(expects);
  return { min: low ? Number(low[1]) : -Infinity, max: Infinity };
}

/** A value moved inside the bounds: |x| above the minimum, or a fraction of a bounded range. */
function inside({ min, max }, x, rng) {
  if (max !== Infinity) return min + (max - min) * (rng() < 0.2 ? Math.round(rng()) : rng());
  return min + Math.abs(x);
}

/**
 * One random call of `spec` with `rows` result rows: a list of host arguments in which one to three scalar
 * arguments are ranges (a column; sometimes a row against a column, which broadcasts), the others cells.
 */
function randomCall(spec, rng, rows) {
  const hostile = rng() < 1 / 3;
  const values = makeValues(rng, hostile);
  const pool = [];
  for (let i = 0; i < 4; i++) pool.push(values.number([]));
  const scalars = spec.args.map((a, i) => [a, i]).filter(([a]) => a.kind === 'scalar');
  const ranged = new Set();
  const wanted = scalars.length === 0 ? 0 : 1 + values.int(Math.min(3, scalars.length));
  while (ranged.size < wanted) {
    const [arg, index] = values.pick(scalars);
    if (arg.hostType === 'number' || rng() < 0.1) ranged.add(index);
  }
  const across = rng() < 0.1 ? 1 + values.int(3) : 1;
  const args = spec.args.map((arg, index) => {
    if (arg.kind === 'table') {
      if (arg.name === 'tiers') return tiers(rng, values);
      if (arg.name === 'responses')
        return table(rng, values, [], rows).map((line) =>
          line.map((v) => (rng() < (hostile ? 0.97 : 0.9995) ? Math.floor(rng() * 11) : v)),
        );
      return table(rng, values, pool, 1 + values.int(5));
    }
    const bounds = boundsOf(arg.expects);
    const words = [...arg.expects.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const one = (fixed) => {
      if (arg.hostType === 'string') {
        if (words.length === 0 || rng() < (fixed ? 0.01 : 0.05)) return values.cell([]);
        // The words the argument accepts, as its `expects` quotes them, in other cases and spacing too.
        const word = values.pick(words);
        return rng() < 0.2 ? ` ${word.toUpperCase()}` : word;
      }
      if (arg.optional && rng() < 0.3) return rng() < 0.5 ? null : undefined;
      // Fixed arguments are mostly valid, so that most calls get past them to the rows.
      const x = fixed && rng() < 0.97 ? values.number(pool) : values.cell(pool);
      if (typeof x !== 'number' || rng() < 0.1 || (x >= bounds.min && x <= bounds.max)) return x;
      return inside(bounds, x, rng);
    };
    if (!ranged.has(index)) return one(true);
    const shape = rng() < 0.5 || across === 1 ? [rows, across] : [1, across];
    return Array.from({ length: shape[0] }, () => Array.from({ length: shape[1] }, () => one(false)));
  });
  // SCORECARD pairs two tables of one size; scores and weights drawn per call.
  if (spec.name === 'SCORECARD') {
    const length = 1 + values.int(rows);
    args[0] = table(rng, values, pool, length);
    args[1] =
      rng() < 0.9
        ? args[0].map((line) => line.map(() => Math.abs(values.number([]))))
        : table(rng, values, [], 1 + values.int(rows));
  }
  // Trailing omitted arguments, sometimes.
  while (args.length > 0 && rng() < 0.2 && spec.args[args.length - 1].optional) args.pop();
  return args;
}

/** How a result cell differs from the reference's, or null when they agree bit for bit. */
function difference(fast, reference) {
  if (Array.isArray(fast) !== Array.isArray(reference)) return 'shape';
  if (Array.isArray(fast)) {
    if (fast.length !== reference.length) return 'rows';
    for (let r = 0; r < fast.length; r++) {
      if (fast[r].length !== reference[r].length) return 'columns';
      for (let c = 0; c < fast[r].length; c++) {
        const d = difference(fast[r][c], reference[r][c]);
        if (d !== null) return `row ${r + 1}, column ${c + 1}: ${d}`;
      }
    }
    return null;
  }
  if (typeof fast === 'number' || typeof reference === 'number' || fast === '' || reference === '')
    return Object.is(fast, reference) ? null : `${fmt(fast)} vs ${fmt(reference)}`;
  return fast.kind === reference.kind && fast.message === reference.message
    ? null
    : `${fmt(fast)} vs ${fmt(reference)}`;
}

function fmt(x) {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  return JSON.stringify(x);
}

/**
 * Runs random calls of `rows` rows of every function through `evaluate` with and without kernels until
 * `cases` cases were compared: result cells, or for functions of tables only (NPS, SCORECARD) input cells.
 * Returns, per function, the cases compared, how many of them the reference answered with a number, and
 * the first few mismatches with their arguments.
 */
function differential(evaluate, specs, { seed, cases, rows }) {
  // Error rows of the reference build a ModelFault each; their stack traces would be most of the time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return compare(evaluate, specs, { seed, cases, rows });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function compare(evaluate, specs, { seed, cases, rows }) {
  const report = [];
  for (const spec of specs) {
    const rng = random(seed ^ hash(spec.name));
    const tablesOnly = spec.args.every((a) => a.kind === 'table');
    let compared = 0;
    let numbers = 0;
    const mismatches = [];
    for (let call = 0; compared < cases; call++) {
      const args = randomCall(spec, rng, rows);
      const fast = evaluate(spec, args);
      const reference = evaluate(spec, args, { kernels: false });
      if (tablesOnly)
        compared += args.reduce((n, t) => n + (Array.isArray(t) ? t.length * t[0].length : 1), 0);
      else compared += Array.isArray(reference) ? reference.length * reference[0].length : 1;
      numbers += Array.isArray(reference)
        ? reference.reduce((n, line) => n + line.filter((x) => typeof x === 'number').length, 0)
        : typeof reference === 'number'
          ? 1
          : 0;
      const d = difference(fast, reference);
      if (d !== null && mismatches.length < 5) mismatches.push({ call, difference: d, args });
    }
    report.push({ name: spec.name, cases: compared, numbers, mismatches });
  }
  return report;
}

function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

module.exports = { random, randomCall, difference, differential };
