/** Messages of the task pane's actions (new contract, check, invoice), written by the host side. */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { counted, plural } from './plural';

export interface ActionTexts {
  unknownTemplate(id: string): string;
  contractCreated(contractSheet: string, actualsSheet: string): string;
  noContractSheet(names: readonly string[]): string;
  noActualsSheet(names: readonly string[]): string;
  contractHasProblems(count: number, first: string): string;
  invoiceProblems(problems: readonly string[]): string;
  invoiceCreated(number: string, subtotal: string, vat: string): string;
  noValuesDue(period: string): string;
}

const EN: ActionTexts = {
  unknownTemplate: (id) => `Unknown template "${id}".`,
  contractCreated: (contract, actuals) =>
    `Created the sheets "${contract}" and "${actuals}". Adjust the contract, enter the actuals, then check the contract.`,
  noContractSheet: (names) =>
    `No contract sheet in this workbook: create one with New contract (expected a sheet named ${names.join(' or ')}).`,
  noActualsSheet: (names) =>
    `No actuals sheet in this workbook (expected a sheet named ${names.join(' or ')}).`,
  contractHasProblems: (count, first) =>
    `The contract has ${counted('en', count, 'problem', 'problems')}; run Check contract to see ${plural('en', count, 'it', 'them all')}. First: ${first}`,
  invoiceProblems: (problems) => `The invoice cannot be built: ${problems.join(' · ')}`,
  invoiceCreated: (number, subtotal, vat) => `Invoice ${number}: ${subtotal} excluding VAT, VAT ${vat}.`,
  noValuesDue: (period) =>
    `no month of the contract has values, and its first invoice, ${period}, is due: enter its months on this sheet before invoicing`,
};

const FR = frenchTexts<ActionTexts>({
  unknownTemplate: (id) => fr`Modèle inconnu « ${id} ».`,
  contractCreated: (contract, actuals) =>
    fr`Feuilles « ${contract} » et « ${actuals} » créées. Ajustez le contrat, saisissez le réalisé, puis vérifiez le contrat.`,
  noContractSheet: (names) =>
    fr`Aucune feuille de contrat dans ce classeur : créez-en une avec Nouveau contrat (feuille attendue : ${names.join(' ou ')}).`,
  noActualsSheet: (names) =>
    fr`Aucune feuille de réalisé dans ce classeur (feuille attendue : ${names.join(' ou ')}).`,
  contractHasProblems: (count, first) =>
    fr`Le contrat comporte ${counted('fr', count, 'problème', 'problèmes')} ; lancez Vérifier le contrat pour ${plural('fr', count, 'le', 'les')} voir. Premier : ${first}`,
  invoiceProblems: (problems) => fr`La facture ne peut pas être établie : ${problems.join(' · ')}`,
  invoiceCreated: (number, subtotal, vat) => fr`Facture ${number} : ${subtotal} HT, TVA ${vat}.`,
  noValuesDue: (period) =>
    fr`aucun mois du contrat n’a de valeurs, et sa première facture, ${period}, est due : saisissez ses mois sur cette feuille avant de facturer`,
});

export function actionTexts(lang: Language): ActionTexts {
  return lang === 'fr' ? FR : EN;
}
