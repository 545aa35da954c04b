/**
 * The Sheets server's failures, in the pane's language. Code.js reports a failure as a code and its data
 * (sheets-addon/serverFailure.ts), never as a sentence; the sidebar words it here. Paint failures are
 * worded by core/i18n/paintFailure.ts, a sheet that is gone by core/i18n/hostMessages.ts.
 */
import type { Lang } from '../app/bridge';
import { fr, frenchTexts } from './frenchTypography';
import { plural } from './plural';
import { formatCount } from './digitGroups';
import { fromHostNumber } from '../money';
import { formatNumber } from './numberFormat';

interface Texts {
  readonly noSelection: string;
  readonly badCall: (what: string) => string;
  readonly arguments: Readonly<Record<SheetsServerArgument, string>>;
  readonly plan: (at: string, fault: string) => string;
  readonly faults: Readonly<Record<SheetsPlanFault, (detail: string) => string>>;
  readonly busy: string;
  /** A text cell Google Sheets read as something else (a formula, a number, a date). */
  readonly notText: (cell: string, text: string) => string;
  /** A total `formula` in `cell` Google Sheets computed as `seen`, where the add-in's figure is `expected`. */
  readonly notTotal: (cell: string, formula: string, seen: number | string, expected: number) => string;
  /** An Apps Script service missing: the server runs outside Apps Script. */
  readonly noService: (service: string) => string;
  /** A date cell that crossed from the server as something other than a day. */
  readonly notADay: (date: string) => string;
  /** A paint of `total` sheets stopped after `painted`, before Apps Script's time limit of an execution. */
  readonly outOfTime: (painted: number, total: number, minutes: number) => string;
  /**
   * Sheets that would take the spreadsheet past Google's `limit` of cells: it holds `held`, they need
   * `needed` more.
   */
  readonly tooManyCells: (held: number, needed: number, limit: number) => string;
  /** The sidebar, opened before an update, called a server function the new Code.js no longer has. */
  readonly updated: (google: string) => string;
  /** Google refused the call for want of authorization: a session ended, or another account's call. */
  readonly notAuthorized: (google: string) => string;
  /** The base name of the temporary sheet that tells which rows of a sheet are hidden. */
  readonly probeSheet: string;
  /** That sheet failed (Google's reason, or the value its formula gave); `left`, its name if it stays. */
  readonly hiddenRows: (reason: string, left: string | null) => string;
  /** A call unanswered past the `minutes` Apps Script gives an execution: its answer will not come. */
  readonly noAnswer: (minutes: number) => string;
  /** google.script.run lost the connection or Google's servers failed (`NetworkError: … HTTP 0`, `HTTP 500`). */
  readonly connectionLost: (google: string) => string;
  /** A cell read (`Actuals!E5`) still showed Loading... after `ms` of reads: Sheets is computing it. */
  readonly stillComputing: (cell: string, ms: number) => string;
}

/** The arguments of the server's functions the sidebar may get wrong. */
export type SheetsServerArgument =
  | 'sheetNames'
  | 'sheetName'
  | 'cellAddress'
  | 'sheetId'
  | 'rowIndexes'
  | 'probeName'
  | 'rowCount'
  | 'sheetNamePairs';

/** What can be wrong with a field of a plan the sidebar sent (each has its words below). */
export type SheetsPlanFault =
  | 'notObject'
  | 'unknownField'
  | 'notList'
  | 'notWhole'
  | 'notText'
  | 'notBoolean'
  | 'notNumber'
  | 'notCell'
  | 'notAlignment'
  | 'notOrientation'
  | 'notPaper'
  | 'notChartKind'
  | 'notTag'
  | 'empty'
  | 'emptyRect'
  | 'formulaStart'
  | 'formulaInText'
  | 'shape'
  | 'chart'
  | 'colour';

