/**
 * A failed paint, said in the pane's language. Hosts report it as data (which sheets, the host's own
 * reason, what is left in the workbook), never as an English sentence, so a French pane says it in French
 * around the host's reason (which Excel and Google already write in the user's language).
 */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { paintReasonsText, type PaintReason } from './paintReasons';

/** What became of the sheets being built when painting failed. */
export type PaintCleanup = 'not-created' | 'removed' | 'left';

/** A failed paint, as a host reports it (Excel's `PaintError` has these fields). */
export interface PaintFailure {
  readonly sheetNames: readonly string[];
  /** The host's explanation, as it gave it (in English when the painter found the fault itself). */
  readonly reason: string;
  /** What the painter found wrong, as data the pane words in its own language; `reason` then says it in English. */
  readonly reasons?: readonly PaintReason[];
  readonly cleanup: PaintCleanup;
}

const CLEANUPS: readonly PaintCleanup[] = ['not-created', 'removed', 'left'];

/** Whether `error` carries a paint failure (an Excel `PaintError`, or one the Sheets sidebar rebuilt). */
export function isPaintFailure(error: unknown): error is PaintFailure {
  if (typeof error !== 'object' || error === null) return false;
  const { sheetNames, reason, cleanup } = error as Partial<Record<keyof PaintFailure, unknown>>;
  return (
    Array.isArray(sheetNames) &&
    sheetNames.every((name) => typeof name === 'string') &&
    typeof reason === 'string' &&
    CLEANUPS.includes(cleanup as PaintCleanup)
  );
}

/** The texts of a paint failure; `paintFailureTexts` gives a language's. */
export interface PaintFailureTexts {
  sheets(names: readonly string[]): string;
  failed(sheets: string, reason: string): string;
  readonly cleanup: Readonly<Record<PaintCleanup, string>>;
}

const EN: PaintFailureTexts = {
  sheets: (names) =>
    names.length === 1 ? `the sheet "${names[0]}"` : `the sheets ${names.map((n) => `"${n}"`).join(', ')}`,
  failed: (sheets, reason) => `Could not build ${sheets}: ${reason}.`,
  cleanup: {
    'not-created': 'No sheet was created.',
    removed: 'What had been built was removed.',
    left: 'What had been built could not be removed: please delete it.',
  },
};

const FR = frenchTexts<PaintFailureTexts>({
  sheets: (names) =>
    names.length === 1
      ? fr`la feuille « ${names[0]} »`
      : fr`les feuilles ${names.map((n) => fr`« ${n} »`).join(', ')}`,
  failed: (sheets, reason) => fr`Impossible de créer ${sheets} : ${reason}.`,
  cleanup: {
    'not-created': 'Aucune feuille n’a été créée.',
    removed: 'Ce qui avait été construit a été supprimé.',
    left: 'Ce qui avait été construit n’a pas pu être supprimé : supprimez-le.',
  },
});

/** The texts of a paint failure in `lang`. */
export function paintFailureTexts(lang: Language): PaintFailureTexts {
  return lang === 'fr' ? FR : EN;
}

/** The failure as one message in `lang`: which sheets, the host's reason, what is left. */
export function paintFailureText(lang: Language, failure: PaintFailure): string {
  const t = paintFailureTexts(lang);
  const reason = (failure.reasons ? paintReasonsText(lang, failure.reasons) : failure.reason).replace(
    /[.\s]+$/,
    '',
  );
  return `${t.failed(t.sheets(failure.sheetNames), reason)} ${t.cleanup[failure.cleanup]}`;
}
