#!/usr/bin/env node
'use strict';
/**
 * Forecast speed: 10,000 simulations of a year (12 monthly invoices) of the BPO template, with values
 * resampled from its actuals history and with declared distributions (triangular FCR, normal CSAT and
 * interactions), against pricing one invoice, measured in the same process in interleaved rounds. Prints
 * per mode the median time and its spread (lowest–highest round), and the ratio of the forecast's cost per
 * simulated invoice to one `buildInvoice`. Run `npm run build:core` first.
 *
 *   node bench/forecast.js [--simulations 10000] [--rounds 3]
 */
const { forecast } = require('../dist/core/model');
const { buildInvoice } = require('../dist/core/invoice/buildInvoice');
const { bpoCustomerService } = require('../dist/core/templates');
const { dec } = require('../dist/core/money');

const options = { simulations: 10000, rounds: 3 };
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in options)) throw new Error(`unknown option ${process.argv[i]}`);
  options[name] = Number(process.argv[++i]);
}

const contract = bpoCustomerService.contract('en');
const history = bpoCustomerService.actuals('en');
const year = { from: '2027-01', to: '2027-12', simulations: options.simulations, seed: 1, history };
const declared = [
  {
    kind: 'kpi',
    name: 'FCR',
    distribution: {
      kind: 'triangular',
      pessimistic: dec('0.70'),
      likely: dec('0.77'),
      optimistic: dec('0.82'),
    },
  },
  { kind: 'kpi', name: 'CSAT', distribution: { kind: 'normal', mean: dec('0.90'), sd: dec('0.02') } },
  {
    kind: 'volume',
    name: 'Interactions',
    distribution: { kind: 'normal', mean: dec('43000'), sd: dec('2500') },
  },
];

function seconds(run) {
  const start = process.hrtime.bigint();
  const result = run();
  if (result && result.ok === false) throw new Error(result.problems.join('\n'));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const oneInvoice = () => {
  const n = 2000;
  return (
    seconds(() => {
      for (let i = 0; i < n; i++) buildInvoice(contract, history, '2026-10');
    }) / n
  );
};
const modes = {
  resampled: () => forecast(contract, year),
  declared: () => forecast(contract, { ...year, declared }),
};
const times = { invoice: [], resampled: [], declared: [] };
for (let round = 0; round < options.rounds; round++) {
  times.invoice.push(oneInvoice());
  for (const [mode, run] of Object.entries(modes)) times[mode].push(seconds(run));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const invoice = median(times.invoice);
console.log(`one invoice: ${(invoice * 1e6).toFixed(0)} µs (median of ${options.rounds} rounds)`);
for (const mode of Object.keys(modes)) {
  const xs = times[mode];
  const perInvoice = median(xs) / (options.simulations * 12);
  console.log(
    `${options.simulations} simulations × 12 months, ${mode}: ${median(xs).toFixed(2)} s ` +
      `(${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}); ` +
      `per simulated invoice ÷ one invoice: ${(perInvoice / invoice).toFixed(2)}×`,
  );
}
