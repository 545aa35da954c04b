/**
 * The Contract sheet as a plan: a title, a General block of labelled values, then a Fees table and a KPI
 * clauses table, each section started by a row holding only its title (which is how the reader finds it).
 * Closed lists carry validation lists in the sheet's language; percentages, money and KPI levels carry
 * number formats; every cell that holds the user's text is formatted as text.
 */
import type { KpiClause, Contract, KpiModel, KpiUnit, Language } from '../contract/types';
import {
  ENUM_VALUES,
  FEE_COLUMNS,
  GENERAL_ROWS,
  KPI_COLUMNS,
  type EnumKind,
  type FeeColumn,
  type GeneralFormat,
  type GeneralKey,
  type KpiColumn,
} from '../contract/sheetSpec';
import { contractText, enumLabel } from '../i18n/contract';
import { levelTermText } from '../contract/levelTerms';
import { toHostNumber, type Dec } from '../money';
import { GridBuilder } from './planToGrid';
import {
  TEXT_FORMAT,
  type PlanStyle,
  type PlanTable,
  type PlanValidation,
  type PlanValue,
  type SheetPlan,
} from './sheetPlan';

/** Number formats of the contract and actuals sheets (Excel codes; both hosts read them). */
export const FORMATS = {
  money: '#,##0.00',
  /** Unit prices may have more than two decimals (0.125 per message). */
  price: '#,##0.00##',
  percent: '0.0#%',
  quantity: '#,##0',
  number: '0.0#',
  integer: '0',
} as const;

/** How a KPI's levels and values are shown, by unit. */
export function kpiValueFormat(unit: KpiUnit | undefined): string | null {
  switch (unit) {
    case 'percent':
      return FORMATS.percent;
    case 'currency':
      return FORMATS.money;
    case 'count':
      return FORMATS.quantity;
    case undefined:
      return null;
    default:
      return FORMATS.number;
  }
}

/** Options of the contract layouts. */
export interface ContractLayoutOptions {
  /** Language of labels and list values (default: the contract's language). */
  readonly lang?: Language;
  /** Sheet name (default `Contract` / `Contrat`). */
  readonly name?: string;
}

/** Rows a KPI table keeps free below its clauses with validation lists, for clauses the user adds. */
const SPARE_KPI_ROWS = 20;
const HEADER_FILL = '#DDEBF7';
const SECTION_COLOR = '#1F4E79';

/** A row of the Fees or KPI table as cell values by column key, with what picks number formats. */
interface TableRow<K extends string> {
  readonly cells: Partial<Record<K, PlanValue>>;
  readonly unit?: KpiUnit;
  readonly model?: KpiModel;
}

/** What the layout writes: General values, fee rows and KPI rows. */
interface ContractContent {
  readonly general: Partial<Record<GeneralKey, PlanValue>>;
  readonly fees: readonly TableRow<FeeColumn>[];
  readonly kpis: readonly TableRow<KpiColumn>[];
}

/** The Contract sheet of a contract. */
export function contractSheetPlan(contract: Contract, options: ContractLayoutOptions = {}): SheetPlan {
  const lang = options.lang ?? contract.language;
  return layout(contentOf(contract, lang), lang, options.name);
}

/**
 * An empty Contract sheet to fill in: the General rows with usual defaults (EUR, monthly, the rounding
 * rule), three empty fee rows and five empty KPI rows.
 */
export function emptyContractSheetPlan(
  lang: Language,
  options: Omit<ContractLayoutOptions, 'lang'> = {},
): SheetPlan {
  const label = (kind: EnumKind, value: string) => enumLabel(kind, value, lang);
  const general: Partial<Record<GeneralKey, PlanValue>> = {
    currency: 'EUR',
    language: lang,
    frequency: label('frequency', 'monthly'),
    rounding: label('rounding', 'half-away-from-zero'),
  };
  const blank = <K extends string>(n: number): TableRow<K>[] =>
    Array.from({ length: n }, () => ({ cells: {} }));
  return layout({ general, fees: blank(3), kpis: blank(5) }, lang, options.name);
}

