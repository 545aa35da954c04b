/**
 * CONTRACTFEE(contract, names, values, [output]): a whole contract priced on one scenario, by the invoice
 * engine, live in the sheet. `contract` is the Contract sheet's range, read by the same reader as the task
 * pane (and cached by content); `names` and `values` are two ranges of the same size pairing each KPI,
 * volume or hours (the hourly fee's label, or "hours") with its value; `output` picks what is returned:
 * the total (default), the subtotal, the VAT, a line kind (`kpi-fee`, `bonus-cap`…), or a KPI's or
 * volume's own lines. A range of outputs spills one result per output: the scenario's lines side by side.
 * So a Scenarios sheet recalculates as values are edited, and Goal Seek and Data Tables work on it.
 */
import { contractFromSheet } from '../../contract/fromSheet';
import { cutEdge } from '../../contract/sheet/rangeMargin';
import type { Grid } from '../../contract/sheet/cells';
import type { Contract } from '../../contract/types';
import { rangeProblem } from '../../contract/validRange';
import { contractText } from '../../i18n/contract';
import { modelProblemTexts } from '../../i18n/modelProblems';
import { counted } from '../../i18n/plural';
import type { Invoice, LineKind } from '../../invoice/types';
import { priceScenario } from '../../model/scenario';
import { ModelFault } from '../../errors';
import { decSum, type Dec } from '../../money';
import { forEachCell, numberTable } from '../argTypes';
import { cachedByContent } from '../contractRangeCache';
import { hostErrorKind, isBlank, type HostErrorValue, type HostMatrix, type HostScalar } from '../hostValues';
import { TableFault, defineFunction, type ScalarArg, type TableArg } from '../types';

/** Host cells as the sheet reader takes them: an error value `{ code }` is `{ error }` there. */
function gridOf(cells: HostMatrix): Grid {
  return cells.map((row) =>
    row.map((value) => {
      const kind = hostErrorKind(value);
      return kind !== undefined ? { error: kind } : (value as Exclude<HostScalar, HostErrorValue>);
    }),
  );
}

const contracts = cachedByContent((cells) => contractFromSheet(gridOf(cells), { sheet: 'contract' }));

const contractArg: TableArg<Contract> = {
  kind: 'table',
  name: 'contract',
  help: {
    en: 'the Contract sheet’s range (its General, fees and KPI tables), as the task pane lays it out',
    fr: 'la plage de la feuille Contrat (tables Général, honoraires et KPI), telle que le volet la crée',
  },
  expects: 'the range of a Contract sheet',
  hostType: 'string',
  optional: false,
  parse: (cells) => {
    const cut = cutEdge(gridOf(cells));
    if (cut !== undefined)
      throw new TableFault(
        cut.edge === 'row'
          ? `must reach below the contract's tables: its last row (${cut.row + 1}) is filled, so a clause below the range would be left out; extend the range by a blank row`
          : `must reach right of the contract's tables: its last column (${cut.col + 1}) is filled, so a table's columns beyond the range would be left out; extend the range by a blank column`,
        cells[cut.row]?.[cut.col] ?? null,
        cut.row + 1,
        cut.col + 1,
      );
    const parsed = contracts.parse(cells);
    if (parsed.ok) return parsed.value;
    const [first] = parsed.issues;
    const others = parsed.issues.length - 1;
    const more = others > 0 ? ` (and ${counted('en', others, 'more problem', 'more problems')})` : '';
    const row = first.row ?? 0;
    const col = first.col ?? 0;
    throw new TableFault(
      `has a problem: ${first.problem}${more}`,
      cells[row]?.[col] ?? null,
      row + 1,
      col + 1,
    );
  },
};

const namesArg: TableArg<(string | null)[]> = {
  kind: 'table',
  name: 'names',
  help: {
    en: 'range of KPI, volume or hours names (the hourly fee’s label or "hours")',
    fr: 'plage des noms de KPI, de volumes ou d’heures (libellé du forfait horaire ou "heures")',
  },
  expects: 'a range of names',
  hostType: 'string',
  optional: false,
  parse: (cells) => {
    const out: (string | null)[] = [];
    forEachCell(cells, (value: HostScalar, row, column) => {
      if (isBlank(value)) return void out.push(null);
      if (typeof value !== 'string') throw new TableFault('must hold only names (text)', value, row, column);
      out.push(value.trim());
    });
    return out;
  },
};

