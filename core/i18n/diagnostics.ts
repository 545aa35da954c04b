/** The Diagnostics self-test's words, in English and French. */
import type { Lang } from '../app/bridge';
import type { LimitProbe } from '../app/workbookPort';
import { fr, frenchTexts, joinList } from './frenchTypography';
import { notPaintedHereText } from './hostMessages';
import { counted, plural } from './plural';
import { formatCount } from './digitGroups';

export type DiagnosticId =
  | 'textStaysText'
  | 'fifteenDigits'
  | 'dateMonth'
  | 'dateFormula'
  | 'blankInRange'
  | 'emptySheetRead'
  | 'percentFormat'
  | 'hiddenRow'
  | 'rowHeight'
  | 'largeCall'
  | 'sheetTag'
  | 'copiedSheetTag'
  | 'sheetNameFolding'
  | 'hostLimits'
  | 'chartAndHighlight'
  | 'tableNames'
  | 'tableHeaderDate'
  | 'sheetsDeleted'
  | 'userSheetBack'
  | 'blankInRangeArgument'
  | 'omittedOptional'
  | 'largeFunctionCall'
  | 'errorInRangeArgument'
  | 'roundingFormula';
export type DiagnosticNotChecked = 'chartLooks' | 'contractSheetLooks' | 'typedPercent';

