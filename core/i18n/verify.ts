/** Texts of `verify`: what was edited in a written invoice, and whether its fingerprint still holds. */
import type { Language } from '../contract/types';
import { fr, frenchTexts, joinList } from './frenchTypography';
import { counted, plural } from './plural';

export interface VerifyTexts {
  edited(where: string, written: string, recomputed: string): string;
  added(where: string, written: string): string;
  removed(where: string, recomputed: string): string;
  formulaEdited(where: string, written: string, recomputed: string): string;
  /** A number as recomputed, shown through another number format (`null`: General) than the one written. */
  formatEdited(where: string, written: string | null, recomputed: string | null, value: string): string;
  /** An invoice a Summary or Portfolio row lists, whose sheet is not in the workbook. */
  sheetMissing(where: string, number: string): string;
  /** A row of the file the recomputed invoice has not (inserted), with its values. */
  rowAdded(where: string, written: string): string;
  /** A recomputed row the file has not (deleted), with its values; `where` is the row it belongs at. */
  rowMissing(where: string, recomputed: string): string;
  /** A row or item of the file that the recomputed invoice has, unchanged, at `recomputedAt`. */
  moved(where: string, recomputedAt: string): string;
  /** A value standing where a formula belongs (or the reverse), as `formulaEdited` quotes it. */
  valueNotFormula(value: string): string;
  fingerprintMatches(fingerprint: string): string;
  fingerprintDiffers(written: string | null, recomputed: string): string;
  contractVersionDiffers(written: string | null, recomputed: string): string;
  /** No contract version in a file whose fingerprint is not reproduced: no sign of an amendment. */
  contractVersionMissing(recomputed: string): string;
  /** The fingerprint holds, so the inputs are the invoice's, yet its contract version cell or field is not theirs. */
  contractVersionEdited(written: string | null, recomputed: string): string;
  readonly inputsChanged: string;
  /** Another fingerprint under the version the contract states (its `version`): its terms may have changed under it. */
  statedVersionKept(version: string): string;
  clean(source: string): string;
  summary(source: string, edits: number): string;
  readonly blank: string;
  noInvoiceSheet(file: string, label: string): string;
  notAnInvoice(file: string, field: string): string;
  /** An invoice JSON without its `period`, which says the invoice to recompute. */
  readonly noPeriodField: string;
  /** The invoice names another contract than the one given, under another version: nothing to verify. */
  otherContract(source: string, written: string, given: string): string;
  /** A portfolio workbook's sheets of other contracts than the one given, left unverified. */
  othersNotVerified(file: string, sheets: readonly { sheet: string; contract: string }[]): string;
  /** A Portfolio sheet listing contracts not given: its totals cannot be recomputed, so it is left unverified. */
  portfolioNotVerified(file: string, sheet: string, contracts: readonly string[]): string;
}

