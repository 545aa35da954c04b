'use strict';
/**
 * Seeded random calls of the worksheet functions for the differential test of the column kernels against
 * the decimal.js path (core/functions/kernels/differential.test.ts, and bench/differential.js for the long
 * run). Plain CommonJS so both the TypeScript tests and the benchmark scripts load it.
 *
 * Values mix what makes exact arithmetic hard: short and cent values, 15-digit and full 17-digit doubles,
 * integers, tiny and large magnitudes, negatives, zeros and −0, values equal to another argument (exact
 * ties), one ulp off it, other doubles that show the same 15 digits and ulps either side of the half unit of
 * the 15th digit, sums of two arguments (0.7 + 0.2 style), the edges of a model (an exact sum,
 * difference, product or quotient of the call's other numbers: target ± tolerance, a cap ÷ a rate, a tier
 * bound) and one unit of the 15th digit or one ulp off them, coefficients that reach 2^53 once aligned to
 * another argument's scale or multiplied by it, the largest amounts a double holds to the cent, blanks
 * and values of the wrong type, alone or mixed in one range, and every combination of the optional
 * arguments (omitted as a blank, a missing argument or a trailing argument left off).
 */

/**
 * The builtins the generator reads for every value, as module constants: Jest runs a test's modules in a
 * vm context, where each read of a global goes through the context's interceptor (on Node 20, a loop
 * calling `Math.floor` ran some 100 times slower there than a module constant). Same objects, same cases.
 */
const { Array, BigInt, Math, Number, Object } = globalThis;

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

/** x as a host reads it, its 15 significant digits, as [coefficient, power of ten] (x finite). */
function decimalOf(x) {
  const [mantissa, exponent = '0'] = x.toPrecision(15).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  return [BigInt(whole + fraction), Number(exponent) - fraction.length];
}

/** x op y on decimals, exactly (a quotient to 20 more digits than its dividend), or null. */
function operate([c1, e1], [c2, e2], op) {
  if (Math.abs(e1 - e2) > 40) return null;
  const e = Math.min(e1, e2);
  const a = c1 * 10n ** BigInt(e1 - e);
  const b = c2 * 10n ** BigInt(e2 - e);
  if (op === 0) return [a + b, e];
  if (op === 1) return [a - b, e];
  if (op === 2) return [c1 * c2, e1 + e2];
  return c2 === 0n ? null : [(c1 * 10n ** 20n) / c2, e1 - e2 - 20];
}

/** The decimal rounded to its 15 leading digits (half up: where the next digit decides, off by one). */
function fifteenDigits([c, e]) {
  const negative = c < 0n;
  const digits = (negative ? -c : c).toString();
  if (digits.length <= 15) return [c, e];
  const cut = 10n ** BigInt(digits.length - 15);
  const kept = (BigInt(digits) + cut / 2n) / cut;
  return [negative ? -kept : kept, e + digits.length - 15];
}

const toNumber = ([c, e]) => Number(`${c}e${e}`);

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const BAD = ['abc', '5', true, false, { code: '#N/A' }, { code: '#DIV/0!' }, NaN, Infinity, -Infinity];

/**
 * The value makers of one call. A `hostile` call (a third of them) draws every kind of value, blanks and
 * bad cells included, and tiny and huge magnitudes beyond the kernels' exact range; the others draw the
 * numbers spreadsheets hold (every kind of digits, ties, ulp neighbours, sums, negatives, zeros) with few
 * blanks, so that most of their rows are the kernels' to answer.
 */
