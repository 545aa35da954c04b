import type { DiagnosticId, DiagnosticNotChecked } from '../../i18n/diagnostics';

/** One behaviour a fake assumes of a real host, and the Diagnostics check that proves it (or says it cannot). */
export interface HostAssumption {
  readonly assumption: string;
  readonly check: DiagnosticId | DiagnosticNotChecked;
}
