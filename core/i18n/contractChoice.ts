/** Texts of choosing the contract the pane works on, when a workbook holds several (core/app/contractPair). */
import type { NotOfContract, TwinSheets } from '../app/contractPair';
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';

export interface ContractChoiceTexts {
  /** The user picked a sheet that is no longer one of our Contract sheets. */
  notAContract(sheet: string): string;
  /** Several contracts and the user is on none of their sheets. */
  severalContracts(contracts: readonly string[]): string;
  /** Two sheets carry one role of the tag of the contract on `contract` (a copy keeps the mark). */
  twins(contract: string, twins: TwinSheets): string;
  /** The user is on a sheet of no contract that may pass for one of the only contract's sheets. */
  notOfContract(sheet: NotOfContract): string;
  /** What a check or an invoice read, for its result line. */
  read(contractSheet: string, actualsSheet: string): string;
  /** The pane's contract list: its label, its first choice, its hint. */
  pickerLabel: string;
  pickerActive: string;
  pickerHint: string;
}

const quoteEn = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
/** French quotes hold their text with no-break spaces, so a line never starts with `»`. */
const guillemets = (name: string) => fr`« ${name} »`;
const quoteFr = (names: readonly string[]) => names.map(guillemets).join(', ');

/**
 * How to keep a copy of twin sheets: an untagged sheet holds a copy of actuals; a contract needs the tags
 * of New contract's sheets, which a sheet of one's own never gets.
 */
const TWIN_KEPT_EN: Record<TwinSheets['role'], string> = {
  actuals: 'to keep a copy, paste its cells into a new sheet, which carries no mark',
  contract:
    "for a second contract, create one with New contract and paste the copy's cells into its Contract sheet",
};
const TWIN_KEPT_FR: Record<TwinSheets['role'], string> = {
  actuals: 'pour en garder une copie, collez ses cellules dans une nouvelle feuille, qui n’a pas de marque',
  contract:
    'pour un second contrat, créez-le avec Nouveau contrat et collez les cellules de la copie dans sa feuille de contrat',
};

const EN: ContractChoiceTexts = {
  notAContract: (sheet) =>
    `"${sheet}" is not a contract sheet of this workbook any more: pick another contract.`,
  severalContracts: (contracts) =>
    `This workbook holds ${contracts.length} contracts (${quoteEn(contracts)}): go to a sheet of the one you mean, or pick it under Contract.`,
  twins: (contract, { role, first, second }) =>
    `${role === 'actuals' ? `The actuals of "${contract}" are` : 'One contract is'} on two sheets, "${first}" and "${second}": a copied sheet keeps the add-in's mark, so the pane cannot tell which to read. Delete the one you do not use; ${TWIN_KEPT_EN[role]}.`,
  notOfContract: ({ active, mark, printed, pair: { contract, actuals } }) =>
    `You are on "${active}", which is not a sheet of the contract: it carries ${mark === 'foreign' ? 'the mark of a contract this workbook does not hold (copied from another spreadsheet)' : printed ? `no mark of the add-in, yet its first rows are those of ${printed === 'contract' ? 'a Contract' : 'an Actuals'} sheet (a copy made without the mark, renamed)` : 'no mark of the add-in (a copy made without it, or a sheet of your own)'}, so the pane would read "${contract}" and "${actuals}" instead. Go to one of those and press again; figures typed on "${active}" reach no invoice until they are on "${actuals}".`,
  read: (contract, actuals) => `Read "${contract}" and "${actuals}".`,
  pickerLabel: 'Contract',
  pickerActive: 'The one of the active sheet',
  pickerHint: 'This workbook holds several contracts: the pane works on the one you pick.',
};

const FR = frenchTexts<ContractChoiceTexts>({
  notAContract: (sheet) =>
    fr`${guillemets(sheet)} n’est plus une feuille de contrat de ce classeur : choisissez un autre contrat.`,
  severalContracts: (contracts) =>
    fr`Ce classeur contient ${contracts.length} contrats (${quoteFr(contracts)}) : allez sur une feuille de celui que vous visez, ou choisissez-le sous Contrat.`,
  twins: (contract, { role, first, second }) =>
    fr`${role === 'actuals' ? fr`Le réalisé de ${guillemets(contract)} est` : 'Un contrat est'} sur deux feuilles, ${guillemets(first)} et ${guillemets(second)} : une feuille copiée garde la marque du complément, et le panneau ne peut savoir laquelle lire. Supprimez celle que vous n’utilisez pas ; ${TWIN_KEPT_FR[role]}.`,
  notOfContract: ({ active, mark, printed, pair: { contract, actuals } }) =>
    fr`Vous êtes sur ${guillemets(active)}, qui n’est pas une feuille du contrat : elle ${mark === 'foreign' ? 'porte la marque d’un contrat que ce classeur ne contient pas (copiée d’un autre classeur)' : printed ? fr`ne porte pas la marque du complément, mais ses premières lignes sont celles d’une feuille ${printed === 'contract' ? 'de contrat' : 'de réalisé'} (une copie faite sans la marque, renommée)` : 'ne porte pas la marque du complément (une copie faite sans elle, ou une feuille à vous)'}, et le panneau lirait ${guillemets(contract)} et ${guillemets(actuals)} à sa place. Allez sur l’une d’elles et recommencez ; les chiffres saisis sur ${guillemets(active)} n’entrent dans aucune facture tant qu’ils ne sont pas sur ${guillemets(actuals)}.`,
  read: (contract, actuals) => fr`Feuilles lues : ${guillemets(contract)} et ${guillemets(actuals)}.`,
  pickerLabel: 'Contrat',
  pickerActive: 'Celui de la feuille active',
  pickerHint: 'Ce classeur contient plusieurs contrats : le panneau travaille sur celui que vous choisissez.',
});

export function contractChoiceTexts(lang: Language): ContractChoiceTexts {
  return lang === 'fr' ? FR : EN;
}