function makeValues(rng, hostile, patchy) {
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const int = (n) => Math.floor(rng() * n);
  // The numbers of one call share a range of magnitudes, as a KPI and its levels do; hostile calls spread
  // over twelve decades.
  const base = int(10) - 4;
  const decade = () => (hostile ? int(12) - 4 : base + int(3) - 1);
  /**
   * Where a model changes branch: up to three exact operations on the call's other numbers as the host
   * reads them (target + tolerance, cap ÷ rate + target, a tier bound), entered with 15 digits, then
   * sometimes one unit of the 15th digit or one or two ulps away.
   */
  function edge(pool) {
    const finite = pool.filter((x) => Number.isFinite(x));
    if (finite.length === 0) return rng();
    let d = decimalOf(pick(finite));
    for (let steps = int(3); steps >= 0 && d !== null; steps--)
      d = operate(d, decimalOf(pick(finite)), int(4));
    if (d === null) return pick(finite);
    let [c, e] = fifteenDigits(d);
    const move = int(6);
    if (move === 1) c += 1n;
    else if (move === 2) c -= 1n;
    const x = toNumber([c, e]);
    if (x === 0) return rng() < 0.5 ? -0 : 0;
    // Beyond the kernels' range only in hostile calls (a table with one such cell is not the kernel's).
    if (!hostile && !(Math.abs(x) >= 1e-7 && Math.abs(x) < 1e15)) return pick(finite);
    if (move === 3 && Number.isFinite(x)) return ulpStep(x, rng() < 0.5);
    if (move === 4 && Number.isFinite(x)) return ulpStep(ulpStep(x, true), true);
    return x;
  }
  /**
   * A coefficient that reaches 2^53 − 1 when aligned to a scale up to 15 digits finer, or multiplied by
   * the coefficient of one of the call's numbers: the limit of the kernels' exact integers, either side.
   */
  function nearLimit(pool) {
    const offset = BigInt(int(5) - 2);
    const finite = pool.filter((x) => Number.isFinite(x) && x !== 0);
    let c = MAX_SAFE / 10n ** BigInt(1 + int(15)) + offset;
    if (finite.length > 0 && rng() < 0.5) {
      let [other] = decimalOf(pick(finite));
      if (other < 0n) other = -other;
      while (other % 10n === 0n) other /= 10n;
      c = (MAX_SAFE + other / 2n) / other + offset;
    }
    if (c <= 0n) c = 1n;
    // At most as many decimals as digits, so that the value stays at or above 1 (as an amount would).
    return toNumber([rng() < 0.15 ? -c : c, -int(Math.min(12, c.toString().length))]);
  }
  /**
   * A double other than a pool value that a cell shows as the same 15 digits (up to 0.499 of a unit of the
   * 15th digit away: equal as decimals, unequal as doubles), or one or two ulps either side of the half
   * unit, where the 15-digit rounding turns over: ties and near-ties the doubles alone would get wrong.
   */
  function sameDigits(pool) {
    const finite = pool.filter((x) => Number.isFinite(x) && x !== 0);
    if (finite.length === 0) return rng();
    const [c, e] = decimalOf(pick(finite));
    const pad = 15 - (c < 0n ? -c : c).toString().length;
    const sign = c < 0n ? -1n : 1n;
    const full = c * 10n ** BigInt(pad);
    let x;
    if (rng() < 0.5) x = toNumber([full * 1000n + sign * BigInt(int(500)), e - pad - 3]);
    else {
      x = toNumber([full * 10n + sign * 5n, e - pad - 1]);
      for (let steps = int(5) - 2; steps !== 0; steps += steps > 0 ? -1 : 1) x = ulpStep(x, steps > 0);
    }
    if (!hostile && !(Math.abs(x) >= 1e-7 && Math.abs(x) < 1e15)) return pick(finite);
    return x;
  }
  /** Amounts to the cent up to the largest a cell holds to the cent (15 digits), and just beyond. */
  function largeAmount() {
    if (rng() < 0.3)
      return pick([9999999999999.99, 999999999999.99, 99999999999999.9, 90071992547409.9, 9007199254740.99]);
    return Math.round(rng() * 10 ** (11 + int(6))) / 100;
  }
  /** One number; `pool` holds the call's other numbers, for ties, ulp neighbours, sums and edges. */
  function number(pool) {
    let kind = int(23);
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
      case 16:
      case 17:
        return edge(pool);
      case 18:
        return nearLimit(pool);
      case 19:
        return largeAmount();
      case 21:
      case 22:
        return sameDigits(pool);
      default:
        return Math.round(rng() * 1e6) / 1e6;
    }
  }
  /** A cell: mostly numbers, sometimes blank or of the wrong type; in a patchy call, often both. */
  function cell(pool) {
    const r = rng();
    if (r < (patchy ? 0.25 : hostile ? 0.03 : 0.002)) return pick([null, '', undefined]);
    if (r < (patchy ? 0.45 : hostile ? 0.06 : 0.003)) return pick(BAD);
    return number(pool);
  }
  return { pick, int, number, cell };
}

