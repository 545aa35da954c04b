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
import { unpricedSampleVolumes } from '../../contract/conditions';
import { countKpiProblem, fractionProblem } from '../../contract/countUnits';
import { namedItem } from '../../contract/nameMatch';
import { cutEdge } from '../../contract/sheet/rangeMargin';
import type { Grid } from '../../contract/sheet/cells';
import { contractSheetLanguage } from '../../contract/sheet/sheetLanguage';
import type { Contract, Language } from '../../contract/types';
import { rangeProblem } from '../../contract/validRange';
import type { ErrorKind } from '../../errors';
import { contractText } from '../../i18n/contract';
import { contractFeeTexts, FRENCH_CALL_WORDS } from '../../i18n/contractFee';
import { modelProblemTexts } from '../../i18n/modelProblems';
import type { Invoice, LineKind } from '../../invoice/types';
import { priceScenario } from '../../model/scenario';
import { decSum, fromHostNumber, type Dec } from '../../money';
import { forEachCell } from '../argTypes';
import { cachedByContent } from '../contractRangeCache';
import {
  hostErrorKind,
  isBlank,
  isMatrix,
  type HostErrorValue,
  type HostMatrix,
  type HostScalar,
} from '../hostValues';
import {
  WordedFault,
  defineFunction,
  type Bilingual,
  type CellValue,
  type ScalarArg,
  type TableArg,
} from '../types';

/** Host cells as the sheet reader takes them: an error value `{ code }` is `{ error }` there. */
function gridOf(cells: HostMatrix): Grid {
  return cells.map((row) =>
    row.map((value) => {
      const kind = hostErrorKind(value);
      return kind !== undefined ? { error: kind } : (value as Exclude<HostScalar, HostErrorValue>);
    }),
  );
}

/** The contract, read in the language its sheet is written in (its problems said in it). */
const contracts = cachedByContent((cells) => {
  const grid = gridOf(cells);
  const lang = contractSheetLanguage(grid);
  return { lang, read: contractFromSheet(grid, { sheet: 'contract', lang }) };
});

/**
 * A failure of `argument`, said in `lang` as a whole message (WordedFault): every argument is read here,
 * where the contract's language is known, not by the runner, which speaks English.
 */
function fault(lang: Language, kind: ErrorKind, argument: string, problem: string): WordedFault {
  return new WordedFault(kind, (fn, row, column) =>
    contractFeeTexts(lang).say(fn, argument, problem, row, column),
  );
}

/** A cell of a table argument that is not what it must be: its error value, or `problem` and the value. */
function cellFault(
  lang: Language,
  argument: string,
  problem: string,
  value: HostScalar,
  row: number,
  column: number,
): WordedFault {
  const t = contractFeeTexts(lang);
  const kind = hostErrorKind(value);
  return kind !== undefined
    ? fault(lang, kind, argument, t.errorValue(kind, row, column))
    : fault(lang, '#VALUE!', argument, `${problem} ${t.cell(value, row, column)}`);
}

/** The contract of the range, or the fault of its first problem, in the sheet's language. */
function contractOf(cells: HostMatrix): { contract: Contract; lang: Language } {
  const { lang, read } = contracts.parse(cells);
  const t = contractFeeTexts(lang);
  const cut = cutEdge(gridOf(cells));
  if (cut !== undefined)
    throw cellFault(
      lang,
      'contract',
      cut.edge === 'row' ? t.reachBelow(cut.row + 1) : t.reachRight(cut.col + 1),
      cells[cut.row]?.[cut.col] ?? null,
      cut.row + 1,
      cut.col + 1,
    );
  if (read.ok) return { contract: read.value, lang };
  const [first] = read.issues;
  const row = first.row ?? 0;
  const col = first.col ?? 0;
  throw cellFault(
    lang,
    'contract',
    t.problem(first.problem, read.issues.length - 1),
    cells[row]?.[col] ?? null,
    row + 1,
    col + 1,
  );
}

/** Every cell of a table argument, row by row, read by `read` or refused with `problem`. */
function cellsOf<T>(
  lang: Language,
  argument: string,
  cells: HostMatrix,
  problem: string,
  read: (value: Exclude<HostScalar, null | undefined | ''>) => T | undefined,
): (T | null)[] {
  const out: (T | null)[] = [];
  forEachCell(cells, (value, row, column) => {
    if (isBlank(value)) return void out.push(null);
    const parsed = hostErrorKind(value) === undefined ? read(value) : undefined;
    if (parsed === undefined) throw cellFault(lang, argument, problem, value, row, column);
    out.push(parsed);
  });
  return out;
}

