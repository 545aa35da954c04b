/** Why a quarter or half-year typed (`--period 2026-Q4`) names no invoicing period of the contract, EN and FR. */
import type { Frequency, Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { counted } from './plural';

export interface PeriodNameTexts {
  /** `2026-Q5`: a year has `count` of them. */
  noSuchPart(name: string, letter: string, count: number): string;
  /** A quarter of a monthly contract: `invoices` invoices, the range `months` or one month `first`. */
  severalInvoices(
    name: string,
    contract: string,
    frequency: Frequency,
    invoices: number,
    months: string,
    first: string,
  ): string;
  /** A quarter of a half-yearly or yearly contract: part of the invoice `invoice`, typed `typed`. */
  partOfInvoice(name: string, contract: string, frequency: Frequency, invoice: string, typed: string): string;
  /** A quarter of a contract whose quarters start elsewhere than January: the invoice `months` holding it. */
  notCalendar(name: string, contract: string, firstPeriod: string, months: string, typed: string): string;
}

const EN_FREQUENCY: Readonly<Record<Frequency, string>> = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  'half-yearly': 'half-yearly',
  yearly: 'yearly',
};

// "facturé chaque trimestre": an adverb phrase, which agrees with nothing.
const FR_FREQUENCY: Readonly<Record<Frequency, string>> = {
  monthly: 'chaque mois',
  quarterly: 'chaque trimestre',
  'half-yearly': 'chaque semestre',
  yearly: 'chaque année',
};

const EN: PeriodNameTexts = {
  noSuchPart: (name, letter, count) => `${name} names no period: a year has ${letter}1 to ${letter}${count}`,
  severalInvoices: (name, contract, frequency, invoices, months, first) =>
    `${name} is ${counted('en', invoices, 'invoice', 'invoices')} of contract ${contract}, invoiced ${EN_FREQUENCY[frequency]}: type the range ${months} for all of them, or one month (${first})`,
  partOfInvoice: (name, contract, frequency, invoice, typed) =>
    `${name} is part of the invoice ${invoice} of contract ${contract}, invoiced ${EN_FREQUENCY[frequency]}: type ${typed}`,
  notCalendar: (name, contract, firstPeriod, months, typed) =>
    `${name} is no invoicing period of contract ${contract}: its periods are counted from its first period ${firstPeriod}, so the one holding ${name}'s first month is ${months}; type ${typed}`,
};

const FR: PeriodNameTexts = frenchTexts<PeriodNameTexts>({
  noSuchPart: (name, letter, count) =>
    fr`${name} ne nomme aucune période : une année va de ${letter}1 à ${letter}${count}`,
  severalInvoices: (name, contract, frequency, invoices, months, first) =>
    fr`${name} fait ${counted('fr', invoices, 'facture', 'factures')} du contrat ${contract}, facturé ${FR_FREQUENCY[frequency]} : tapez la plage ${months} pour toutes, ou un mois (${first})`,
  partOfInvoice: (name, contract, frequency, invoice, typed) =>
    fr`${name} n’est qu’une partie de la facture ${invoice} du contrat ${contract}, facturé ${FR_FREQUENCY[frequency]} : tapez ${typed}`,
  notCalendar: (name, contract, firstPeriod, months, typed) =>
    fr`${name} n’est pas une période de facturation du contrat ${contract} : ses périodes se comptent depuis sa première période ${firstPeriod}, et celle qui contient le premier mois de ${name} est ${months} ; tapez ${typed}`,
});

export function periodNameTexts(lang: Language): PeriodNameTexts {
  return lang === 'fr' ? FR : EN;
}
