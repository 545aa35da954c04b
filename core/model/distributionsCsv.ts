/**
 * The declared distributions file of a forecast:
 * `Kind,Name,Distribution,Pessimistic,Likely,Optimistic,Mean,SD` (French
 * `Type;Nom;Loi;Pessimiste;Probable;Optimiste;Moyenne;Écart-type`), one row per measure. A triangular row
 * gives pessimistic, likely and optimistic; a normal row gives mean and SD (truncated to the valid range).
 * A field the distribution does not use must be blank; numbers follow the actuals CSV rules
 * (`77.4%` is 0.774; a `;` file has decimal commas); problems are said in the contract's language.
 */
import type { ActualKind } from '../contract/actuals';
import { readCsv } from '../contract/csv';
import { cellIssue, sortIssues, type Issue, type Result } from '../contract/issues';
import { cellAt, cellText, isBlank, isBlankRow, readCell } from '../contract/sheet/cells';
import type { Contract, Language } from '../contract/types';
import { markOf, rangeProblem, validRange, type DecimalMark, type RangeFields } from '../contract/validRange';
import { unpricedSampleVolumes } from '../contract/conditions';
import { namedItem } from '../contract/nameMatch';
import { contractText, normalizeLabel } from '../i18n/contract';
import {
  DISTRIBUTION_COLUMNS,
  modelCsvTexts,
  type DistributionColumn,
  type DistributionShape,
} from '../i18n/modelCsv';
import { HUNDRED, dec, quotient, type Dec } from '../money';
import type { DeclaredDistribution } from './forecast';
import { unknownToEvery, type ComparedContract } from './foreignRows';

type Column = DistributionColumn;
const USES: Readonly<Record<DistributionShape, readonly Column[]>> = {
  triangular: ['pessimistic', 'likely', 'optimistic'],
  normal: ['mean', 'sd'],
};
const NUMBERS: readonly Column[] = ['pessimistic', 'likely', 'optimistic', 'mean', 'sd'];
const LANGUAGES = ['en', 'fr'] as const;

/** A header or a distribution's name, in English or French (case, accents and spacing folded). */
function labelOf<K extends string>(written: string, labels: (lang: Language) => Readonly<Record<K, string>>) {
  const wanted = normalizeLabel(written);
  for (const lang of LANGUAGES)
    for (const [key, label] of Object.entries(labels(lang)) as [K, string][])
      if (normalizeLabel(label) === wanted) return key;
  return undefined;
}

/**
 * Reads a distributions CSV against a contract (names resolved to the contract's spelling). A row only one
 * of `others` knows (contracts compared on one forecast) is left out for this one, not refused.
 */
