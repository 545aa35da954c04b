/**
 * A year of actuals (2026-01..2026-12) for a template, cycling through its sample months so KPIs are met in
 * some months and missed in others; a KPI absent from a sample month takes its value from another sample.
 */
import { actualsToCsv } from '../../core/contract/csv';
import { addMonths, closesWindow, kpiEntryMonths } from '../../core/contract/period';
import type { Actuals, Contract, Language, PeriodActuals } from '../../core/contract/types';
import type { ContractTemplate } from '../../core/templates';

export function yearOfActuals(
  template: ContractTemplate,
  from = '2026-01',
  months = 12,
  lang: Language = 'en',
): Actuals {
  const contract = template.contract(lang);
  const samples = [...template.actuals(lang).periods.values()];
  const anyValue = new Map<string, PeriodActuals['kpis'] extends ReadonlyMap<string, infer V> ? V : never>();
  for (const sample of samples) for (const [name, value] of sample.kpis) anyValue.set(name, value);
  const periods = new Map<string, PeriodActuals>();
  for (let i = 0; i < months; i += 1) {
    const sample = samples[i % samples.length];
    const month = addMonths(from, i);
    const kpis = new Map(anyValue);
    for (const [name, value] of sample.kpis) kpis.set(name, value);
    // A KPI evaluated over several months has its value on the month closing the period only, unless it
    // is aggregated (measured every month).
    // A time-boxed clause (`activeMonths`, Black Friday) has values on its months only.
    for (const kpi of contract.kpis)
      if (
        !closesWindow(contract.firstPeriod, kpiEntryMonths(kpi), month) ||
        (kpi.activeMonths !== undefined && !kpi.activeMonths.includes(month))
      )
        kpis.delete(kpi.name);
    periods.set(month, { ...sample, kpis });
  }
  return { periods };
}

/** The actuals as one CSV with a Contract column first, for several contracts. */
export function portfolioCsv(parts: readonly { contract: Contract; actuals: Actuals }[]): string {
  const lines: string[] = [];
  parts.forEach(({ contract, actuals }, i) => {
    const [header, ...rows] = actualsToCsv(contract, actuals, 'en').trimEnd().split('\n');
    if (i === 0) lines.push(`Contract,${header}`);
    for (const row of rows) lines.push(`${contract.id},${row}`);
  });
  return `${lines.join('\n')}\n`;
}
