/**
 * Why a paint was refused before the workbook was touched, as data a painter reports (a plan's chart or
 * colour problem, a sheet too large for one Excel request), said here in the pane's language. A host's own
 * reason (an Office.js or Apps Script message) stays a string: the host already wrote it for the user.
 */
import type { Language } from '../contract/types';
import type { PlanProblem } from '../layout/planChecks';
import { excelRefusalText, isExcelRefusal, type ExcelRefusal } from './excelHost';
import { excelPlanProblemText, isExcelPlanProblem, type ExcelPlanProblem } from './excelPlanProblems';
import { fr, frenchTexts, joinList } from './frenchTypography';

/**
 * A sheet with a row whose cells (`bytes`) exceed what one Excel request may carry (`budget`; `limit` on the
 * web): the painter writes a larger sheet in slices of rows, never less than a row.
 */
export interface SheetTooLarge {
  readonly problem: 'tooLarge';
  readonly sheet: string;
  readonly bytes: number;
  readonly budget: number;
  readonly limit: number;
}

/** A reason a paint failed: data the pane words, a host's own words, or either for one of several sheets. */
export type PaintReason =
  | string
  | PlanProblem
  | ExcelPlanProblem
  | ExcelRefusal
  | SheetTooLarge
  | { readonly problem: 'inSheet'; readonly sheet: string; readonly reason: PaintReason };

/** The texts of the paint reasons; `paintReasonTexts` gives a language's. */
export interface PaintReasonTexts {
  noSeries(chart: string): string;
  /** `series` absent: the chart's categories. */
  notOneColumn(chart: string, series?: string): string;
  notAsLong(chart: string, series: string): string;
  colour(colour: string, at?: string): string;
  tooLarge(sheet: string, megabytes: string, budget: string, limit: string): string;
  inSheet(sheet: string, reason: string): string;
}

const enPart = (series?: string): string => (series === undefined ? 'categories' : `series "${series}"`);

const EN: PaintReasonTexts = {
  noSeries: (chart) => `The chart "${chart}" has no series`,
  notOneColumn: (chart, series) => `The chart "${chart}": ${enPart(series)} is not one column`,
  notAsLong: (chart, series) => `The chart "${chart}": ${enPart(series)} is not as long as its categories`,
  colour: (colour, at) =>
    `${at === undefined ? 'A conditional format' : `The conditional format of ${at}`} has a colour that is not #rrggbb: ${JSON.stringify(colour)}`,
  tooLarge: (sheet, megabytes, budget, limit) =>
    `the sheet "${sheet}" has a row of ${megabytes} MB of cells, more than Excel takes in one request ` +
    `(${budget} MB here, ${limit} MB on the web)`,
  inSheet: (sheet, reason) => `${sheet}: ${reason}`,
};

const FR = frenchTexts<PaintReasonTexts>({
  noSeries: (chart) => fr`le graphique « ${chart} » n’a aucune série`,
  notOneColumn: (chart, series) =>
    series === undefined
      ? fr`le graphique « ${chart} » : ses catégories ne tiennent pas sur une seule colonne`
      : fr`le graphique « ${chart} » : la série « ${series} » ne tient pas sur une seule colonne`,
  notAsLong: (chart, series) =>
    fr`le graphique « ${chart} » : la série « ${series} » n’a pas autant de lignes que ses catégories`,
  colour: (colour, at) =>
    fr`${at === undefined ? 'une mise en forme conditionnelle' : fr`la mise en forme conditionnelle de ${at}`} a une couleur qui n’est pas de la forme #rrggbb : « ${colour} »`,
  tooLarge: (sheet, megabytes, budget, limit) =>
    fr`la feuille « ${sheet} » a une ligne de ${megabytes} Mo de cellules, plus qu’Excel n’en accepte en une requête ` +
    fr`(${budget} Mo ici, ${limit} Mo sur le web)`,
  inSheet: (sheet, reason) => fr`${sheet} : ${reason}`,
});

function megabytes(bytes: number, lang: Language): string {
  const text = (bytes / (1024 * 1024)).toFixed(1);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** The texts of the paint reasons in `lang`. */
export function paintReasonTexts(lang: Language): PaintReasonTexts {
  return lang === 'fr' ? FR : EN;
}

/** `reason` in `lang`. */
export function paintReasonText(lang: Language, reason: PaintReason): string {
  if (typeof reason === 'string') return reason;
  if (isExcelPlanProblem(reason)) return excelPlanProblemText(lang, reason);
  if (isExcelRefusal(reason)) return excelRefusalText(lang, reason);
  const t = paintReasonTexts(lang);
  switch (reason.problem) {
    case 'noSeries':
      return t.noSeries(reason.chart);
    case 'notOneColumn':
      return t.notOneColumn(reason.chart, reason.series);
    case 'notAsLong':
      return t.notAsLong(reason.chart, reason.series);
    case 'colour':
      return t.colour(reason.colour, reason.at);
    case 'tooLarge': {
      const mb = (bytes: number) => megabytes(bytes, lang);
      return t.tooLarge(reason.sheet, mb(reason.bytes), mb(reason.budget), mb(reason.limit));
    }
    case 'inSheet':
      return t.inSheet(reason.sheet, paintReasonText(lang, reason.reason));
  }
  // Data from the wire this version does not know: shown as it came, rather than as nothing.
  return JSON.stringify(reason);
}

/** Several reasons as one, in `lang`. */
export function paintReasonsText(lang: Language, reasons: readonly PaintReason[]): string {
  return joinList(
    lang,
    reasons.map((reason) => paintReasonText(lang, reason)),
  );
}