/** A table argument handed to `impl` as its cells: CONTRACTFEE reads them in its contract's language. */
function cellsArg(name: string, help: Bilingual, expects: string, hostType: 'number' | 'string') {
  return {
    kind: 'table',
    name,
    help,
    expects,
    hostType,
    optional: false,
    parse: (cells) => cells,
  } as const satisfies TableArg<HostMatrix>;
}

const contractArg = cellsArg(
  'contract',
  {
    en: "the Contract sheet's range (its General, fees and KPI tables), as the task pane lays it out",
    fr: 'la plage de la feuille Contrat (tables Général, honoraires et KPI), telle que le volet la crée',
  },
  'the range of a Contract sheet',
  'string',
);

const namesArg = cellsArg(
  'names',
  {
    en: 'range of KPI, volume or hours names (the hourly fee\'s label or "hours")',
    fr: 'plage des noms de KPI, de volumes ou d’heures (libellé du forfait horaire ou "heures")',
  },
  'a range of names',
  'string',
);

const valuesArg = cellsArg(
  'values',
  {
    en: 'range of values, same size as names (a KPI as its unit: 0.774 for 77.4 %)',
    fr: 'plage des valeurs, de même taille que les noms (un KPI dans son unité : 0,774 pour 77,4 %)',
  },
  'a range of numbers',
  'number',
);

/** The `output` cell as given, or `omitted` (left out or blank): the total, whatever the clauses are called. */
interface OutputChoice {
  readonly cell: CellValue;
  readonly omitted: boolean;
}

/** Any cell: what `output` names is checked in the contract's language (outputOf). */
const outputArg: ScalarArg<OutputChoice> & { nullable: false } = {
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
  defaultValue: { cell: 'total', omitted: true },
  parse: (cell) => ({ cell, omitted: false }),
};

