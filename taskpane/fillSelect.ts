/**
 * How every list of the pane is filled: the options replaced, the user's choice kept while it is still
 * offered. Labels go in as text (through `el`), so sheet, KPI and scenario names are never markup.
 */
import { el } from './dom';

/** One entry of a list: the value the actions take, the label the user reads. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** Names (of sheets, KPIs, contracts) as entries whose value is the name itself. */
export function namedChoices(names: readonly string[]): Choice[] {
  return names.map((name) => ({ value: name, label: name }));
}

/**
 * Lists `choices` in `select`, keeping the user's choice when it is still offered, else `preferred`
 * (else the first entry, else none).
 */
export function fillSelect(select: HTMLSelectElement, choices: readonly Choice[], preferred?: string): void {
  const chosen = select.value;
  const doc = select.ownerDocument;
  select.replaceChildren(...choices.map((entry) => el(doc, 'option', { value: entry.value }, entry.label)));
  const offered = (value: string | undefined): value is string =>
    value !== undefined && choices.some((entry) => entry.value === value);
  select.value = offered(chosen) ? chosen : offered(preferred) ? preferred : (choices[0]?.value ?? '');
}