export interface DiagnosticsTexts {
  /**
   * The temporary sheets, named to say they may be deleted (a host that refuses to delete one leaves it
   * behind): within Excel's 31 characters, so that no host shortens them.
   */
  readonly sheetNames: {
    readonly main: string;
    readonly chart: string;
    readonly calls: string;
    /** Its tables' names, where the host names tables (Excel). */
    readonly names: string;
    /** A sheet painted with nothing in it. */
    readonly empty: string;
  };
  /** What a check saw, item after item. */
  readonly list: (items: readonly string[]) => string;
  readonly title: Record<DiagnosticId | DiagnosticNotChecked, string>;
  readonly passed: string;
  readonly failed: string;
  readonly notChecked: string;
  /** Why the argument checks are not made: this workbook's formulas cannot call the add-in's functions. */
  readonly noFunctionsWhy: string;
  /** `formula` over an empty cell and a 3 gave an empty result: the empty cell arrived as empty. */
  readonly blankArrivedEmpty: (formula: string) => string;
  /** It gave 0: the empty cell arrived as 0 (Excel desktop), with the README's advice. */
  readonly blankArrivedZero: (formula: string) => string;
  /** It gave `seen` (an error, another number), where an empty result was expected. */
  readonly blankArrivedOther: (formula: string, seen: string) => string;
  /** `formula` gave `seen`; the argument's documented default gives `expected`. */
  readonly gaveDefault: (formula: string, seen: string, expected: string) => string;
  /** `formula` gave #NAME?: the host does not know the add-in's functions in this workbook. */
  readonly notRegistered: (formula: string) => string;
  /** The host still showed `seen` (`#BUSY!`, `Loading...`) after `reads` reads over `ms`. */
  readonly notComputed: (formula: string, seen: string, reads: number, ms: number) => string;
  readonly chartLooksWhy: string;
  readonly contractSheetLooksWhy: string;
  readonly typedPercentWhy: string;
  /** `formula` over the error cell (`source`, as read) and a 3 gave `seen`: an error, or a value. */
  readonly errorArrivedAsError: (formula: string, source: string, seen: string) => string;
  readonly errorArrivedAsValue: (formula: string, source: string, seen: string) => string;
  /** The error cell's `formula` read as `seen`, no error: no error cell could be handed over. */
  readonly noErrorCell: (formula: string, seen: string) => string;
  /** A rounding `formula` of the host gave `seen`, where the decimal the cell shows rounds to `expected`. */
  readonly roundingGave: (formula: string, seen: string, expected: string) => string;
  readonly sawPainted: string;
  readonly sawDeleted: string;
  /** The names of the tables as the host kept them, in its order. */
  readonly sawTableNames: (names: readonly string[]) => string;
  /** They are not the names the pane gave (`given`, each of which may take `_2`, `_3`…). */
  readonly tableNamesOther: (seen: string, given: readonly string[]) => string;
  /** The host refused the names the pane gives its tables: its message, and what it means for the user. */
  readonly tableNamesRefused: (message: string) => string;
  /** Why table names are not checked: the host has no named tables. */
  readonly noTableNamesWhy: string;
  /** A table's date header read back as `seen`, no date: what it means for an Actuals month header. */
  readonly headerDateLost: (seen: string) => string;
  /** The listing gave the diagnostics sheet the mark it was painted with; none; the mark of `contract`. */
  readonly sawTagged: string;
  readonly sawUntagged: string;
  readonly sawOtherTag: (contract: string) => string;
  /** The duplicate `copy` of the diagnostics sheet was listed with its mark; without it. */
  readonly sawCopyTagged: (copy: string) => string;
  readonly sawCopyUntagged: (copy: string) => string;
  /** Why a duplicate's mark is not checked: the pane makes no copies in this host. */
  readonly noCopyWhy: string;
  /** The name of a sheet the name probe adds, made of `word` (within Excel's 31 characters). */
  readonly nameProbeSheet: (word: string) => string;
  /** How the host took the pair of names made of `words`: one name, two, its first refused, not probed. */
  readonly sawNames: (
    words: readonly [string, string],
    answer: 'one' | 'two' | 'firstRefused' | null,
  ) => string;
  /** `seen` holds a pair the pane tells apart taken for one name, or a pair of cases taken for two. */
  readonly sheetNamesWrong: (seen: string) => string;
  /** How the host took a request at one of its limits and one past it. */
  readonly sawLimit: (probe: LimitProbe) => string;
  /** `seen` holds a limit the host does not keep as documented. */
  readonly limitsWrong: (seen: string) => string;
  /** Why the limits are not tried: this port has none to try. */
  readonly noLimitsWhy: string;
  /** Why sheet names are not probed: the port adds no sheets but the painted ones in this host. */
  readonly noNameProbeWhy: string;
  /** Every pair was left unprobed: the workbook already has sheets of those names. */
  readonly noNameProbed: string;
  /** The temporary sheets cleanup left, each quoted as the language quotes a name. */
  readonly sawStillThere: (sheets: readonly string[]) => string;
  /** The port refused to delete `sheet`: it did not paint it (its page was reloaded since). */
  readonly notPaintedHere: (sheet: string) => string;
  /** Back on `sheet` with `selection` (an address naming its sheet), or with a selection the host gave none of. */
  readonly sawBackOn: (sheet: string, selection: string | null) => string;
  readonly sawOnOther: (now: string, was: string) => string;
  readonly sawSelectionOther: (now: string, was: string) => string;
  /** The host did not say which sheet the user was on. */
  readonly noActiveSheet: string;
  readonly sawText: (value: string) => string;
  readonly sawNumber: (value: string) => string;
  readonly sawDate: (day: string) => string;
  readonly sawBlank: string;
  readonly sawOther: (value: string) => string;
  readonly sawMonth: (what: string, month: string) => string;
  /** The cell and its number format as read, quoted (`"0.00%"`), or `null` where the host gave none. */
  readonly sawFormat: (what: string, format: string | null) => string;
  /** What a cell in a date format, and one in the automatic format, read back as. */
  readonly underDateFormat: (seen: string) => string;
  readonly underAutomatic: (seen: string) => string;
  /** Why the percentage is not checked: this port reads values without their number formats. */
  readonly noFormatsWhy: string;
  /** What the read said of a sheet with one hidden row: `what` it read there, the rows (1-based) it said hidden. */
  readonly sawHidden: (what: string, rows: readonly number[]) => string;
  /** The empty sheet read as `rows` × `columns` cells, all `blank` or not, with these rows (1-based) said hidden. */
  readonly sawEmptyRead: (rows: number, columns: number, blank: boolean, hidden: readonly number[]) => string;
  /** The read found no sheet of the name the paint returned. */
  readonly sawNoSheet: (sheet: string) => string;
  /** Why the hidden-row check is not made: the host's read does not say which rows are hidden. */
  readonly noHiddenRowsWhy: string;
  /** A row painted `planned` points tall read back `read` points tall (null: no height read). */
  readonly sawRowHeight: (planned: number, read: number | null) => string;
  /** Why a host's row heights are not read: its painter sets none. */
  readonly noRowHeightsWhy: string;
  readonly noMonth: string;
  readonly timing: (rows: number, paintMs: number, readMs: number) => string;
  /** The 10,000-row call gave `seen` (`expected` is right) within `ms` of its sheet's paint. */
  readonly largeCallGave: (formula: string, seen: string, expected: string, ms: number) => string;
  readonly rowsDiffer: (rows: number, row: number) => string;
  /** No `left`: the temporary sheets were deleted; else those still there, which the user may delete. */
  readonly summary: (passed: number, failed: number, left: readonly string[]) => string;
  readonly reportHeading: string;
  /** One line of the report to copy: the check's id, its status word, what it checks and what was seen. */
  readonly reportLine: (id: string, status: string, title: string, seen: string) => string;
  readonly heading: string;
  readonly hint: string;
  readonly button: string;
  readonly busy: string;
  readonly copyLabel: string;
  readonly runFailed: (message: string) => string;
}

