/**
 * The Actuals sheet as a plan, in the wide layout a procurement analyst fills month after month:
 * `Kind | Name | Unit | 2026-09 | 2026-10 | …`, one row for the hours, one per volume, one per KPI. A KPI
 * evaluated over several months shows its period beside its unit: its value goes on the closing month.
 */
import { localMonth } from '../calendar';
import type { ActualKind } from '../contract/actuals';
import { unpricedSampleVolumes } from '../contract/conditions';
import type { Actuals, Contract, Language, Period } from '../contract/types';
import { addMonths, comparePeriods } from '../contract/period';
import { contractText, enumLabel } from '../i18n/contract';
import { toHostNumber, type Dec } from '../money';
import { FORMATS, kpiValueFormat } from './contractSheet';
import { GridBuilder } from './planToGrid';
import { TEXT_FORMAT, type PlanValue, type SheetPlan } from './sheetPlan';

/** Options of the actuals layout. */
export interface ActualsLayoutOptions {
  /** Language of labels (default: the contract's language). */
  readonly lang?: Language;
  /** Sheet name (default `Actuals` / `Réalisé`). */
  readonly name?: string;
  /** Months to show besides those with actuals; with neither, the contract's first three months. */
  readonly periods?: readonly Period[];
}

const HEADER_FILL = '#DDEBF7';

/** What the Actuals layout needs of a contract: its rows (hours, volumes, KPIs) and where months start. */
export type ActualsRows = Pick<Contract, 'language' | 'firstPeriod' | 'hourly' | 'volumes' | 'kpis'> &
  Partial<Pick<Contract, 'indexation'>>;

/**
 * An Actuals sheet with its header and no rows yet, for a contract started empty: the months are the
 * three starting with `firstPeriod` (the current month by default); rows are added as the contract grows.
 */
export function emptyActualsSheetPlan(lang: Language, firstPeriod: Period = localMonth()): SheetPlan {
  return actualsSheetPlan({ language: lang, firstPeriod, volumes: [], kpis: [] }, undefined, { lang });
}

/** The Actuals sheet of a contract, filled with `actuals` when given. */
export function actualsSheetPlan(
  contract: ActualsRows,
  actuals?: Actuals,
  options: ActualsLayoutOptions = {},
): SheetPlan {
  const lang = options.lang ?? contract.language;
  const t = contractText(lang);
  const months = new Set<Period>([...(actuals?.periods.keys() ?? []), ...(options.periods ?? [])]);
  if (months.size === 0) for (let i = 0; i < 3; i++) months.add(addMonths(contract.firstPeriod, i));
  const periods = [...months].sort(comparePeriods);

  const grid = new GridBuilder(3 + periods.length);
  const kind = (value: ActualKind) => enumLabel('actualKind', value, lang);
  const valuesOf = (pick: (month: Period) => PlanValue) => periods.map(pick);
  const number = (value: Dec | undefined): PlanValue =>
    value === undefined ? null : (toHostNumber(value) ?? value.toFixed());

  const header = grid.addRow(
    [t.actualsColumns.kind, t.actualsColumns.name, t.actualsColumns.unit, ...periods],
    Array(3 + periods.length).fill(TEXT_FORMAT),
  );
  const row = (cells: PlanValue[], format: string | null) =>
    grid.addRow(cells, [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, ...periods.map(() => format)]);

  if (contract.hourly) {
    row(
      [
        kind('hours'),
        contract.hourly.label,
        t.hoursUnit,
        ...valuesOf((m) => number(actuals?.periods.get(m)?.hours)),
      ],
      FORMATS.money,
    );
  }
  for (const volume of contract.volumes) {
    row(
      [
        kind('volume'),
        volume.name,
        volume.unit,
        ...valuesOf((m) => number(actuals?.periods.get(m)?.volumes.get(volume.name))),
      ],
      FORMATS.quantity,
    );
  }
  for (const name of unpricedSampleVolumes(contract)) {
    row(
      [kind('volume'), name, null, ...valuesOf((m) => number(actuals?.periods.get(m)?.volumes.get(name)))],
      FORMATS.quantity,
    );
  }
  for (const kpi of contract.kpis) {
    const unit = enumLabel('unit', kpi.unit, lang);
    // An aggregated KPI is entered every month; another evaluated over months, on the closing one.
    const unitCell =
      kpi.aggregation !== undefined
        ? `${unit} (${enumLabel('aggregation', kpi.aggregation, lang)})`
        : kpi.period === 'monthly'
          ? unit
          : `${unit} (${enumLabel('frequency', kpi.period, lang)})`;
    row(
      [
        kind('kpi'),
        kpi.name,
        unitCell,
        ...valuesOf((m) => number(actuals?.periods.get(m)?.kpis.get(kpi.name))),
      ],
      kpiValueFormat(kpi.unit),
    );
  }
  // The price index of an indexation (Syntec): its value on each revision month.
  const index = contract.indexation?.index;
  if (index !== undefined) {
    row(
      [kind('index'), index, null, ...valuesOf((m) => number(actuals?.periods.get(m)?.indices?.get(index)))],
      null,
    );
  }
  // An exclusion row only for a KPI that has one: its cells hold the reasons, as text.
  for (const kpi of contract.kpis) {
    const reasons = periods.map((m) => actuals?.periods.get(m)?.exclusions?.get(kpi.name) ?? null);
    if (reasons.every((r) => r === null)) continue;
    row([kind('excluded'), kpi.name, null, ...reasons], TEXT_FORMAT);
  }
  const rows = grid.rowCount;
  return {
    name: options.name ?? t.actualsSheet,
    blocks: [grid.block()],
    styles: [{ row: header, col: 0, rows: 1, cols: 3 + periods.length, bold: true, fill: HEADER_FILL }],
    tables: [{ name: 'Actuals', row: header, col: 0, rows: Math.max(rows, 2), cols: 3 + periods.length }],
    validations: [
      {
        row: header + 1,
        col: 0,
        rows: Math.max(rows - 1, 1) + 10,
        cols: 1,
        list: (index === undefined
          ? (['kpi', 'volume', 'hours'] as const)
          : (['kpi', 'volume', 'hours', 'index'] as const)
        ).map(kind),
      },
    ],
    columnWidths: [12, 36, 22, ...periods.map(() => 12)],
    frozenRows: 1,
    frozenColumns: 3,
    print: { orientation: 'landscape', fitToWidth: true },
  };
}