function contentOf(contract: Contract, lang: Language): ContractContent {
  const label = (kind: EnumKind, value: string) => enumLabel(kind, value, lang);
  const amountRule = (
    rule: { amount: Dec } | { percentOfBase: Dec } | undefined,
    kind: 'amount' | 'percent',
  ) => {
    if (rule === undefined) return null;
    if (kind === 'amount') return 'amount' in rule ? num(rule.amount) : null;
    return 'percentOfBase' in rule ? num(rule.percentOfBase) : null;
  };
  const general: Record<GeneralKey, PlanValue> = {
    id: contract.id,
    name: contract.name,
    client: contract.parties.client,
    provider: contract.parties.provider,
    currency: contract.currency,
    language: label('language', contract.language),
    vatRate: num(contract.vatRate),
    vatNote: contract.vatNote ?? null,
    frequency: label('frequency', contract.frequency),
    firstPeriod: contract.firstPeriod,
    lastPeriod: contract.lastPeriod ?? null,
    rounding: label('rounding', contract.rounding),
    bonusCapAmount: amountRule(contract.caps.bonus, 'amount'),
    bonusCapPercent: amountRule(contract.caps.bonus, 'percent'),
    malusCapAmount: amountRule(contract.caps.malus, 'amount'),
    malusCapPercent: amountRule(contract.caps.malus, 'percent'),
    slaAtRiskAmount: amountRule(contract.sla?.atRisk, 'amount'),
    slaAtRiskPercent: amountRule(contract.sla?.atRisk, 'percent'),
    slaBasis: contract.sla ? label('basis', contract.sla.basis) : null,
    earnbackPeriods: contract.earnback?.periods ?? null,
    indexFrom: contract.indexation?.from ?? null,
    indexFrequency: contract.indexation?.frequency ? label('frequency', contract.indexation.frequency) : null,
    indexName: contract.indexation?.index ?? null,
    indexBase: contract.indexation?.base === undefined ? null : num(contract.indexation.base),
    indexRate: contract.indexation?.rate === undefined ? null : num(contract.indexation.rate),
    indexDecimals: contract.indexation?.decimals ?? null,
  };

  const fees: TableRow<FeeColumn>[] = [];
  for (const fee of contract.fixedFees) {
    const per = fee.per === undefined ? null : label('per', fee.per);
    fees.push({ cells: { type: label('feeType', 'fixed'), name: fee.label, price: num(fee.amount), per } });
  }
  for (const rebate of contract.rebates ?? []) {
    const per = rebate.per === undefined ? null : label('per', rebate.per);
    fees.push({
      cells: { type: label('feeType', 'rebate'), name: rebate.label, price: num(rebate.amount), per },
    });
  }
  if (contract.hourly) {
    const h = contract.hourly;
    fees.push({
      cells: {
        type: label('feeType', 'hourly'),
        name: h.label,
        price: num(h.rate),
        adjustment: num(h.adjustment),
        variablePay: h.variablePay === undefined ? null : num(h.variablePay),
      },
    });
  }
  for (const volume of contract.volumes) {
    volume.tiers.forEach((tier, i) => {
      const first = i === 0;
      fees.push({
        cells: {
          type: label('feeType', 'volume'),
          name: volume.name,
          unit: first ? volume.unit : null,
          mode: first ? label('mode', volume.mode) : null,
          upTo: tier.upTo === null ? null : num(tier.upTo),
          price: num(tier.unitPrice),
          // A zero flat fee is the default: left blank so the grid only shows what is charged.
          flatFee: tier.flatFee.isZero() ? null : num(tier.flatFee),
          minimumFee: first && volume.minimumFee !== undefined ? num(volume.minimumFee) : null,
          per: first && volume.per !== undefined ? label('per', volume.per) : null,
          gateKpi: first && volume.gateKpi !== undefined ? volume.gateKpi : null,
          gateLevel: first && volume.gateLevel !== undefined ? num(volume.gateLevel) : null,
          gateComparison:
            first && volume.gateComparison !== undefined ? label('comparison', volume.gateComparison) : null,
          fallbackPrice: first && volume.fallbackPrice !== undefined ? num(volume.fallbackPrice) : null,
          gatedAbove: first && volume.gatedAbove !== undefined ? num(volume.gatedAbove) : null,
          minimumQuantity: first && volume.minimumQuantity !== undefined ? num(volume.minimumQuantity) : null,
          gateNotEvaluated:
            first && volume.gateNotEvaluated !== undefined
              ? label('gateNotEvaluated', volume.gateNotEvaluated)
              : null,
          tiersPer: first && volume.tiersPer !== undefined ? label('per', volume.tiersPer) : null,
        },
      });
    });
  }

  for (const amendment of contract.amendments ?? []) {
    fees.push({
      cells: {
        type: label('feeType', 'amendment'),
        name: amendment.fee,
        price: num(amendment.amount),
        upTo: amendment.upTo === undefined ? null : num(amendment.upTo),
        from: amendment.from,
      },
    });
  }

  const kpis = contract.kpis.map((kpi) => kpiRow(kpi, lang));
  return { general, fees, kpis };
}

