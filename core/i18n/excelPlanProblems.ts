/**
 * What Excel's painter refuses in a plan before it touches the workbook (excel-addin/checkPlan.ts: Excel's
 * sheet bounds, block shapes, formulas, validation lists Office.js can express, widths, freezes), as data: a
 * code and its facts. The pane words them here in its own language; the painter cannot know it.
 */
import type { Language } from '../contract/types';
import type { ChartPart } from '../layout/planChecks';
import { formatCount } from './digitGroups';
import { fr, frenchTexts } from './frenchTypography';

/** Excel's grid ("Excel specifications and limits"), which excel-addin/checkPlan.ts keeps a plan within. */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/** The part of a plan a problem is about: a rectangle of the sheet, or one a chart reads. */
export type PlanPart =
  | { readonly part: 'block' | 'style' | 'table' | 'validation' | 'conditionalFormat' }
  | ({ readonly part: 'chart'; readonly chart: string } & ChartPart);

/** A validation list, at its top-left cell when its rectangle is valid (absent: it is not). */
interface ListAt {
  readonly at?: string;
}

/**
 * A problem of a plan that Excel would reject or misread. Rows and columns of a rectangle that is not one
 * are the plan's own 0-based indexes; every other place is an A1 address.
 */
export type ExcelPlanProblem =
  | (PlanPart & {
      readonly problem: 'badRect';
      readonly row: number;
      readonly col: number;
      readonly rows: number;
      readonly cols: number;
    })
  | (PlanPart & { readonly problem: 'offSheet'; readonly at: string })
  | { readonly problem: 'raggedBlock'; readonly at: string }
  | { readonly problem: 'shapeMismatch'; readonly at: string; readonly matrix: 'formulas' | 'formats' }
  | { readonly problem: 'notAFormula'; readonly cell: string; readonly formula: string }
  | { readonly problem: 'formulaInText'; readonly cell: string }
  | (ListAt & { readonly problem: 'listEmpty' })
  | (ListAt & { readonly problem: 'listItem'; readonly item: string })
  | (ListAt & { readonly problem: 'listTooLong'; readonly max: number })
  | { readonly problem: 'columnWidth'; readonly column: string; readonly width: number }
  | { readonly problem: 'freezeCount'; readonly frozen: 'rows' | 'columns'; readonly count: number };

// Every code of ExcelPlanProblem, the compiler checking that none is missing.
const CODES: Readonly<Record<ExcelPlanProblem['problem'], true>> = {
  badRect: true,
  offSheet: true,
  raggedBlock: true,
  shapeMismatch: true,
  notAFormula: true,
  formulaInText: true,
  listEmpty: true,
  listItem: true,
  listTooLong: true,
  columnWidth: true,
  freezeCount: true,
};

/** Whether a paint reason is one of Excel's plan problems. */
export function isExcelPlanProblem(reason: { readonly problem: string }): reason is ExcelPlanProblem {
  return Object.prototype.hasOwnProperty.call(CODES, reason.problem);
}

/** The texts of Excel's plan problems; `excelPlanProblemTexts` gives a language's. */
export interface ExcelPlanProblemTexts {
  readonly parts: Readonly<Record<Exclude<PlanPart['part'], 'chart'>, string>>;
  chartPart(chart: string, of: 'categories' | 'anchor'): string;
  chartSeries(chart: string, series: string): string;
  /** A validation list whose own rectangle is invalid. */
  readonly someList: string;
  listAt(at: string): string;
  badRect(part: string, row: string, col: string, rows: string, cols: string): string;
  offSheet(part: string, at: string): string;
  raggedBlock(at: string): string;
  shapeMismatch(at: string, matrix: 'formulas' | 'formats'): string;
  notAFormula(cell: string, formula: string): string;
  formulaInText(cell: string): string;
  listEmpty(list: string): string;
  listItem(list: string, item: string): string;
  listTooLong(list: string, max: string): string;
  columnWidth(column: string, width: string): string;
  freezeCount(frozen: 'rows' | 'columns', count: string): string;
}

const EN: ExcelPlanProblemTexts = {
  parts: {
    block: 'Block',
    style: 'Style',
    table: 'Table',
    validation: 'Validation',
    conditionalFormat: 'Conditional format',
  },
  chartPart: (chart, of) => `The chart "${chart}": ${of}`,
  chartSeries: (chart, series) => `The chart "${chart}": series "${series}"`,
  someList: 'A validation list',
  listAt: (at) => `The validation list of ${at}`,
  badRect: (part, row, col, rows, cols) =>
    `${part} at row ${row}, column ${col} has an invalid position or size (${rows} × ${cols})`,
  offSheet: (part, at) =>
    `${part} ${at} is off the sheet: an Excel sheet ends at row ${formatCount('en', LAST_ROW)} and column XFD (${formatCount('en', LAST_COLUMN)})`,
  raggedBlock: (at) => `Block ${at} has rows of different lengths`,
  shapeMismatch: (at, matrix) => `Block ${at}: ${matrix} do not match the values' shape`,
  notAFormula: (cell, formula) => `Cell ${cell}: formula "${formula}" is not = followed by a formula`,
  formulaInText: (cell) => `Cell ${cell}: a formula in a text cell`,
  listEmpty: (list) => `${list} is empty`,
  listItem: (list, item) => `${list} has an item with a comma or a quote: ${JSON.stringify(item)}`,
  listTooLong: (list, max) => `${list} is longer than ${max} characters`,
  columnWidth: (column, width) => `Column ${column} has an invalid width ${width}`,
  freezeCount: (frozen, count) => `Invalid number of frozen ${frozen}: ${count}`,
};