/** A value Google Sheets gave, as the language writes a number (`22,798.01`), or quoted when it is text. */
function shownValue(value: number | string, lang: Lang): string {
  if (typeof value === 'number') return formatNumber(fromHostNumber(value), lang);
  // Quoted, not JSON-escaped: the cell's text comes back as it is (a quote in it stays one quote).
  return lang === 'fr' ? fr`« ${value} »` : `"${value}"`;
}

const EN: Texts = {
  noSelection: 'No range is selected in the spreadsheet: select the cells first, then try again.',
  badCall: (what) =>
    `The sidebar sent Google Sheets no valid ${what}. This is a defect of Outcome Fees: please report it.`,
  arguments: {
    sheetNames: 'list of sheet names',
    sheetName: 'sheet name',
    cellAddress: 'cell address',
    sheetId: 'sheet id',
    rowIndexes: 'list of row numbers',
    sheetNamePairs: 'list of pairs of sheet names',
    rowCount: 'number of rows',
    probeName: 'temporary sheet name',
  },
  plan: (at, fault) =>
    `Outcome Fees laid out a sheet Google Sheets cannot paint: ${at} is ${fault}. This is a defect: please send us this message.`,
  faults: {
    notObject: () => 'not an object',
    unknownField: (field) => `an object with an unknown field "${field}"`,
    notList: () => 'not a list',
    notWhole: () => 'not a whole number ≥ 0',
    notText: () => 'not text',
    notBoolean: () => 'neither true nor false',
    notNumber: () => 'not a finite number',
    notCell: () => 'not a cell value',
    notAlignment: () => 'not left, center or right',
    notOrientation: () => 'neither portrait nor landscape',
    notPaper: () => 'neither A4 nor Letter',
    notChartKind: () => 'not line, column or xyLines',
    notTag: () => 'not a sheet tag',
    empty: () => 'empty',
    emptyRect: () => 'an empty or negative rectangle',
    formulaStart: () => 'a formula that does not start with "="',
    formulaInText: () => 'a formula in a text cell, which would show as text',
    shape: (size) => `not ${size} cells, as the block's values are`,
    chart: (problem) => `a chart that cannot be drawn (${problem})`,
    colour: (problem) => `a highlight that cannot be applied (${problem})`,
  },
  notText: (cell, text) =>
    `Google Sheets did not keep the text ${JSON.stringify(text)} in ${cell} as written (it read it as a formula, a number or a date, or changed its characters): please send us this message`,
  notTotal: (cell, formula, seen, expected) =>
    `Google Sheets computed ${formula} in ${cell} as ${shownValue(seen, 'en')}, where the add-in's figure is ${shownValue(expected, 'en')}: the sheet would show another total than its own lines and the pane, so it was not kept. Please send us this message (Diagnostics' roundingFormula shows how your Sheets rounds)`,
  busy: 'Another Outcome Fees action is still writing to this spreadsheet (another user, or another sidebar): wait for it to finish, then try again.',
  noService: (service) =>
    `The Google Apps Script service ${service} is not available: Outcome Fees runs only inside Google Sheets.`,
  notADay: (date) =>
    `Google Sheets sent a date that is not a day (${JSON.stringify(date)}). This is a defect: please send us this message.`,
  outOfTime: (painted, total, minutes) =>
    `Google Sheets gives one action 6 minutes, too few for these ${formatCount('en', total)} sheets (${formatCount('en', painted)} took over ${formatCount('en', minutes)} minutes): create fewer at a time, such as a year of invoices`,
  tooManyCells: (held, needed, limit) =>
    `a Google Sheets spreadsheet holds at most ${formatCount('en', limit)} cells, the empty cells of every sheet included; this one holds ${formatCount('en', held)} and these sheets need ${formatCount('en', needed)} more. Delete sheets you no longer need (or the empty rows and columns of a large one), or create fewer sheets at a time`,
  updated: (google) =>
    `Outcome Fees was updated since this sidebar opened, and the new version does not know what it asked for (Google: "${google}"). Close the sidebar and open it again (Extensions → Outcome Fees → Open sidebar), then try again.`,
  notAuthorized: (google) =>
    `Google refused the call for want of authorization ("${google}"): your Google session has ended, or the browser is signed in to several Google accounts and the call went out as another one. Reload the spreadsheet, signing in again if asked; with several accounts, use a browser profile signed in to this one only.`,
  probeSheet: 'Hidden rows (to delete)',
  hiddenRows: (reason, left) =>
    `Google Sheets could not tell which rows of the sheet are hidden ("${reason}").${left === null ? '' : ` Its temporary sheet "${left}" is left: delete it.`} Try again; if it fails again, please send us this message.`,
  noAnswer: (minutes) =>
    `Google Sheets gave no answer in ${formatCount('en', minutes)} minutes, longer than any action may run: the connection or your Google session may have ended. Reload the spreadsheet, see whether the sheets were made, then try again.`,
  connectionLost: (google) =>
    `The connection to Google Sheets failed ("${google}"): the network dropped, or Google's servers did not answer. Check the connection and try again; after an action that makes sheets, first reload the spreadsheet and see whether they were made.`,
  stillComputing: (cell, ms) =>
    `${cell} still shows Loading... after ${formatCount('en', ms)} ms: Google Sheets is still computing its formula, so its value cannot be read yet. Wait until the cell shows its value, then try again.`,
};

