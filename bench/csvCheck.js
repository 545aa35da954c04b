#!/usr/bin/env node
'use strict';
/**
 * What a ragged CSV costs `outcome-fees check`: a 70,000-line actuals file whose lines all read (one month
 * each), and the same file with every value line one field too long (`0,912` typed with a decimal comma in
 * a `,` file), read in-process in alternation so both see the same machine. Prints the median time and
 * spread over the rounds of reading each one as `check` does (the contract, the file, every problem listed)
 * and their ratio, near 1 when a problem line costs what a good line does; then the whole `check` of the
 * ragged file (the clean one's check goes on to build its 70,000 invoices, which is another question).
 * Run `npm run build:core` first.
 *
 *   node bench/csvCheck.js [--rounds 7] [--lines 70000]
 */
const { mkdtempSync, writeFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { main } = require('../dist/core/cli/main');
const { inputProblems, readInputs } = require('../dist/core/cli/inputs');
const { saveContract } = require('../dist/core/contract/json');
const { TEMPLATES } = require('../dist/core/templates');

const options = { rounds: 7, lines: 70000 };
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in options)) throw new Error(`unknown option ${process.argv[i]}`);
  options[name] = Number(process.argv[++i]);
}

const template = TEMPLATES.find((t) => t.id === 'ecommerce-performance-only') ?? TEMPLATES[0];
const contract = template.contract('en');
const kpi = contract.kpis[0];
const dir = mkdtempSync(join(tmpdir(), 'csv-check-'));
const contractFile = join(dir, 'contract.json');
// A contract open-ended from its first month, so that every line is a month of its own.
writeFileSync(contractFile, saveContract({ ...contract, lastPeriod: undefined }));

function month(index) {
  const [year, m] = contract.firstPeriod.split('-').map(Number);
  const total = year * 12 + (m - 1) + index;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
const value = kpi.unit === 'percent' ? ['0.912', '0,912'] : ['42', '42,5'];
function actualsFile(name, field) {
  const lines = ['Period,Kind,Name,Value'];
  for (let i = 1; i < options.lines; i++) lines.push(`${month(i - 1)},kpi,${kpi.name},${field}`);
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
const files = { clean: actualsFile('clean.csv', value[0]), ragged: actualsFile('ragged.csv', value[1]) };

const silent = { out: () => {}, err: () => {} };
async function seconds(kind) {
  const start = process.hrtime.bigint();
  inputProblems(await readInputs(contractFile, files[kind], silent));
  return Number(process.hrtime.bigint() - start) / 1e9;
}
async function checkSeconds() {
  const start = process.hrtime.bigint();
  const out = [];
  const exit = await main(['check', '--contract', contractFile, '--actuals', files.ragged], {
    out: (text) => out.push(text),
    err: (text) => out.push(text),
  });
  const printed = out.join('\n').split('\n');
  return { s: Number(process.hrtime.bigint() - start) / 1e9, exit, printed };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} s`;

(async () => {
  const times = { clean: [], ragged: [], check: [] };
  const ratios = [];
  let last;
  for (let round = 0; round < options.rounds; round++) {
    const clean = await seconds('clean');
    const ragged = await seconds('ragged');
    times.clean.push(clean);
    times.ragged.push(ragged);
    ratios.push(ragged / clean);
    last = await checkSeconds();
    times.check.push(last.s);
  }
  rmSync(dir, { recursive: true, force: true });
  const r = (x) => x.toFixed(2);
  console.log(`${options.lines} lines, ${options.rounds} rounds (median, spread):`);
  for (const kind of ['clean', 'ragged'])
    console.log(`  read ${kind}: ${r(median(times[kind]))} s (${spread(times[kind])})`);
  console.log(`  ragged/clean: ${r(median(ratios))} (${r(Math.min(...ratios))}–${r(Math.max(...ratios))})`);
  console.log(
    `  check of the ragged file: ${r(median(times.check))} s (${spread(times.check)}), exit ${last.exit}, ${last.printed.length} lines printed, the last: ${last.printed.at(-1)}`,
  );
})();
