/**
 * A French user in the pane, on a French contract, says and sees no English: every action of the task
 * pane (the sidebar runs the same ones) is run on each template's French contract over the in-memory
 * workbook, and every message it returns and every sheet it paints (names and cell texts, through the
 * core's layout: the plans are data) is held to the tell-tale English words of the command-line sweep.
 */
import { ActionError, workbookActions, type WorkbookActions } from '../../core/app/actions';
import type { PaintRequest } from '../../core/app/workbookPort';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { TEMPLATES, type ContractTemplate } from '../../core/templates';
import { englishWordIn } from '../support/englishWords';
import { MemoryWorkbook } from '../support/memoryWorkbook';
import { supplierInvoiceGrid } from '../support/supplierInvoiceGrid';
import { now } from '../support/syncActions';

/**
 * What a French sheet or message writes as an English one does, being no English prose: product names
 * (Outcome Fees, Google Sheets) and values quoted as data (the diagnostics' test texts, `"line 1…"`; a value
 * the host read back, `« missed »`).
 */
function notProse(text: string): string {
  return text.replace(/Outcome Fees|Google Sheets/g, '').replace(/"[^"]*"|«[^»]*»/g, '');
}

/** Every string in a result: its message, notes, sheet names, lists. */
function strings(value: unknown): string[] {
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

/** Restates the first volume or hours of `period` on the French Réalisé sheet: one more than invoiced. */
function restate(book: MemoryWorkbook, period: string): void {
  const grid = book.sheetMap.get('Réalisé')!;
  const header = grid.find((row) => row.includes(period))!;
  const at = header.indexOf(period);
  const row = grid.find((r) => ['volume', 'heures'].includes(String(r[0])) && typeof r[at] === 'number')!;
  row[at] = (row[at] as number) + 1;
}

/** The in-memory workbook, keeping each plan it painted: its charts, lists and highlights are text too. */
class RecordingWorkbook extends MemoryWorkbook {
  readonly plans: SheetPlan[] = [];

  override paint(requests: readonly PaintRequest[]): string[] {
    this.plans.push(...requests.map((request) => request.plan));
    return super.paint(requests);
  }
}

interface Run {
  readonly messages: string[];
  readonly book: RecordingWorkbook;
}

/** Every pane action on `template`'s French contract, from New contract to Diagnostics. */
function paneRun(template: ContractTemplate): Run {
  const book = new RecordingWorkbook();
  const actions: WorkbookActions = workbookActions(book);
  const messages: string[] = [];
  const say = (run: () => unknown) => messages.push(...said(run));
  say(() => actions.listTemplates('fr'));
  say(() => actions.newContract(template.id, 'fr'));
  say(() => actions.checkContract('fr'));
  const periods = template.scenarios.map((s) => s.period).sort();
  const [first, last] = [periods[0], periods[periods.length - 1]];
  const invoiceSheets: string[] = [];
  for (const period of periods) {
    const result = now(actions.generateInvoice(period, 'fr'));
    invoiceSheets.push(result.sheet);
    messages.push(...strings(result));
  }
  say(() => actions.invoiceRange(first, last, 'fr'));
  say(() => actions.reviewPerformance(first, last, 'fr'));
  // The supplier bills one line a cent over: a difference and its dispute note.
  const grid = now(supplierInvoiceGrid(book, last));
  book.addSheet('Fournisseur', [
    ['Libellé', 'Montant'],
    ...grid.slice(1).map((row, i) => (i === 0 ? [row[0], Number(row[1]) + 0.01] : row)),
  ]);
  say(() => actions.reconcileInvoice('Fournisseur', last, 'fr'));
  say(() => actions.listKpis('fr'));
  const [kpi] = now(actions.listKpis('fr'));
  say(() =>
    actions.feeCurve({ kpi, from: '', to: '', steps: '5', base: { kind: 'period', period: last } }, 'fr'),
  );
  say(() => actions.periodExposure(last, 'fr'));
  const scenarios = now(actions.createScenarios('fr'));
  messages.push(...strings(scenarios));
  say(() => actions.listScenarios(scenarios.sheet, 'fr'));
  say(() => actions.repriceScenarios(scenarios.sheet, 'fr'));
  say(() => actions.scenarioExposure(scenarios.sheet, 'attendu', 'fr'));
  say(() => actions.scenarioExposure(scenarios.sheet, 'Optimiste', 'fr'));
  const forecast = { months: '3', simulations: '20', seed: '7' };
  say(() => actions.forecast({ ...forecast, method: 'resampled' }, 'fr'));
  say(() => actions.forecast({ ...forecast, method: 'declared', scenarioSheet: scenarios.sheet }, 'fr'));
  say(() => actions.newContract(template.id, 'fr'));
  const contracts = now(actions.listContracts());
  say(() => actions.compareContracts(contracts[0], contracts[1], 'fr'));
  say(() => actions.correctInvoice(invoiceSheets[invoiceSheets.length - 1], 'fr', contracts[0]));
  restate(book, last);
  say(() => actions.correctInvoice(invoiceSheets[invoiceSheets.length - 1], 'fr', contracts[0]));
  say(() => actions.runDiagnostics('fr'));
  return { messages, book };
}

/** The sheet names and text cells of the workbook, each with where it is. */
function sheetTexts(book: MemoryWorkbook): string[] {
  return [...book.sheetMap.entries()].flatMap(([name, grid]) => [
    `${name}: ${name}`,
    ...grid.flatMap((row) =>
      row.filter((cell): cell is string => typeof cell === 'string').map((cell) => `${name}: ${cell}`),
    ),
  ]);
}

/** What a plan writes besides its cells: chart, axis and series titles, list choices, highlighted values. */
function planTexts(plan: SheetPlan): string[] {
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

const english = (texts: readonly string[]) =>
  texts.flatMap((text) => {
    const word = englishWordIn(notProse(text));
    return word === undefined ? [] : [`"${word}" in ${text}`];
  });

describe.each(TEMPLATES.map((t) => [t.id, t] as const))(
  'the pane on the French %s contract',
  (_, template) => {
    let run: Run;
    beforeAll(() => {
      run = paneRun(template);
    });

    test('paints every kind of sheet it makes', () => {
      const names = run.book.sheetNames();
      for (const sheet of [
        'Contrat',
        'Réalisé',
        'Facture',
        'Synthèse',
        'Performance',
        'Rapprochement',
        'Courbe',
        'Exposition',
        'Scénarios',
        'Prévision',
        'Comparaison',
      ])
        expect({ sheet, painted: names.some((name) => name.startsWith(sheet)) }).toEqual({
          sheet,
          painted: true,
        });
      // The restated month gave a correction note: a debit note, as one more was delivered than invoiced.
      expect(names.filter((name) => name.startsWith('Facture rectificative'))).toHaveLength(1);
    });

    test('says nothing in English', () => {
      expect(english(run.messages)).toEqual([]);
      // The words are there to be checked: every action said something.
      expect(run.messages.length).toBeGreaterThan(20);
    });

    test('paints no English on any sheet', () => {
      expect(english(sheetTexts(run.book))).toEqual([]);
    });

    test('draws no English in a chart, a list of choices or a highlight', () => {
      const texts = run.book.plans.flatMap(planTexts);
      expect(english(texts)).toEqual([]);
      // Charts (curve, forecast), lists (the Contract sheet) and highlights (Performance) were all there.
      expect(run.book.plans.some((plan) => (plan.charts ?? []).length > 0)).toBe(true);
      expect(run.book.plans.some((plan) => (plan.validations ?? []).length > 0)).toBe(true);
      expect(run.book.plans.some((plan) => (plan.conditionalFormats ?? []).length > 0)).toBe(true);
    });

    test('draws no English in a chart, a list of choices or a highlight', () => {
      const texts = run.book.plans.flatMap(planTexts);
      expect(english(texts)).toEqual([]);
      // Charts (curve, forecast), lists (the Contract sheet) and highlights (Performance) were all there.
      expect(run.book.plans.some((plan) => (plan.charts ?? []).length > 0)).toBe(true);
      expect(run.book.plans.some((plan) => (plan.validations ?? []).length > 0)).toBe(true);
      expect(run.book.plans.some((plan) => (plan.conditionalFormats ?? []).length > 0)).toBe(true);
    });
  },
);

test('the same run in English finds the words the French one must not have', () => {
  const book = new MemoryWorkbook();
  const actions = workbookActions(book);
  now(actions.newContract('bpo-customer-service', 'en'));
  now(actions.generateInvoice('2026-10', 'en'));
  expect(english(sheetTexts(book)).length).toBeGreaterThan(5);
});