function kpiRow(kpi: KpiClause, lang: Language): TableRow<KpiColumn> {
  const cells: Partial<Record<KpiColumn, PlanValue>> = {
    name: kpi.name,
    measure: kpi.measure,
    unit: enumLabel('unit', kpi.unit, lang),
    direction: enumLabel('direction', kpi.direction, lang),
    period: enumLabel('frequency', kpi.period, lang),
    model: enumLabel('model', kpi.model, lang),
  };
  const fields = kpi as unknown as Partial<Record<KpiColumn, Dec | string | readonly string[]>>;
  for (const spec of KPI_COLUMNS) {
    if (cells[spec.key] !== undefined) continue;
    const value = fields[spec.key];
    if (value === undefined) continue;
    // Terms that are not decimals (a comparison) are written as the reader reads their kind.
    const levelText = levelTermText(spec.key, value, lang);
    if (levelText !== undefined) cells[spec.key] = levelText;
    else if (Array.isArray(value)) cells[spec.key] = value.join(', ');
    else if (typeof value !== 'string') cells[spec.key] = num(value as Dec);
    else cells[spec.key] = spec.kind.type === 'enum' ? enumLabel(spec.kind.list, value, lang) : value;
  }
  return { cells, unit: kpi.unit, model: kpi.model };
}

/** A decimal as a host number; the rare value a double cannot hold stays exact as text. */
function num(value: Dec): PlanValue {
  return toHostNumber(value) ?? value.toFixed();
}