const EN: VerifyTexts = {
  edited: (where, written, recomputed) => `${where}: ${written} in the file, ${recomputed} recomputed`,
  added: (where, written) => `${where}: ${written} in the file, nothing recomputed there`,
  removed: (where, recomputed) => `${where}: missing from the file, ${recomputed} recomputed`,
  formulaEdited: (where, written, recomputed) =>
    `${where}: formula ${written} in the file, ${recomputed} recomputed`,
  formatEdited: (where, written, recomputed, value) =>
    `${where}: number format ${written ?? 'General'} in the file, ${recomputed ?? 'General'} recomputed: the cell holds ${value} as recomputed but shows it otherwise`,
  sheetMissing: (where, number) =>
    `${where}: invoice ${number} is listed here but has no sheet in the file: deleted since it was written`,
  rowAdded: (where, written) => `${where}: a row in the file (${written}), none there recomputed`,
  rowMissing: (where, recomputed) => `${where}: a row recomputed (${recomputed}), missing from the file`,
  moved: (where, at) => `${where}: moved here in the file, recomputed at ${at}`,
  valueNotFormula: (value) => `(none: the value ${value})`,
  fingerprintMatches: (fingerprint) => `fingerprint ${fingerprint} matches the contract and actuals`,
  fingerprintDiffers: (written, recomputed) =>
    `fingerprint ${written ?? '(none)'} in the file, ${recomputed} from the contract and actuals given`,
  contractVersionDiffers: (written, recomputed) =>
    `contract version ${written ?? '(none)'} in the file, ${recomputed} now: the contract was amended since`,
  contractVersionMissing: (recomputed) =>
    `contract version missing from the file, ${recomputed} now: an invoice written by outcome-fees carries it`,
  contractVersionEdited: (written, recomputed) =>
    `contract version ${written ?? '(none)'} in the file, ${recomputed} for the contract its fingerprint proves: edited since it was written`,
  inputsChanged:
    'the inputs are not those the invoice was computed from (a term, a used actual or the engine changed): differences may come from them',
  statedVersionKept: (version) =>
    `contract version "${version}" in the file and in the contract given: if its terms changed, they changed under the version it still states (an amendment needs a new version)`,
  clean: (source) => `${source}: untouched; every line and amount is as recomputed`,
  summary: (source, edits) => `${source}: ${counted('en', edits, 'difference', 'differences')}`,
  blank: '(blank)',
  noInvoiceSheet: (file, label) => `${file} has no invoice sheet (no "${label}" row)`,
  notAnInvoice: (file, field) => `${file} is not an invoice JSON: ${field}`,
  noPeriodField: 'no "period" YYYY-MM',
  othersNotVerified: (file, sheets) =>
    `note: ${file}: ${counted('en', sheets.length, 'sheet', 'sheets')} of other contracts not verified (${joinList(
      'en',
      sheets.map((s) => `${s.sheet}, of ${s.contract}`),
    )}): verify each against its own contract`,
  otherContract: (source, written, given) =>
    `${source} is an invoice of contract "${written}", not of "${given}" given: verify it against the contract it was written under`,
  portfolioNotVerified: (file, sheet, contracts) =>
    `note: ${file}: sheet ${sheet} not verified: it lists ${counted('en', contracts.length, 'contract', 'contracts')} not given (${joinList('en', contracts)}): give every contract of the run (--contract repeated, or their folder) with their actuals`,
};

