import { isPeriod, isWithinContract } from '../contract/period';
import type { Contract, Language, Period } from '../contract/types';
import { invoiceTexts } from '../i18n/invoice';

/**
 * What is wrong with `text` as a month `YYYY-MM`, in `lang`, or undefined when it is one: the one wording
 * of a bad month, for one invoice and for a range of them alike.
 */
export function monthProblem(text: string, lang: Language): string | undefined {
  return isPeriod(text) ? undefined : invoiceTexts(lang).badPeriod(text);
}

/**
 * Why `month` is outside `contract`, in `lang`, naming the contract and its periods; undefined when it is
 * within. The one wording for one invoice, a range of them and a scenario priced as a period.
 */
export function outsideContractProblem(
  contract: Pick<Contract, 'id' | 'firstPeriod' | 'lastPeriod'>,
  month: Period,
  lang: Language,
): string | undefined {
  if (isWithinContract(contract, month)) return undefined;
  return invoiceTexts(lang).periodOutside(month, contract.id, contract.firstPeriod, contract.lastPeriod);
}
