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

/** The entry each list was last given by `fillSelect`: a list showing another one, the user chose. */
const givenByPane = new WeakMap<HTMLSelectElement, string>();
/** Lists whose entry the user chose, even the one the pane had given. */
const chosenByUser = new WeakSet<HTMLSelectElement>();

/**
 * Lists `choices` in `select`. The entry the user chose stays while it is offered; otherwise `preferred`
 * (else the first entry) is chosen, so a default follows the lists as they grow (the second contract once
 * there are two) instead of sticking to what was first listed. With no choices, `placeholder` says why, as
 * a disabled entry: a blank select tells the user nothing and opens an empty drop-down.
 */
export function fillSelect(
  select: HTMLSelectElement,
  choices: readonly Choice[],
  preferred?: string,
  placeholder?: string,
): void {
  const chosen = select.value;
  const given = givenByPane.get(select);
  if (given === undefined) select.addEventListener('change', () => chosenByUser.add(select));
  const byUser = chosenByUser.has(select) || (given !== undefined && chosen !== given);
  const doc = select.ownerDocument;
  if (choices.length === 0 && placeholder !== undefined) {
    select.replaceChildren(el(doc, 'option', { value: '', disabled: true, selected: true }, placeholder));
  } else {
    // Lists are filled again when they get focus, i.e. as the user opens them: the same entries are left
    // in place, so the open drop-down (and a screen reader's place in it) is not rebuilt under the user.
    if (!offersExactly(select, choices)) {
      select.replaceChildren(
        ...choices.map((entry) => el(doc, 'option', { value: entry.value }, entry.label)),
      );
    }
    const offered = (value: string | undefined): value is string =>
      value !== undefined && choices.some((entry) => entry.value === value);
    select.value =
      byUser && offered(chosen) ? chosen : offered(preferred) ? preferred : (choices[0]?.value ?? '');
  }
  givenByPane.set(select, select.value);
}

/** Whether `select` already lists exactly `choices`, in order, each one choosable. */
function offersExactly(select: HTMLSelectElement, choices: readonly Choice[]): boolean {
  const options = Array.from(select.options);
  return (
    options.length === choices.length &&
    options.every(
      (option, i) =>
        !option.disabled && option.value === choices[i]!.value && option.textContent === choices[i]!.label,
    )
  );
}
