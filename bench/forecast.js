#!/usr/bin/env node
'use strict';
/**
 * Forecast speed: 10,000 simulations of the months after a template's actuals history (a year for the BPO
 * template; 11 months for the IT template, whose 12th is a Syntec revision without its index value), with
 * values resampled from the history and with declared distributions, against pricing one invoice, measured
 * in the same process in interleaved rounds. Prints per mode the median time and its spread (lowest–highest
 * round), wall and CPU (on a machine shared with other work the CPU time is the steadier figure), and the
 * ratio of the forecast's cost per simulated invoice to one `buildInvoice`, and how many of the simulated
 * invoices the forecast priced: resampling a short history repeats months, and an invoice of months drawn
 * before is priced once, while declared distributions draw new values every time. The two modes' times
 * differ by that count, not by the cost of a draw. Run `npm run build:core` first.
 *
 *   node bench/forecast.js [--template bpo-customer-service|it-services-sla] [--simulations 10000] [--rounds 3]
 */
const { forecast } = require('../dist/core/model');
const invoiceModule = require('../dist/core/invoice/buildInvoice');
const { addMonths } = require('../dist/core/contract/period');
const { findTemplate } = require('../dist/core/templates');
const { dec } = require('../dist/core/money');

const triangular = (pessimistic, likely, optimistic) => ({
  kind: 'triangular',
  pessimistic: dec(pessimistic),
  likely: dec(likely),
  optimistic: dec(optimistic),
});
const normal = (mean, sd) => ({ kind: 'normal', mean: dec(mean), sd: dec(sd) });

/** Per template: the months forecast after the history, and the distributions declared. */
const SETUPS = {
  'bpo-customer-service': {
    months: 12,
    declared: [
      { kind: 'kpi', name: 'FCR', distribution: triangular('0.70', '0.77', '0.82') },
      { kind: 'kpi', name: 'CSAT', distribution: normal('0.90', '0.02') },
      { kind: 'volume', name: 'Interactions', distribution: normal('43000', '2500') },
    ],
  },
  'it-services-sla': {
    months: 11,
    declared: [
      { kind: 'kpi', name: 'Availability', distribution: normal('0.998', '0.001') },
      { kind: 'kpi', name: 'P1 resolution time', distribution: triangular('5', '3', '2') },
      { kind: 'volume', name: 'Managed workstations', distribution: normal('820', '30') },
    ],
  },
};

const options = { template: 'bpo-customer-service', simulations: 10000, rounds: 3 };
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in options)) throw new Error(`unknown option ${process.argv[i]}`);
  const value = process.argv[++i];
  options[name] = name === 'template' ? value : Number(value);
}
const setup = SETUPS[options.template];
const template = findTemplate(options.template);
if (!setup || !template)
  throw new Error(`--template: one of ${Object.keys(SETUPS).join(', ')}, not ${options.template}`);

const contract = template.contract('en');
const history = template.actuals('en');
const last = [...history.periods.keys()].pop();
const span = {
  from: addMonths(last, 1),
  to: addMonths(last, setup.months),
  simulations: options.simulations,
  seed: 1,
  history,
};

/** Wall seconds of `run`; its CPU seconds (user + system) are pushed onto `cpu` when given. */
function seconds(run, cpu) {
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  const result = run();
  if (result && result.ok === false) throw new Error(result.problems.join('\n'));
  const { user, system } = process.cpuUsage(used);
  if (cpu) cpu.push((user + system) / 1e6);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// Counts the invoices the forecast prices: it calls the module's export, so a wrapper sees every call
// (one more function call on an invoice of tens of microseconds).
const { buildInvoice } = invoiceModule;
let priced = 0;
invoiceModule.buildInvoice = (...args) => (priced++, buildInvoice(...args));

const oneInvoice = () => {
  const n = 2000;
  return (
    seconds(() => {
      for (let i = 0; i < n; i++) buildInvoice(contract, history, last);
    }) / n
  );
};
const modes = {
  resampled: () => forecast(contract, span),
  declared: () => forecast(contract, { ...span, declared: setup.declared }),
};
const times = { invoice: [], resampled: [], declared: [] };
const cpu = { resampled: [], declared: [] };
const pricedBy = {};
for (let round = 0; round < options.rounds; round++) {
  times.invoice.push(oneInvoice());
  for (const [mode, run] of Object.entries(modes)) {
    priced = 0;
    times[mode].push(seconds(run, cpu[mode]));
    pricedBy[mode] = priced;
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const invoice = median(times.invoice);
console.log(
  `${options.template}: one invoice (${last}): ${(invoice * 1e6).toFixed(0)} µs (median of ${options.rounds} rounds)`,
);
for (const mode of Object.keys(modes)) {
  const xs = times[mode];
  const perInvoice = median(xs) / (options.simulations * setup.months);
  const spent = cpu[mode];
  console.log(
    `${options.simulations} simulations × ${setup.months} months, ${mode}: ${median(xs).toFixed(2)} s ` +
      `(${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}), CPU ${median(spent).toFixed(2)} s ` +
      `(${Math.min(...spent).toFixed(2)}–${Math.max(...spent).toFixed(2)}); ` +
      `per simulated invoice ÷ one invoice: ${(perInvoice / invoice).toFixed(2)}×; ` +
      `invoices priced: ${pricedBy[mode]} of ${options.simulations * setup.months}`,
  );
}
