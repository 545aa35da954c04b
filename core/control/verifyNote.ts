/**
 * A correction note sheet as `verify` checks it, beside the invoice it corrects in a workbook filed
 * together: the check Correct an invoice makes before it starts from a note (`issuedFromNoteSheet`). Each
 * line, subtotal, VAT and total as issued plus its difference must be as recomputed, and the values the note
 * prints of the invoice as recomputed, put over the actuals given, must give its fingerprint recomputed and
 * its As recomputed column; each cell that is not is a difference.
 */
import { sheetPrefix } from '../contract/issues';
import type { Actuals, Contract, Language, Period } from '../contract/types';
import { correctionTexts } from '../i18n/correction';
import { verifyTexts } from '../i18n/verify';
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
  const differences = checked.ok
    ? []
    : checked.problems.map((message) => ({
        where: PLACE.exec(message)?.[0] ?? sheetPrefix(sheet.name),
        message,
      }));
  const t = verifyTexts(lang);
  const clean = differences.length === 0;
  const lines = [
    clean ? t.clean(sheet.name) : t.summary(sheet.name, differences.length),
    ...differences.map((d) => d.message),
  ];
  return { source: sheet.name, differences, clean, lines };
}