const FR = frenchTexts<VerifyTexts>({
  edited: (where, written, recomputed) => fr`${where} : ${written} dans le fichier, ${recomputed} recalculé`,
  added: (where, written) => fr`${where} : ${written} dans le fichier, rien de recalculé à cet endroit`,
  removed: (where, recomputed) => fr`${where} : absent du fichier, ${recomputed} recalculé`,
  formulaEdited: (where, written, recomputed) =>
    fr`${where} : formule ${written} dans le fichier, ${recomputed} recalculée`,
  formatEdited: (where, written, recomputed, value) =>
    fr`${where} : format de nombre ${written ?? 'Standard'} dans le fichier, ${recomputed ?? 'Standard'} recalculé : la cellule contient ${value} comme recalculé, mais l’affiche autrement`,
  sheetMissing: (where, number) =>
    fr`${where} : la facture ${number} est listée ici mais n’a pas de feuille dans le fichier : supprimée depuis son écriture`,
  rowAdded: (where, written) =>
    fr`${where} : une ligne dans le fichier (${written}), aucune recalculée à cet endroit`,
  rowMissing: (where, recomputed) => fr`${where} : une ligne recalculée (${recomputed}), absente du fichier`,
  moved: (where, at) => fr`${where} : déplacée ici dans le fichier, recalculée en ${at}`,
  valueNotFormula: (value) => fr`(aucune : la valeur ${value})`,
  fingerprintMatches: (fingerprint) => fr`l’empreinte ${fingerprint} correspond au contrat et au réalisé`,
  fingerprintDiffers: (written, recomputed) =>
    fr`empreinte ${written ?? '(aucune)'} dans le fichier, ${recomputed} d’après le contrat et le réalisé donnés`,
  contractVersionDiffers: (written, recomputed) =>
    fr`version du contrat ${written ?? '(aucune)'} dans le fichier, ${recomputed} aujourd’hui : le contrat a été modifié depuis`,
  contractVersionMissing: (recomputed) =>
    fr`version du contrat absente du fichier, ${recomputed} aujourd’hui : une facture écrite par outcome-fees la porte`,
  contractVersionEdited: (written, recomputed) =>
    fr`version du contrat ${written ?? '(aucune)'} dans le fichier, ${recomputed} pour le contrat que prouve son empreinte : modifiée depuis son écriture`,
  inputsChanged:
    'les données ne sont pas celles du calcul de la facture (un terme, un réalisé utilisé ou le moteur a changé) : les écarts peuvent en venir',
  statedVersionKept: (version) =>
    fr`version du contrat « ${version} » dans le fichier et dans le contrat donné : si ses termes ont changé, c’est sous la version qu’il indique toujours (une modification demande une nouvelle version)`,
  clean: (source) => fr`${source} : intacte ; chaque ligne et chaque montant est tel que recalculé`,
  summary: (source, edits) => fr`${source} : ${counted('fr', edits, 'écart', 'écarts')}`,
  blank: '(vide)',
  noInvoiceSheet: (file, label) => fr`${file} n’a pas de feuille de facture (pas de ligne « ${label} »)`,
  notAnInvoice: (file, field) => fr`${file} n’est pas le JSON d’une facture : ${field}`,
  noPeriodField: 'pas de champ « period » AAAA-MM',
  othersNotVerified: (file, sheets) =>
    fr`note : ${file} : ${counted('fr', sheets.length, 'feuille', 'feuilles')} d’autres contrats non ${plural('fr', sheets.length, 'vérifiée', 'vérifiées')} (${joinList(
      'fr',
      sheets.map((s) => `${s.sheet}, du contrat ${s.contract}`),
    )}) : vérifiez chacune avec son propre contrat`,
  otherContract: (source, written, given) =>
    fr`${source} est une facture du contrat « ${written} », pas du contrat « ${given} » donné : vérifiez-la avec le contrat sous lequel elle a été écrite`,
  portfolioNotVerified: (file, sheet, contracts) =>
    fr`note : ${file} : feuille ${sheet} non vérifiée : elle liste ${counted('fr', contracts.length, 'contrat', 'contrats')} non ${plural('fr', contracts.length, 'donné', 'donnés')} (${joinList('fr', contracts)}) : donnez chaque contrat de la série (--contract répété, ou leur dossier) avec son réalisé`,
});

export function verifyTexts(lang: Language): VerifyTexts {
  return lang === 'fr' ? FR : EN;
}

/**
 * The differences found when the pane reads an invoice sheet back as issued (its fingerprint proved the
 * inputs): each is a cell edited by hand on the sheet since the add-in wrote it.
 */
export function handEditTexts(lang: Language): VerifyTexts {
  const t = verifyTexts(lang);
  return lang === 'fr'
    ? {
        ...t,
        edited: (where, written, issued) =>
          fr`${where} : ${written} sur la feuille, ${issued} à l’émission : modifié à la main depuis`,
        added: (where, written) =>
          fr`${where} : ${written} sur la feuille, rien à l’émission : ajouté à la main depuis`,
        removed: (where, issued) =>
          fr`${where} : vide sur la feuille, ${issued} à l’émission : effacé à la main depuis`,
        formulaEdited: (where, written, issued) =>
          fr`${where} : formule ${written} sur la feuille, ${issued} à l’émission : modifiée à la main depuis`,
        formatEdited: (where, written, issued, value) =>
          fr`${where} : format de nombre ${written ?? 'Standard'} sur la feuille, ${issued ?? 'Standard'} à l’émission : modifié à la main depuis (la cellule contient ${value}, affiché autrement)`,
        rowAdded: (where, written) =>
          fr`${where} : une ligne sur la feuille (${written}), aucune à l’émission : insérée à la main depuis`,
        rowMissing: (where, issued) =>
          fr`${where} : une ligne à l’émission (${issued}), absente de la feuille : supprimée à la main depuis`,
        moved: (where, at) =>
          fr`${where} : déplacée ici sur la feuille, en ${at} à l’émission : déplacée à la main depuis`,
      }
    : {
        ...t,
        edited: (where, written, issued) =>
          `${where}: ${written} on the sheet, ${issued} as issued: edited by hand since`,
        added: (where, written) =>
          `${where}: ${written} on the sheet, nothing there as issued: added by hand since`,
        removed: (where, issued) =>
          `${where}: blank on the sheet, ${issued} as issued: cleared by hand since`,
        formulaEdited: (where, written, issued) =>
          `${where}: formula ${written} on the sheet, ${issued} as issued: edited by hand since`,
        formatEdited: (where, written, issued, value) =>
          `${where}: number format ${written ?? 'General'} on the sheet, ${issued ?? 'General'} as issued: edited by hand since (the cell holds ${value}, shown otherwise)`,
        rowAdded: (where, written) =>
          `${where}: a row on the sheet (${written}), none there as issued: inserted by hand since`,
        rowMissing: (where, issued) =>
          `${where}: a row as issued (${issued}), missing from the sheet: deleted by hand since`,
        moved: (where, at) => `${where}: moved here on the sheet, at ${at} as issued: moved by hand since`,
      };
}

