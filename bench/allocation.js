#!/usr/bin/env node
'use strict';
/**
 * Bytes a row function allocates per row in one call over 100,000 rows (the bench's cases): the growth
 * of V8's young generation across the call, with a semi-space large enough that no scavenge runs during
 * it. It includes the result rows the runner builds (GAINSHARE's call, whose kernel allocates nothing,
 * shows what those cost); the rest is boxed doubles and whatever else the runner and kernel allocate.
 * Run `npm run build:core` first.
 *
 *   node --expose-gc --max-semi-space-size=256 bench/allocation.js [--data distinct|sheet]
 */
const v8 = require('v8');
const api = require('..');
const { cases } = require('./functions');

if (typeof global.gc !== 'function') throw new Error('run node with --expose-gc --max-semi-space-size=256');
const at = process.argv.indexOf('--data');
const data = at === -1 ? 'distinct' : process.argv[at + 1];
const all = cases(data);

const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_used_size;

console.log(`bytes allocated per row, one call over 100,000 ${data} rows (median of 5 calls after warm-up)`);
for (const [name, { args }] of Object.entries(all)) {
  const spec = api.findFunction(name);
  if (spec.args.every((a) => a.kind === 'table')) continue; // one number per call, no rows
  const rows = args.find((a) => Array.isArray(a) && a.length > 1).length;
  for (let i = 0; i < 30; i++) api.evaluate(spec, args);
  const perRow = [];
  for (let i = 0; i < 5; i++) {
    global.gc();
    const before = young();
    api.evaluate(spec, args);
    perRow.push((young() - before) / rows);
  }
  perRow.sort((a, b) => a - b);
  console.log(`${name.padEnd(14)}${perRow[2].toFixed(0).padStart(6)} B`);
}