export function distributionsFromCsv(
  text: string,
  contract: Contract,
  file = 'distributions.csv',
  others: readonly Contract[] = [],
): Result<DeclaredDistribution[]> {
  // Problems are said in the contract's language, whichever language the file is written in.
  const lang = contract.language;
  const t = modelCsvTexts(lang);
  const p = contractText(lang).problems;
  const headers = t.distributionColumns;
  const expected = DISTRIBUTION_COLUMNS.map((c) => headers[c]);
  const csv = readCsv(text, file, lang);
  const grid = csv.grid;
  const issues: Issue[] = [...csv.issues];
  let headerRow = 0;
  while (headerRow < grid.length && isBlankRow(grid, headerRow)) headerRow++;
  const columns = new Map<Column, number>();
  (grid[headerRow] ?? []).forEach((value, col) => {
    const header = cellText(value);
    if (header === '') return;
    const column = labelOf(header, (l) => modelCsvTexts(l).distributionColumns);
    if (column === undefined || columns.has(column)) {
      const problem = column === undefined ? p.unknownColumn(header) : p.duplicateColumn(header);
      issues.push(cellIssue(file, headerRow, col, header, t.badColumn(problem, expected), lang));
    } else columns.set(column, col);
  });
  const missing = DISTRIBUTION_COLUMNS.filter((c) => !columns.has(c)).map((c) => headers[c]);
  if (missing.length > 0)
    issues.push(cellIssue(file, headerRow, 0, '', t.missingColumns(expected, missing), lang));
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };

  const declared: DeclaredDistribution[] = [];
  for (let row = headerRow + 1; row < grid.length; row++) {
    if (isBlankRow(grid, row)) continue;
    const at = (c: Column) => ({ value: cellAt(grid, row, columns.get(c)!), col: columns.get(c)! });
    // A cell is named by its column's header as the file writes it.
    const report = (c: Column, problem: string) =>
      issues.push(cellIssue(file, row, at(c).col, cellText(grid[headerRow][at(c).col]), problem, lang));
    const before = issues.length;
    const kindCell = readCell(at('kind').value, { type: 'enum', list: 'actualKind' }, p, lang);
    const kind = 'value' in kindCell ? (kindCell.value as ActualKind | undefined) : undefined;
    if ('problem' in kindCell) report('kind', kindCell.problem);
    else if (kind === undefined) report('kind', p.required);
    else if (kind === 'excluded') report('kind', t.exclusionIsNoMeasure);
    else if (kind === 'index') report('kind', t.indexIsPublished);
    const written = cellText(at('name').value);
    let name = '';
    // A sampled clause's survey answers are drawn as a volume too (forecast.ts).
    const namesOf = (c: Contract) =>
      kind === 'kpi'
        ? c.kpis.map((k) => k.name)
        : [...c.volumes.map((v) => v.name), ...unpricedSampleVolumes(c)];
    const foreign =
      kind === 'hours'
        ? !contract.hourly && others.some((o) => o.hourly)
        : (kind === 'kpi' || kind === 'volume') &&
          namedItem(namesOf(contract), (n) => n, written) === undefined &&
          others.some((o) => namedItem(namesOf(o), (n) => n, written) !== undefined);
    if (foreign) continue;
    if (kind === 'kpi' || kind === 'volume') {
      const names = namesOf(contract);
      const found = namedItem(names, (n) => n, written);
      if (written === '') report('name', p.required);
      else if (found === undefined)
        report(
          'name',
          kind === 'kpi'
            ? p.unknownKpi(written, names.join(', '))
            : p.unknownVolume(written, names.join(', ')),
        );
      else name = found;
    } else if (kind === 'hours' && !contract.hourly) report('kind', p.noHourly);
    const shape = at('distribution').value;
    const distribution = labelOf(cellText(shape), (l) => modelCsvTexts(l).shapes);
    if (distribution === undefined) report('distribution', t.badShape(p.describe(shape)));
    const numbers = new Map<Column, Dec>();
    for (const c of NUMBERS) {
      const used = distribution !== undefined && USES[distribution].includes(c);
      const cell = at(c).value;
      if (isBlank(cell)) {
        if (used) report(c, p.required);
        continue;
      }
      if (!used) {
        if (distribution !== undefined) report(c, t.notUsedBy(distribution));
        continue;
      }
      const read = readCell(cell, { type: 'decimal' }, p, lang, csv.numbers);
      if ('problem' in read) report(c, read.problem);
      else numbers.set(c, dec(read.value as string));
    }
    if (kind !== undefined && declared.some((d) => d.kind === kind && d.name === name))
      report('name', t.alreadyDeclared(name));
    if (
      issues.length > before ||
      kind === undefined ||
      kind === 'excluded' ||
      kind === 'index' ||
      distribution === undefined
    )
      continue;
    const n = (c: Column) => numbers.get(c)!;
    const clause = kind === 'kpi' ? contract.kpis.find((k) => k.name === name) : undefined;
    for (const c of USES[distribution]) {
      // A level is a value the KPI could be measured at, so the actuals' range (and its hint) applies.
      const problem =
        c === 'sd' || clause === undefined
          ? n(c).lt(0)
            ? p.atLeast('0')
            : undefined
          : rangeProblem(n(c), clause, p, at(c).value, markOf(csv.numbers));
      if (problem !== undefined) report(c, problem);
    }
    if (distribution === 'normal' && clause !== undefined && issues.length === before) {
      const problem = spreadProblem(n('sd'), cellText(at('sd').value), clause, markOf(csv.numbers), lang);
      if (problem !== undefined) report('sd', problem);
    }
    if (distribution === 'triangular' && issues.length === before) {
      const [low, high] = [n('pessimistic'), n('optimistic')].sort((a, b) => a.cmp(b));
      if (n('likely').lt(low) || n('likely').gt(high))
        // As the file writes them (`0,7` in a French file), as every other problem quotes a cell.
        report(
          'likely',
          t.likelyBetween(cellText(at('pessimistic').value), cellText(at('optimistic').value)),
        );
    }
    if (issues.length > before) continue;
    declared.push({
      kind,
      name,
      distribution:
        distribution === 'triangular'
          ? {
              kind: 'triangular',
              pessimistic: n('pessimistic'),
              likely: n('likely'),
              optimistic: n('optimistic'),
            }
          : { kind: 'normal', mean: n('mean'), sd: n('sd') },
    });
  }
  return issues.length > 0 ? { ok: false, issues: sortIssues(issues) } : { ok: true, value: declared };
}

