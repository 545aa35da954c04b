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

/**
 * What a template is written as: its texts in each language, the contract document they fill in, and
 * sample months whose volume and KPI keys are keys of those texts (their names in each language).
 */
export interface TemplateDefinition<T extends Readonly<Record<string, string>>> extends Omit<
  ContractTemplate,
  'contract' | 'actuals'
> {
  readonly text: Readonly<Record<Language, T>>;
  document(t: T, lang: Language): unknown;
  readonly sample: readonly SampleMonth[];
  readonly sampleKeys: {
    readonly volumes?: readonly (keyof T & string)[];
    readonly kpis: readonly (keyof T & string)[];
  };
}

/** The template a definition describes: its contract parsed as any file is, its actuals named in `lang`. */
export function defineTemplate<T extends Readonly<Record<string, string>>>(
  definition: TemplateDefinition<T>,
): ContractTemplate {
  const { text, document, sample, sampleKeys, ...described } = definition;
  const named = (keys: readonly (keyof T & string)[] | undefined, t: T) =>
    Object.fromEntries((keys ?? []).map((key) => [key, t[key]]));
  return {
    ...described,
    contract: (lang = described.defaultLanguage) => mustParse(document(text[lang], lang)),
    actuals: (lang = described.defaultLanguage) =>
      sampleActuals(sample, {
        volumes: named(sampleKeys.volumes, text[lang]),
        kpis: named(sampleKeys.kpis, text[lang]),
      }),
  };
}

/** The terms every template states alike: a monthly EUR contract from January 2026, VAT 20 %. */
export function contractHead(
  lang: Language,
  id: string,
  name: string,
  parties: { readonly client: string; readonly provider: string },
) {
  return {
    schema: 'outcome-fees/contract@1',
    id,
    name,
    parties,
    currency: 'EUR',
    language: lang,
    vatRate: '0.20',
    frequency: 'monthly',
    firstPeriod: '2026-01',
    rounding: 'half-away-from-zero',
  };
}

/** What names a KPI clause and how it is measured, before its model and levels. */
export function kpiHead(name: string, measure: string, unit: string, direction: string, period = 'monthly') {
  return { name, measure, unit, direction, period };
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
