#!/usr/bin/env node
// What one Google Sheets custom-function call costs before it computes anything: Sheets loads the whole
// script for each call, so this measures dist/sheets/Code.js (bytes, gzip; and Sidebar.html, which holds the
// pane's contract code and is loaded only when the sidebar opens) and the cold load-and-first-call
// time of =BONUSMALUS(0.78, 0.75, 50000, 50000) in a fresh V8 context, as the median of N samples. Each
// sample runs in its own Node process, so no sample inherits compiled code, feedback or garbage from another.
// Then a whole-column call, =BONUSMALUS(A2:A100001, 0.75, 50000, 50000) over 100,000 distinct values, cold
// (load + call, as each custom-function execution is), against Apps Script's 30 s for one call.
//
//   node bench/sheetsColdCall.js [samples=30] [columnSamples=5]
//
// Build first (npm run bench:sheets does): npm run build:sheets
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { median } = require('./stats');
const zlib = require('zlib');

const CODE = path.join(__dirname, '..', 'dist', 'sheets', 'Code.js');
const SIDEBAR = path.join(__dirname, '..', 'dist', 'sheets', 'Sidebar.html');
const EXPECTED = 1500;
const COLUMN_ROWS = 100_000;
const CALL_LIMIT_MS = 30_000;

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

/** 100,000 distinct actuals as Sheets passes a column: rows of one value, made before the clock starts. */
function actualsColumn() {
  return Array.from({ length: COLUMN_ROWS }, (_, i) => [0.5 + ((i * 7919) % COLUMN_ROWS) / 200_000]);
}

/**
 * One cold column call: load Code.js, then one BONUSMALUS over the whole column. `own` runs it in the
 * process's own global, as Apps Script runs a script; otherwise in a vm context, as the tests' fake does,
 * whose global object V8 reaches through interceptors, so every `Math.floor` of a hot loop costs more.
 */
function columnCall(code, own) {
  const column = actualsColumn();
  const t0 = process.hrtime.bigint();
  let bonusMalus;
  if (own) {
    vm.runInThisContext(`${code}\n// column\n`, { filename: 'Code.js' });
    bonusMalus = globalThis.BONUSMALUS;
  } else {
    const context = vm.createContext({ console });
    new vm.Script(`${code}\n// column\n`, { filename: 'Code.js' }).runInContext(context);
    bonusMalus = context.BONUSMALUS;
  }
  const t1 = process.hrtime.bigint();
  const result = bonusMalus(column, 0.75, 50000, 50000);
  const t2 = process.hrtime.bigint();
  if (!Array.isArray(result) || result.length !== COLUMN_ROWS) throw new Error('BONUSMALUS gave no column');
  return { load: ms(t0, t1), call: ms(t1, t2), total: ms(t0, t2) };
}

/** The child's side: one warm-up of Node's own first-use costs (vm, hrtime), then one measured sample. */
function sample(kind) {
  const code = fs.readFileSync(CODE, 'utf8');
  coldCall(code, 'warm-up');
  const measured =
    kind === 'one' ? coldCall(code, 'measured') : columnCall(code, kind === 'column-own-global');
  process.stdout.write(JSON.stringify(measured));
}

function main() {
  if (!fs.existsSync(CODE)) {
    console.error(`${path.relative(process.cwd(), CODE)} is missing: build the Sheets bundle first.`);
    process.exit(1);
  }
  const samples = Math.max(1, Number(process.argv[2]) || 30);
  const columnSamples = Math.max(1, Number(process.argv[3]) || 5);
  const code = fs.readFileSync(CODE, 'utf8');

  const child = (kind) =>
    JSON.parse(execFileSync(process.execPath, [__filename, '--sample', kind], { encoding: 'utf8' }));
  const runs = Array.from({ length: samples }, () => child('one'));
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

  const spread = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;
  const ratio = (value) => (value / CALL_LIMIT_MS).toFixed(3);
  console.log(
    `BONUSMALUS over a ${COLUMN_ROWS.toLocaleString('en')}-row column, cold (load + call), median of ${columnSamples} fresh processes each:`,
  );
  // Interleaved, so both see the same load of the machine.
  const own = [];
  const inVm = [];
  for (let i = 0; i < columnSamples; i++) {
    own.push(child('column-own-global').total);
    inVm.push(child('column-vm').total);
  }
  console.log(
    `  in the process's own global (as Apps Script runs it): ${median(own).toFixed(0)} ms (${spread(own)}), ÷ Apps Script's 30 s: ${ratio(median(own))} (${ratio(Math.min(...own))}–${ratio(Math.max(...own))})`,
  );
  console.log(
    `  in a vm context (as the tests' fake runs it):          ${median(inVm).toFixed(0)} ms (${spread(inVm)}), ÷ 30 s: ${ratio(median(inVm))}`,
  );
  console.log(
    `  vm context ÷ own global:                                ${(median(inVm) / median(own)).toFixed(1)}×`,
  );
}

if (process.argv[2] === '--sample') sample(process.argv[3]);
else main();
