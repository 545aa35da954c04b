/**
 * Texts of the task pane's Model section (issue 12), in English and French: the labels the pane shows
 * and the messages its actions answer with. Sheet, scenario and KPI names arrive as data.
 */
import type { Language } from '../contract/types';
import { formatPeriod, frenchOf } from './periodFormat';
import { fr, frenchTexts } from './frenchTypography';
import type { PrefilledNames } from './modelSheets';
import { counted } from './plural';
import { formatCount } from './digitGroups';

export interface ModelTexts {
  readonly scenariosHeading: string;
  readonly scenariosHint: string;
  readonly createScenariosButton: string;
  readonly repriceButton: string;
  readonly scenarioSheetLabel: string;
  readonly scenarioSheetNone: string;
  readonly baseLabel: string;
  readonly basePeriod: string;
  readonly baseHint: string;
  readonly curveHeading: string;
  readonly curveHint: string;
  readonly kpiLabel: string;
  readonly kpiNone: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly stepsLabel: string;
  readonly curveButton: string;
  readonly exposureHeading: string;
  readonly exposureHint: string;
  readonly exposureButton: string;
  readonly forecastHeading: string;
  readonly forecastHint: string;
  readonly firstMonthLabel: string;
  readonly monthsLabel: string;
  readonly simulationsLabel: string;
  readonly seedLabel: string;
  readonly methodLabel: string;
  readonly methodResampled: string;
  readonly methodDeclared: string;
  readonly forecastButton: string;
  readonly compareHeading: string;
  readonly compareHint: string;
  readonly compareOnLabel: string;
  readonly compareOnActuals: string;
  readonly compareOnPeriod: string;
  readonly compareOnScenarios: string;
  readonly compareOnForecast: string;
  readonly firstContractLabel: string;
  readonly secondContractLabel: string;
  readonly compareButton: string;

  readonly busyScenarios: string;
  readonly busyReprice: string;
  busyCurve(kpi: string): string;
  readonly busyExposure: string;
  busyForecast(simulations: number): string;
  readonly busyCompare: string;
  failed(message: string): string;
  readonly chooseScenarioSheet: string;
  readonly chooseKpi: string;
  readonly chooseTwoContracts: string;

  scenariosLive(sheet: string): string;
  scenariosFrozen(sheet: string, totals: string): string;
  repriced(sheet: string, count: number): string;
  curveMade(kpi: string, sheet: string, points: number): string;
  exposure(base: string, minimum: string | null, maximum: string | null, sheet: string): string;
  forecastMade(sheet: string, mean: string, p10: string, p90: string, atRisk: string): string;
  /** `rows` periods of actuals, or scenarios. */
  compared(
    sheet: string,
    first: string,
    second: string,
    rows: number,
    difference: string,
    kind: 'actuals' | 'scenarios',
  ): string;
  /** Compared on a forecast: the rows are mean invoices, the difference spreads over the simulations. */
  comparedForecast(
    sheet: string,
    first: string,
    second: string,
    rows: number,
    difference: string,
    p10: string,
    p90: string,
  ): string;
  /** What an exposure held: English says it after "At", French opens the sentence with it (capitalised). */
  periodBase(period: string): string;
  scenarioBase(name: string, sheet: string): string;

