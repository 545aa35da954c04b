#!/usr/bin/env node
// Every worksheet function of the built Code.js over a range, as one Google Sheets custom-function
// execution runs it: a fresh process loads Code.js into its own global (as Apps Script does for each
// call), then calls the function once on 10,000 and on 100,000 rows. The arguments are those of
// bench/functions.js (its `sheet` data: values rounded as KPI exports are), shaped as Sheets passes a
// range and as the Apps Script fake makes them (rows of one value). Prints, per function, the median
// and the spread of the cold call (load + call) for each size, what each further 10,000 rows add (the
// larger call's extra time over the smaller's), and the larger call ÷ Apps Script's 30 s for one call. Past 30 s Sheets shows
// #ERROR! with "Exceeded maximum execution time", in place of every result of that call.
//
//   node bench/sheetsRangeCalls.js [samples=3] [--only NAME,NAME]
//
// Build first: npm run build:sheets (Code.js) and npm run build:core (the cases' package).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { median } = require('./stats');

const CODE = path.join(__dirname, '..', 'dist', 'sheets', 'Code.js');
const SIZES = [10_000, 100_000];
const CALL_LIMIT_MS = 30_000;

/** The case's arguments cut to `rows`: every ranged argument of the 100,000 rows bench/functions.js makes. */
function argsOf(name, rows) {
  const { cases } = require('./functions');
  const full = cases('sheet')[name].args;
  const longest = Math.max(...full.map((arg) => (Array.isArray(arg) ? arg.length : 0)));
  return full.map((arg) => (Array.isArray(arg) && arg.length === longest ? arg.slice(0, rows) : arg));
}

/** The child's side: arguments first, then the clock over loading Code.js and the one call. */
function sample(name, rows) {
  const args = argsOf(name, rows);
  const code = fs.readFileSync(CODE, 'utf8');
  const t0 = process.hrtime.bigint();
  vm.runInThisContext(code, { filename: 'Code.js' });
  const result = globalThis[name](...args);
  const t1 = process.hrtime.bigint();
  // A row function gives one row per row of its range (none is blank here); a table function one number.
  if (Array.isArray(result) ? result.length !== rows : typeof result !== 'number') {
    throw new Error(`${name} over ${rows} rows gave ${JSON.stringify(result).slice(0, 80)}`);
  }
  process.stdout.write(JSON.stringify({ ms: Number(t1 - t0) / 1e6 }));
}

function main(argv) {
  if (!fs.existsSync(CODE)) {
    console.error(`${path.relative(process.cwd(), CODE)} is missing: run npm run build:sheets first.`);
    process.exit(1);
  }
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? argv[onlyAt + 1].split(',') : null;
  const samples = Math.max(1, Number(argv.find((arg) => /^\d+$/.test(arg))) || 3);
  const { cases } = require('./functions');
  const names = Object.keys(cases('sheet')).filter((name) => !only || only.includes(name));

  const child = (name, rows) =>
    JSON.parse(
      execFileSync(process.execPath, [__filename, '--sample', name, String(rows)], { encoding: 'utf8' }),
    ).ms;
  console.log(
    `Cold custom-function calls of the built Code.js (load + one call, each sample a fresh Node ${process.version} process), median of ${samples} (spread):`,
  );
  const ms = (value) => `${value.toFixed(0)} ms`;
  for (const name of names) {
    const bySize = SIZES.map(() => []);
    // Interleaved, so both sizes meet the same load of the machine.
    for (let s = 0; s < samples; s++) SIZES.forEach((rows, i) => bySize[i].push(child(name, rows)));
    const cells = SIZES.map((rows, i) => {
      const times = bySize[i];
      return `${rows.toLocaleString('en')} rows ${ms(median(times))} (${ms(Math.min(...times))}–${ms(Math.max(...times))})`;
    });
    const small = median(bySize[0]);
    const large = median(bySize[SIZES.length - 1]);
    // The larger call's extra time over the smaller's, per 10,000 rows: the rows' cost without the load.
    const perTenThousand = ((large - small) / (SIZES[SIZES.length - 1] - SIZES[0])) * 10_000;
    console.log(
      `  ${name.padEnd(12)} ${cells.join(', ')}; ${ms(perTenThousand)} per 10,000 rows; ÷ 30 s: ${(large / CALL_LIMIT_MS).toFixed(3)}`,
    );
  }
}

if (process.argv[2] === '--sample') sample(process.argv[3], Number(process.argv[4]));
else main(process.argv.slice(2));
