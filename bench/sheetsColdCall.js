#!/usr/bin/env node
// What one Google Sheets custom-function call costs before it computes anything: Sheets loads the whole
// script for each call, so this measures dist/sheets/Code.js (bytes, gzip; and Sidebar.html, which holds the
// pane's contract code and is loaded only when the sidebar opens) and the cold load-and-first-call
// time of =BONUSMALUS(0.78, 0.75, 50000, 50000) in a fresh V8 context, as the median of N samples. Each
// sample runs in its own Node process, so no sample inherits compiled code, feedback or garbage from another.
//
//   node bench/sheetsColdCall.js [samples=30]
//
// Build first (npm run bench:sheets does): npm run build:sheets
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');

const CODE = path.join(__dirname, '..', 'dist', 'sheets', 'Code.js');
const SIDEBAR = path.join(__dirname, '..', 'dist', 'sheets', 'Sidebar.html');
const EXPECTED = 1500;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ms(start, end) {
  return Number(end - start) / 1e6;
}

/**
 * One cold call: compile and run the script in a new context, then call the function once. V8 caches
 * compiled scripts by source text within a process, so a sample's source differs from the warm-up's by a
 * trailing comment: the measured run parses and compiles from scratch, as a fresh Apps Script execution does.
 */
function coldCall(code, sample) {
  const t0 = process.hrtime.bigint();
  const script = new vm.Script(`${code}\n// sample ${sample}\n`, { filename: 'Code.js' });
  const context = vm.createContext({ console });
  script.runInContext(context);
  const t1 = process.hrtime.bigint();
  const result = context.BONUSMALUS(0.78, 0.75, 50000, 50000);
  const t2 = process.hrtime.bigint();
  context.BONUSMALUS(0.72, 0.75, 50000, 30000);
  const t3 = process.hrtime.bigint();
  if (result !== EXPECTED) throw new Error(`BONUSMALUS returned ${result}, expected ${EXPECTED}`);
  return { load: ms(t0, t1), firstCall: ms(t1, t2), total: ms(t0, t2), warmCall: ms(t2, t3) };
}

/** The child's side: one warm-up of Node's own first-use costs (vm, hrtime), then one measured sample. */
function sample() {
  const code = fs.readFileSync(CODE, 'utf8');
  coldCall(code, 'warm-up');
  process.stdout.write(JSON.stringify(coldCall(code, 'measured')));
}

function main() {
  if (!fs.existsSync(CODE)) {
    console.error(`${path.relative(process.cwd(), CODE)} is missing: build the Sheets bundle first.`);
    process.exit(1);
  }
  const samples = Math.max(1, Number(process.argv[2]) || 30);
  const code = fs.readFileSync(CODE, 'utf8');

  const runs = Array.from({ length: samples }, () =>
    JSON.parse(execFileSync(process.execPath, [__filename, '--sample'], { encoding: 'utf8' })),
  );
  const pick = (key) => median(runs.map((run) => run[key])).toFixed(2);

  const size = (name, text) => {
    const raw = Buffer.byteLength(text);
    const packed = zlib.gzipSync(text, { level: 9 }).length;
    return `${name}: ${raw} bytes (${(raw / 1024).toFixed(1)} KiB), gzip ${packed} bytes (${(packed / 1024).toFixed(1)} KiB)`;
  };
  console.log(size('Code.js', code));
  if (fs.existsSync(SIDEBAR)) console.log(size('Sidebar.html', fs.readFileSync(SIDEBAR, 'utf8')));
  console.log(
    `Cold BONUSMALUS, median of ${samples} fresh processes and V8 contexts (Node ${process.version}):`,
  );
  console.log(`  load (parse + run Code.js):  ${pick('load')} ms`);
  console.log(`  first call:                   ${pick('firstCall')} ms`);
  console.log(`  load + first call:            ${pick('total')} ms`);
  console.log(`  second call (warm):           ${pick('warmCall')} ms`);
}

if (process.argv[2] === '--sample') sample();
else main();