/** The scenario the names and values describe, each name resolved to the contract's spelling. */
function scenarioOf(contract: Contract, lang: Language, nameCells: HostMatrix, valueCells: HostMatrix) {
  const t = contractFeeTexts(lang);
  const names = cellsOf(lang, 'names', nameCells, t.onlyNames, (value) =>
    typeof value === 'string' ? value.trim() : undefined,
  );
  const values = cellsOf(lang, 'values', valueCells, t.onlyNumbers, (value) =>
    typeof value === 'number' && Number.isFinite(value) ? fromHostNumber(value) : undefined,
  );
  if (names.length !== values.length)
    throw fault(lang, '#VALUE!', 'values', t.sizes(values.length, names.length));
  const kpis = new Map<string, Dec>();
  const volumes = new Map<string, Dec>();
  let hours: Dec | undefined;
  const problems = contractText(lang).problems;
  names.forEach((written, i) => {
    const value = values[i];
    if (written === null && value === null) return;
    if (written === null) throw fault(lang, '#VALUE!', 'names', t.blankName(i + 1));
    if (value === null) throw fault(lang, '#VALUE!', 'values', t.blankValue(written, i + 1));
    const kpi = namedItem(contract.kpis, (k) => k.name, written);
    // A sampled clause's survey answers are a volume too, priced by no line.
    const volumeNames = [...contract.volumes.map((v) => v.name), ...unpricedSampleVolumes(contract)];
    const volume = namedItem(volumeNames, (v) => v, written);
    const isHours =
      contract.hourly !== undefined &&
      namedItem(['hours', 'heures', contract.hourly.label], (h) => h, written) !== undefined;
    const target = kpi ? kpis : volume ? volumes : null;
    const key = kpi?.name ?? volume ?? 'hours';
    if ([kpi, volume, isHours || undefined].filter(Boolean).length !== 1) {
      const known = [...contract.kpis.map((k) => k.name), ...volumeNames];
      throw fault(lang, '#VALUE!', 'names', t.unknownName(known, written));
    }
    if (target ? target.has(key) : hours !== undefined)
      throw fault(lang, '#VALUE!', 'names', t.repeated(written));
    if (kpi) {
      const problem = rangeProblem(value, kpi, problems);
      if (problem !== undefined) throw fault(lang, '#NUM!', 'values', t.outsideRange(kpi.name, problem));
      const notWhole = countKpiProblem(kpi, value, problems);
      if (notWhole !== undefined) throw fault(lang, '#NUM!', 'values', t.notWhole(notWhole));
    } else if (value.isNeg()) throw fault(lang, '#NUM!', 'values', t.negative(key));
    const fraction = volume && fractionProblem(contract, volume, value, problems);
    if (fraction) throw fault(lang, '#NUM!', 'values', t.notWhole(fraction));
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

/** The words `output` names a part of the invoice by, rather than a clause: total, subtotal, vat, a line kind. */
const OUTPUT_WORDS: ReadonlySet<string> = new Set(['total', 'subtotal', 'vat', ...LINE_KINDS]);

/**
 * What `output` names on the invoice, or its fault in the contract's language. A word naming both a part
 * of the invoice and a KPI or volume (a KPI called "Total", a volume called "Volume") is refused: either
 * answer would be a plausible number for the other. Left out, `output` is the total (`omitted`).
 */
function outputOf(contract: Contract, lang: Language, invoice: Invoice, choice: OutputChoice): Dec {
  if (choice.omitted) return invoice.total;
  const t = contractFeeTexts(lang);
  const { cell } = choice;
  const kind = hostErrorKind(cell);
  if (kind !== undefined) throw fault(lang, kind, 'output', t.outputErrorValue(kind));
  if (typeof cell !== 'string' || cell.trim() === '')
    throw fault(lang, '#VALUE!', 'output', t.outputNotText(cell));
  const output = cell.trim();
  const wanted = output.toLowerCase();
  // A KPI or volume as the contract spells it (an apostrophe typed straight: nameMatch.ts).
  const kpi = namedItem(contract.kpis, (k) => k.name, output);
  const volume = namedItem(contract.volumes, (v) => v.name, output);
  const measure = kpi ?? volume;
  if (OUTPUT_WORDS.has(wanted)) {
    if (measure !== undefined)
      throw fault(
        lang,
        '#VALUE!',
        'output',
        t.ambiguousOutput(output, wanted, { kpi: kpi !== undefined, name: measure.name }),
      );
    if (wanted === 'total') return invoice.total;
    if (wanted === 'subtotal') return invoice.subtotal;
    if (wanted === 'vat') return invoice.vat.amount;
    // A line kind the invoice has no line of (a cap that did not bind) is 0, not an unknown output: a
    // column of `"bonus-cap"` must stay numbers down a Scenarios sheet, where the cap binds on some rows only.
    return decSum(invoice.lines.filter((l) => l.kind === wanted).map((l) => l.amount));
  }
  if (volume !== undefined)
    return decSum(
      invoice.lines.filter((l) => l.kind === 'volume' && l.label === volume.name).map((l) => l.amount),
    );
  if (kpi === undefined) throw fault(lang, '#VALUE!', 'output', t.unknownOutput(output));
  if (invoice.evidence.some((e) => e.clause.name === kpi.name))
    return decSum(invoice.lines.filter((l) => l.kpi === kpi.name).map((l) => l.amount));
  // A clause the priced invoice does not bill (Black Friday on January's): a 0 would read as "costs nothing".
  throw fault(
    lang,
    '#N/A',
    'output',
    t.notBilled(modelProblemTexts(lang).notDue(kpi.name, invoice.period, true)),
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
  // The runner refuses a call before impl reads it (an argument too many, names missing, a range not
  // rectangular): said in the contract's language when its range is there to tell it.
  callWords: ([contract]) =>
    contract !== undefined &&
    isMatrix(contract) &&
    contract.every((row) => Array.isArray(row)) &&
    contractSheetLanguage(gridOf(contract)) === 'fr'
      ? FRENCH_CALL_WORDS
      : undefined,
  // A whole Contract sheet as an array: a €1,000 base fee and a €5,000 performance fee when CSAT ≥ 85 %.
  examples: [
    { formula: `CONTRACTFEE(${EXAMPLE_CONTRACT}, {"CSAT"}, {0.9})`, result: 7200 },
    { formula: `CONTRACTFEE(${EXAMPLE_CONTRACT}, {"CSAT"}, {0.8})`, result: 1200 },
    { formula: `CONTRACTFEE(${EXAMPLE_CONTRACT}, {"CSAT"}, {0.9}, "CSAT")`, result: 5000 },
  ],
  impl: ([contractCells, names, values, output]) => {
    const { contract, lang } = contractOf(contractCells);
    const scenario = scenarioOf(contract, lang, names, values);
    const result = priceScenario(contract, scenario);
    if (result.ok) return outputOf(contract, lang, result.invoice, output);
    // The engine speaks the contract's language, as the function's other messages here do.
    throw fault(lang, '#VALUE!', 'values', contractFeeTexts(lang).cannotPrice(result.problems));
  },
});