const valuesArg = numberTable('values', {
  en: 'range of values, same size as names (a KPI as its unit: 0.774 for 77.4 %)',
  fr: 'plage des valeurs, de même taille que les noms (un KPI dans son unité : 0,774 pour 77,4 %)',
});

const outputArg: ScalarArg<string> & { nullable: false } = {
  kind: 'scalar',
  name: 'output',
  help: {
    en: 'optional: "total" (default), "subtotal", "vat", a line kind or a KPI or volume name; a range spills one result each',
    fr: 'facultatif : "total" (par défaut), "subtotal", "vat", un type de ligne ou le nom d’un KPI ou d’un volume ; une plage donne un résultat par cellule',
  },
  expects: 'a text: total, subtotal, vat, a line kind, or a KPI or volume name',
  hostType: 'string',
  optional: true,
  nullable: false,
  defaultValue: 'total',
  parse: (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined),
};

/** The scenario the names and values describe, each name resolved to the contract's spelling. */
function scenarioOf(contract: Contract, names: readonly (string | null)[], values: readonly (Dec | null)[]) {
  if (names.length !== values.length)
    throw new ModelFault(
      '#VALUE!',
      'values',
      `must have as many cells as names (${values.length} vs ${names.length})`,
    );
  const kpis = new Map<string, Dec>();
  const volumes = new Map<string, Dec>();
  let hours: Dec | undefined;
  const problems = contractText('en').problems;
  names.forEach((written, i) => {
    const value = values[i];
    if (written === null && value === null) return;
    if (written === null)
      throw new ModelFault('#VALUE!', 'names', `must not be blank beside a value (cell ${i + 1})`);
    if (value === null)
      throw new ModelFault(
        '#VALUE!',
        'values',
        `must not be blank beside ${JSON.stringify(written)} (cell ${i + 1})`,
      );
    const wanted = written.toLowerCase();
    const kpi = contract.kpis.find((k) => k.name.toLowerCase() === wanted);
    const volume = contract.volumes.find((v) => v.name.toLowerCase() === wanted);
    const isHours =
      contract.hourly !== undefined &&
      ['hours', 'heures', contract.hourly.label.toLowerCase()].includes(wanted);
    const target = kpi ? kpis : volume ? volumes : null;
    const key = kpi?.name ?? volume?.name ?? 'hours';
    if ([kpi, volume, isHours || undefined].filter(Boolean).length !== 1) {
      const known = [...contract.kpis.map((k) => k.name), ...contract.volumes.map((v) => v.name)];
      throw new ModelFault(
        '#VALUE!',
        'names',
        `must name a KPI, a volume or the hours of the contract (${known.join(', ')}): ${JSON.stringify(written)} is none, or more than one`,
      );
    }
    if (target ? target.has(key) : hours !== undefined)
      throw new ModelFault(
        '#VALUE!',
        'names',
        `must name each KPI, volume or hours once: ${JSON.stringify(written)} is repeated`,
      );
    if (kpi) {
      const problem = rangeProblem(value, kpi, problems);
      if (problem !== undefined)
        throw new ModelFault('#NUM!', 'values', `must lie in each KPI's valid range: ${kpi.name} ${problem}`);
    } else if (value.isNeg()) throw new ModelFault('#NUM!', 'values', `${key} must be ≥ 0`);
    if (target) target.set(key, value);
    else hours = value;
  });
  return { kpis, volumes, ...(hours !== undefined ? { hours } : {}) };
}

/** Every line kind an invoice can have: the type makes this list complete. */
const LINE_KIND_LIST: Readonly<Record<LineKind, true>> = {
  fixed: true,
  hourly: true,
  volume: true,
  minimum: true,
  'kpi-fee': true,
  'kpi-adjustment': true,
  'bonus-cap': true,
  'malus-cap': true,
  'sla-credit': true,
  'sla-cap': true,
  earnback: true,
  vat: true,
};
const LINE_KINDS: ReadonlySet<string> = new Set(Object.keys(LINE_KIND_LIST));