function layout(content: ContractContent, lang: Language, name: string | undefined): SheetPlan {
  const t = contractText(lang);
  const grid = new GridBuilder(KPI_COLUMNS.length);
  const styles: PlanStyle[] = [];
  const tables: PlanTable[] = [];
  const validations: PlanValidation[] = [];
  const list = (kind: EnumKind) => ENUM_VALUES[kind].map((value) => enumLabel(kind, value, lang));
  const headerStyle = (row: number, cols: number) =>
    styles.push({ row, col: 0, rows: 1, cols, bold: true, fill: HEADER_FILL, borderTop: true });
  const sectionTitle = (title: string) => {
    const row = grid.addRow([title], [TEXT_FORMAT]);
    styles.push({ row, col: 0, rows: 1, cols: 1, bold: true, fontSize: 12, color: SECTION_COLOR });
  };

  const titleRow = grid.addRow([t.title], [TEXT_FORMAT]);
  styles.push({ row: titleRow, col: 0, rows: 1, cols: 1, bold: true, fontSize: 14 });
  const hintRow = grid.addRow([t.hint], [TEXT_FORMAT]);
  styles.push({ row: hintRow, col: 0, rows: 1, cols: 1, italic: true, color: '#595959' });
  grid.addRow();

  // General: label | value | help.
  sectionTitle(t.sections.general);
  const generalHeader = grid.addRow(
    [t.generalHeader.field, t.generalHeader.value, t.generalHeader.help],
    [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT],
  );
  headerStyle(generalHeader, 3);
  // A row of a rare term is written with the rows of its group (the indexation) when one has a value.
  const given = (group: string) =>
    GENERAL_ROWS.some((r) => r.path[0] === group && (content.general[r.key] ?? null) !== null);
  const generalRows = GENERAL_ROWS.filter(
    (spec) =>
      (!spec.whenUsed || given(spec.path[0])) &&
      (!spec.whenGiven || (content.general[spec.key] ?? null) !== null),
  );
  for (const spec of generalRows) {
    const value = content.general[spec.key] ?? null;
    const texts = t.general[spec.key];
    const row = grid.addRow(
      [texts.label, value, texts.help || null],
      [TEXT_FORMAT, generalFormat(spec.format), TEXT_FORMAT],
    );
    if (spec.kind.type === 'enum')
      validations.push({ row, col: 1, rows: 1, cols: 1, list: list(spec.kind.list) });
  }
  styles.push({ row: generalHeader + 1, col: 0, rows: generalRows.length, cols: 1, bold: true });
  styles.push({
    row: generalHeader + 1,
    col: 2,
    rows: generalRows.length,
    cols: 1,
    italic: true,
    color: '#595959',
  });
  grid.addRow();

  // Fees: one row per fixed fee, the hourly fee, and one row per price tier of each volume.
  sectionTitle(t.sections.fees);
  const feesHeader = grid.addRow(
    FEE_COLUMNS.map((c) => t.feeColumns[c.key]),
    FEE_COLUMNS.map(() => TEXT_FORMAT),
  );
  headerStyle(feesHeader, FEE_COLUMNS.length);
  const feeRows = content.fees.length > 0 ? content.fees : [{ cells: {} }];
  for (const fee of feeRows) {
    grid.addRow(
      FEE_COLUMNS.map((c) => fee.cells[c.key] ?? null),
      FEE_COLUMNS.map((c) => feeFormat(c.key, c.format)),
    );
  }
  tables.push({
    name: 'ContractFees',
    row: feesHeader,
    col: 0,
    rows: feeRows.length + 1,
    cols: FEE_COLUMNS.length,
  });
  FEE_COLUMNS.forEach((c, col) => {
    if (c.kind.type === 'enum')
      validations.push({ row: feesHeader + 1, col, rows: feeRows.length, cols: 1, list: list(c.kind.list) });
  });
  grid.addRow();

  // KPI clauses: one row per KPI; the parameters a model does not use stay blank.
  sectionTitle(t.sections.kpis);
  const kpiHeader = grid.addRow(
    KPI_COLUMNS.map((c) => t.kpiColumns[c.key]),
    KPI_COLUMNS.map(() => TEXT_FORMAT),
  );
  headerStyle(kpiHeader, KPI_COLUMNS.length);
  const kpiRows = content.kpis.length > 0 ? content.kpis : [{ cells: {} }];
  for (const kpi of kpiRows) {
    grid.addRow(
      KPI_COLUMNS.map((c) => kpi.cells[c.key] ?? null),
      KPI_COLUMNS.map((c) => kpiFormat(c.key, kpi.unit, kpi.model)),
    );
  }
  tables.push({
    name: 'ContractKpis',
    row: kpiHeader,
    col: 0,
    rows: kpiRows.length + 1,
    cols: KPI_COLUMNS.length,
  });
  styles.push({ row: kpiHeader + 1, col: 1, rows: kpiRows.length, cols: 1, wrap: true });
  KPI_COLUMNS.forEach((c, col) => {
    if (c.kind.type !== 'enum') return;
    validations.push({
      row: kpiHeader + 1,
      col,
      rows: kpiRows.length + SPARE_KPI_ROWS,
      cols: 1,
      list: list(c.kind.list),
    });
  });

  return {
    name: name ?? t.contractSheet,
    blocks: [grid.block()],
    styles,
    tables,
    validations,
    // Columns added to the KPI clauses after these (clause terms) get the width of a short choice.
    columnWidths: KPI_COLUMNS.map(
      (_, i) =>
        [44, 48, 16, 14, 14, 18, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 14, 14, 16, 12, 12, 12, 12, 12, 12][
          i
        ] ?? 14,
    ),
    // The sections are stacked, so no single header row can stay in view; the names column can.
    frozenRows: 1,
    frozenColumns: 1,
    print: { orientation: 'landscape', fitToWidth: true },
  };
}