const FR = frenchTexts<Texts>({
  noSelection:
    'Aucune plage n’est sélectionnée dans le classeur : sélectionnez d’abord les cellules, puis réessayez.',
  badCall: (what) =>
    fr`Le panneau a envoyé à Google Sheets un argument invalide (${what}). C’est un défaut d’Outcome Fees : merci de le signaler.`,
  arguments: {
    sheetNames: 'liste des noms de feuilles',
    sheetName: 'nom de feuille',
    cellAddress: 'adresse de cellule',
    sheetId: 'identifiant de feuille',
    rowIndexes: 'liste de numéros de ligne',
    sheetNamePairs: 'liste de paires de noms de feuille',
    rowCount: 'nombre de lignes',
    probeName: 'nom de feuille temporaire',
  },
  plan: (at, fault) =>
    fr`Outcome Fees a préparé une feuille que Google Sheets ne peut pas peindre : ${at} est ${fault}. C’est un défaut : envoyez-nous ce message.`,
  faults: {
    notObject: () => 'autre chose qu’un objet',
    unknownField: (field) => fr`un objet au champ inconnu « ${field} »`,
    notList: () => 'autre chose qu’une liste',
    notWhole: () => 'autre chose qu’un entier ≥ 0',
    notText: () => 'autre chose que du texte',
    notBoolean: () => 'ni vrai ni faux',
    notNumber: () => 'autre chose qu’un nombre fini',
    notCell: () => 'autre chose qu’une valeur de cellule',
    notAlignment: () => 'ni left, ni center, ni right',
    notOrientation: () => 'ni portrait ni landscape',
    notPaper: () => 'ni A4 ni Letter',
    notChartKind: () => 'ni line, ni column, ni xyLines',
    notTag: () => 'autre chose qu’une étiquette de feuille',
    empty: () => 'vide',
    emptyRect: () => 'un rectangle vide ou négatif',
    formulaStart: () => fr`une formule qui ne commence pas par « = »`,
    formulaInText: () => 'une formule dans une cellule texte, qui s’afficherait comme du texte',
    shape: (size) => fr`autre chose que ${size} cellules, comme les valeurs du bloc`,
    chart: (problem) => fr`un graphique impossible à tracer (${problem})`,
    colour: (problem) => fr`une mise en évidence impossible à appliquer (${problem})`,
  },
  notText: (cell, text) =>
    fr`Google Sheets n’a pas conservé le texte « ${text} » de ${cell} tel qu’écrit (il l’a lu comme une formule, un nombre ou une date, ou en a changé des caractères) : envoyez-nous ce message`,
  notTotal: (cell, formula, seen, expected) =>
    fr`Google Sheets a calculé ${formula} en ${cell} comme ${shownValue(seen, 'fr')}, alors que le montant du complément est ${shownValue(expected, 'fr')} : la feuille afficherait un autre total que ses propres lignes et le volet, elle n’a donc pas été conservée. Envoyez-nous ce message (le contrôle roundingFormula du diagnostic montre comment votre Google Sheets arrondit)`,
  busy: 'Une autre action d’Outcome Fees écrit encore dans ce classeur (un autre utilisateur, ou un autre panneau) : attendez qu’elle se termine, puis réessayez.',
  noService: (service) =>
    fr`Le service Google Apps Script ${service} n’est pas disponible : Outcome Fees ne fonctionne que dans Google Sheets.`,
  notADay: (date) =>
    fr`Google Sheets a envoyé une date qui n’est pas un jour (« ${date} »). C’est un défaut : envoyez-nous ce message.`,
  outOfTime: (painted, total, minutes) =>
    fr`Google Sheets accorde 6 minutes à une action, trop peu pour ces ${formatCount('fr', total)} feuilles (${formatCount('fr', painted)} ${plural('fr', painted, 'a pris', 'ont pris')} plus de ${formatCount('fr', minutes)} minutes) : créez-en moins à la fois, par exemple une année de factures`,
  tooManyCells: (held, needed, limit) =>
    fr`un classeur Google Sheets contient au plus ${formatCount('fr', limit)} cellules, cellules vides de chaque feuille comprises ; celui-ci en contient ${formatCount('fr', held)} et ces feuilles en demandent ${formatCount('fr', needed)} de plus. Supprimez des feuilles devenues inutiles (ou les lignes et colonnes vides d’une grande feuille), ou créez moins de feuilles à la fois`,
  updated: (google) =>
    fr`Outcome Fees a été mis à jour depuis l’ouverture de ce panneau, et la nouvelle version ne connaît pas ce qu’il a demandé (Google : « ${google} »). Fermez le panneau et rouvrez-le (Extensions → Outcome Fees → Ouvrir le panneau), puis réessayez.`,
  notAuthorized: (google) =>
    fr`Google a refusé l’appel faute d’autorisation (« ${google} ») : votre session Google a pris fin, ou le navigateur est connecté à plusieurs comptes Google et l’appel est parti au nom d’un autre. Rechargez le classeur, en vous reconnectant si on vous le demande ; avec plusieurs comptes, utilisez un profil de navigateur connecté à ce seul compte.`,
  probeSheet: 'Lignes masquées (à supprimer)',
  hiddenRows: (reason, left) =>
    fr`Google Sheets n’a pas pu dire quelles lignes de la feuille sont masquées (« ${reason} »).` +
    (left === null ? '' : fr` Sa feuille temporaire « ${left} » est restée : supprimez-la.`) +
    fr` Réessayez ; si l’échec se répète, envoyez-nous ce message.`,
  noAnswer: (minutes) =>
    fr`Google Sheets n’a pas répondu en ${formatCount('fr', minutes)} minutes, plus longtemps qu’aucune action ne peut durer : la connexion ou votre session Google a peut-être pris fin. Rechargez le classeur, voyez si les feuilles ont été créées, puis réessayez.`,
  connectionLost: (google) =>
    fr`La connexion à Google Sheets a échoué (« ${google} ») : le réseau a été coupé, ou les serveurs de Google n’ont pas répondu. Vérifiez la connexion et réessayez ; après une action qui crée des feuilles, rechargez d’abord le classeur et voyez si elles ont été créées.`,
  stillComputing: (cell, ms) =>
    fr`${cell} affiche encore Loading... (Chargement) après ${formatCount('fr', ms)} ms : Google Sheets calcule encore sa formule, sa valeur ne peut pas encore être lue. Attendez que la cellule affiche sa valeur, puis réessayez.`,
});

/** The server's words in `lang`. */
export function sheetsServerTexts(lang: Lang): Texts {
  return lang === 'fr' ? FR : EN;
}
