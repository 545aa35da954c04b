import type { Lang } from '../bridge';
import type { DiagnosticId, DiagnosticNotChecked, DiagnosticsTexts } from '../../i18n/diagnostics';

export interface DiagnosticCheck {
  readonly id: DiagnosticId | DiagnosticNotChecked;
  readonly status: 'passed' | 'failed' | 'notChecked';
  /** What the check is, in the user's language. */
  readonly title: string;
  /** What the host gave back (or why it was not checked), in the user's language. */
  readonly seen: string;
}

export interface DiagnosticsResult {
  /** The sheet the checks were painted on. */
  readonly sheet: string;
  /** Whether every temporary sheet was deleted afterwards (runDiagnostics always says). */
  readonly removed?: boolean;
  readonly checks: readonly DiagnosticCheck[];
  /** Every check on its own line, to copy and send. */
  readonly report: string;
  readonly message: string;
}

/** What a check's paint made: the sheet to delete once read, or the sheets its failed paint left. */
export interface Painted {
  readonly sheet?: string;
  readonly left?: readonly string[];
}

/** The texts of a run, in the user's language, and that language, for what another table words (a failed paint). */
export type Texts = DiagnosticsTexts & { readonly lang: Lang };