  readonly noActualsMonth: string;
  /**
   * The pane's forecast would start at `start`, the month after the latest actuals `latest`, inside the
   * invoicing period `name` (`months`, from `first` to `last`); `next` is the period after it.
   */
  startCutsPeriod(
    latest: string,
    start: string,
    name: string,
    months: string,
    first: string,
    last: string,
    next: string,
  ): string;
  /**
   * The pane's `count` Months from `start` end at `end`, inside the invoicing period `name` (`months`);
   * `counts` are the nearest ones that end on a period's last month (one or two, ascending).
   */
  monthsCutPeriod(
    count: number,
    start: string,
    end: string,
    name: string,
    months: string,
    counts: readonly number[],
  ): string;
  /** The rows (worst, expected, best, named in the contract's language) a declared forecast draws between. */
  declaredNeedsRows(rows: PrefilledNames): string;
  notAScenarioSheet(sheet: string): string;
  noSuchScenario(name: string, sheet: string, names: readonly string[]): string;
  sheetProblems(count: number, first: string): string;
  unknownColumn(ref: string, header: string, known: readonly string[]): string;
  repeatedColumn(ref: string, header: string): string;
  repeatedScenario(ref: string, name: string): string;
  blankScenarioName(ref: string): string;
  blankValue(ref: string, header: string): string;
  notANumber(ref: string, header: string, got: string): string;
  ambiguousNumber(ref: string, header: string, got: string, a: string, b: string): string;
  outsideRange(ref: string, header: string, problem: string): string;
  negative(ref: string, header: string): string;
  /** A header right of the blank header `gap` (`G4`), where the table's columns end. */
  headerAfterGap(ref: string, header: string, gap: string): string;
  /** A value in a column with no header (`header`: its empty header cell). */
  valueWithoutHeader(ref: string, header: string): string;
  /** A row typed below the blank row `blank` (1-based), where the scenarios end. */
  rowBelowTable(ref: string, blank: number): string;
  noScenario(sheet: string): string;
  badNumberInput(label: string, got: string): string;
  wholeNumberInput(label: string, min: number, max: number, got: string): string;
  /** What is wrong with the Forecast's First month, after the field's name. */
  firstMonthProblem(problem: string): string;
  /** The First month typed inside an invoicing period: the months starting it and the next one. */
  firstMonthCutsPeriod(month: string, name: string, months: string, first: string, next: string): string;
  kpiProblem(kpi: string, problem: string): string;
  /** The curve's two ends the wrong way round; `blank` names an end left blank (its default). */
  fromAboveTo(from: string, to: string, blank: 'from' | 'to' | undefined): string;
  modelProblems(problems: readonly string[]): string;
  /** A problem of the scenario on row `row` (1-based) of the Scenarios sheet `sheet`. */
  ofScenarioRow(sheet: string, row: number, name: string, problem: string): string;
  /** A problem of a scenario's value, at its cell `ref` (`Scenarios!G5`), in the column `header`. */
  ofScenarioCell(ref: string, name: string, header: string, problem: string): string;
  /** `problem`, a value the Scenarios sheet has no column for: its header goes in `ref` (`G4`). */
  noColumn(problem: string, header: string, ref: string): string;
  /** As `noColumn`, on a sheet of live totals: a column inserted before column `col` (`E`), the measures' last. */
  noColumnBefore(problem: string, header: string, col: string): string;
  /** A problem of a scenario on no sheet (one the pane is about to write). */
  ofScenario(name: string, problem: string): string;
  /** A problem of one of the contracts compared, the contract named by its sheet. */
  ofContract(sheet: string, problem: string): string;
  declaredNeedsScenarios: string;
  sameContract: string;
  /** Compare prices both contracts on the first one's actuals, and `first` has none; `second` may. */
  compareWithoutActuals(first: string, second: string, secondHasActuals: boolean): string;
  /** Two contract sheets in different currencies, each sheet's currency beside it. */
  currencies(first: string, firstCurrency: string, second: string, secondCurrency: string): string;
  noCommonPeriod: string;
}