/**
 * What refuses an issued invoice JSON read back by `invoice --corrects`: its printed values must give its
 * fingerprint, and each field edited since it was written is named as a hand edit.
 */
export interface IssuedJsonTexts extends VerifyTexts {
  noFingerprint(file: string): string;
  notReproduced(file: string): string;
  /** Added to `notReproduced` when the contract states its version: its terms may have changed under it. */
  statedVersion(version: string): string;
}

type IssuedJsonOwn = Pick<
  IssuedJsonTexts,
  'noFingerprint' | 'notReproduced' | 'statedVersion' | 'edited' | 'added' | 'removed' | 'moved'
>;

const ISSUED_JSON_EN: IssuedJsonOwn = {
  noFingerprint: (file) =>
    `${file}: fingerprint: missing: an invoice written by outcome-fees invoice --json carries one; without it the invoice cannot be proved as issued`,
  notReproduced: (file) =>
    `${file}: fingerprint: the values the file prints do not give its fingerprint: a value was edited since it was written, or the invoice read values it does not print (a month of a quarter, an earlier month) that were restated since`,
  statedVersion: (version) =>
    `; or the contract's terms were changed while it still states version "${version}" (an amendment needs a new version)`,
  edited: (where, written, issued) =>
    `${where}: ${written} in the file, ${issued} as issued: edited by hand since`,
  added: (where, written) => `${where}: ${written} in the file, nothing there as issued: added by hand since`,
  removed: (where, issued) => `${where}: missing from the file, ${issued} as issued: removed by hand since`,
  moved: (where, at) => `${where}: moved here in the file, at ${at} as issued: moved by hand since`,
};

const ISSUED_JSON_FR = frenchTexts<IssuedJsonOwn>({
  noFingerprint: (file) =>
    fr`${file} : fingerprint : absente : une facture écrite par outcome-fees invoice --json en porte une ; sans elle, la facture émise ne peut pas être prouvée`,
  notReproduced: (file) =>
    fr`${file} : fingerprint : les valeurs imprimées dans le fichier ne donnent pas son empreinte : une valeur a été modifiée depuis son écriture, ou la facture a lu des valeurs qu’elle n’imprime pas (un mois d’un trimestre, un mois antérieur), réévaluées depuis`,
  statedVersion: (version) =>
    fr`; ou les termes du contrat ont changé alors qu’il indique toujours la version « ${version} » (un avenant demande une nouvelle version)`,
  edited: (where, written, issued) =>
    fr`${where} : ${written} dans le fichier, ${issued} à l’émission : modifié à la main depuis`,
  added: (where, written) =>
    fr`${where} : ${written} dans le fichier, rien à l’émission : ajouté à la main depuis`,
  removed: (where, issued) =>
    fr`${where} : absent du fichier, ${issued} à l’émission : effacé à la main depuis`,
  moved: (where, at) =>
    fr`${where} : déplacé ici dans le fichier, en ${at} à l’émission : déplacé à la main depuis`,
});

/** The texts of `issuedJsonProof.ts` in `lang`: verify's, with edits worded as hand edits of the file. */
export function issuedJsonTexts(lang: Language): IssuedJsonTexts {
  return { ...verifyTexts(lang), ...(lang === 'fr' ? ISSUED_JSON_FR : ISSUED_JSON_EN) };
}