const EN: DiagnosticsTexts = {
  sheetNames: {
    main: 'Diagnostics (delete me)',
    chart: 'Diagnostics chart (delete me)',
    calls: 'Diagnostics calls (delete me)',
    names: 'Diagnostics names (delete me)',
    empty: 'Diagnostics empty (delete me)',
  },
  list: (items) => joinList('en', items),
  title: {
    textStaysText:
      'Text beginning with =, +, -, @ or an apostrophe, or holding a line break, stays as written',
    fifteenDigits: 'A 15-digit value round-trips',
    dateMonth: "A date cell's month, in the spreadsheet's time zone",
    dateFormula:
      'A date the spreadsheet computes (=DATE(2026,10,1)), in a date format and in the automatic one, reads as the month it shows',
    blankInRange: 'An empty cell inside a painted range reads as empty',
    emptySheetRead:
      'A sheet with nothing in it reads as empty (one empty cell at most), its formats and hidden rows with it',
    percentFormat:
      "A percentage cell's number format reads back as a percentage, an unformatted cell's as automatic",
    hiddenRow: 'A hidden row is read, and said hidden',
    rowHeight: 'A row painted at the tallest height the pane writes keeps it',
    largeCall: 'Painting and reading 10,000 rows',
    sheetTag: 'The hidden mark the pane puts on its sheets (a contract, its actuals) reads back',
    copiedSheetTag:
      "A copied sheet (Excel: Move or Copy, on its tab; Google Sheets: Duplicate) keeps the hidden mark, so a copy of a contract's sheet is told from the original",
    sheetNameFolding:
      'Sheet names the pane tells apart are two names to the host, names differing in case alone one (how it takes ß and ss, accents, width, kana, œ and oe is shown)',
    hostLimits:
      "The host's limits the pane writes within hold: a sheet name's length, a spreadsheet's cells (Google Sheets), a sheet's last row and column (Excel)",
    chartAndHighlight: 'A native chart, a met/missed highlight and a COUNTIF of "missed" work',
    tableNames:
      'Tables take the names the pane gives them: a second of one name _2, a name like a cell reference a leading _, letters of any script',
    tableHeaderDate:
      "A date in a table's header row, as a month typed as a date in the Actuals table's header, reads as its month",
    sheetsDeleted: 'Its temporary sheets are deleted afterwards, and only those',
    userSheetBack: 'You are back on the sheet you were on, with its selection',
    chartLooks: "A chart's series names and axis titles as the host draws them",
    blankInRangeArgument: 'An empty cell inside a range argument of our functions arrives as empty',
    omittedOptional: 'An optional argument of our functions, omitted or skipped, takes its default',
    largeFunctionCall:
      "A call of our functions over 10,000 rows gets them all, computed within 30 s (Google Sheets' limit for one call)",
    contractSheetLooks: "A new contract's banded tables, drop-down lists and sheet tags",
    typedPercent: 'A typed 20% formats its cell as a percentage',
    errorInRangeArgument:
      'A cell holding an error, inside a range argument of our functions, makes the call an error, never a number',
    roundingFormula:
      "ROUND and ROUNDDOWN, as an invoice's VAT formula calls them, round the decimal a cell shows, as the contract does",
  },
  passed: 'passed',
  failed: 'FAILED',
  notChecked: 'not checked here',
  noFunctionsWhy: "this workbook's formulas cannot call the add-in's worksheet functions",
  blankArrivedEmpty: (formula) =>
    `${formula} over an empty cell and a 3 gave an empty result: the empty cell arrived as empty, so blank rows stay blank`,
  blankArrivedZero: (formula) =>
    `${formula} over an empty cell and a 3 gave number 0: the empty cell arrived as 0, as Excel on Windows and Mac passes it (office-js #4702), so a blank row of a range is computed as 0 here. ` +
    'Give the functions trimmed ranges and hand blanks over as empty text, IF(a = "", "", a) (README: "Blank cells on Excel desktop")',
  blankArrivedOther: (formula, seen) =>
    `${formula} over an empty cell and a 3 gave ${seen} where an empty result was expected`,
  gaveDefault: (formula, seen, expected) => `${formula} gave ${seen} (its default gives ${expected})`,
  notRegistered: (formula) =>
    `${formula} gave #NAME?: this workbook does not know the add-in's worksheet functions (they did not register: reload the add-in; in Excel on the web, the server must send functions.json with CORS, see the README)`,
  notComputed: (formula, seen, reads, ms) =>
    `${formula} not computed in time: still ${seen} after ${counted('en', reads, 'read', 'reads')} over ${formatCount('en', ms)} ms; run Diagnostics again`,
  chartLooksWhy:
    'the pane cannot read a chart back: look at the legend and the axis titles of a fee curve sheet, and at its points, which sit at their values (a breakpoint between two evenly spaced ones)',
  contractSheetLooksWhy:
    'its temporary sheets have none: create a contract with New contract, look at its tables and lists, then rename its two sheets and run Check contract',
  typedPercentWhy:
    'the pane writes cells and cannot type in one: type 20% in an empty cell and look at its number format, which should be a percentage (Excel: Percentage; Google Sheets: Format → Number → Percent)',
  errorArrivedAsError: (formula, source, seen) =>
    `${formula} over ${source} and a 3 gave ${seen}: the error cell arrived as an error, never as a number`,
  errorArrivedAsValue: (formula, source, seen) =>
    `${formula} over ${source} and a 3 gave ${seen} where an error was expected: an error cell reaches our functions as a value here; please send us this report`,
  noErrorCell: (formula, seen) =>
    `${formula} read as ${seen}, not as an error: no error cell could be handed to our functions`,
  roundingGave: (formula, seen, expected) => `${formula} gave ${seen} (the decimal rounds to ${expected})`,
  sawPainted: 'painted and read back',
  sawDeleted: 'deleted',
  sawTableNames: (names) => `tables named ${names.map((name) => `"${name}"`).join(', ')}`,
  tableNamesOther: (seen, given) =>
    `${seen}, where the pane named them ${given.map((name) => `"${name}"`).join(', ')} (each may take _2, _3…)`,
  tableNamesRefused: (message) =>
    `Excel refused the names the pane gives its tables (${message}): New contract and Generate invoice name theirs so and may fail the same way in this workbook; please send us this report`,
  noTableNamesWhy: 'this host has no named tables: the pane bands the rows of a table instead',
  headerDateLost: (seen) =>
    `${seen}: Excel did not keep the date in a table's header as a date, so a month typed as a date in the Actuals table's header row is refused here (expected a month YYYY-MM); type such headers as text, 2026-10, as the pane writes them`,
  sawTagged: 'listed with its mark',
  sawUntagged: 'listed without its mark: the pane could not find a renamed contract by it',
  sawOtherTag: (contract) => `listed with the mark of another contract, "${contract}"`,
  sawCopyTagged: (copy) =>
    `the copy "${copy}" listed with the mark: a copied Contract or Actuals sheet is refused, naming both sheets`,
  sawCopyUntagged: (copy) =>
    `the copy "${copy}" listed without the mark: here a copy of a Contract or Actuals sheet is a sheet of no contract, which the pane never reads, so it goes on reading the original; edit the original, and please send us this report`,
  noCopyWhy: 'the pane makes no copies of sheets in this host',
  nameProbeSheet: (word) => `Diag ${word} (delete me)`,
  sawNames: ([first, second], answer) =>
    `${first}/${second}: ${
      answer === 'one'
        ? 'one name'
        : answer === 'two'
          ? 'two names'
          : answer === 'firstRefused'
            ? `"${first}" refused, though no sheet has it`
            : 'not tried (the workbook has a sheet of that name)'
    }`,
  sheetNamesWrong: (seen) =>
    `${seen}. Here two names the pane tells apart are one, or names differing in case alone are two: a new sheet (an invoice, a note) may be refused as existing, or a sheet name typed in another case find another sheet; please send us this report`,
  sawLimit: ({ limit, max, atMax, pastMax }) => {
    const took = (taken: boolean | null) => (taken === null ? 'not tried' : taken ? 'taken' : 'refused');
    const n = (count: number) => formatCount('en', count);
    switch (limit) {
      case 'sheetName':
        return `a sheet name of ${n(max)} characters ${took(atMax)}, of ${n(max + 1)} ${took(pastMax)}`;
      case 'cells':
        return `${n(max)} cells in the spreadsheet: filling it not tried, a sheet grown one row past them ${took(pastMax)}`;
      case 'rows':
        return `row ${n(max)} ${took(atMax)}, row ${n(max + 1)} ${took(pastMax)}`;
      case 'columns':
        return `column ${n(max)} ${took(atMax)}, column ${n(max + 1)} ${took(pastMax)}`;
    }
  },
  limitsWrong: (seen) =>
    `${seen}. Here the host does not keep the limits the pane writes within: it may refuse a sheet the pane lays out, or hold more than the pane lets it; please send us this report`,
  noLimitsWhy: 'the pane does not try the limits of this host',
  noNameProbeWhy: 'the pane adds no sheets of chosen names in this host',
  noNameProbed: 'not tried: the workbook already has sheets of the names it adds',
  notPaintedHere: (sheet) => notPaintedHereText('en', sheet),
  sawStillThere: (sheets) => `still there: ${sheets.map((sheet) => `"${sheet}"`).join(', ')}`,
  sawBackOn: (sheet, selection) =>
    selection === null
      ? `back on "${sheet}" (the host gave no selection)`
      : `back on "${sheet}", ${selection} selected`,
  sawOnOther: (now, was) => `on "${now}" instead of "${was}"`,
  sawSelectionOther: (now, was) => `${now} selected instead of ${was}`,
  noActiveSheet: 'the host did not say which sheet was active',
  sawText: (value) => `text ${value}`,
  sawNumber: (value) => `number ${value}`,
  sawDate: (day) => `date ${day}`,
  sawBlank: 'empty',
  sawOther: (value) => `value ${value}`,
  sawMonth: (what, month) => `${what}, month ${month}`,
  sawFormat: (what, format) =>
    format === null ? `${what}, no number format` : `${what}, number format ${format}`,
  underDateFormat: (seen) => `in a date format: ${seen}`,
  underAutomatic: (seen) => `in the automatic format: ${seen}`,
  noFormatsWhy:
    'this host reads values without their number formats, so Reconcile cannot tell a percentage from an amount here',
  sawHidden: (what, rows) =>
    rows.length === 0
      ? `${what}, no row said hidden`
      : `${what}, hidden: ${plural('en', rows.length, 'row', 'rows')} ${rows.map((row) => formatCount('en', row)).join(', ')}`,
  sawEmptyRead: (rows, columns, blank, hidden) =>
    (rows === 0
      ? 'no cell'
      : `${counted('en', rows, 'row', 'rows')} × ${counted('en', columns, 'column', 'columns')}, ${blank ? 'empty' : 'not empty'}`) +
    (hidden.length === 0
      ? ', no row said hidden'
      : `, hidden: ${plural('en', hidden.length, 'row', 'rows')} ${hidden.map((row) => formatCount('en', row)).join(', ')}`),
  sawNoSheet: (sheet) => `no sheet "${sheet}" to read`,
  noHiddenRowsWhy:
    "this host's read does not say which rows are hidden, so Reconcile reads a supplier's hidden row as billed without saying it is hidden (README: \"Hidden rows of the supplier's invoice\")",
  sawRowHeight: (planned, read) =>
    `painted ${formatCount('en', planned)} points, read ${read === null ? 'no height' : `${formatCount('en', read)} points`}`,
  noRowHeightsWhy: 'this host fits rows to their text itself, so the pane sets no row heights here',
  noMonth: 'no month',
  timing: (rows, paintMs, readMs) =>
    `${counted('en', rows, 'row', 'rows')} painted in ${formatCount('en', paintMs)} ms, read back in ${formatCount('en', readMs)} ms`,
  rowsDiffer: (rows, row) =>
    `${counted('en', rows, 'row', 'rows')} read back, the first differing at row ${row}`,
  largeCallGave: (formula, seen, expected, ms) =>
    `${formula} gave ${seen} (all 10,000 rows give ${expected}), computed within ${formatCount('en', ms)} ms of its paint`,
  summary: (passed, failed, left) =>
    `Diagnostics: ${formatCount('en', passed)} passed, ${formatCount('en', failed)} failed. ` +
    (left.length === 0
      ? 'Its temporary sheets were deleted.'
      : left.length === 1
        ? `The temporary sheet "${left[0]}" could not be deleted: you may delete it.`
        : `The temporary sheets ${left.map((sheet) => `"${sheet}"`).join(', ')} could not be deleted: you may delete them.`),
  reportHeading: 'Outcome Fees diagnostics',
  reportLine: (id, status, title, seen) => `${id}: ${status}. ${title}: ${seen}`,
  heading: 'Diagnostics',
  hint: 'Checks, on new sheets, how this spreadsheet keeps text, numbers, dates and blanks, and how it passes them to our functions. If a check fails, please send us the report.',
  button: 'Run diagnostics',
  busy: 'Running diagnostics…',
  copyLabel: 'Report to copy',
  runFailed: (message) => `Diagnostics could not run: ${message}`,
};