/**
 * A short decimal as a sheet holds it, m · 10^-k as the double nearest to it: up to 4 decimals and below
 * 1, 10 or 100, or with odds `long` up to 16 digits (beyond the 15 a cell shows) at up to 13 decimals
 * (beyond the 12 the kernel reads), where its integers reach 2^53; a few negatives and zeros, and with odds
 * `long` a fifth one ulp off (no short decimal: the table goes the other way).
 */
function shortDecimal(rng, values, long) {
  const wide = rng() < long;
  const k = values.int(wide ? 14 : 5);
  const m = Math.floor(rng() * 10 ** (wide ? 1 + values.int(16) : k + values.int(3)));
  const x = (rng() < 0.15 ? -1 : 1) * Number(`${m}e-${k}`);
  return x !== 0 && rng() < long / 5 ? ulpStep(x, rng() < 0.5) : x;
}

/**
 * Tiers for TIEREDFEE: increasing bounds, an open last tier most of the time, sometimes a header. The
 * bounds join the call's pool, so that quantities fall on them and one unit or ulp off them.
 */
function tiers(rng, values, pool) {
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
    for (const x of [upTo, bound]) if (typeof x === 'number') pool.push(x);
  }
  return rows;
}

/** A table of numbers (a column or a row), mostly valid. */
function table(rng, values, pool, length) {
  const cells = Array.from({ length }, () => values.cell(pool));
  return rng() < 0.5 ? cells.map((v) => [v]) : [cells];
}

/** Rows × columns for a table of `count` cells: a column, a row, or a rectangle (count = rows × columns). */
function layout(rng, values, count) {
  const r = rng();
  if (r < 0.4) return [count, 1];
  if (r < 0.7) return [1, count];
  const divisors = [];
  for (let d = 1; d <= count; d++) if (count % d === 0) divisors.push(d);
  const across = values.pick(divisors);
  return [count / across, across];
}

