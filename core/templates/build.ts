/** Helpers shared by the templates: contracts are written as JSON documents and validated like any file. */
import { buildActuals, type ActualEntry } from '../contract/actuals';
import { parseContract } from '../contract/json';
import type { Actuals, Contract, Language, Period } from '../contract/types';
import { dec } from '../money';

/** A contract template the user can start from, with sample actuals. */
export interface ContractTemplate {
  /** Stable identifier: `bpo-customer-service`. */
  readonly id: string;
  readonly title: Readonly<Record<Language, string>>;
  readonly description: Readonly<Record<Language, string>>;
  /** The language the template is written for (the online business manager template is French). */
  readonly defaultLanguage: Language;
  /** The contract with its labels, KPI names and measures in `lang` (default: `defaultLanguage`). */
  contract(lang?: Language): Contract;
  /** Sample actuals for `contract(lang)`: the names match that language's KPI and volume names. */
  actuals(lang?: Language): Actuals;
  /** Sample periods worth invoicing, and what each one exercises. */
  readonly scenarios: readonly TemplateScenario[];
}

/** A sample period and the situation it shows (a capped bonus, an earnback…). */
export interface TemplateScenario {
  readonly period: Period;
  readonly note: Readonly<Record<Language, string>>;
}

/** Validates a template's JSON document; a template that does not parse is a programming error. */
export function mustParse(document: unknown): Contract {
  const parsed = parseContract(document);
  if (!parsed.ok)
    throw new Error(`invalid template:\n${parsed.issues.map((issue) => issue.message).join('\n')}`);
  return parsed.value;
}

/** One month of sample values, keyed by the template's own stable keys; values as decimal strings. */
export interface SampleMonth {
  readonly period: Period;
  readonly hours?: string;
  readonly volumes?: Readonly<Record<string, string>>;
  readonly kpis?: Readonly<Record<string, string>>;
  /** Price index values by index name (`Syntec`), the same in every language. */
  readonly indices?: Readonly<Record<string, string>>;
}

/** The names, in one language, that a template's stable keys stand for. */
export interface SampleNames {
  readonly volumes?: Readonly<Record<string, string>>;
  readonly kpis?: Readonly<Record<string, string>>;
}

/** Actuals from sample months, with each key replaced by its name. */
export function sampleActuals(months: readonly SampleMonth[], names: SampleNames): Actuals {
  const entries: ActualEntry[] = [];
  const nameOf = (table: Readonly<Record<string, string>> | undefined, key: string) => {
    const name = table?.[key];
    if (name === undefined) throw new Error(`sample actuals: no name for key ${key}`);
    return name;
  };
  for (const month of months) {
    if (month.hours !== undefined)
      entries.push({ period: month.period, kind: 'hours', name: '', value: dec(month.hours) });
    for (const [key, value] of Object.entries(month.volumes ?? {})) {
      entries.push({
        period: month.period,
        kind: 'volume',
        name: nameOf(names.volumes, key),
        value: dec(value),
      });
    }
    for (const [key, value] of Object.entries(month.kpis ?? {})) {
      entries.push({ period: month.period, kind: 'kpi', name: nameOf(names.kpis, key), value: dec(value) });
    }
    for (const [name, value] of Object.entries(month.indices ?? {}))
      entries.push({ period: month.period, kind: 'index', name, value: dec(value) });
  }
  return buildActuals(entries);
}
