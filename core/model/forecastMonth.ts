/**
 * A forecast's first or last month as the user typed it: a month, or an invoicing period named as its
 * invoice is (`2027-Q2` of a quarterly contract). One reading for `forecast --from/--to` and the pane's
 * First month, so both take the same spellings and refuse the same ones.
 */
import { periodNamed } from '../contract/periodNames';
import type { Contract, Language, Period } from '../contract/types';
import { modelProblemTexts } from '../i18n/modelProblems';
import { monthProblem } from '../invoice/monthProblem';

/**
 * The month `text` stands for at the `end` of a forecast, or the problem with it in `lang`. A span of
 * several invoices (a quarter of a monthly contract) is refused naming `field` and the month it stands for
 * (`namesField`); the other problems are the period's alone.
 */
export function forecastMonth(
  contract: Contract,
  text: string,
  end: 'from' | 'to',
  field: string,
  lang: Language,
):
  | { readonly ok: true; readonly month: Period }
  | { readonly ok: false; readonly problem: string; readonly namesField?: true } {
  const named = periodNamed(contract, text.trim());
  const pick = (months: readonly Period[]) => (end === 'from' ? months[0] : months[months.length - 1]);
  if (named.ok) {
    const month = pick(named.months);
    const problem = monthProblem(month, lang);
    return problem === undefined ? { ok: true, month } : { ok: false, problem };
  }
  const several = named.several;
  if (several === undefined) return { ok: false, problem: named.problem };
  const problem = modelProblemTexts(lang).forecastEnd(
    field,
    several.name,
    contract.id,
    several.invoices,
    pick(several.months),
  );
  return { ok: false, problem, namesField: true };
}
