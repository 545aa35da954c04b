/**
 * An invoice sheet the add-in wrote, read back as the invoice it was when issued, for a correction from the
 * pane. The sheet prints the values the invoice was computed from (each KPI's actual on its month, a
 * month's volumes and hours as line quantities); those values put over today's actuals rebuild the invoice
 * as issued, and its fingerprint must be the one printed on the sheet: then the inputs are proved, and
 * comparing the sheet cell by cell with the rebuilt invoice's own sheet names any cell edited by hand.
 * Anything else (another layout, a fingerprint that is not one, an amended contract) is refused, naming
 * its cell: a correction must start from what was really issued.
 */
import { sheetPrefix } from '../contract/issues';
import { isPeriod } from '../contract/period';
import { isBlank, type CellValue, type Grid } from '../contract/sheet/cells';
import type { Actuals, Contract, Language, Period } from '../contract/types';
import { controlSectionTexts } from '../i18n/controlSections';
import { invoiceSheetLabels } from '../i18n/invoiceSheet';
import { handEditTexts } from '../i18n/verify';
import { weightingVolume } from '../invoice/aggregation/periodValue';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { a1 } from '../layout/a1';
import { dateSerial } from '../layout/dateCell';
import type { PlanValue } from '../layout/sheetPlan';
import { dec, fromHostNumber, type Dec } from '../money';
import { contractVersion } from './fingerprint';
import { PrintedActuals } from './printedActuals';
import { contractOfNumber, periodOfName, periodOfNumber, verifySheet } from './verify';

/** Where the invoice sheet prints what is read back (0-based rows and columns, as `invoiceSheetPlan` lays it). */
const AT = {
  title: [0, 0],
  number: [2, 0],
  numberValue: [2, 1],
  date: [3, 0],
  period: [4, 0],
  periodValue: [4, 1],
  currency: [5, 0],
  version: [5, 3],
  versionValue: [5, 4],
  fingerprint: [6, 0],
  fingerprintValue: [6, 1],
  columns: 7,
} as const;
const FINGERPRINT_LABELS = [invoiceSheetLabels('en').fingerprint, invoiceSheetLabels('fr').fingerprint];

/**
 * Whether `grid` prints an invoice's Fingerprint label where `invoiceSheetPlan` puts it (A7), in either
 * language: how an invoice sheet without the add-in's tag is told from the user's sheets.
 */
export function printsInvoiceFingerprint(grid: Grid): boolean {
  const label = grid[AT.fingerprint[0]]?.[AT.fingerprint[1]];
  return typeof label === 'string' && FINGERPRINT_LABELS.includes(label.trim());
}

/** Row (0-based) of an invoice sheet's first line. */
export const INVOICE_FIRST_LINE = 8;

export type IssuedSheetResult =
  | { readonly ok: true; readonly invoice: Invoice }
  | { readonly ok: false; readonly problems: readonly string[] };

const text = (value: CellValue): string => (typeof value === 'string' ? value.trim() : '');

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A weighted average's month weight as its evidence row prints it (`aggregateEvidence.ts`: `× 1,200`,
 * `× 1 200`), or undefined for any other text: the fingerprint then decides, as for any value not printed.
 */
function printedWeight(value: CellValue | undefined, lang: Language): Dec | undefined {
  const shown = /^×\s*(.+)$/u.exec(text(value ?? null))?.[1];
  if (shown === undefined) return undefined;
  const plain =
    lang === 'fr' ? shown.replace(/[\s\u00a0\u202f]/gu, '').replace(',', '.') : shown.replace(/,/g, '');
  return /^\d+(?:\.\d+)?$/.test(plain) ? dec(plain) : undefined;
}

/**
 * A grid as verify compares it with a plan: error cells as their code, and a date as the serial number the
 * plan holds, however the host hands it over (Sheets' port sends the day it shows, `2026-10-31`).
 */
function planValues(grid: Grid): PlanValue[][] {
  return grid.map((row) =>
    [...row].map((value): PlanValue => {
      if (value === undefined) return null;
      if (value instanceof Date || (typeof value === 'string' && ISO_DAY.test(value)))
        return dateSerial(dayOf(value));
      if (value !== null && typeof value === 'object') return value.error;
      return value;
    }),
  );
}

/** A date cell as the day it shows: a serial number (Excel, the .xlsx), `YYYY-MM-DD` text, or a `Date`. */
function dayOf(value: CellValue): string {
  if (typeof value === 'number' && Number.isInteger(value))
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return text(value);
}

/**
 * The invoice issued on `sheet` (its values `grid`), rebuilt under `contract` from the values it prints over
 * `actuals` (today's), or the problems that refuse it, each naming its cell, in `lang`.
 */