function generalFormat(format: GeneralFormat): string {
  switch (format) {
    case 'text':
      return TEXT_FORMAT;
    case 'percent':
      return FORMATS.percent;
    case 'money':
      return FORMATS.money;
    case 'integer':
      return FORMATS.integer;
  }
}

function feeFormat(key: FeeColumn, format: 'text' | 'money' | 'percent' | 'quantity'): string | null {
  if (format === 'text') return TEXT_FORMAT;
  // A volume's gate level is in its KPI's unit: left to the host's general format.
  if (key === 'gateLevel') return null;
  if (format === 'percent') return FORMATS.percent;
  if (format === 'quantity') return FORMATS.quantity;
  return key === 'price' || key === 'flatFee' ? FORMATS.price : FORMATS.money;
}

const TEXT_COLUMNS: ReadonlySet<KpiColumn> = new Set([
  'name',
  'measure',
  'unit',
  'direction',
  'period',
  'model',
]);
const FRACTION_PARAMS: ReadonlySet<KpiColumn> = new Set([
  'weight',
  'thresholdScore',
  'stretchScore',
  'achievementCap',
  'allocation',
]);
const MONEY_PARAMS: ReadonlySet<KpiColumn> = new Set([
  'amount',
  'bonusCap',
  'malusCap',
  'floor',
  'neutralFee',
]);
/** Counts (a sample, periods, misses) and the escalation factor are plain numbers. */
const PLAIN_TERMS: ReadonlySet<KpiColumn> = new Set([
  'sampleMinimum',
  'repeatPeriods',
  'escalateAt',
  'escalationFactor',
  'criticalAt',
]);

/** Levels and tolerances read in the KPI's unit; rates are money per unit, except where a model says %. */
function kpiFormat(key: KpiColumn, unit: KpiUnit | undefined, model: KpiModel | undefined): string | null {
  if (TEXT_COLUMNS.has(key) || KPI_COLUMNS.find((c) => c.key === key)?.kind.type !== 'decimal')
    return TEXT_FORMAT;
  // A gate level is in the unit of another KPI: left to the host's general format.
  if (key === 'gateLevel') return null;
  if (FRACTION_PARAMS.has(key)) return FORMATS.percent;
  if (MONEY_PARAMS.has(key)) return FORMATS.money;
  if (PLAIN_TERMS.has(key)) return null;
  if (
    key === 'threshold' ||
    key === 'target' ||
    key === 'stretch' ||
    key === 'tolerance' ||
    key === 'baseline' ||
    key === 'validMin' ||
    key === 'validMax'
  ) {
    return kpiValueFormat(unit);
  }
  if (key === 'bonusRate' || key === 'malusRate')
    return model === 'rate-adjustment' ? FORMATS.percent : FORMATS.money;
  // share: a fraction of money saved, or money per unit of any other KPI.
  return unit === 'currency' ? FORMATS.percent : FORMATS.money;
}