// Each message follows « Impossible de créer la feuille … : », hence the lower case.
const FR = frenchTexts<ExcelPlanProblemTexts>({
  parts: {
    block: 'le bloc',
    style: 'le style',
    table: 'le tableau',
    validation: 'la validation',
    conditionalFormat: 'la mise en forme conditionnelle',
  },
  chartPart: (chart, of) => fr`le graphique « ${chart} », ${of === 'anchor' ? 'ancrage' : 'catégories'}`,
  chartSeries: (chart, series) => fr`le graphique « ${chart} », série « ${series} »`,
  someList: 'une liste de validation',
  listAt: (at) => `la liste de validation de ${at}`,
  badRect: (part, row, col, rows, cols) =>
    fr`${part} en ligne ${row}, colonne ${col} : position ou taille invalide (${rows} × ${cols})`,
  offSheet: (part, at) =>
    fr`${part} ${at} : hors de la feuille, une feuille Excel s’arrêtant à la ligne ${formatCount('fr', LAST_ROW)} et à la colonne XFD (${formatCount('fr', LAST_COLUMN)})`,
  raggedBlock: (at) => `le bloc ${at} a des lignes de longueurs différentes`,
  shapeMismatch: (at, matrix) =>
    fr`le bloc ${at} : ${matrix === 'formulas' ? 'les formules' : 'les formats'} n’ont pas la forme des valeurs`,
  notAFormula: (cell, formula) =>
    fr`la cellule ${cell} : la formule « ${formula} » n’est pas un = suivi d’une formule`,
  formulaInText: (cell) => fr`la cellule ${cell} : une formule dans une cellule au format texte`,
  listEmpty: (list) => `${list} est vide`,
  listItem: (list, item) => fr`${list} a un élément contenant une virgule ou un guillemet : « ${item} »`,
  listTooLong: (list, max) => `${list} dépasse ${max} caractères`,
  columnWidth: (column, width) => fr`la colonne ${column} a une largeur invalide : ${width}`,
  freezeCount: (frozen, count) =>
    fr`nombre de ${frozen === 'rows' ? 'lignes' : 'colonnes'} figées invalide : ${count}`,
});

/** The texts of Excel's plan problems in `lang`. */
export function excelPlanProblemTexts(lang: Language): ExcelPlanProblemTexts {
  return lang === 'fr' ? FR : EN;
}

/** A plan's own number (an index, a width, a count), written as `lang` writes decimals. */
function planNumber(lang: Language, n: number): string {
  return lang === 'fr' ? String(n).replace('.', ',') : String(n);
}

function partText(t: ExcelPlanProblemTexts, part: PlanPart): string {
  if (part.part !== 'chart') return t.parts[part.part];
  return part.of === 'series' ? t.chartSeries(part.chart, part.series) : t.chartPart(part.chart, part.of);
}

/** `problem` in `lang`. */
export function excelPlanProblemText(lang: Language, problem: ExcelPlanProblem): string {
  const t = excelPlanProblemTexts(lang);
  const n = (value: number) => planNumber(lang, value);
  const list = (at?: string) => (at === undefined ? t.someList : t.listAt(at));
  switch (problem.problem) {
    case 'badRect':
      return t.badRect(
        partText(t, problem),
        n(problem.row),
        n(problem.col),
        n(problem.rows),
        n(problem.cols),
      );
    case 'offSheet':
      return t.offSheet(partText(t, problem), problem.at);
    case 'raggedBlock':
      return t.raggedBlock(problem.at);
    case 'shapeMismatch':
      return t.shapeMismatch(problem.at, problem.matrix);
    case 'notAFormula':
      return t.notAFormula(problem.cell, problem.formula);
    case 'formulaInText':
      return t.formulaInText(problem.cell);
    case 'listEmpty':
      return t.listEmpty(list(problem.at));
    case 'listItem':
      return t.listItem(list(problem.at), problem.item);
    case 'listTooLong':
      return t.listTooLong(list(problem.at), n(problem.max));
    case 'columnWidth':
      return t.columnWidth(problem.column, n(problem.width));
    case 'freezeCount':
      return t.freezeCount(problem.frozen, n(problem.count));
  }
}