/** Cells in reading order as a table of `rows` × `cols`. */
function reshape(cells, [rows, cols]) {
  return Array.from({ length: rows }, (_, r) => cells.slice(r * cols, (r + 1) * cols));
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
 * Each optional argument is omitted with even odds, so that every combination of them is drawn; `omit`
 * (names) fixes which are omitted, the others then given. The fixed arguments and tables are drawn
 * before the ranges, whose values are then ties, edges and neighbours of theirs.
 */
function randomCall(spec, rng, rows, omit) {
  const hostile = rng() < 1 / 3;
  const values = makeValues(rng, hostile, rng() < 0.08);
  const pool = [];
  for (let i = 0; i < 4; i++) pool.push(values.number([]));
  const omitted = new Set(
    spec.args
      .map((a, i) => [a, i])
      .filter(([a]) => a.optional && (omit === undefined ? rng() < 0.5 : omit.includes(a.name)))
      .map(([, i]) => i),
  );
  const scalars = spec.args.map((a, i) => [a, i]).filter(([a, i]) => a.kind === 'scalar' && !omitted.has(i));
  const ranged = new Set();
  const wanted = scalars.length === 0 ? 0 : 1 + values.int(Math.min(3, scalars.length));
  while (ranged.size < wanted) {
    const [arg, index] = values.pick(scalars);
    if (arg.hostType === 'number' || rng() < 0.1) ranged.add(index);
  }
  const across = rng() < 0.1 ? 1 + values.int(3) : 1;
  const argument = (arg, index) => {
    if (omitted.has(index)) return values.pick([null, undefined, '']);
    if (arg.kind === 'table') {
      if (arg.name === 'tiers') return tiers(rng, values, pool);
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
      // A given optional argument still has blank cells in a range (those rows take the default).
      if (arg.optional && !fixed && rng() < 0.1) return values.pick([null, undefined, '']);
      // Fixed arguments are mostly valid, so that most calls get past them to the rows.
      const x = fixed && rng() < 0.97 ? values.number(pool) : values.cell(pool);
      if (typeof x !== 'number' || rng() < 0.1 || (x >= bounds.min && x <= bounds.max)) return x;
      return inside(bounds, x, rng);
    };
    if (!ranged.has(index)) {
      const x = one(true);
      if (typeof x === 'number') pool.push(x);
      return x;
    }
    const shape = rng() < 0.5 || across === 1 ? [rows, across] : [1, across];
    return Array.from({ length: shape[0] }, () => Array.from({ length: shape[1] }, () => one(false)));
  };
  const args = new Array(spec.args.length);
  const order = (a, i) => (ranged.has(i) ? 2 : a.kind === 'table' ? 1 : 0);
  for (const stage of [0, 1, 2])
    spec.args.forEach((arg, index) => {
      if (order(arg, index) === stage) args[index] = argument(arg, index);
    });
  // SCORECARD pairs two tables cell by cell in reading order: of one shape, or a column beside a row, or
  // rectangles of other shapes with as many cells; sometimes of different sizes. A weight beside a blank
  // score is sometimes blank too (a pair left blank) or zero. Half the calls that are not hostile are
  // tables of short decimals, which the kernel reads as exact integers (kernels/scorecard.ts,
  // shortQuotient).
  if (spec.name === 'SCORECARD') {
    const short = !hostile && rng() < 0.5;
    // Most short tables are short throughout; in some, a cell in ten or a hundred is long.
    const long = values.pick([0, 0, 0, 0.01, 0.1]);
    const score = () => (short ? shortDecimal(rng, values, long) : values.cell(pool));
    const scores = Array.from({ length: 1 + values.int(rows) }, score);
    const weights =
      rng() < 0.9
        ? scores.map((s) =>
            s === null && rng() < 0.5
              ? values.pick([null, 0])
              : Math.abs(short ? shortDecimal(rng, values, long) : values.number([])),
          )
        : Array.from({ length: 1 + values.int(rows) }, () => values.cell([]));
    const shape = layout(rng, values, scores.length);
    args[0] = reshape(scores, shape);
    args[1] = reshape(weights, rng() < 0.7 ? shape : layout(rng, values, weights.length));
  }
  // KPISCORE's levels in the order of its direction most of the time (random levels seldom are).
  if (spec.name === 'KPISCORE' && rng() < 0.7) {
    const at = [1, 2, 4].filter((i) => typeof args[i] === 'number');
    const lower = typeof args[3] === 'string' && /lower|baisse/i.test(args[3]);
    const levels = at.map((i) => args[i]).sort((a, b) => (lower ? b - a : a - b));
    at.forEach((i, j) => (args[i] = levels[j]));
  }
  // Omitted trailing arguments left off, sometimes.
  while (args.length > 0 && omitted.has(args.length - 1) && rng() < 0.5) args.pop();
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
 * `omit`, when given, names the optional arguments every call omits (the others are given). Returns, per
 * function, the cases compared, how many of them the reference answered with a number, and the first few
 * mismatches with their arguments.
 */
function differential(evaluate, specs, { seed, cases, rows, omit }) {
  // Error rows of the reference build a ModelFault each; their stack traces would be most of the time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return compare(evaluate, specs, { seed, cases, rows, omit });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function compare(evaluate, specs, { seed, cases, rows, omit }) {
  const report = [];
  for (const spec of specs) {
    const rng = random(seed ^ hash(spec.name));
    const tablesOnly = spec.args.every((a) => a.kind === 'table');
    let compared = 0;
    let numbers = 0;
    const mismatches = [];
    for (let call = 0; compared < cases; call++) {
      const args = randomCall(spec, rng, rows, omit);
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
