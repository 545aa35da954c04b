#!/usr/bin/env node
'use strict';
/**
 * What French typography costs an invoice: every template's invoices (each sample period) built and laid
 * out as sheets, in English then in French, alternating within each round so both see the same machine.
 * Prints the French/English time ratio (median and spread over the rounds); the two languages differ by
 * their texts only, so a ratio near 1 means the French texts cost nothing extra. Run `npm run build:core`.
 *
 *   node bench/frenchInvoice.js [--rounds 15] [--repeat 20]
 */
const { buildInvoice } = require('../dist/core/invoice/buildInvoice');
const { invoiceSheetPlan } = require('../dist/core/layout/invoiceSheet');
const { TEMPLATES } = require('../dist/core/templates');

const options = { rounds: 15, repeat: 20 };
for (let i = 2; i < process.argv.length; i++) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in options)) throw new Error(`unknown option ${process.argv[i]}`);
  options[name] = Number(process.argv[++i]);
}

const cases = (lang) =>
  TEMPLATES.flatMap((template) => {
    const contract = template.contract(lang);
    const actuals = template.actuals(lang);
    return [...actuals.periods.keys()].map((period) => ({ contract, actuals, period }));
  });
const byLanguage = { en: cases('en'), fr: cases('fr') };

function seconds(lang) {
  const start = process.hrtime.bigint();
  for (let r = 0; r < options.repeat; r++) {
    for (const { contract, actuals, period } of byLanguage[lang]) {
      const result = buildInvoice(contract, actuals, period);
      if (!result.ok) throw new Error(`${contract.id} ${period}: ${result.problems.join('; ')}`);
      invoiceSheetPlan(result.invoice);
    }
  }
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
seconds('en');
seconds('fr');
const ratios = [];
const times = { en: [], fr: [] };
for (let round = 0; round < options.rounds; round++) {
  const en = seconds('en');
  const fr = seconds('fr');
  times.en.push(en);
  times.fr.push(fr);
  ratios.push(fr / en);
}
const invoices = byLanguage.fr.length * options.repeat;
const ms = (s) => ((s / invoices) * 1000).toFixed(3);
console.log(
  `${invoices} invoices a round, ${options.rounds} rounds: English ${ms(median(times.en))} ms, ` +
    `French ${ms(median(times.fr))} ms an invoice (medians)`,
);
console.log(
  `French / English: ${median(ratios).toFixed(3)} (spread ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`,
);