const EN: ModelTexts = {
  scenariosHeading: 'Scenarios',
  scenariosHint:
    'A new Scenarios sheet with worst, expected and best rows from the actuals history, to edit. In Excel its totals are live CONTRACTFEE formulas; in Google Sheets, Reprice scenarios writes them on a new sheet.',
  createScenariosButton: 'Create scenarios sheet',
  repriceButton: 'Reprice scenarios',
  scenarioSheetLabel: 'Scenarios sheet',
  scenarioSheetNone: '(choose a sheet)',
  baseLabel: 'Values held',
  basePeriod: 'Actuals of the chosen period',
  baseHint:
    'The curve and the exposure hold these volumes and hours (the curve, the other KPIs too): those of the period chosen under Generate invoice, or a scenario of the Scenarios sheet.',
  curveHeading: 'Fee curve',
  curveHint:
    'One KPI across a range of values (its valid range when Lowest and Highest are blank), the rest held as above, on a new sheet with its chart.',
  kpiLabel: 'KPI',
  kpiNone: '(choose a KPI)',
  fromLabel: 'Lowest',
  toLabel: 'Highest',
  stepsLabel: 'Points',
  curveButton: 'Draw the fee curve',
  exposureHeading: 'Exposure',
  exposureHint:
    'The least and the most the invoice can be at these volumes and hours, over every KPI value in its valid range; exact, on a new sheet.',
  exposureButton: 'Compute the exposure',
  forecastHeading: 'Forecast',
  forecastHint:
    'From the First month (blank: the one after the latest actuals), the Months simulated (seeded: the same seed gives the same forecast), values resampled from the actuals or triangular between the worst, expected and best rows of the Scenarios sheet; percentiles and a histogram on a new sheet.',
  firstMonthLabel: 'First month',
  monthsLabel: 'Months',
  simulationsLabel: 'Simulations',
  seedLabel: 'Seed',
  methodLabel: 'Values drawn',
  methodResampled: 'Resampled from the actuals',
  methodDeclared: 'Triangular (Scenarios sheet)',
  forecastButton: 'Forecast',
  compareHeading: 'Compare contracts',
  compareHint:
    "Two contracts of the workbook priced on the same values, the first one's actuals period by period, the scenarios of the Scenarios sheet above or a forecast from those actuals (both on the same draws), with the difference (second − first), on a new sheet.",
  compareOnLabel: 'Compared on',
  compareOnActuals: "Every period of the first one's actuals",
  compareOnPeriod: 'The chosen period of its actuals',
  compareOnScenarios: 'The scenarios of the Scenarios sheet',
  compareOnForecast: 'A forecast (Forecast fields)',
  firstContractLabel: 'First contract',
  secondContractLabel: 'Second contract',
  compareButton: 'Compare',

  busyScenarios: 'Creating the Scenarios sheet…',
  busyReprice: 'Pricing the scenarios…',
  busyCurve: (kpi) => `Drawing the fee curve of ${kpi}…`,
  busyExposure: 'Computing the exposure…',
  busyForecast: (n) => `Running ${counted('en', n, 'simulation', 'simulations')}…`,
  busyCompare: 'Comparing the contracts…',
  failed: (message) => `Could not model: ${message}`,
  chooseScenarioSheet: 'Choose the Scenarios sheet first.',
  chooseKpi: "Choose one of the contract's KPIs in the KPI list.",
  chooseTwoContracts: 'Choose two different contract sheets.',

  scenariosLive: (sheet) =>
    `Scenarios worst, expected and best on "${sheet}": edit a value and its totals recalculate.`,
  scenariosFrozen: (sheet, totals) =>
    `Scenarios on "${sheet}" (totals now: ${totals}). Edit the values, then Reprice scenarios.`,
  repriced: (sheet, count) => `${counted('en', count, 'scenario', 'scenarios')} priced on "${sheet}".`,
  curveMade: (kpi, sheet, points) =>
    `Fee curve of ${kpi}, ${counted('en', points, 'point', 'points')}, on "${sheet}".`,
  exposure: (base, minimum, maximum, sheet) => {
    const bounds =
      minimum !== null && maximum !== null
        ? `lies between ${minimum} and ${maximum} (VAT included)`
        : minimum !== null
          ? `is at least ${minimum} (VAT included) and has no upper bound`
          : maximum !== null
            ? `has no lower bound and is at most ${maximum} (VAT included)`
            : 'has no lower and no upper bound';
    return `At ${base}, the invoice total ${bounds}; details on "${sheet}".`;
  },
  forecastMade: (sheet, mean, p10, p90, atRisk) =>
    `Forecast on "${sheet}": mean ${mean}, P10 ${p10}, P90 ${p90}; budget at risk ${atRisk}.`,
  compared: (sheet, first, second, rows, difference, kind) =>
    `"${first}" vs "${second}" on ${kind === 'actuals' ? counted('en', rows, 'period', 'periods') : counted('en', rows, 'scenario', 'scenarios')}: ${difference} in all (second − first); details on "${sheet}".`,
  comparedForecast: (sheet, first, second, rows, difference, p10, p90) =>
    `"${first}" vs "${second}" on the mean invoices of ${counted('en', rows, 'forecast period', 'forecast periods')}: ${difference} in all (second − first), from ${p10} (P10) to ${p90} (P90) across the simulations; details on "${sheet}".`,
  periodBase: (period) => `the volumes of ${formatPeriod(period, 'en')}`,
  scenarioBase: (name, sheet) => `the volumes of scenario "${name}" of "${sheet}"`,

  noActualsMonth: 'The actuals hold no month to forecast from.',
  startCutsPeriod: (latest, start, name, months, first, last, next) =>
    `Forecast: the actuals end at ${latest}, so the forecast would start at ${start}, in the middle of the invoicing period ${name} (${months}): start it at ${first}, the period's first month (type it in First month), or enter the actuals of ${last} to start at ${next}.`,
  monthsCutPeriod: (count, start, end, name, months, counts) =>
    `Months: ${counted('en', count, 'month', 'months')} from ${start} end at ${end}, in the middle of the invoicing period ${name} (${months}), and a forecast holds whole invoicing periods: type ${counts.map((n) => formatCount('en', n)).join(' or ')}.`,
  declaredNeedsRows: (rows) =>
    `Triangular draws need the rows ${rows.worst}, ${rows.expected} and ${rows.best} on the Scenarios sheet.`,
  notAScenarioSheet: (sheet) =>
    `"${sheet}" is not a Scenarios sheet: no header row starting with "Scenario" (or "Scénario") in column A.`,
  noSuchScenario: (name, sheet, names) =>
    `There is no scenario "${name}" on "${sheet}" (it has: ${names.join(', ')}).`,
  sheetProblems: (count, first) =>
    `The Scenarios sheet has ${counted('en', count, 'problem', 'problems')}. First: ${first}`,
  unknownColumn: (ref, header, known) =>
    `${ref}: unknown column "${header}"; the contract has: ${known.join(', ')}.`,
  repeatedColumn: (ref, header) => `${ref}: the column "${header}" is given twice.`,
  repeatedScenario: (ref, name) => `${ref}: the scenario "${name}" is given twice.`,
  blankScenarioName: (ref) => `${ref} (Scenario): the row has values but no scenario name.`,
  blankValue: (ref, header) => `${ref} (${header}): the cell is empty; give a value.`,
  notANumber: (ref, header, got) => `${ref} (${header}): expected a number, got ${got}.`,
  ambiguousNumber: (ref, header, got, a, b) =>
    `${ref} (${header}): ${got} reads as ${a} or ${b}; type it as a number.`,
  outsideRange: (ref, header, problem) => `${ref} (${header}): ${problem}`,
  negative: (ref, header) => `${ref} (${header}): must be ≥ 0.`,
  headerAfterGap: (ref, header, gap) =>
    `${ref}: the column "${header}" is right of the blank header ${gap}, where the columns end, so it is not read; fill in ${gap} or delete its column.`,
  valueWithoutHeader: (ref, header) =>
    `${ref}: a value in a column with no header; type the measure's name in ${header} or clear the cell.`,
  rowBelowTable: (ref, blank) =>
    `${ref}: this row is below the blank row ${blank}, where the scenarios end, so it is not read; delete row ${blank} or clear this row.`,
  noScenario: (sheet) => `"${sheet}" has no scenario row.`,
  badNumberInput: (label, got) => `${label}: "${got}" is not a number (use a decimal point).`,
  firstMonthProblem: (problem) => `First month: ${problem}`,
  firstMonthCutsPeriod: (month, name, months, first, next) =>
    `First month: ${month} is in the middle of the invoicing period ${name} (${months}), and a forecast holds whole invoicing periods: type ${first} or ${next}.`,
  wholeNumberInput: (label, min, max, got) =>
    `${label}: give a whole number from ${formatCount('en', min)} to ${formatCount('en', max)} (${got.trim() === '' ? 'the field is empty' : `got "${got}"`}).`,
  kpiProblem: (kpi, problem) => `${kpi}: ${problem}`,
  fromAboveTo: (from, to, blank) => {
    const end = (value: string, side: 'from' | 'to') =>
      blank === side ? `${value} (blank: its default)` : value;
    return `Lowest ${end(from, 'from')} is above Highest ${end(to, 'to')}: the curve goes from Lowest up to Highest.`;
  },
  modelProblems: (problems) => `It cannot be computed: ${problems.join(' · ')}`,
  ofScenarioRow: (sheet, row, name, problem) => `"${sheet}", row ${row} (scenario "${name}"): ${problem}`,
  ofScenarioCell: (ref, name, header, problem) => `${ref} (scenario "${name}", ${header}): ${problem}`,
  noColumn: (problem, header, ref) =>
    `${problem}; the sheet has no "${header}" column: type its header in ${ref} and its values below`,
  noColumnBefore: (problem, header, col) =>
    `${problem}; the sheet has no "${header}" column: insert one before column ${col}, among the measures the live totals read, and type its header and values there`,
  ofScenario: (name, problem) => `scenario "${name}": ${problem}`,
  ofContract: (sheet, problem) => `contract "${sheet}": ${problem}`,
  declaredNeedsScenarios: 'Triangular draws need the Scenarios sheet: choose it above.',
  sameContract: 'Choose two different contracts.',
  compareWithoutActuals: (first, second, secondHasActuals) =>
    `"${first}" has no Actuals sheet beside it, and both contracts are priced on the first one's actuals: ` +
    (secondHasActuals
      ? `choose "${second}" first.`
      : 'create its Actuals sheet, or choose a contract that has one.'),
  currencies: (first, firstCurrency, second, secondCurrency) =>
    `The contracts are in different currencies ("${first}" in ${firstCurrency}, "${second}" in ${secondCurrency}): their totals do not compare.`,
  noCommonPeriod: 'The two contracts have no invoicing period of the actuals in common.',
};

