#!/usr/bin/env node
'use strict';
/**
 * Portfolio invoicing speed: 1,000 contracts (the BPO template under 1,000 ids) × 12 monthly invoices
 * from one actuals CSV with a Contract column, as `outcome-fees invoice --contract FOLDER --actuals ALL.csv
 * --period 2026-01..2026-12` runs it: the file split once, each contract's rows read, every invoice built,
 * the Portfolio sheet laid out. Prints invoices per second (median and spread over the rounds) and the
 * process's peak resident memory. Writing the .xlsx is left out of the rate: it is exceljs's speed, not ours;
 * the time to write the Portfolio sheet alone, as `-o --summary-only` does, is printed once after the
 * rounds. Run `npm run build:core` first.
 *
 *   node bench/portfolio.js [--contracts 1000] [--rounds 3]
 */
const { splitActualsByContract } = require('../dist/core/control/actualsByContract');
const { invoicesOf, periodsInRange } = require('../dist/core/control/batch');
const { actualsToCsv } = require('../dist/core/contract/csv');
const { portfolioSheetPlan } = require('../dist/core/layout/portfolioSheet');
const { bpoCustomerService } = require('../dist/core/templates');
const { addMonths } = require('../dist/core/contract/period');
const { workbookBuffer } = require('../dist/core/xlsx/writeWorkbook');
const os = require('os');
const v8 = require('v8');
const vm = require('vm');

// A full collection before reading the heap makes the memory the invoices hold a figure that repeats; the
// peak resident size also counts garbage not yet collected, which varies with the collector's timing.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

const options = { contracts: 1000, rounds: 3 };
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in options)) throw new Error(`unknown option ${process.argv[i]}`);
  options[name] = Number(process.argv[++i]);
}

const base = bpoCustomerService.contract('en');
const samples = [...bpoCustomerService.actuals('en').periods.values()];
// A time-boxed clause (Black Friday) takes values on its own months only, as the actuals reader requires.
const activeIn = (name, month) => {
  const kpi = base.kpis.find((k) => k.name === name);
  return kpi?.activeMonths === undefined || kpi.activeMonths.includes(month);
};
const periods = new Map(
  Array.from({ length: 12 }, (_, m) => {
    const month = addMonths('2026-01', m);
    const sample = samples[m % samples.length];
    const kpis = new Map([...sample.kpis].filter(([name]) => activeIn(name, month)));
    return [month, { ...sample, kpis }];
  }),
);
const [header, ...rows] = actualsToCsv(base, { periods }).trimEnd().split('\n');
const contracts = Array.from({ length: options.contracts }, (_, i) => ({
  ...base,
  id: `c${String(i + 1).padStart(4, '0')}`,
}));
const csv = [`Contract,${header}`, ...contracts.flatMap((c) => rows.map((row) => `${c.id},${row}`))].join(
  '\n',
);

function run() {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const split = splitActualsByContract(
    csv,
    'all.csv',
    contracts.map((c) => c.id),
  );
  if (!split.ok) throw new Error(split.problems.join('\n'));
  let count = 0;
  // The actuals reading alone, by its own CPU time: each contract's read walks the whole file's rows.
  let readMicros = 0;
  const byContract = contracts.map((contract) => {
    const range = periodsInRange(contract, '2026-01', '2026-12');
    const readStart = process.cpuUsage();
    const actuals = split.read(contract);
    const readCpu = process.cpuUsage(readStart);
    readMicros += readCpu.user + readCpu.system;
    const result = invoicesOf(contract, actuals, range.periods);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    count += result.invoices.length;
    return { invoices: result.invoices };
  });
  const plan = portfolioSheetPlan(byContract, 'en');
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  collectGarbage(); // byContract, returned, is still live here: the heap counts every invoice
  const heldMiB = process.memoryUsage().heapUsed / 2 ** 20;
  return {
    count,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    readSeconds: readMicros / 1e6,
    heldMiB,
    plan,
    byContract,
  };
}

async function main() {
  const rates = [];
  const cpuRates = [];
  let count = 0;
  let plan;
  let heldMiB = 0;
  const readShares = [];
  for (let round = 0; round < options.rounds; round++) {
    const result = run();
    readShares.push(result.readSeconds / result.cpuSeconds);
    count = result.count;
    plan = result.plan;
    heldMiB = Math.max(heldMiB, result.heldMiB);
    rates.push(result.count / result.seconds);
    cpuRates.push(result.count / result.cpuSeconds);
  }
  const writeStart = process.hrtime.bigint();
  const bytes = (await workbookBuffer([plan])).length;
  const writeSeconds = Number(process.hrtime.bigint() - writeStart) / 1e9;
  rates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)];
  const cpuMedian = cpuRates[Math.floor(cpuRates.length / 2)];
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  console.log(
    `portfolio: ${options.contracts} contracts × 12 months = ${count} invoices per round, ${options.rounds} rounds`,
  );
  console.log(
    `  ${Math.round(median)} invoices/s (median; lowest–highest ${Math.round(rates[0])}–${Math.round(rates[rates.length - 1])}), ${(count / median).toFixed(1)} s per round`,
  );
  // Wall-clock rates halve when other processes hold the cores; the rate per second of this process's own CPU
  // time barely moves, so two runs at different loads compare by it.
  console.log(
    `  ${Math.round(cpuMedian)} invoices per CPU second (median; ${Math.round(cpuRates[0])}–${Math.round(cpuRates[cpuRates.length - 1])}), load average ${os.loadavg()[0].toFixed(1)} at the end`,
  );
  readShares.sort((a, b) => a - b);
  console.log(
    `  of that CPU time, each contract's actuals read from the shared file: ${Math.round(100 * readShares[Math.floor(readShares.length / 2)])} % (median)`,
  );
  console.log(
    `  peak resident memory ${peakMiB.toFixed(0)} MiB; ${heldMiB.toFixed(0)} MiB of heap live after a full collection with the ${count.toLocaleString('en')} invoices held at once, as the workbook needs`,
  );
  console.log(
    `  writing the Portfolio sheet alone (-o --summary-only): ${writeSeconds.toFixed(1)} s, ${(bytes / 1024).toFixed(0)} KiB .xlsx`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
