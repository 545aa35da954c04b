#!/usr/bin/env node
'use strict';
/**
 * What one call costs when a sheet writes one formula per row, as many do: BONUSMALUS(B2, 0.75, 50000,
 * 30000, "higher", 0.01, 2000, 1500) down a column, the actual changing from call to call and the other
 * seven arguments repeating. Prints the median CPU time per call over 12 rounds of 5,000 calls. Run
 * `npm run build:core` first; `node bench/oneCellCalls.js [package folder]` measures another build.
 */
const api = require(process.argv[2] ?? '..');

const spec = api.findFunction('BONUSMALUS');
const CALLS = 5000;
const actuals = Array.from(
  { length: CALLS },
  (_, i) => Math.round((0.6 + 0.3 * ((i * 0.618) % 1)) * 1000) / 1000,
);
const perCall = [];
for (let round = 0; round < 15; round++) {
  const start = process.cpuUsage();
  for (const actual of actuals) api.evaluate(spec, [actual, 0.75, 50000, 30000, 'higher', 0.01, 2000, 1500]);
  const used = process.cpuUsage(start);
  // The first three rounds warm up (compilation).
  if (round >= 3) perCall.push((used.user + used.system) / CALLS);
}
perCall.sort((a, b) => a - b);
console.log(
  `one-cell BONUSMALUS call: ${perCall[perCall.length >> 1].toFixed(2)} µs of CPU (median of 12 rounds)`,
);