const FR = frenchTexts<DiagnosticsTexts>({
  sheetNames: {
    main: 'Diagnostic (à supprimer)',
    chart: 'Diagnostic graphe (à supprimer)',
    calls: 'Diagnostic appels (à supprimer)',
    names: 'Diagnostic noms (à supprimer)',
    empty: 'Diagnostic vide (à supprimer)',
  },
  list: (items) => joinList('fr', items),
  title: {
    textStaysText:
      'Un texte commençant par =, +, -, @ ou une apostrophe, ou contenant un saut de ligne, reste tel qu’écrit',
    fifteenDigits: 'Une valeur à 15 chiffres est relue à l’identique',
    dateMonth: 'Le mois d’une cellule date, dans le fuseau horaire du classeur',
    dateFormula:
      'Une date calculée par le classeur (=DATE(2026,10,1)), au format date et au format automatique, est relue comme le mois qu’elle affiche',
    blankInRange: 'Une cellule vide dans une plage écrite est relue vide',
    emptySheetRead:
      'Une feuille où rien n’est écrit est lue vide (une cellule vide au plus), avec ses formats et ses lignes masquées',
    percentFormat:
      'Le format de nombre d’une cellule en pourcentage est relu comme un pourcentage, celui d’une cellule non formatée comme automatique',
    hiddenRow: 'Une ligne masquée est lue, et dite masquée',
    rowHeight: 'Une ligne peinte à la plus grande hauteur qu’écrit le volet la garde',
    largeCall: 'Écriture et lecture de 10 000 lignes',
    sheetTag: 'La marque cachée que le volet pose sur ses feuilles (un contrat, ses réalisés) se relit',
    copiedSheetTag:
      'Une feuille copiée (Excel : Déplacer ou copier, sur son onglet ; Google Sheets : Dupliquer) garde la marque cachée : la copie d’une feuille de contrat se distingue de l’original',
    sheetNameFolding:
      'Des noms de feuilles que le volet distingue sont deux noms pour l’hôte, des noms qui ne diffèrent que par la casse un seul (sa façon de prendre ß et ss, les accents, la largeur, les kana, œ et oe est montrée)',
    hostLimits:
      'Les limites de l’hôte dans lesquelles le volet écrit tiennent : la longueur d’un nom de feuille, les cellules d’un classeur (Google Sheets), la dernière ligne et la dernière colonne d’une feuille (Excel)',
    chartAndHighlight:
      'Un graphique natif, une mise en évidence atteint/manqué et un NB.SI de « missed » fonctionnent',
    tableNames:
      'Les tableaux prennent les noms que leur donne le volet : un second du même nom _2, un nom semblable à une référence de cellule un _ devant, des lettres de toute écriture',
    tableHeaderDate:
      'Une date dans la ligne d’en-tête d’un tableau, comme un mois tapé en date dans l’en-tête du tableau des réalisés, se relit comme son mois',
    sheetsDeleted: 'Ses feuilles temporaires sont supprimées ensuite, et elles seules',
    userSheetBack: 'Vous retrouvez la feuille où vous étiez, avec sa sélection',
    chartLooks: 'Les noms des séries et les titres des axes d’un graphique tels que l’hôte les dessine',
    blankInRangeArgument: 'Une cellule vide dans une plage passée à nos fonctions arrive vide',
    omittedOptional: 'Un argument facultatif de nos fonctions, omis ou sauté, prend sa valeur par défaut',
    largeFunctionCall:
      'Un appel de nos fonctions sur 10 000 lignes les reçoit toutes, calculé en moins de 30 s (la limite de Google Sheets pour un appel)',
    contractSheetLooks:
      'Les tableaux en bandes, les listes déroulantes et les étiquettes des feuilles d’un nouveau contrat',
    typedPercent: 'Un 20 % tapé met sa cellule au format pourcentage',
    errorInRangeArgument:
      'Une cellule en erreur, dans une plage passée à nos fonctions, fait de l’appel une erreur, jamais un nombre',
    roundingFormula:
      'ARRONDI et ARRONDI.INF, tels que la formule de TVA d’une facture les appelle, arrondissent le nombre décimal qu’affiche une cellule, comme le contrat',
  },
  passed: 'réussi',
  failed: 'ÉCHEC',
  notChecked: 'non vérifié ici',
  noFunctionsWhy:
    'les formules de ce classeur ne peuvent pas appeler les fonctions de feuille de calcul du complément',
  blankArrivedEmpty: (formula) =>
    fr`${formula} sur une cellule vide et un 3 a donné un résultat vide : la cellule vide est arrivée vide, les lignes vides restent vides`,
  blankArrivedZero: (formula) =>
    fr`${formula} sur une cellule vide et un 3 a donné nombre 0 : la cellule vide est arrivée comme 0, comme Excel sous Windows et Mac la transmet (office-js #4702), et une ligne vide d’une plage est calculée comme 0 ici. ` +
    fr`Donnez aux fonctions des plages ajustées et transmettez les cellules vides comme texte vide, SI(a = "" ; "" ; a) (voir le README, cellules vides dans Excel)`,
  blankArrivedOther: (formula, seen) =>
    fr`${formula} sur une cellule vide et un 3 a donné ${seen} au lieu d’un résultat vide`,
  gaveDefault: (formula, seen, expected) =>
    fr`${formula} a donné ${seen} (sa valeur par défaut donne ${expected})`,
  notRegistered: (formula) =>
    fr`${formula} a donné #NAME?, car ce classeur ne connaît pas les fonctions de feuille de calcul du complément (elles ne se sont pas enregistrées : rechargez le complément ; dans Excel pour le web, le serveur doit envoyer functions.json avec CORS, voir le README)`,
  notComputed: (formula, seen, reads, ms) =>
    fr`${formula} non calculée à temps : encore ${seen} après ${counted('fr', reads, 'lecture', 'lectures')} en ${formatCount('fr', ms)} ms ; relancez le diagnostic`,
  chartLooksWhy:
    'le volet ne peut pas relire un graphique : regardez la légende et les titres des axes d’une feuille de courbe d’honoraires, et ses points, placés à leur valeur (un point de rupture entre deux points régulièrement espacés)',
  contractSheetLooksWhy:
    'ses feuilles temporaires n’en ont pas : créez un contrat avec Nouveau contrat, regardez ses tableaux et ses listes, puis renommez ses deux feuilles et lancez Vérifier le contrat',
  typedPercentWhy:
    'le volet écrit les cellules et ne peut pas y taper : tapez 20 % dans une cellule vide et regardez son format de nombre, qui doit être un pourcentage (Excel : Pourcentage ; Google Sheets : Format → Nombre → Pourcentage)',
  errorArrivedAsError: (formula, source, seen) =>
    fr`${formula} sur ${source} et un 3 a donné ${seen} : la cellule en erreur est arrivée comme une erreur, jamais comme un nombre`,
  errorArrivedAsValue: (formula, source, seen) =>
    fr`${formula} sur ${source} et un 3 a donné ${seen} au lieu d’une erreur : une cellule en erreur arrive ici dans nos fonctions comme une valeur ; merci de nous envoyer ce rapport`,
  noErrorCell: (formula, seen) =>
    fr`${formula} est relue comme ${seen}, pas comme une erreur : aucune cellule en erreur n’a pu être passée à nos fonctions`,
  roundingGave: (formula, seen, expected) =>
    fr`${formula} a donné ${seen} (le nombre décimal s’arrondit à ${expected})`,
  sawPainted: 'peints et relus',
  sawDeleted: 'supprimées',
  sawTableNames: (names) => fr`tableaux nommés ${names.map((name) => fr`« ${name} »`).join(', ')}`,
  tableNamesOther: (seen, given) =>
    fr`${seen}, là où le volet les a nommés ${given.map((name) => fr`« ${name} »`).join(', ')} (chacun peut prendre _2, _3…)`,
  tableNamesRefused: (message) =>
    fr`Excel a refusé les noms que le volet donne à ses tableaux (${message}) : Nouveau contrat et Générer la facture nomment les leurs ainsi et peuvent échouer de même dans ce classeur ; envoyez-nous ce rapport`,
  noTableNamesWhy: 'cet hôte n’a pas de tableaux nommés : le volet y met en bandes les lignes d’un tableau',
  headerDateLost: (seen) =>
    fr`${seen} : Excel n’a pas gardé la date d’un en-tête de tableau comme une date, et un mois tapé en date dans la ligne d’en-tête du tableau des réalisés y est refusé (mois attendu au format AAAA-MM) ; tapez ces en-têtes en texte, 2026-10, comme le volet les écrit`,
  sawTagged: 'listée avec sa marque',
  sawUntagged: fr`listée sans sa marque : le volet ne pourrait pas retrouver par elle un contrat renommé`,
  sawOtherTag: (contract) => fr`listée avec la marque d’un autre contrat, « ${contract} »`,
  sawCopyTagged: (copy) =>
    fr`la copie « ${copy} » listée avec la marque : une feuille de contrat ou de réalisé copiée est refusée, les deux feuilles nommées`,
  sawCopyUntagged: (copy) =>
    fr`la copie « ${copy} » listée sans la marque : ici la copie d’une feuille de contrat ou de réalisé est une feuille d’aucun contrat, que le volet ne lit jamais, et il continue de lire l’original ; modifiez l’original, et envoyez-nous ce rapport`,
  noCopyWhy: 'le volet ne copie pas de feuille dans cet hôte',
  nameProbeSheet: (word) => `Diag ${word} (à supprimer)`,
  sawNames: ([first, second], answer) =>
    fr`${first}/${second} : ${
      answer === 'one'
        ? 'un seul nom'
        : answer === 'two'
          ? 'deux noms'
          : answer === 'firstRefused'
            ? fr`« ${first} » refusé, bien qu’aucune feuille ne le porte`
            : 'non essayé (le classeur a une feuille de ce nom)'
    }`,
  sheetNamesWrong: (seen) =>
    fr`${seen}. Ici deux noms que le volet distingue n’en font qu’un, ou des noms qui ne diffèrent que par la casse en font deux : une nouvelle feuille (une facture, une note) peut être refusée comme existante, ou un nom de feuille saisi dans une autre casse trouver une autre feuille ; envoyez-nous ce rapport`,
  sawLimit: ({ limit, max, atMax, pastMax }) => {
    const took = (taken: boolean | null, feminine: boolean) =>
      taken === null ? 'non essayé' : `${taken ? 'accepté' : 'refusé'}${feminine ? 'e' : ''}`;
    const n = (count: number) => formatCount('fr', count);
    switch (limit) {
      case 'sheetName':
        return fr`un nom de feuille de ${n(max)} caractères ${took(atMax, false)}, de ${n(max + 1)} ${took(pastMax, false)}`;
      case 'cells':
        return fr`${n(max)} cellules dans le classeur : le remplir non essayé, une feuille agrandie d’une ligne au-delà ${took(pastMax, true)}`;
      case 'rows':
        return fr`ligne ${n(max)} ${took(atMax, true)}, ligne ${n(max + 1)} ${took(pastMax, true)}`;
      case 'columns':
        return fr`colonne ${n(max)} ${took(atMax, true)}, colonne ${n(max + 1)} ${took(pastMax, true)}`;
    }
  },
  limitsWrong: (seen) =>
    fr`${seen}. Ici l’hôte ne tient pas les limites dans lesquelles le volet écrit : il peut refuser une feuille que le volet prépare, ou contenir plus que le volet ne le laisse faire ; envoyez-nous ce rapport`,
  noLimitsWhy: 'le volet n’essaie pas les limites de cet hôte',
  noNameProbeWhy: 'le volet n’ajoute pas de feuilles aux noms choisis dans cet hôte',
  noNameProbed: fr`non essayé : le classeur a déjà des feuilles des noms qu’il ajoute`,
  notPaintedHere: (sheet) => notPaintedHereText('fr', sheet),
  sawStillThere: (sheets) => fr`encore là : ${sheets.map((sheet) => fr`« ${sheet} »`).join(', ')}`,
  sawBackOn: (sheet, selection) =>
    selection === null
      ? fr`de retour sur « ${sheet} » (l’hôte n’a donné aucune sélection)`
      : fr`de retour sur « ${sheet} », ${selection} sélectionné`,
  sawOnOther: (now, was) => fr`sur « ${now} » au lieu de « ${was} »`,
  sawSelectionOther: (now, was) => fr`${now} sélectionné au lieu de ${was}`,
  noActiveSheet: 'l’hôte n’a pas dit quelle feuille était active',
  sawText: (value) => fr`texte ${value}`,
  sawNumber: (value) => fr`nombre ${value}`,
  sawDate: (day) => fr`date ${day}`,
  sawBlank: 'vide',
  sawOther: (value) => fr`valeur ${value}`,
  sawMonth: (what, month) => fr`${what}, mois ${month}`,
  sawFormat: (what, format) =>
    format === null ? fr`${what}, aucun format de nombre` : fr`${what}, format de nombre ${format}`,
  underDateFormat: (seen) => fr`au format date : ${seen}`,
  underAutomatic: (seen) => fr`au format automatique : ${seen}`,
  noFormatsWhy:
    'cet hôte lit les valeurs sans leur format de nombre, et Rapprocher ne peut pas y distinguer un pourcentage d’un montant',
  sawHidden: (what, rows) =>
    rows.length === 0
      ? fr`${what}, aucune ligne dite masquée`
      : fr`${what}, ${plural('fr', rows.length, 'masquée', 'masquées')} : ${plural('fr', rows.length, 'ligne', 'lignes')} ${rows.map((row) => formatCount('fr', row)).join(', ')}`,
  sawEmptyRead: (rows, columns, blank, hidden) =>
    (rows === 0
      ? 'aucune cellule'
      : fr`${counted('fr', rows, 'ligne', 'lignes')} × ${counted('fr', columns, 'colonne', 'colonnes')}, ${blank ? 'vide' : 'non vide'}`) +
    (hidden.length === 0
      ? ', aucune ligne dite masquée'
      : fr`, ${plural('fr', hidden.length, 'masquée', 'masquées')} : ${plural('fr', hidden.length, 'ligne', 'lignes')} ${hidden.map((row) => formatCount('fr', row)).join(', ')}`),
  sawNoSheet: (sheet) => fr`aucune feuille « ${sheet} » à lire`,
  noHiddenRowsWhy:
    "la lecture de cet hôte ne dit pas quelles lignes sont masquées : Rapprocher y lit une ligne masquée du fournisseur comme facturée sans dire qu’elle est masquée (README : « Hidden rows of the supplier's invoice »)",
  sawRowHeight: (planned, read) =>
    fr`peinte à ${formatCount('fr', planned)} points, lue ${read === null ? 'sans hauteur' : fr`à ${formatCount('fr', read)} points`}`,
  noRowHeightsWhy: 'cet hôte ajuste lui-même les lignes à leur texte : le volet n’y fixe aucune hauteur',
  noMonth: 'aucun mois',
  timing: (rows, paintMs, readMs) =>
    fr`${counted('fr', rows, 'ligne écrite', 'lignes écrites')} en ${formatCount('fr', paintMs)} ms, relues en ${formatCount('fr', readMs)} ms`,
  rowsDiffer: (rows, row) =>
    fr`${counted('fr', rows, 'ligne relue', 'lignes relues')}, la première différente à la ligne ${row}`,
  largeCallGave: (formula, seen, expected, ms) =>
    fr`${formula} a donné ${seen} (les 10 000 lignes donnent ${expected}), calculée moins de ${formatCount('fr', ms)} ms après son écriture`,
  summary: (passed, failed, left) =>
    fr`Diagnostic : ${counted('fr', passed, 'réussi', 'réussis')}, ${formatCount('fr', failed)} en échec. ` +
    (left.length === 0
      ? 'Ses feuilles temporaires ont été supprimées.'
      : left.length === 1
        ? fr`La feuille temporaire « ${left[0]} » n’a pas pu être supprimée : vous pouvez la supprimer.`
        : fr`Les feuilles temporaires ${left.map((sheet) => fr`« ${sheet} »`).join(', ')} n’ont pas pu être supprimées : vous pouvez les supprimer.`),
  reportHeading: 'Diagnostic Outcome Fees',
  reportLine: (id, status, title, seen) => fr`${id} : ${status}. ${title} : ${seen}`,
  heading: 'Diagnostic',
  hint: 'Vérifie, sur de nouvelles feuilles, comment ce classeur conserve textes, nombres, dates et cellules vides, et comment il les transmet à nos fonctions. Si une vérification échoue, envoyez-nous le rapport.',
  button: 'Lancer le diagnostic',
  busy: 'Diagnostic en cours…',
  copyLabel: 'Rapport à copier',
  runFailed: (message) => fr`Le diagnostic n’a pas pu s’exécuter : ${message}`,
});

export function diagnosticsTexts(lang: Lang): DiagnosticsTexts {
  return lang === 'fr' ? FR : EN;
}
