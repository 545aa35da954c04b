/**
 * A correction note as `verify` checks it, its sheet (alone, or beside the invoice it corrects in a
 * workbook filed together) or its JSON: the check a correction makes before it starts from a note. Each
 * line, subtotal, VAT and total as issued plus its difference must be as recomputed, and the values the note
 * prints of the invoice as recomputed, put over the actuals given, must give its fingerprint recomputed and
 * its As recomputed column; each cell that is not is a difference.
 */
import { sheetPrefix } from '../contract/issues';
import type { Actuals, Contract, Language, Period } from '../contract/types';
import { correctionTexts } from '../i18n/correction';
import { verifyTexts } from '../i18n/verify';
import { noteBasis } from './correctionChain';
import { provenIssuedJson } from './issuedJsonProof';
import { issuedFromNoteSheet } from './noteSheet';
import type { SheetReport, WrittenSheet } from './verify';

/** The cell a problem names first: `'Credit note 2026-10'!D15` of `'Credit note 2026-10'!D15: …`. */
const PLACE = /^(?:'(?:[^']|'')*'|[^'!\s][^!]*)![A-Z]+\d+/;

/** What a note is proved against: its contract, and the actuals of the period of the invoice it corrects. */
export interface NoteProof {
  readonly contract: Contract;
  readonly actuals: Actuals;
  readonly period: Period;
}

/** The report of the note on `sheet`; `proof` undefined when its number names no invoice period. */
export function verifyNoteSheet(
  sheet: WrittenSheet,
  proof: NoteProof | undefined,
  lang: Language,
): SheetReport {
  const checked = proof
    ? issuedFromNoteSheet(sheet.values, sheet.name, proof.contract, proof.actuals, proof.period, lang)
    : { ok: false as const, problems: [correctionTexts(lang).notANote(`${sheetPrefix(sheet.name)}!B3`)] };
  return noteReport(sheet.name, checked.ok ? [] : checked.problems, lang);
}

/**
 * The report of a note's JSON, `source`, proved as `invoice --corrects` proves one before correcting from
 * it: `noteBasis`, then its `asRecomputed` over `actuals` (those of its period) by `provenIssuedJson`.
 * `actualsOf` gives them for the period the note's invoice is of.
 */
export function verifyNoteJson(
  json: unknown,
  source: string,
  contract: Contract,
  actualsOf: (period: Period) => Actuals,
  lang: Language,
): SheetReport {
  const basis = noteBasis(json, lang);
  if (!basis.ok) return noteReport(source, basis.problems, lang);
  const { issued, issuedJson } = basis.value;
  const actuals = actualsOf(issued.period);
  const proof = provenIssuedJson(issuedJson, issued, `${source} (asRecomputed)`, contract, actuals, lang);
  return noteReport(source, proof.ok ? [] : proof.problems, lang);
}

/** Each problem a difference, named by the cell or field it starts with. */
function noteReport(source: string, problems: readonly string[], lang: Language): SheetReport {
  const differences = problems.map((message) => ({
    where: PLACE.exec(message)?.[0] ?? message.split(': ')[0]!,
    message,
  }));
  const t = verifyTexts(lang);
  const clean = differences.length === 0;
  const lines = [
    clean ? t.clean(source) : t.summary(source, differences.length),
    ...differences.map((d) => d.message),
  ];
  return { source, differences, clean, lines };
}