/** What `output` names on the invoice. */
function outputOf(contract: Contract, invoice: Invoice, output: string): Dec {
  const wanted = output.toLowerCase();
  if (wanted === 'total') return invoice.total;
  if (wanted === 'subtotal') return invoice.subtotal;
  if (wanted === 'vat') return invoice.vat.amount;
  const lines = invoice.lines.filter(
    (l) =>
      l.kind === wanted ||
      l.kpi?.toLowerCase() === wanted ||
      (l.kind === 'volume' && l.label.toLowerCase() === wanted),
  );
  // A line kind the invoice has no line of (a cap that did not bind) is 0, not an unknown output: a
  // column of `"bonus-cap"` must stay numbers down a Scenarios sheet, where the cap binds on some rows only.
  if (
    lines.length > 0 ||
    LINE_KINDS.has(wanted) ||
    invoice.evidence.some((e) => e.clause.name.toLowerCase() === wanted)
  )
    return decSum(lines.map((l) => l.amount));
  // A clause the priced invoice does not bill (Black Friday on January's): a 0 would read as "costs nothing".
  const idle = contract.kpis.find((k) => k.name.toLowerCase() === wanted);
  if (idle)
    throw new ModelFault(
      '#N/A',
      'output',
      `must name a clause the invoice bills: ${modelProblemTexts('en').notDue(idle.name, invoice.period, true)}`,
    );
  throw new ModelFault(
    '#VALUE!',
    'output',
    `must be total, subtotal, vat, a line kind or a KPI or volume name (got ${JSON.stringify(output)})`,
  );
}

/**
 * The smallest Contract sheet (General, Fees and KPI clauses tables, 8 columns) as an array literal, with
 * the blank last row and column the function asks for.
 */
const EXAMPLE_CONTRACT = arrayLiteral([
  ['General'],
  ['Field', 'Value'],
  ['Contract ID', 'shop'],
  ['Contract name', 'Shop care'],
  ['Client', 'Shop'],
  ['Provider', 'Care'],
  ['Currency', 'EUR'],
  ['Language', 'en'],
  ['VAT rate', 0.2],
  ['Invoicing frequency', 'monthly'],
  ['First period', '2026-01'],
  ['Fees'],
  ['Type', 'Name', 'Price'],
  ['fixed', 'Base', 1000],
  ['KPI clauses'],
  ['Name', 'Measure', 'Unit', 'Direction', 'Period', 'Model', 'Threshold', 'Amount'],
  ['CSAT', 'Survey', 'percent', 'higher', 'monthly', 'threshold', 0.85, 5000],
  [],
]);

/** Rows as a spreadsheet array constant `{a,b;c,d}`, padded with "" to one blank column past the widest. */
function arrayLiteral(rows: readonly (readonly (string | number)[])[]): string {
  const width = Math.max(...rows.map((row) => row.length)) + 1;
  const cell = (value: string | number | undefined) =>
    typeof value === 'number' ? String(value) : JSON.stringify(value ?? '');
  return `{${rows.map((row) => Array.from({ length: width }, (_, i) => cell(row[i])).join(',')).join(';')}}`;
}

export const CONTRACTFEE = defineFunction({
  name: 'CONTRACTFEE',
  money: false,
  summary: {
    en: 'A whole contract priced on one scenario by the invoice engine: its total, or one part of the invoice.',
    fr: 'Un contrat entier valorisé sur un scénario par le moteur de facturation : son total, ou une partie de la facture.',
  },
  args: [contractArg, namesArg, valuesArg, outputArg],
  // A whole Contract sheet as an array: a €1,000 base fee and a €5,000 performance fee when CSAT ≥ 85 %.
  examples: [
    { formula: `CONTRACTFEE(${EXAMPLE_CONTRACT}, {"CSAT"}, {0.9})`, result: 7200 },
    { formula: `CONTRACTFEE(${EXAMPLE_CONTRACT}, {"CSAT"}, {0.8})`, result: 1200 },
    { formula: `CONTRACTFEE(${EXAMPLE_CONTRACT}, {"CSAT"}, {0.9}, "CSAT")`, result: 5000 },
  ],
  impl: ([contract, names, values, output]) => {
    const scenario = scenarioOf(contract, names, values);
    const result = priceScenario(contract, scenario);
    if (result.ok) return outputOf(contract, result.invoice, output);
    // The function speaks English, as its other messages do, whatever the language of the contract sheet.
    const english = priceScenario({ ...contract, language: 'en' }, scenario);
    const problems = english.ok ? result.problems : english.problems;
    throw new ModelFault('#VALUE!', 'values', `cannot be priced: ${problems.join('; ')}`);
  },
});
