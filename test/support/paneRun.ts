/**
 * Every task-pane action (the sidebar runs the same ones) on one template's contract in one language, over
 * the in-memory workbook: what each action said and every sheet and plan it painted, for the language
 * sweeps of test/i18n to read.
 */
import { ActionError, workbookActions, type WorkbookActions } from '../../core/app/actions';
import type { Lang } from '../../core/app/bridge';
import type { PaintRequest } from '../../core/app/workbookPort';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { modelSheetTexts } from '../../core/i18n/modelSheets';
import type { ContractTemplate } from '../../core/templates';
import { MemoryWorkbook } from './memoryWorkbook';
import { supplierInvoiceGrid } from './supplierInvoiceGrid';
import { now } from './syncActions';

/** Every string in a result: its message, notes, sheet names, lists. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** What the action said, or the message it refused with (the pane shows both); anything else fails. */
function said(run: () => unknown): string[] {
  try {
    return strings(now(run()));
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    return [error.message];
  }
}

/** Restates the first volume or hours of `period` on the Actuals sheet: one more than invoiced. */
function restate(book: MemoryWorkbook, period: string, lang: Lang): void {
  const grid = book.sheetMap.get(lang === 'fr' ? 'Réalisé' : 'Actuals')!;
  const header = grid.find((row) => row.includes(period))!;
  const at = header.indexOf(period);
  const row = grid.find(
    (r) => ['volume', 'heures', 'hours'].includes(String(r[0])) && typeof r[at] === 'number',
  )!;
  row[at] = (row[at] as number) + 1;
}

/** The in-memory workbook, keeping each plan it painted: its charts, lists and highlights are text too. */
export class RecordingWorkbook extends MemoryWorkbook {
  readonly plans: SheetPlan[] = [];

  override paint(requests: readonly PaintRequest[]): string[] {
    this.plans.push(...requests.map((request) => request.plan));
    return super.paint(requests);
  }
}

export interface PaneRun {
  /** Everything the actions said, in order. */
  readonly messages: string[];
  /** The same, each with the action that said it. */
  readonly said: { readonly action: string; readonly text: string }[];
  readonly book: RecordingWorkbook;
}

/** Every pane action on `template`'s contract in `lang`, from New contract to Diagnostics. */
export function paneRun(template: ContractTemplate, lang: Lang): PaneRun {
  const book = new RecordingWorkbook();
  const actions: WorkbookActions = workbookActions(book);
  const spoken: { action: string; text: string }[] = [];
  const record = (action: string, texts: readonly string[]) =>
    spoken.push(...texts.map((text) => ({ action, text })));
  const say = (action: string, run: () => unknown) => record(action, said(run));
  say('listTemplates', () => actions.listTemplates(lang));
  say('newContract', () => actions.newContract(template.id, lang));
  say('checkContract', () => actions.checkContract(lang));
  const periods = template.scenarios.map((s) => s.period).sort();
  const [first, last] = [periods[0], periods[periods.length - 1]];
  const invoiceSheets: string[] = [];
  for (const period of periods) {
    const result = now(actions.generateInvoice(period, lang));
    invoiceSheets.push(result.sheet);
    record('generateInvoice', strings(result));
  }
  say('invoiceRange', () => actions.invoiceRange(first, last, lang));
  say('reviewPerformance', () => actions.reviewPerformance(first, last, lang));
  // The supplier bills one line a cent over: a difference and its dispute note.
  const grid = now(supplierInvoiceGrid(book, last));
  book.addSheet(lang === 'fr' ? 'Fournisseur' : 'Supplier', [
    lang === 'fr' ? ['Libellé', 'Montant'] : ['Line', 'Amount'],
    ...grid.slice(1).map((row, i) => (i === 0 ? [row[0], Number(row[1]) + 0.01] : row)),
  ]);
  say('reconcileInvoice', () =>
    actions.reconcileInvoice(lang === 'fr' ? 'Fournisseur' : 'Supplier', last, lang),
  );
  say('listKpis', () => actions.listKpis(lang));
  const [kpi] = now(actions.listKpis(lang));
  say('feeCurve', () =>
    actions.feeCurve({ kpi, from: '', to: '', steps: '5', base: { kind: 'period', period: last } }, lang),
  );
  say('periodExposure', () => actions.periodExposure(last, lang));
  const scenarios = now(actions.createScenarios(lang));
  record('createScenarios', strings(scenarios));
  say('listScenarios', () => actions.listScenarios(scenarios.sheet, lang));
  say('repriceScenarios', () => actions.repriceScenarios(scenarios.sheet, lang));
  // A prefilled row by the contract's own name for it, then a row the sheet has not.
  const { expected } = modelSheetTexts(template.contract(lang).language).prefilledNames;
  say('scenarioExposure', () => actions.scenarioExposure(scenarios.sheet, expected, lang));
  say('scenarioExposure', () => actions.scenarioExposure(scenarios.sheet, 'Optimiste', lang));
  const forecast = { months: '3', simulations: '20', seed: '7' };
  say('forecast', () => actions.forecast({ ...forecast, method: 'resampled' }, lang));
  say('forecast', () =>
    actions.forecast({ ...forecast, method: 'declared', scenarioSheet: scenarios.sheet }, lang),
  );
  say('newContract', () => actions.newContract(template.id, lang));
  const contracts = now(actions.listContracts());
  say('compareContracts', () => actions.compareContracts(contracts[0], contracts[1], lang));
  say('correctInvoice', () =>
    actions.correctInvoice(invoiceSheets[invoiceSheets.length - 1], lang, contracts[0]),
  );
  restate(book, last, lang);
  say('correctInvoice', () =>
    actions.correctInvoice(invoiceSheets[invoiceSheets.length - 1], lang, contracts[0]),
  );
  say('runDiagnostics', () => actions.runDiagnostics(lang));
  return { messages: spoken.map(({ text }) => text), said: spoken, book };
}

/** The sheet names and text cells of the workbook, each with where it is. */
export function sheetTexts(book: MemoryWorkbook): string[] {
  return [...book.sheetMap.entries()].flatMap(([name, grid]) => [
    `${name}: ${name}`,
    ...grid.flatMap((row) =>
      row.filter((cell): cell is string => typeof cell === 'string').map((cell) => `${name}: ${cell}`),
    ),
  ]);
}

/** What a plan writes besides its cells: chart, axis and series titles, list choices, highlighted values. */
export function planTexts(plan: SheetPlan): string[] {
  const charts = (plan.charts ?? []).flatMap((chart) => [
    chart.title,
    chart.xTitle ?? '',
    chart.yTitle ?? '',
    ...chart.series.map((series) => series.name),
  ]);
  const lists = (plan.validations ?? []).flatMap((validation) => validation.list);
  const highlights = (plan.conditionalFormats ?? []).map((format) => format.equals);
  // Table names (`Scenarios`, `Unbounded`) are identifiers, as a formula refers to them: not checked.
  return [...charts, ...lists, ...highlights]
    .filter((text) => text !== '')
    .map((text) => `${plan.name}: ${text}`);
}