export function issuedInvoiceFromSheet(
  grid: Grid,
  sheet: string,
  contract: Contract,
  actuals: Actuals,
  lang: Language,
): IssuedSheetResult {
  const t = controlSectionTexts(lang);
  const labels = invoiceSheetLabels(contract.language);
  const cell = (row: number, col: number) => grid[row]?.[col];
  const where = (row: number, col: number) => `${sheetPrefix(sheet)}!${a1(row, col)}`;
  const refuse = (problem: string): IssuedSheetResult => ({ ok: false, problems: [problem] });

  const expected: [readonly [number, number], string, boolean][] = [
    [AT.title, `${labels.title} `, true],
    [AT.number, labels.number, false],
    [AT.date, labels.date, false],
    [AT.period, labels.period, false],
    [AT.currency, labels.currency, false],
    [AT.version, labels.contractVersion, false],
    [AT.fingerprint, labels.fingerprint, false],
    ...labels.columns.map((label, col): [readonly [number, number], string, boolean] => [
      [AT.columns, col],
      label,
      false,
    ]),
  ];
  for (const [[row, col], label, prefix] of expected) {
    const found = text(cell(row, col));
    if (prefix ? !found.startsWith(label) : found !== label)
      return refuse(t.notAnInvoiceSheet(where(row, col), label.trim()));
  }
  const fingerprint = text(cell(...AT.fingerprintValue));
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) return refuse(t.notAFingerprint(where(...AT.fingerprintValue)));
  const stated = periodOfName(text(cell(...AT.periodValue)));
  if (stated === undefined) return refuse(t.noPeriod(where(...AT.periodValue)));
  const issuedVersion = text(cell(...AT.versionValue));
  const version = contractVersion(contract);
  // Another version is an amended contract, unless the fingerprint proves the terms (below): then the
  // version cell was typed over.
  // Another contract's invoice under its own version is that, not an amendment of this one.
  const numberedContract = contractOfNumber(cell(...AT.numberValue));
  const amended = () =>
    refuse(
      numberedContract !== undefined && numberedContract !== contract.id
        ? t.otherContract(where(...AT.numberValue), numberedContract, contract.id)
        : t.amendedContract(where(...AT.versionValue), issuedVersion || '—', version),
    );

  const number = (row: number, col: number): Dec | string => {
    const value = cell(row, col);
    return typeof value === 'number' && Number.isFinite(value)
      ? fromHostNumber(value)
      : t.notANumber(where(row, col));
  };

  /** The invoice of `period` rebuilt from the values the sheet prints over the actuals as they are now. */
  const rebuild = (period: Period): ReturnType<typeof buildInvoice> | { refusal: IssuedSheetResult } => {
    const printed = new PrintedActuals(contract, period);
    // Lines: a month's quantities are its volumes and hours.
    let row = INVOICE_FIRST_LINE;
    for (; text(cell(row, 0)) !== ''; row++) {
      const label = text(cell(row, 0));
      if (!printed.printsQuantity(label)) continue;
      const quantity = number(row, 2);
      if (typeof quantity === 'string') return { refusal: refuse(quantity) };
      printed.quantity(label, quantity);
    }

    // The KPI evidence: each KPI's actual on the month measured; a KPI aggregated over several months prints
    // its window on its row, then one row per month (first cell blank) with that month's value.
    const evidenceTitle = grid.findIndex((r, i) => i > row && text(r[0]) === labels.evidence);
    let kpi = '';
    for (let r = evidenceTitle + 2; evidenceTitle >= 0 && text(cell(r, 0)) + text(cell(r, 1)) !== ''; r++) {
      const month = text(cell(r, 1));
      const name = text(cell(r, 0));
      if (name !== '') kpi = name;
      if (!isPeriod(month)) {
        if (name === '') return { refusal: refuse(t.noPeriod(where(r, 1))) };
        continue;
      }
      // A month excluded without a value prints none; a value erased by hand is caught by verifySheet below.
      if (isBlank(cell(r, 2))) continue;
      const actual = number(r, 2);
      if (typeof actual === 'string') return { refusal: refuse(actual) };
      printed.at(month).kpis.set(kpi, actual);
      // A weighted average's month prints its weight, that month's volume, which a quarter's line sums.
      const clause = name === '' ? contract.kpis.find((k) => k.name === kpi) : undefined;
      const weight = printedWeight(cell(r, 6), contract.language);
      if (clause?.aggregation === 'weighted-average' && weight !== undefined)
        printed.at(month).volumes.set(weightingVolume(contract, clause), weight);
    }

    return buildInvoice(contract, printed.over(actuals), period);
  };
  // The number names the period too: where the Period row was typed over, the number's period is the one
  // whose fingerprint the sheet carries, and the row is then reported as edited (below), not the fingerprint.
  const first = rebuild(stated);
  if ('refusal' in first) return first.refusal;
  let rebuilt = first;
  const numbered = periodOfNumber(cell(...AT.numberValue));
  if ((!rebuilt.ok || rebuilt.invoice.seal.fingerprint !== fingerprint) && numbered && numbered !== stated) {
    const again = rebuild(numbered);
    if ('ok' in again && again.ok && again.invoice.seal.fingerprint === fingerprint) rebuilt = again;
  }
  // Every invoice the add-in writes is dated the last day of its period: a date that differs was typed over.
  if (!rebuilt.ok) return issuedVersion !== version ? amended() : refuse(t.cannotRebuild(rebuilt.problems));
  if (rebuilt.invoice.seal.fingerprint !== fingerprint && issuedVersion !== version) return amended();
  if (issuedVersion !== version)
    return refuse(
      handEditTexts(lang).edited(
        where(...AT.versionValue),
        JSON.stringify(issuedVersion),
        JSON.stringify(version),
      ),
    );
  if (rebuilt.invoice.seal.fingerprint !== fingerprint)
    return refuse(
      t.notReproduced(where(...AT.fingerprintValue)) +
        (contract.version ? t.statedVersion(contract.version) : ''),
    );
  const report = verifySheet(
    { name: sheet, values: planValues(grid) },
    rebuilt.invoice,
    lang,
    handEditTexts(lang),
  );
  if (report.differences.length > 0) return { ok: false, problems: report.differences.map((d) => d.message) };
  return { ok: true, invoice: rebuilt.invoice };
}