const FR = frenchTexts<ModelTexts>({
  scenariosHeading: 'Scénarios',
  scenariosHint:
    'Une nouvelle feuille de scénarios avec les lignes pire, attendu et meilleur tirées de l’historique des réalisés, à modifier. Dans Excel ses totaux sont des formules CONTRACTFEE vivantes ; dans Google Sheets, Revaloriser les scénarios les écrit sur une nouvelle feuille.',
  createScenariosButton: 'Créer la feuille de scénarios',
  repriceButton: 'Revaloriser les scénarios',
  scenarioSheetLabel: 'Feuille de scénarios',
  scenarioSheetNone: '(choisissez une feuille)',
  baseLabel: 'Valeurs fixées',
  basePeriod: 'Réalisés de la période choisie',
  baseHint:
    'La courbe et l’exposition fixent ces volumes et heures (la courbe, les autres KPI aussi) : ceux de la période choisie sous Générer la facture, ou un scénario de la feuille de scénarios.',
  curveHeading: 'Courbe d’honoraires',
  curveHint:
    'Un KPI sur une plage de valeurs (sa plage valide si Plus basse et Plus haute sont vides), le reste fixé comme ci-dessus, sur une nouvelle feuille avec son graphique.',
  kpiLabel: 'KPI',
  kpiNone: '(choisissez un KPI)',
  fromLabel: 'Plus basse',
  toLabel: 'Plus haute',
  stepsLabel: 'Points',
  curveButton: 'Tracer la courbe',
  exposureHeading: 'Exposition',
  exposureHint:
    'Le moins et le plus que peut valoir la facture à ces volumes et heures, pour toute valeur des KPI dans leur plage valide ; exact, sur une nouvelle feuille.',
  exposureButton: 'Calculer l’exposition',
  forecastHeading: 'Prévision',
  forecastHint:
    'À partir du Premier mois (vide : celui qui suit les derniers réalisés), les Mois simulés (avec graine : la même graine donne la même prévision), valeurs rééchantillonnées dans les réalisés ou triangulaires entre les lignes pire, attendu et meilleur de la feuille de scénarios ; centiles et histogramme sur une nouvelle feuille.',
  firstMonthLabel: 'Premier mois',
  monthsLabel: 'Mois',
  simulationsLabel: 'Simulations',
  seedLabel: 'Graine',
  methodLabel: 'Valeurs tirées',
  methodResampled: 'Rééchantillonnées (réalisés)',
  methodDeclared: 'Triangulaires (feuille de scénarios)',
  forecastButton: 'Prévoir',
  compareHeading: 'Comparer des contrats',
  compareHint:
    'Deux contrats du classeur valorisés sur les mêmes valeurs, les réalisés du premier période par période, les scénarios de la feuille de scénarios ci-dessus ou une prévision à partir de ces réalisés (les deux sur les mêmes tirages), avec l’écart (second − premier), sur une nouvelle feuille.',
  compareOnLabel: 'Comparer sur',
  compareOnActuals: 'Toutes les périodes des réalisés du premier',
  compareOnPeriod: 'La période choisie de ses réalisés',
  compareOnScenarios: 'Les scénarios de la feuille de scénarios',
  compareOnForecast: 'Une prévision (champs Prévision)',
  firstContractLabel: 'Premier contrat',
  secondContractLabel: 'Second contrat',
  compareButton: 'Comparer',

  busyScenarios: 'Création de la feuille de scénarios…',
  busyReprice: 'Valorisation des scénarios…',
  busyCurve: (kpi) => fr`Tracé de la courbe de ${kpi}…`,
  busyExposure: 'Calcul de l’exposition…',
  busyForecast: (n) => fr`${counted('fr', n, 'simulation', 'simulations')} en cours…`,
  busyCompare: 'Comparaison des contrats…',
  failed: (message) => fr`Modélisation impossible : ${message}`,
  chooseScenarioSheet: 'Choisissez d’abord la feuille de scénarios.',
  chooseKpi: 'Choisissez un des KPI du contrat dans la liste KPI.',
  chooseTwoContracts: 'Choisissez deux feuilles de contrat différentes.',

  scenariosLive: (sheet) =>
    fr`Scénarios pire, attendu et meilleur dans « ${sheet} » : modifiez une valeur, ses totaux se recalculent.`,
  scenariosFrozen: (sheet, totals) =>
    fr`Scénarios dans « ${sheet} » (totaux à ce jour : ${totals}). Modifiez les valeurs, puis Revaloriser les scénarios.`,
  repriced: (sheet, count) =>
    fr`${counted('fr', count, 'scénario valorisé', 'scénarios valorisés')} dans « ${sheet} ».`,
  curveMade: (kpi, sheet, points) =>
    fr`Courbe d’honoraires de ${kpi}, ${counted('fr', points, 'point', 'points')}, dans « ${sheet} ».`,
  exposure: (base, minimum, maximum, sheet) => {
    const bounds =
      minimum !== null && maximum !== null
        ? fr`est compris entre ${minimum} et ${maximum} (TTC)`
        : minimum !== null
          ? fr`vaut au moins ${minimum} (TTC) et n’a pas de maximum`
          : maximum !== null
            ? fr`n’a pas de minimum et vaut au plus ${maximum} (TTC)`
            : 'n’a ni minimum ni maximum';
    return fr`${base}, le total de la facture ${bounds} ; détail dans « ${sheet} ».`;
  },
  forecastMade: (sheet, mean, p10, p90, atRisk) =>
    fr`Prévision dans « ${sheet} » : moyenne ${mean}, P10 ${p10}, P90 ${p90} ; budget à risque ${atRisk}.`,
  compared: (sheet, first, second, rows, difference, kind) =>
    fr`« ${first} » contre « ${second} » sur ${kind === 'actuals' ? counted('fr', rows, 'période', 'périodes') : counted('fr', rows, 'scénario', 'scénarios')} : ${difference} au total (second − premier) ; détail dans « ${sheet} ».`,
  comparedForecast: (sheet, first, second, rows, difference, p10, p90) =>
    fr`« ${first} » contre « ${second} » sur les factures moyennes de ${counted('fr', rows, 'période prévue', 'périodes prévues')} : ${difference} au total (second − premier), de ${p10} (P10) à ${p90} (P90) selon les simulations ; détail dans « ${sheet} ».`,
  periodBase: (period) => fr`Aux volumes ${frenchOf(period)}`,
  scenarioBase: (name, sheet) => fr`Au scénario « ${name} » de « ${sheet} »`,

  noActualsMonth: 'Les réalisés ne contiennent aucun mois d’où partir.',
  startCutsPeriod: (latest, start, name, months, first, last, next) =>
    fr`Prévision : le réalisé s’arrête à ${latest}, la prévision commencerait donc à ${start}, au milieu de la période de facturation ${name} (${months}) : commencez-la à ${first}, premier mois de la période (tapez-le dans Premier mois), ou saisissez le réalisé de ${last} pour commencer à ${next}.`,
  monthsCutPeriod: (count, start, end, name, months, counts) =>
    fr`Mois : ${counted('fr', count, 'mois', 'mois')} à partir de ${start} finissent en ${end}, au milieu de la période de facturation ${name} (${months}), et une prévision contient des périodes de facturation entières : indiquez ${counts.map((n) => formatCount('fr', n)).join(' ou ')}.`,
  declaredNeedsRows: (rows) =>
    fr`Les tirages triangulaires demandent les lignes ${rows.worst}, ${rows.expected} et ${rows.best} de la feuille de scénarios.`,
  notAScenarioSheet: (sheet) =>
    fr`« ${sheet} » n’est pas une feuille de scénarios : aucune ligne d’en-tête commençant par « Scénario » (ou « Scenario ») en colonne A.`,
  noSuchScenario: (name, sheet, names) =>
    fr`Il n’y a pas de scénario « ${name} » dans « ${sheet} » (elle contient : ${names.join(', ')}).`,
  sheetProblems: (count, first) =>
    fr`La feuille de scénarios comporte ${counted('fr', count, 'problème', 'problèmes')}. Premier : ${first}`,
  unknownColumn: (ref, header, known) =>
    fr`${ref} : colonne inconnue « ${header} » ; le contrat a : ${known.join(', ')}.`,
  repeatedColumn: (ref, header) => fr`${ref} : la colonne « ${header} » est donnée deux fois.`,
  repeatedScenario: (ref, name) => fr`${ref} : le scénario « ${name} » est donné deux fois.`,
  blankScenarioName: (ref) => fr`${ref} (Scénario) : la ligne a des valeurs mais pas de nom de scénario.`,
  blankValue: (ref, header) => fr`${ref} (${header}) : la cellule est vide ; indiquez une valeur.`,
  notANumber: (ref, header, got) => fr`${ref} (${header}) : nombre attendu, trouvé ${got}.`,
  ambiguousNumber: (ref, header, got, a, b) =>
    fr`${ref} (${header}) : ${got} se lit ${a} ou ${b} ; saisissez-le comme un nombre.`,
  outsideRange: (ref, header, problem) => fr`${ref} (${header}) : ${problem}`,
  negative: (ref, header) => fr`${ref} (${header}) : doit être ≥ 0.`,
  headerAfterGap: (ref, header, gap) =>
    fr`${ref} : la colonne « ${header} » est à droite de l’en-tête vide ${gap}, où s’arrêtent les colonnes : elle n’est pas lue ; remplissez ${gap} ou supprimez sa colonne.`,
  valueWithoutHeader: (ref, header) =>
    fr`${ref} : une valeur dans une colonne sans en-tête ; saisissez le nom de la mesure en ${header} ou videz la cellule.`,
  rowBelowTable: (ref, blank) =>
    fr`${ref} : cette ligne est sous la ligne vide ${blank}, où s’arrêtent les scénarios : elle n’est pas lue ; supprimez la ligne ${blank} ou videz celle-ci.`,
  noScenario: (sheet) => fr`« ${sheet} » ne contient aucune ligne de scénario.`,
  badNumberInput: (label, got) => fr`${label} : « ${got} » n’est pas un nombre (virgule décimale).`,
  firstMonthProblem: (problem) => fr`Premier mois : ${problem}`,
  firstMonthCutsPeriod: (month, name, months, first, next) =>
    fr`Premier mois : ${month} est au milieu de la période de facturation ${name} (${months}), et une prévision contient des périodes de facturation entières : indiquez ${first} ou ${next}.`,
  wholeNumberInput: (label, min, max, got) =>
    fr`${label} : indiquez un nombre entier de ${formatCount('fr', min)} à ${formatCount('fr', max)} (${got.trim() === '' ? 'le champ est vide' : fr`trouvé « ${got} »`}).`,
  kpiProblem: (kpi, problem) => fr`${kpi} : ${problem}`,
  fromAboveTo: (from, to, blank) => {
    const end = (value: string, side: 'from' | 'to') =>
      blank === side ? fr`${value} (vide : sa valeur par défaut)` : value;
    return fr`Plus basse ${end(from, 'from')} est au-dessus de Plus haute ${end(to, 'to')} : la courbe va de Plus basse à Plus haute.`;
  },
  modelProblems: (problems) => fr`Calcul impossible : ${problems.join(' · ')}`,
  ofScenarioRow: (sheet, row, name, problem) =>
    fr`« ${sheet} », ligne ${row} (scénario « ${name} ») : ${problem}`,
  ofScenarioCell: (ref, name, header, problem) => fr`${ref} (scénario « ${name} », ${header}) : ${problem}`,
  noColumn: (problem, header, ref) =>
    fr`${problem} ; la feuille n’a pas de colonne « ${header} » : saisissez son en-tête en ${ref} et ses valeurs dessous`,
  noColumnBefore: (problem, header, col) =>
    fr`${problem} ; la feuille n’a pas de colonne « ${header} » : insérez-en une avant la colonne ${col}, parmi les mesures que lisent les totaux calculés, et saisissez-y son en-tête et ses valeurs`,
  ofScenario: (name, problem) => fr`scénario « ${name} » : ${problem}`,
  ofContract: (sheet, problem) => fr`contrat « ${sheet} » : ${problem}`,
  declaredNeedsScenarios:
    'Les tirages triangulaires demandent la feuille de scénarios : choisissez-la plus haut.',
  sameContract: 'Choisissez deux contrats différents.',
  compareWithoutActuals: (first, second, secondHasActuals) =>
    fr`« ${first} » n’a pas de feuille Réalisé associée, et les deux contrats sont évalués sur le réalisé du premier : ` +
    (secondHasActuals
      ? fr`choisissez « ${second} » en premier.`
      : 'créez sa feuille Réalisé, ou choisissez un contrat qui en a une.'),
  currencies: (first, firstCurrency, second, secondCurrency) =>
    fr`Les contrats sont dans des devises différentes (« ${first} » en ${firstCurrency}, « ${second} » en ${secondCurrency}) : leurs totaux ne se comparent pas.`,
  noCommonPeriod: 'Les deux contrats n’ont aucune période de facturation des réalisés en commun.',
});

export function modelTexts(lang: Language): ModelTexts {
  return lang === 'fr' ? FR : EN;
}
