/**
 * The Scenarios sheet the task pane makes for the user to edit: one row per scenario (worst, expected,
 * best), one column per measure of the contract (hours, volumes, KPIs), headed by the names CONTRACTFEE and
 * the scenarios reader know. In Excel its Subtotal, VAT and Total are live `CONTRACTFEE` formulas over the
 * Contract sheet's cells, so editing a value recalculates them and Goal Seek and Data Tables work; where the
 * host has no CONTRACTFEE (Google Sheets) the sheet holds the values only, and Reprice scenarios prices it
 * onto a new sheet, so no total on it can go stale.
 */
import { unpricedSampleVolumes } from '../contract/conditions';
import type { Contract } from '../contract/types';
import { modelSheetTexts, SCENARIO_HEADERS, TOTAL_HEADERS, type ModelSheetTexts } from '../i18n/modelSheets';
import type { Invoice } from '../invoice/types';
import type { Scenario } from '../model/scenario';
import type { Dec } from '../money';
import { a1 } from './a1';
import { kpiValueFormat } from './contractSheet';
import { FIRST_TABLE_ROW, modelSheetPlan, type ModelCell } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

/** The totals' columns: the CONTRACTFEE output each one asks for, and its header. */
const TOTAL_COLUMNS = [
  { output: 'subtotal', header: (t: ModelSheetTexts) => t.subtotal },
  { output: 'vat', header: (t: ModelSheetTexts) => t.vat },
  { output: 'total', header: (t: ModelSheetTexts) => t.total },
] as const;

/** Whether `text` heads the scenario names' column, in any language (case ignored). */
export function isScenarioHeader(text: string): boolean {
  return SCENARIO_HEADERS.some((h) => h.toLowerCase() === text.toLowerCase());
}

/** Whether `text` heads a totals column, in any language (case ignored): a reader skips those. */
export function isTotalHeader(text: string): boolean {
  return TOTAL_HEADERS.some((h) => h.toLowerCase() === text.toLowerCase());
}

/** A column of values: hours, a volume or a KPI, headed by its name as CONTRACTFEE reads it. */
export interface ScenarioMeasure {
  readonly kind: 'hours' | 'volume' | 'kpi';
  /** Key in the scenario's values (`''` for hours). */
  readonly name: string;
  readonly header: string;
  readonly format: string | null;
}

/**
 * Hours and volumes are typed here: the host's General format shows what was typed (42500, 37.5), where
 * `#,##0.##` would show "42,500." and a per-value `#,##0` would show 37.5 typed later as 38.
 */
const INPUT_QUANTITY = null;

/** The contract's measures, in the order of the sheet's columns. */
export function scenarioMeasures(contract: Contract): ScenarioMeasure[] {
  return [
    ...(contract.hourly
      ? [{ kind: 'hours' as const, name: '', header: contract.hourly.label, format: INPUT_QUANTITY }]
      : []),
    // A sampled clause's survey answers are a volume of the scenario too, priced by no line.
    ...[...contract.volumes.map((v) => v.name), ...unpricedSampleVolumes(contract)].map((name) => ({
      kind: 'volume' as const,
      name,
      header: name,
      format: INPUT_QUANTITY,
    })),
    ...contract.kpis.map((k) => ({
      kind: 'kpi' as const,
      name: k.name,
      header: k.name,
      format: kpiValueFormat(k.unit),
    })),
  ];
}

/** A measure's value in a scenario. */
export function measureValue(values: Scenario['values'], measure: ScenarioMeasure): Dec | undefined {
  if (measure.kind === 'hours') return values.hours;
  return (measure.kind === 'volume' ? values.volumes : values.kpis).get(measure.name);
}

/**
 * Live totals: `fn` is the host's name of CONTRACTFEE (`FEES.CONTRACTFEE`), `contractRange` the Contract
 * sheet's cells as a reference (`'Contract'!$A$1:$AT$57`), `priced` each scenario's invoice when made.
 */
export interface LiveTotals {
  readonly fn: string;
  readonly contractRange: string;
  readonly priced: readonly Invoice[];
}

export function editableScenariosSheetPlan(
  contract: Contract,
  scenarios: readonly Scenario[],
  live: LiveTotals | null,
): SheetPlan {
  const t = modelSheetTexts(contract.language);
  const measures = scenarioMeasures(contract);
  const header = FIRST_TABLE_ROW;
  const names = `${absoluteA1(header, 1)}:${absoluteA1(header, measures.length)}`;
  const totals = (row: number, i: number): ModelCell[] => {
    if (!live) return [];
    const invoice = live.priced[i];
    const values = `${a1(row, 1)}:${a1(row, measures.length)}`;
    const amounts = [invoice.subtotal, invoice.vat.amount, invoice.total];
    return TOTAL_COLUMNS.map(({ output }, i) => ({
      money: amounts[i],
      formula: `=${live.fn}(${live.contractRange},${names},${values},"${output}")`,
    }));
  };
  return modelSheetPlan({
    name: t.scenariosName,
    title: t.scenariosTitle(contract.name),
    subtitle: live ? t.scenariosLiveSubtitle : t.scenariosFrozenSubtitle,
    currency: contract.currency,
    tables: [
      {
        name: 'Scenarios',
        header: [
          t.scenarioHeader,
          ...measures.map((m) => m.header),
          ...(live ? TOTAL_COLUMNS.map((c) => c.header(t)) : []),
        ],
        rows: scenarios.map((scenario, i) => [
          { text: scenario.name },
          ...measures.map((m): ModelCell => {
            const value = measureValue(scenario.values, m);
            return value === undefined ? null : { number: value, format: m.format };
          }),
          ...totals(header + 1 + i, i),
        ]),
      },
    ],
  });
}

/** `$B$4`: an absolute reference, which stays on its cell when a formula is filled down or copied. */
export function absoluteA1(row: number, col: number): string {
  return a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}