/**
 * The problem of a normal's SD at least as wide as its KPI's bounded valid range, as a tolerance that wide
 * is (schema/kpi.ts): truncated to the range, the normal draws every value of it about as often, so 2 typed
 * for 2 points of CSAT (0.02) gave a plausible forecast of the wrong spread. Numbers are spelled with the
 * file's decimal mark, as they are typed back; `typed` is the SD as the file writes it.
 */
function spreadProblem(
  sd: Dec,
  typed: string,
  clause: RangeFields,
  mark: DecimalMark | undefined,
  lang: Language,
): string | undefined {
  const { min, max } = validRange(clause);
  if (min === undefined || max === undefined) return undefined;
  const width = max.minus(min);
  if (width.isZero() || sd.lt(width)) return undefined;
  const spell = (v: Dec) =>
    mark === undefined ? contractText(lang).problems.decimal(v) : v.toFixed().replace('.', mark);
  const scaled = quotient(sd, HUNDRED);
  const hint = clause.unit === 'percent' && scaled.lt(width) ? spell(scaled) : undefined;
  return modelCsvTexts(lang).sdWholeRange(typed, spell(width), hint);
}

/** A measure declared for contracts compared on one forecast, with those that have no such measure. */
export interface ComparedDeclaration {
  readonly distribution: DeclaredDistribution;
  /** The labels of the compared contracts the row was left out for (the fixed-only proposal's FCR). */
  readonly lackedBy: readonly string[];
}

/**
 * A distributions CSV read against every contract compared on one forecast (`compare --distributions`): a
 * KPI or volume none of them knows is said at its cell with each contract's names, as on the compared
 * actuals (the first contract's names alone would send the user looking in the wrong contract), then each
 * contract reads the rows of its own measures; one draw a measure, and the contracts that lack it named.
 * Problems are said in `lang`, the comparison's.
 */
export function distributionsForAll(
  text: string,
  compared: readonly ComparedContract[],
  file: string,
  lang: Language,
): Result<ComparedDeclaration[]> {
  const unknown = unknownToEvery(readCsv(text, file, lang).grid, compared, file, lang);
  if (unknown.length > 0) return { ok: false, issues: unknown };
  const contracts = compared.map((c) => c.contract);
  const reads: DeclaredDistribution[][] = [];
  for (const [i, contract] of contracts.entries()) {
    const read = distributionsFromCsv(
      text,
      contract,
      file,
      contracts.filter((_, j) => j !== i),
    );
    if (!read.ok) return read;
    reads.push(read.value);
  }
  // As the forecast takes them, one a name as each contract spells it; a contract that spells it otherwise
  // (`fcr`) still measures it.
  const measures = (c: number, d: DeclaredDistribution) =>
    reads[c].some(
      (e) => e.kind === d.kind && (e.name === d.name || namedItem([e.name], (n) => n, d.name) !== undefined),
    );
  const declared: ComparedDeclaration[] = [];
  for (const d of reads.flat())
    if (!declared.some((e) => e.distribution.kind === d.kind && e.distribution.name === d.name))
      declared.push({
        distribution: d,
        lackedBy: compared.filter((_, c) => !measures(c, d)).map((c) => c.label),
      });
  return { ok: true, value: declared };
}
