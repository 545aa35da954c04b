/** Priced scenarios as a sheet: one row per scenario (its values and totals), then every line of each. */
import type { Contract } from '../contract/types';
import { modelSheetTexts } from '../i18n/modelSheets';
import type { Invoice } from '../invoice/types';
import type { Scenario } from '../model/scenario';
import type { Dec } from '../money';
import { kpiValueFormat } from './contractSheet';
import { measureValue, scenarioMeasures } from './editableScenariosSheet';
import { modelSheetPlan, type ModelCell } from './modelSheet';
import { quantityFormat } from './quantityFormat';
import type { SheetPlan } from './sheetPlan';

/** A scenario with its invoice. */
export interface PricedScenario {
  readonly scenario: Scenario;
  readonly invoice: Invoice;
}

/** The sheet of priced scenarios, in the contract's language. */
export function scenariosSheetPlan(contract: Contract, priced: readonly PricedScenario[]): SheetPlan {
  const t = modelSheetTexts(contract.language);
  // The measures of the Scenarios sheet the values came from (a clause's survey answers among them).
  const units = new Map(contract.kpis.map((k) => [k.name, k.unit]));
  const measures = scenarioMeasures(contract).map((m) => ({
    header: m.header,
    cell: (s: Scenario): ModelCell =>
      m.kind === 'kpi'
        ? numberCell(measureValue(s.values, m), kpiValueFormat(units.get(m.name)!))
        : quantityCell(measureValue(s.values, m)),
  }));
  return modelSheetPlan({
    name: t.scenariosName,
    title: t.scenariosTitle(contract.name),
    subtitle: t.scenariosPricedSubtitle,
    currency: contract.currency,
    tables: [
      {
        name: 'Scenarios',
        header: [t.scenarioHeader, ...measures.map((m) => m.header), t.subtotal, t.vat, t.total],
        rows: priced.map(({ scenario, invoice }) => [
          { text: scenario.name },
          ...measures.map((m) => m.cell(scenario)),
          { money: invoice.subtotal },
          { money: invoice.vat.amount },
          { money: invoice.total },
        ]),
      },
      {
        name: 'ScenarioLines',
        header: [t.scenarioHeader, ...t.linesHeader],
        rows: priced.flatMap(({ scenario, invoice }) =>
          [...invoice.lines, invoice.vat].map((line) => [
            { text: scenario.name },
            { text: line.label },
            { text: t.lineKind(line.kind) },
            { money: line.amount },
            { text: line.explanation },
          ]),
        ),
      },
    ],
  });
}

function numberCell(value: Dec | undefined, format: string | null): ModelCell {
  return value === undefined ? null : { number: value, format };
}

/** Hours and volumes with exactly their own decimals (`quantityFormat.ts`: no "42,500." point). */
function quantityCell(value: Dec | undefined): ModelCell {
  return value === undefined ? null : { number: value, format: quantityFormat(value) };
}
